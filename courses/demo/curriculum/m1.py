"""M1 "Identification in migration cases", for migration officers (../shared/CURRICULUM.md):
where trafficking shows in asylum, work-permit, reception and Dublin cases; the interview; refugee
status (UNHCR Guidelines No. 7) and Dublin transfers; the reflection period and the residence
permit for the investigation (Aliens Act ch. 5 s. 15); unaccompanied and missing children.

Written in our own words from the seeds and the public sources each lesson cites. Sweden gives
no formal "victim" status (the MMM): the course teaches officers to notice, record and refer,
never to decide that a crime was committed, and calls the person "a person who may be a victim"
until someone whose task it is has identified them."""

from courses.demo.cases import choice as _choice
from courses.demo.cases import ending, situation
from courses.demo.content import lesson
from courses.demo.sources import (
    EU_DIRECTIVE_2011,
    NSPM,
    PALERMO,
    SEED_CBSS,
    SEED_KVINNOFORUM,
    SEED_PLATFORM,
    source,
)


def _source(title, publisher, year, url="", **names):
    """``courses.demo.sources.source`` with the year written in each language when it holds
    words ("read December 2026" / "läst december 2026"): ``year`` is text or (English,
    Swedish)."""
    english, swedish = (year, year) if isinstance(year, str) else year
    return (
        source(title, publisher, english, url, **names)[0],
        source(title, publisher, swedish, url, **names)[1],
    )


def _html(text: str) -> str:
    """The lesson texts are written as wrapped paragraphs; stored as one line of HTML."""
    return " ".join(text.split())


# Sources read for this course (December 2026) --------------------------------------------
UNHCR_GUIDELINES_7 = _source(
    "Guidelines on International Protection No. 7: the application of Article 1A(2) of the "
    "1951 Convention and/or its 1967 Protocol relating to the Status of Refugees to victims of "
    "trafficking and persons at risk of being trafficked",
    "UNHCR",
    ("7 April 2006", "7 april 2006"),
    "https://data.unhcr.org/en/documents/details/71320",
    title_sv="Riktlinjer om internationellt skydd nr 7: tillämpningen av artikel 1 A.2 i 1951 "
    "års flyktingkonvention och/eller 1967 års protokoll på offer för människohandel och "
    "personer som riskerar att utsättas för människohandel",
    publisher_sv="FN:s flyktingorgan UNHCR",
)
GRETA_PROTECTION_NOTE = _source(
    "Guidance Note on the entitlement of victims of trafficking, and persons at risk of being "
    "trafficked, to international protection",
    "Council of Europe, Group of Experts on Action against Trafficking in Human Beings (GRETA)",
    ("June 2020", "juni 2020"),
    "https://www.coe.int/en/web/anti-human-trafficking/international-protection",
    publisher_sv="Europarådets expertgrupp mot människohandel (GRETA)",
    link_text="coe.int",
)
GRETA_5TH_REPORT = _source(
    "5th General Report on GRETA's activities (thematic section on trafficking among asylum "
    "seekers, refugees and migrants)",
    "Council of Europe, GRETA",
    "2016",
    publisher_sv="Europarådet, GRETA",
)
EUAA_THB_MODULE = _source(
    "Training curriculum module “Trafficking in human beings” (identifying indicators, handling "
    "an encounter, the asylum interview with a person who may have been trafficked)",
    "European Union Agency for Asylum (EUAA, formerly EASO)",
    "version 1.1 (2017), version 2 (2025)",
    "https://euaa.europa.eu/es/node/22128",
    title_sv="Utbildningsmodulen ”Trafficking in human beings” (indikatorer, det första mötet, "
    "asylutredningen med en person som kan ha utsatts för människohandel)",
    publisher_sv="Europeiska unionens asylbyrå (EUAA, tidigare EASO)",
)
EUAA_RECEPTION = _source(
    "Guidance on reception conditions, section 7: identification, assessment and response to "
    "special needs",
    "European Union Agency for Asylum (EUAA)",
    ("web edition, read December 2026", "webbutgåva, läst december 2026"),
    "https://euaa.europa.eu/guidance-reception/7-identification-assessment-and-response-special-needs",
    title_sv="Vägledning om mottagningsvillkor, avsnitt 7: identifiering, bedömning av och "
    "insatser för särskilda behov",
    publisher_sv="Europeiska unionens asylbyrå (EUAA)",
)
MMM_IDENTIFICATION = _source(
    "Manual vid misstanke om människohandel (Sweden's national referral mechanism), step 1: "
    "identification, and section 7: the responsibilities of each actor",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten)",
    ("web edition, read December 2026", "webbutgåva, läst december 2026"),
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/identifiering/",
    title_sv="Manual vid misstanke om människohandel (Sveriges nationella hänvisningsmekanism), "
    "steg 1: identifiering, och avsnitt 7: enskilda aktörers ansvar",
    publisher_sv="Jämställdhetsmyndigheten",
)
MIGRATION_AGENCY_BERRY_PICKERS = _source(
    "“Migrationsverket motverkar utnyttjandet av thailändska bärplockare” (the Agency counters "
    "the exploitation of Thai berry pickers), news release",
    "Swedish Migration Agency (Migrationsverket)",
    ("27 November 2023", "27 november 2023"),
    "https://www.migrationsverket.se/Om-Migrationsverket/Pressrum/Nyhetsarkiv/Nyhetsarkiv-2023/"
    "2023-11-27-Migrationsverket-motverkar-utnyttjandet-av-thailandska-barplockare.html",
    title_sv="”Migrationsverket motverkar utnyttjandet av thailändska bärplockare”, nyhet",
    publisher_sv="Migrationsverket",
)
AUDIT_OFFICE_2020 = _source(
    "Statens insatser mot exploatering av arbetskraft – regelverk, kontroller samt information "
    "och stöd till de drabbade (RiR 2020:27; the State's measures against labour exploitation)",
    "Swedish National Audit Office (Riksrevisionen)",
    "2020",
    "https://data.riksdagen.se/dokument/H8B527.html",
    title_sv="Statens insatser mot exploatering av arbetskraft – regelverk, kontroller samt "
    "information och stöd till de drabbade (RiR 2020:27)",
    publisher_sv="Riksrevisionen",
)
WHO_INTERVIEWING = _source(
    "WHO ethical and safety recommendations for interviewing trafficked women",
    "C. Zimmerman and C. Watts, World Health Organization",
    "2003",
    "https://documentation.lastradainternational.org/doc-center/1120/who-ethical-and-safety-"
    "recommendations-for-interviewing-trafficked-women",
    publisher_sv="C. Zimmerman och C. Watts, Världshälsoorganisationen (WHO)",
    link_text="La Strada International",
)
ALIENS_ACT_5_15 = _source(
    "SFS 2007:322, Lag om ändring i utlänningslagen (2005:716): chapter 5, section 15 (temporary "
    "residence permit for a criminal investigation or trial, and for a reflection period)",
    "Government of Sweden, Swedish Code of Statutes",
    ("24 May 2007", "24 maj 2007"),
    "https://www.lagboken.se/Lagboken/start/sfs/sfs/2007/301-400/d_125622-sfs-2007_322-lag-om-"
    "andring-i-utlanningslagen-2005_716",
    title_sv="SFS 2007:322, Lag om ändring i utlänningslagen (2005:716): 5 kap. 15 § "
    "(tidsbegränsat uppehållstillstånd för förundersökning eller huvudförhandling, och för "
    "betänketid)",
    publisher_sv="Svensk författningssamling",
    link_text="lagboken.se",
)
DS_2005_24 = _source(
    "Ds 2005:24, Tidsbegränsat uppehållstillstånd för offer för människohandel m.fl. (temporary "
    "residence permits for victims of trafficking; implementing Council Directive 2004/81/EC)",
    "Government Offices of Sweden (Regeringskansliet)",
    "2005",
    "https://lagen.nu/ds/2005:24",
    title_sv="Ds 2005:24, Tidsbegränsat uppehållstillstånd för offer för människohandel m.fl. "
    "(genomförandet av rådets direktiv 2004/81/EG)",
    publisher_sv="Regeringskansliet",
)
DUBLIN_III = _source(
    "Regulation (EU) No 604/2013 (Dublin III): summary, including article 6 on guarantees for "
    "minors",
    "European Union, EUR-Lex",
    ("2013, summary read December 2026", "2013, sammanfattning läst december 2026"),
    "https://eur-lex.europa.eu/EN/legal-content/summary/eu-asylum-policy-eu-member-state-"
    "responsible-for-examining-applications.html",
    title_sv="Förordning (EU) nr 604/2013 (Dublin III): sammanfattning, bland annat artikel 6 om "
    "garantier för underåriga",
    publisher_sv="Europeiska unionen, EUR-Lex",
    link_text="EUR-Lex",
)
AMMR = _source(
    "Regulation (EU) 2024/1351 on asylum and migration management, repealing Regulation (EU) "
    "No 604/2013: summary",
    "European Union, EUR-Lex",
    ("2024, summary read December 2026", "2024, sammanfattning läst december 2026"),
    "https://eur-lex.europa.eu/EN/legal-content/summary/eu-asylum-and-migration-policy-member-"
    "state-responsible-for-examining-asylum-applications-and-new-solidarity-mechanism-from-"
    "2026.html",
    title_sv="Förordning (EU) 2024/1351 om asyl- och migrationshantering, som upphäver förordning "
    "(EU) nr 604/2013: sammanfattning",
    publisher_sv="Europeiska unionen, EUR-Lex",
    link_text="EUR-Lex",
)
COUNTY_BOARDS_MISSING_CHILDREN = _source(
    "Ensamkommande barn som försvinner (unaccompanied children who go missing: a national "
    "mapping on the Government's assignment)",
    "The County Administrative Boards (Länsstyrelserna)",
    "2017",
    "https://www.lansstyrelsen.se/sodermanland/om-oss/vara-tjanster/publikationer/2017/"
    "ensamkommande-barn-som-forsvinner.html",
    title_sv="Ensamkommande barn som försvinner (nationell kartläggning på regeringens uppdrag)",
    publisher_sv="Länsstyrelserna",
)
RADIO_MISSING_CHILDREN = _source(
    "“Tusentals ensamkommande försvunna” (thousands of unaccompanied children missing), report "
    "on the county boards' mapping",
    "Sveriges Radio",
    "2016",
    "https://sverigesradio.se/artikel/6565268",
    title_sv="”Tusentals ensamkommande försvunna”, om länsstyrelsernas kartläggning",
)
EMN_MISSING_CHILDREN = _source(
    "How do EU Member States treat cases of missing unaccompanied minors? EMN Inform",
    "European Migration Network",
    "2020",
    title_sv="How do EU Member States treat cases of missing unaccompanied minors? EMN Inform",
    publisher_sv="Europeiska migrationsnätverket (EMN)",
)
ECRE_ON_GRETA_NOTE = _source(
    "Council of Europe: GRETA guidance note on international protection in the context of human "
    "trafficking (ECRE Weekly Bulletin)",
    "European Council on Refugees and Exiles (ECRE)",
    "2020",
    "https://ecre.org/council-of-europe-greta-guidance-note-on-international-protection-in-the-"
    "context-of-human-trafficking/",
    publisher_sv="Europeiska flykting- och exilrådet (ECRE)",
)
COUNTY_BOARD_CHILDREN_2012 = _source(
    "Barn utsatta för människohandel – en nationell kartläggning (children subjected to "
    "trafficking: a national mapping), report 2012:27",
    "County Administrative Board of Stockholm (Länsstyrelsen i Stockholms län)",
    "2012",
    title_sv="Barn utsatta för människohandel – en nationell kartläggning, rapport 2012:27",
    publisher_sv="Länsstyrelsen i Stockholms län",
)
FRONTEX_VEGA = _source(
    "VEGA Handbook: Children at airports — children at risk on the move, guidelines for border "
    "guards",
    "Frontex",
    "2015",
    "https://www.frontex.europa.eu/media-centre/news/news-release/frontex-publishes-vega-"
    "handbook-children-at-airports-bvtPly",
)


# Content warnings --------------------------------------------------------------------------
# Each lesson with case material opens with one: the examples describe coercion and sexual and
# labour exploitation, and officers read them between cases of their own.
WARNING = (
    "callout",
    {
        "kind": "content_warning",
        "title": "This lesson describes exploitation",
        "text": "<p>The examples and the case below are built on patterns that public "
        "authorities and support organisations describe: debt, threats, and sexual and labour "
        "exploitation. Take a break whenever you need to; the lesson stays where you left "
        "it.</p>",
    },
)
WARNING_SV = (
    "callout",
    {
        "kind": "content_warning",
        "title": "Lektionen beskriver exploatering",
        "text": "<p>Exemplen och fallet nedan bygger på mönster som myndigheter och "
        "stödorganisationer beskriver: skulder, hot och sexuell exploatering och "
        "arbetskraftsexploatering. Ta en paus när du behöver; lektionen finns kvar där du "
        "lämnade den.</p>",
    },
)


# Module 1, lesson 1: where migration officers meet trafficking ---------------------------

WHERE_YOU_MEET_IT = [
    WARNING,
    (
        "text",
        _html(
            """
<h2>Your desk is one of the few places where someone may notice</h2>
<p>People who have been trafficked, or who are being exploited right now, pass through the
same procedures as everyone else: they apply for asylum, hold or apply for a work permit, live in
the Migration Agency's reception system and are transferred under the Dublin rules. A caseworker
may be the only public official who talks to them alone, with an interpreter, for an hour or
more. That is why the EU Agency for Asylum (EUAA, formerly EASO) trains asylum and reception
officers to recognise indicators of trafficking, to handle the first encounter and to respond
to the person's needs within the asylum procedure.</p>
<p>Trafficking concerns women, girls, boys and men. The Swedish Civil Society Platform against
trafficking names groups you are likely to meet: women from third countries, who are doubly
exposed in asylum and Dublin procedures, and unaccompanied children — especially those whose
application for asylum has been refused.</p>
<h2>No one hands out a status: you notice, record and refer</h2>
<p>Sweden has no procedure that formally gives a person the status of victim of trafficking,
other than being treated as an injured party (<em>målsägande</em>) in a preliminary
investigation. The national referral mechanism, the MMM (<em>Manual vid misstanke om
människohandel</em>), therefore says that anyone with knowledge of the subject may identify a
<em>presumed</em> victim. You need no proof, and you do not decide whether a crime has been
committed. Your part is to notice, to give the person a safe chance to talk, to write down what
you observed and what the person said, and to bring in those whose task is the next step: the
Migration Agency's own trafficking coordinators, who support caseworkers in exactly this
assessment, the regional coordinators against prostitution and trafficking, and the police.
[CHECK]</p>
<p>The MMM also warns against two mistakes: one indicator from a list does not make a person a
victim, and the absence of the listed indicators does not mean the person is not one. What
counts is your overall assessment of what you saw together with the person's own account.</p>
<h2>Three settings, three kinds of signs</h2>
<h3>Asylum</h3>
<p>Listen to the journey as well as to the grounds for protection. Who paid for it, and what is
owed? Who keeps the passport? Who waits outside? An asylum account can be true and incomplete at
the same time: a person may describe persecution at home and say nothing about the "job" that
was arranged for them here.</p>
<h3>Work permits</h3>
<p>A permit does not rule out exploitation. In November 2023 the Migration Agency reported
indications that Thai berry pickers holding Swedish work permits may have been exploited: long
working days, dependence on the employer and coercion, and double employment contracts that hid
the real terms. The Agency responded, among other things, with follow-up checks of permits
already granted. In 2020 the
Swedish National Audit Office found that police checks of work permits met potential victims of
labour exploitation but rarely passed the cases on to the teams that investigate trafficking.
The same risk exists at your desk when an extension application looks "in order" on paper.</p>
<h3>Reception</h3>
<p>The EUAA's guidance on reception lists victims of human trafficking among the applicants who
may have special reception needs. It asks that indicators be recorded as soon as they are
detected and passed on to those who need them, and recalls that some needs only become visible
later. A resident who is fetched by car every night, who has no control over their own money,
or whose "relative" answers every question is a reason to talk to that person alone, not to
wait for the asylum decision.</p>
"""
        ),
    ),
    (
        "indicator_checklist",
        {
            "title": "Signs to note in a migration case",
            "intro": "No single sign proves trafficking. Several together are a reason for a "
            "private conversation and for consulting your trafficking coordinator.",
            "groups": [
                {
                    "heading": "The journey and the debt",
                    "indicators": [
                        "Someone else organised and paid for the journey, and the person owes them",
                        "The debt grows, or the person cannot say how much is left",
                        "The person was promised a specific job or a 'placement' on arrival",
                    ],
                },
                {
                    "heading": "Papers and money",
                    "indicators": [
                        "Another person keeps the passport, permit card or LMA card",
                        "Wages or daily allowance are paid to, or collected by, someone else",
                        "The employment contract the person describes differs from the one filed",
                    ],
                },
                {
                    "heading": "Control and fear",
                    "indicators": [
                        "A companion speaks for the person or insists on interpreting",
                        "The person is collected, phoned or checked on at fixed times",
                        "The person fears for relatives at home who are known to the recruiter",
                    ],
                },
            ],
        },
    ),
    (
        "callout",
        {
            "kind": "warning",
            "title": "What not to do",
            "text": "<ul><li>Do not confront a companion, an employer or a “relative” you "
            "suspect: it can put the person, and the person's family at home, in danger.</li>"
            "<li>Do not let a companion interpret, however helpful they seem.</li>"
            "<li>Do not promise a permit or an outcome you do not decide.</li>"
            "<li>Do not contact the person's family without the person's consent.</li></ul>",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "You identify a presumed victim; no one needs proof to pass a concern on",
                "Asylum, work permits and reception each show their own signs",
                "Record what you saw and what was said, then bring in the coordinator",
                "Never confront a suspected exploiter or let them interpret",
            ],
        },
    ),
]

WHERE_YOU_MEET_IT_SV = [
    WARNING_SV,
    (
        "text",
        _html(
            """
<h2>Ditt skrivbord är en av få platser där någon kan upptäcka det</h2>
<p>Människor som har utsatts för människohandel, eller som exploateras just nu, går igenom
samma processer som alla andra: de söker asyl, har eller söker arbetstillstånd, bor i
Migrationsverkets mottagningssystem och överförs enligt Dublinreglerna. Handläggaren kan vara
den enda tjänsteperson som talar med dem enskilt, med tolk, under en timme eller mer. Därför
utbildar EU:s asylbyrå (EUAA, tidigare EASO) handläggare inom asyl och mottagande i att känna
igen indikatorer på människohandel, hantera det första mötet och möta personens behov inom
asylprocessen.</p>
<p>Människohandel drabbar kvinnor, flickor, pojkar och män. Plattformen Civila Sverige mot
människohandel pekar ut grupper som du sannolikt möter: kvinnor från tredjeland, som är dubbelt
utsatta i asyl- och Dublinprocesser, och ensamkommande barn — särskilt de som har fått avslag
på sin asylansökan.</p>
<h2>Ingen delar ut en status: du uppmärksammar, dokumenterar och slussar vidare</h2>
<p>I Sverige finns inget förfarande som formellt ger en person status som offer för
människohandel, utöver att hon eller han bedöms som målsägande i en förundersökning. Därför
säger <em>Manual vid misstanke om människohandel</em> (MMM), Sveriges nationella
hänvisningsmekanism, att alla som har kunskap på området kan identifiera ett
<em>förmodat</em> offer. Du behöver inga bevis, och det är inte du som avgör om ett brott har
begåtts. Din uppgift är att lägga märke till tecknen, ge personen en trygg möjlighet att
berätta, dokumentera vad du såg och vad personen sa, och koppla in dem som ansvarar för nästa
steg: Migrationsverkets egna samordnare för människohandelsfrågor, som stöttar handläggare i
just den bedömningen, regionkoordinatorerna mot prostitution och människohandel, och
polisen. [CHECK]</p>
<p>MMM varnar också för två misstag: en enstaka indikator från en lista gör inte någon till
offer, och att indikatorerna i listan saknas betyder inte att personen inte är det. Det som
räknas är din samlade bedömning av dina iakttagelser tillsammans med personens egen
berättelse.</p>
<h2>Tre sammanhang, tre slags tecken</h2>
<h3>Asyl</h3>
<p>Lyssna på resan, inte bara på skyddsskälen. Vem betalade den, och vad är personen skyldig?
Vem har passet? Vem väntar utanför? En asylberättelse kan vara sann och ofullständig på samma
gång: personen kan beskriva förföljelse i hemlandet men inte säga något om ”jobbet” som har
ordnats åt henne eller honom här.</p>
<h3>Arbetstillstånd</h3>
<p>Ett tillstånd utesluter inte exploatering. I november 2023 redovisade Migrationsverket
indikationer på att thailändska bärplockare med svenska arbetstillstånd kan ha utnyttjats:
långa arbetsdagar, beroende av och tvång från arbetsgivaren, och dubbla anställningsavtal som
dolde de verkliga villkoren. Verket svarade bland annat med efterkontroller av beviljade
tillstånd.
Riksrevisionen konstaterade 2020 att polisens kontroller av arbetstillstånd träffade på möjliga
offer för arbetskraftsexploatering men sällan lämnade ärendena vidare till de grupper som utreder
människohandel. Samma risk finns vid ditt skrivbord när en förlängningsansökan ser ”korrekt” ut
på papperet.</p>
<h3>Mottagande</h3>
<p>EUAA:s vägledning om mottagande räknar offer för människohandel till de sökande som kan ha
särskilda mottagandebehov. Indikatorer ska dokumenteras så snart de upptäcks och föras vidare
till dem som behöver dem, och vissa behov syns först senare. En boende som hämtas med bil varje
kväll, som inte själv förfogar över sina pengar eller vars ”släkting” svarar på alla frågor är
ett skäl att tala med personen enskilt — inte att vänta på asylbeslutet.</p>
"""
        ),
    ),
    (
        "indicator_checklist",
        {
            "title": "Tecken att notera i ett migrationsärende",
            "intro": "Inget enskilt tecken bevisar människohandel. Flera tillsammans är skäl "
            "till ett enskilt samtal och till att rådfråga er samordnare för "
            "människohandelsfrågor.",
            "groups": [
                {
                    "heading": "Resan och skulden",
                    "indicators": [
                        "Någon annan har ordnat och betalat resan, och personen är skyldig dem",
                        "Skulden växer, eller personen kan inte säga hur mycket som återstår",
                        "Personen har blivit lovad ett visst arbete eller en ”plats” vid ankomsten",
                    ],
                },
                {
                    "heading": "Handlingar och pengar",
                    "indicators": [
                        "Någon annan har passet, tillståndskortet eller LMA-kortet",
                        "Lön eller dagersättning betalas till, eller hämtas ut av, någon annan",
                        "Anställningsavtalet som personen beskriver skiljer sig från det som "
                        "lämnats in",
                    ],
                },
                {
                    "heading": "Kontroll och rädsla",
                    "indicators": [
                        "En medföljande talar för personen eller vill tolka",
                        "Personen hämtas, rings upp eller kontrolleras på bestämda tider",
                        "Personen är rädd för anhöriga i hemlandet som rekryteraren känner till",
                    ],
                },
            ],
        },
    ),
    (
        "callout",
        {
            "kind": "warning",
            "title": "Det här ska du inte göra",
            "text": "<ul><li>Konfrontera inte en medföljande, en arbetsgivare eller en ”släkting” "
            "som du misstänker: det kan försätta personen, och personens familj i hemlandet, i "
            "fara.</li><li>Låt aldrig en medföljande tolka, hur hjälpsam hon eller han än "
            "verkar.</li><li>Lova inte ett tillstånd eller ett utfall som du inte beslutar om."
            "</li><li>Kontakta inte personens familj utan personens samtycke.</li></ul>",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Du kan identifiera ett förmodat offer; ingen behöver bevis för att föra en oro "
                "vidare",
                "Asyl, arbetstillstånd och mottagande visar var sina tecken",
                "Dokumentera vad du såg och vad som sades, och koppla sedan in samordnaren",
                "Konfrontera aldrig en misstänkt exploatör och låt aldrig en medföljande tolka",
            ],
        },
    ),
]

WHERE_YOU_MEET_IT_CHECKS = (
    [
        "That the Migration Agency's trafficking coordinators are the first internal contact "
        "for a caseworker, and how a caseworker reaches the regional coordinators and the "
        "police under the Agency's current routine",
    ],
    [
        "Att Migrationsverkets samordnare för människohandelsfrågor är handläggarens första "
        "interna kontakt, och hur handläggaren når regionkoordinatorerna och polisen enligt "
        "verkets nuvarande rutin",
    ],
)
WHERE_YOU_MEET_IT_SOURCES = [
    EUAA_THB_MODULE,
    MMM_IDENTIFICATION,
    MIGRATION_AGENCY_BERRY_PICKERS,
    AUDIT_OFFICE_2020,
    EUAA_RECEPTION,
    SEED_PLATFORM,
]


# Module 1, lesson 2: the interview, and the aunt's debt ----------------------------------


def _situation(key, text, choices):
    return situation(key, _html(text), choices)


def _ending(key, title, debrief):
    return ending(key, title, _html(debrief))


_INTERVIEW_TEXT = [
    WARNING,
    (
        "text",
        _html(
            """
<h2>Why the account comes late, and in pieces</h2>
<p>Few people say "I have been trafficked" at registration. Around 2011 the Council of the
Baltic Sea States' task force described victims who refuse help out of stigma or because they
do not see themselves as victims, and control methods that have become more refined. A person
may owe a debt that the recruiter keeps raising, fear for relatives at home, distrust
authorities, or believe that the exploitation was their own fault because they agreed to the
journey. Recruiters often promise ordinary work — an au pair post, a job as a waitress — and
the person ends up in slave-like conditions. None of this fits into the first answer to "why
did you leave your country?"</p>
<p>So when an account changes between the registration and the interview, or a debt is
mentioned only in passing, do not write "not credible" and move on. Write down what changed and
what the person said about it, and ask yourself what they may have been afraid to say
earlier.</p>
<h2>Preparing and holding the interview</h2>
<p>The WHO's ethical and safety recommendations for interviewing trafficked women (2003) were
written for researchers and service providers, but their first principles fit an asylum
interview well, for women and for men:</p>
<ul>
<li><strong>Do no harm.</strong> Treat the situation as if the potential for harm is extreme
until you know otherwise, and do not ask questions that make the person's situation worse.</li>
<li><strong>Know the risks before you start.</strong> Read the file for companions, addresses
and payers; ask your trafficking coordinator if something worries you.</li>
<li><strong>Prepare referral information, and promise nothing you cannot keep.</strong> Have
written information in the person's language about support and rights.</li>
<li><strong>Choose the interpreter with care.</strong> Use the Agency's interpreter, never a
companion, and check that the interpreter has no link to the person's family, village or
travel. Ask whether the person would feel safer with a woman or a man as interviewer or
interpreter, and follow the Agency's routine for such requests. [CHECK]</li>
<li><strong>Explain confidentiality and consent.</strong> Say what the interview is for, who
will read the record, that the person may decline to answer a question and may ask for a
break.</li>
<li><strong>Listen to the person's own view of the risks.</strong> They know the people who
control them better than you do.</li>
</ul>
<p>Open questions about the journey work better than direct ones about crime: "Who organised
the journey? What was agreed about paying for it? What happened when you arrived? Who do you
live with now?" Such an interview often takes longer; plan for it.</p>
<h2>What you write down</h2>
<p>Record observations and the person's own words, not conclusions: "says she must 'work off'
the ticket in a flat her aunt rents; the amount has grown" rather than "victim of trafficking".
A debt for the journey is an indicator, not proof; with someone else holding the papers and
speaking for the person, it is a reason to consult the coordinator. The EUAA's training for
asylum officers covers the same steps: identify indicators, handle the encounter, and prepare
and conduct an asylum interview with a person who may have been trafficked.</p>
"""
        ),
    ),
]

# The aunt's case (formative): the reflexes are to separate by routine, to let the person
# decide, and never to warn the network (CURRICULUM.md: an asylum applicant in debt to the
# "aunt" who arranged her travel).
AUNT_CASE = {
    "title": "Leila and her aunt",
    "intro": _html(
        """<p>Leila, 24, applied for asylum a week ago. At registration she said that her
        “aunt”, who lives in Sweden, arranged and paid for her journey. The aunt came with her to
        the office and has phoned twice to ask when the interview will be.</p>"""
    ),
    "situations": [
        _situation(
            "waiting-room",
            """<p>On the day of the asylum interview the aunt sits beside Leila in the waiting
            room. She says Leila is shy, that she speaks Leila's language well and would gladly
            interpret, “to save the state the cost”. Leila looks at the floor.</p>""",
            [
                _choice(
                    "Thank the aunt, explain that the interview is held with the Agency's "
                    "interpreter and the applicant alone, as always, and take Leila in",
                    "alone",
                    "The aunt cannot object to a routine that applies to everyone. Leila is "
                    "alone with you and an interpreter who has no link to her family or her "
                    "journey.",
                    points=2,
                ),
                _choice(
                    "Let the aunt interpret: Leila seems calmer with her there",
                    "silenced",
                    "Leila gives her grounds for asylum in short sentences. Every answer passes "
                    "through the person she may owe money to; nothing about the journey or a "
                    "debt comes up.",
                ),
                _choice(
                    "Ask the aunt, in front of Leila, whether Leila has to work to pay back the "
                    "journey",
                    "exposed",
                    "The aunt laughs and says Leila is family. Leila says nothing more that day, "
                    "and in the evening she does not come back to her accommodation.",
                    remediation="Never confront a person you suspect of controlling the "
                    "applicant, least of all in front of her: it warns the network and can put "
                    "her and her family in danger. Separate them by a routine that applies to "
                    "everyone — the Agency's interpreter, the interview held alone — and take "
                    "your concern to the trafficking coordinator.",
                ),
            ],
        ),
        _situation(
            "alone",
            """<p>Alone with you and the interpreter, Leila explains why she fled. When you ask
            how the journey was paid for, she says her aunt paid and that she must “work off”
            the debt in a flat the aunt rents out; the amount keeps growing. She asks you not to
            write it down: her younger sister still lives with the aunt's family at home.</p>""",
            [
                _choice(
                    "Explain what the record is used for and who may read it, tell her that she "
                    "decides what happens next, and ask what she is afraid of",
                    "next-step",
                    "Leila says she is afraid of what will happen to her sister if the aunt "
                    "finds out. You record her words and her fear as she put them, and tell her "
                    "you will ask a colleague who specialises in trafficking for advice.",
                    points=2,
                ),
                _choice(
                    "Promise her that nothing she says will leave the room",
                    "next-step",
                    "It calms her for now, but you cannot keep the promise: what matters for her "
                    "claim goes into the record, and you may need to bring others in. When she "
                    "learns that, she may stop trusting anyone.",
                ),
                _choice(
                    "Call her family at home to make sure her sister is safe",
                    "exposed",
                    "A relative answers and asks why the Swedish authorities are calling. Within "
                    "a day the aunt knows that Leila has talked.",
                    remediation="Never contact the person's family without her consent: the "
                    "people who control her may be the family, or close to it, and the call can "
                    "put both sisters in danger. Ask Leila what she fears and let her decide, "
                    "with support, what to do about her family.",
                ),
            ],
        ),
        _situation(
            "next-step",
            """<p>Leila does not want to talk to the police now. She is frightened and tired,
            and she wants her asylum case to go on.</p>""",
            [
                _choice(
                    "Respect her wish: consult the trafficking coordinator, give her information "
                    "on support and on time to recover and decide, and record her need for safe "
                    "accommodation",
                    "safe-start",
                    "Leila leaves with written information in her language and knows whom to "
                    "contact. The coordinator advises you on the next steps under the Agency's "
                    "routine, and the reception unit learns that she needs somewhere to live "
                    "away from the aunt.",
                    points=2,
                ),
                _choice(
                    "Tell her that her asylum claim will be weaker unless she reports the aunt "
                    "to the police",
                    "silenced",
                    "It is not true — her claim is examined on its own grounds — and it "
                    "pressures a frightened person. Leila takes back what she said about the "
                    "debt.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "safe-start",
            "A safe start",
            """<p>You separated Leila from her aunt by a routine that applies to everyone, let
            her decide, and recorded her account in her own words. Nothing you did warned the
            aunt. Leila knows her rights, the coordinator is involved, and her asylum case goes
            on. Whether she talks to the police later is her decision; the reflection period
            (module 3) exists so that she can take it with support.</p>""",
        ),
        _ending(
            "silenced",
            "The debt disappears from the record",
            """<p>Leila is still in the asylum procedure, but the debt and the flat are no
            longer in her file: either the aunt was in the room or Leila was pressed. Interview
            alone with the Agency's interpreter, explain what happens to what she says, and
            never make her protection depend on a police report.</p>""",
        ),
        _ending(
            "exposed",
            "The network learns that she talked",
            """<p>Confronting the aunt, or calling the family, told the people who control
            Leila that she had talked. She may be moved, punished, or threatened through her
            sister. These are the mistakes that cannot be undone: never confront a suspected
            exploiter, and never contact the family without the person's consent.</p>""",
        ),
    ],
}

_INTERVIEW_TEXT_SV = [
    WARNING_SV,
    (
        "text",
        _html(
            """
<h2>Därför kommer berättelsen sent, och i delar</h2>
<p>Få säger ”jag har utsatts för människohandel” vid registreringen. Omkring 2011 beskrev
Östersjöstaternas råds aktionsgrupp offer som tackar nej till hjälp på grund av stigma eller för
att de inte ser sig själva som offer, och kontrollmetoder som blivit allt mer förfinade. En
person kan ha en skuld som rekryteraren hela tiden höjer, vara rädd för anhöriga i hemlandet,
misstro myndigheter eller tro att exploateringen är hennes eller hans eget fel eftersom hon eller
han gick med på resan. Rekryterare lovar ofta vanliga arbeten — som au pair eller servitris — och
personen hamnar i slavliknande förhållanden. Inget av detta ryms i det första svaret på frågan
varför hon eller han lämnade sitt land.</p>
<p>När en berättelse ändras mellan registreringen och asylutredningen, eller en skuld bara
nämns i förbigående, ska du alltså inte skriva ”inte trovärdig” och gå vidare. Skriv ner vad
som ändrades och vad personen sa om det, och fråga dig vad hon eller han kan ha varit rädd att
berätta tidigare.</p>
<h2>Att förbereda och hålla utredningen</h2>
<p>WHO:s etiska och säkerhetsmässiga rekommendationer för intervjuer med kvinnor som utsatts
för människohandel (2003) skrevs för forskare och stödverksamheter, men de första principerna
passar väl i en asylutredning, med kvinnor och med män:</p>
<ul>
<li><strong>Gör ingen skada.</strong> Utgå från att risken för skada är mycket stor tills du vet
något annat, och ställ inga frågor som försämrar personens situation.</li>
<li><strong>Känn till riskerna innan du börjar.</strong> Läs akten med blick för medföljande,
adresser och vem som betalar; rådfråga samordnaren för människohandelsfrågor om något oroar
dig.</li>
<li><strong>Ha information om stöd redo, och lova inget du inte kan hålla.</strong> Ha skriftlig
information om stöd och rättigheter på personens språk.</li>
<li><strong>Välj tolk med omsorg.</strong> Använd verkets tolk, aldrig en medföljande, och
kontrollera att tolken saknar koppling till personens familj, by eller resa. Fråga om personen
känner sig tryggare med en kvinna eller en man som handläggare eller tolk, och följ verkets
rutin för sådana önskemål. [CHECK]</li>
<li><strong>Förklara sekretess och samtycke.</strong> Berätta vad utredningen är till för, vem
som läser protokollet, att personen får avstå från att svara på en fråga och kan be om
paus.</li>
<li><strong>Lyssna på personens egen bedömning av riskerna.</strong> Hon eller han känner dem
som utövar kontrollen bättre än du.</li>
</ul>
<p>Öppna frågor om resan fungerar bättre än raka frågor om brott: ”Vem ordnade resan? Vad kom ni
överens om när det gäller betalningen? Vad hände när du kom fram? Vem bor du med nu?” En sådan
utredning tar ofta längre tid; planera för det.</p>
<h2>Vad du dokumenterar</h2>
<p>Dokumentera iakttagelser och personens egna ord, inte slutsatser: ”uppger att hon måste
’arbeta av’ biljetten i en lägenhet som mostern hyr ut; beloppet har vuxit” hellre än ”offer för
människohandel”. En skuld för resan är en indikator, inget bevis; tillsammans med att någon annan
har handlingarna och talar för personen är den ett skäl att rådfråga samordnaren. EUAA:s
utbildning för asylhandläggare går igenom samma steg: att känna igen indikatorer, hantera mötet
och förbereda och genomföra en asylutredning med en person som kan ha utsatts för
människohandel.</p>
"""
        ),
    ),
]

AUNT_CASE_SV = {
    "title": "Leila och hennes moster",
    "intro": _html(
        """<p>Leila, 24 år, sökte asyl för en vecka sedan. Vid registreringen berättade hon att
        hennes ”moster”, som bor i Sverige, har ordnat och betalat hennes resa. Mostern följde
        med henne till kontoret och har ringt två gånger för att fråga när asylutredningen
        blir.</p>"""
    ),
    "situations": [
        _situation(
            "waiting-room",
            """<p>På dagen för asylutredningen sitter mostern bredvid Leila i väntrummet. Hon
            säger att Leila är blyg, att hon själv talar Leilas språk bra och gärna tolkar, ”så
            slipper staten kostnaden”. Leila tittar ner i golvet.</p>""",
            [
                _choice(
                    "Tacka mostern, förklara att utredningen hålls med verkets tolk och den "
                    "sökande ensam, som alltid, och ta med Leila in",
                    "alone",
                    "Mostern kan inte invända mot en rutin som gäller alla. Leila är ensam med "
                    "dig och en tolk som saknar koppling till hennes familj och hennes resa.",
                    points=2,
                ),
                _choice(
                    "Låt mostern tolka: Leila verkar lugnare när hon är med",
                    "silenced",
                    "Leila redogör kort för sina asylskäl. Varje svar går genom den person hon "
                    "kanske är skyldig pengar; inget om resan eller någon skuld kommer fram.",
                ),
                _choice(
                    "Fråga mostern, medan Leila hör på, om Leila måste arbeta för att betala "
                    "tillbaka resan",
                    "exposed",
                    "Mostern skrattar och säger att Leila är familj. Leila säger inget mer den "
                    "dagen, och på kvällen kommer hon inte tillbaka till sitt boende.",
                    remediation="Konfrontera aldrig någon som du misstänker kontrollerar den "
                    "sökande, allra minst när hon hör på: det varnar nätverket och kan försätta "
                    "henne och hennes familj i fara. Skilj dem åt med en rutin som gäller alla — "
                    "verkets tolk, utredningen på tu man hand — och ta din oro till samordnaren "
                    "för människohandelsfrågor.",
                ),
            ],
        ),
        _situation(
            "alone",
            """<p>Ensam med dig och tolken berättar Leila varför hon flydde. När du frågar hur
            resan betalades säger hon att mostern betalade och att hon måste ”arbeta av”
            skulden i en lägenhet som mostern hyr ut; beloppet bara växer. Hon ber dig att inte
            skriva ner det: hennes lillasyster bor fortfarande hos mosterns familj i
            hemlandet.</p>""",
            [
                _choice(
                    "Förklara vad protokollet används till och vem som får läsa det, säg att det "
                    "är hon som bestämmer vad som händer härnäst och fråga vad hon är rädd för",
                    "next-step",
                    "Leila säger att hon är rädd för vad som händer med systern om mostern får "
                    "veta. Du skriver ner hennes ord och hennes rädsla så som hon uttryckte dem, "
                    "och säger att du ska be en kollega som är specialiserad på människohandel "
                    "om råd.",
                    points=2,
                ),
                _choice(
                    "Lova henne att inget av det hon säger lämnar rummet",
                    "next-step",
                    "Det lugnar henne för stunden, men löftet kan du inte hålla: det som har "
                    "betydelse för ansökan ska in i protokollet, och du kan behöva koppla in "
                    "andra. När hon förstår det kan hon sluta lita på någon.",
                ),
                _choice(
                    "Ring hennes familj i hemlandet för att försäkra dig om att systern är trygg",
                    "exposed",
                    "En släkting svarar och undrar varför svenska myndigheter ringer. Inom ett "
                    "dygn vet mostern att Leila har berättat.",
                    remediation="Kontakta aldrig personens familj utan hennes samtycke: de som "
                    "kontrollerar henne kan vara familjen eller stå den nära, och samtalet kan "
                    "försätta båda systrarna i fara. Fråga Leila vad hon är rädd för och låt "
                    "henne, med stöd, bestämma vad som ska göras när det gäller familjen.",
                ),
            ],
        ),
        _situation(
            "next-step",
            """<p>Leila vill inte prata med polisen nu. Hon är rädd och trött, och hon vill att
            asylärendet ska gå vidare.</p>""",
            [
                _choice(
                    "Respektera hennes önskan: rådfråga samordnaren för människohandelsfrågor, "
                    "ge henne information om stöd och om tid att återhämta sig och ta ställning, "
                    "och dokumentera att hon behöver ett tryggt boende",
                    "safe-start",
                    "Leila går därifrån med skriftlig information på sitt språk och vet vem hon "
                    "kan vända sig till. Samordnaren ger dig råd om nästa steg enligt verkets "
                    "rutin, och mottagningsenheten får veta att hon behöver bo någon annanstans "
                    "än hos mostern.",
                    points=2,
                ),
                _choice(
                    "Säg att hennes asylansökan blir svagare om hon inte polisanmäler mostern",
                    "silenced",
                    "Det stämmer inte — ansökan prövas på sina egna grunder — och det sätter "
                    "press på en rädd människa. Leila tar tillbaka det hon sa om skulden.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "safe-start",
            "En trygg början",
            """<p>Du skilde Leila från mostern med en rutin som gäller alla, lät henne bestämma
            och dokumenterade hennes berättelse med hennes egna ord. Inget du gjorde varnade
            mostern. Leila känner till sina rättigheter, samordnaren är inkopplad och
            asylärendet går vidare. Om hon senare vill tala med polisen är hennes beslut;
            betänketiden (modul 3) finns för att hon ska kunna fatta det med stöd.</p>""",
        ),
        _ending(
            "silenced",
            "Skulden försvinner ur akten",
            """<p>Leila är kvar i asylprocessen, men skulden och lägenheten finns inte längre i
            akten: antingen satt mostern med, eller så pressades Leila. Håll utredningen
            enskilt med verkets tolk, förklara vad som händer med det hon berättar, och gör
            aldrig hennes skydd beroende av en polisanmälan.</p>""",
        ),
        _ending(
            "exposed",
            "Nätverket får veta att hon har berättat",
            """<p>När du konfronterade mostern, eller ringde familjen, fick de som kontrollerar
            Leila veta att hon hade berättat. Hon kan flyttas, straffas eller hotas genom sin
            syster. Det här är misstagen som inte går att göra ogjorda: konfrontera aldrig en
            misstänkt exploatör, och kontakta aldrig familjen utan personens samtycke.</p>""",
        ),
    ],
}

THE_INTERVIEW = [
    *_INTERVIEW_TEXT,
    ("branching_case", AUNT_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "A late or changing account is common: record the change, do not dismiss it",
                "Interview alone, with the Agency's interpreter; never a companion",
                "Explain what happens to what the person says; promise nothing you cannot keep",
                "The person decides about the police and about contact with the family",
            ],
        },
    ),
]
THE_INTERVIEW_SV = [
    *_INTERVIEW_TEXT_SV,
    ("branching_case", AUNT_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "En sen eller ändrad berättelse är vanlig: dokumentera ändringen, avfärda den inte",
                "Håll utredningen enskilt, med verkets tolk; aldrig med en medföljande",
                "Förklara vad som händer med det personen berättar; lova inget du inte kan hålla",
                "Det är personen som bestämmer om polisen och om kontakten med familjen",
            ],
        },
    ),
]
THE_INTERVIEW_CHECKS = (
    [
        "The Migration Agency's routine when an applicant asks for an interviewer or interpreter "
        "of a particular sex",
    ],
    [
        "Migrationsverkets rutin när en sökande önskar handläggare eller tolk av visst kön",
    ],
)
THE_INTERVIEW_SOURCES = [
    WHO_INTERVIEWING,
    EUAA_THB_MODULE,
    MMM_IDENTIFICATION,
    SEED_CBSS,
    SEED_KVINNOFORUM,
]


# Module 2, lesson 3: refugee status (UNHCR Guidelines No. 7) and Dublin transfers ---------

PROTECTION_AND_DUBLIN = [
    (
        "text",
        _html(
            """
<h2>Two questions that must not be merged</h2>
<p>Is this person a victim of trafficking? Does this person need international protection? The
two questions are examined in different ways, and the answer to one does not settle the other.
UNHCR's Guidelines on International Protection No. 7 (April 2006) describe the refugee agency's
involvement with trafficking as twofold: refugees, asylum-seekers and others of its concern must
not fall victim to trafficking; and people who have been trafficked and fear persecution on
return, or who fear being trafficked, must be recognised as refugees when their claim falls
within the refugee definition of the 1951 Convention. The Guidelines take the definition of
trafficking from the Palermo Protocol and recall the Protocol's saving clause (article 14):
nothing in the Protocol affects the rights of refugees or the principle of
non-refoulement.</p>
<h2>When a trafficked person is a refugee</h2>
<p>Not every victim of trafficking is a refugee, and the Guidelines go through each element of
the refugee definition. Two points matter most in practice.</p>
<p><strong>The risk on return.</strong> The Council of Europe's expert group GRETA, in its
guidance note of 2020, which builds on the UNHCR Guidelines, names the risk of being trafficked
again and the risk of retribution by the traffickers — for example when the person has escaped
from them. Where the refugee definition is not met, GRETA's note also points to complementary
protection: no one should be compelled to return where return would threaten their life or
freedom, or expose them to slavery, forced labour or servitude, or to torture or inhuman or
degrading treatment.</p>
<p><strong>The ground.</strong> It is often membership of a particular social group. The
Guidelines give examples of groups of women that may be relevant in trafficking cases — single
women, widows, divorced women, illiterate women — and accept that having been trafficked can
itself be an unchangeable, common and historic characteristic that defines a group, where
society sees former victims as a group and targets them. [CHECK]</p>
<h3>At your desk</h3>
<ul>
<li>Treat indicators of trafficking as relevant to the protection assessment, not only as a
reason to refer the person elsewhere.</li>
<li>Ask concretely about the risk on return: Who recruited you? Do they know where your family
lives? What happened to others who left them or talked?</li>
<li>Never make the person choose between tracks. GRETA asks states to allow an asylum
application while a presumed victim is in the identification procedure.</li>
</ul>
<h2>Dublin transfers</h2>
<p>The Dublin rules decide which European state examines an application, and a transfer sends
the person there. GRETA points out that the risk of re-trafficking may lie not only in the
country of origin but also in the state where a trafficked person first applied for asylum —
often where they were exploited, or where the network still is. The note therefore asks for a
risk assessment before a presumed victim is transferred, weighing the risk of re-victimisation
and re-trafficking and the realistic options for reintegration there. The Swedish Civil Society
Platform describes the same double exposure for women from third countries in Dublin
procedures.</p>
<p><em>Example.</em> A woman's fingerprints show an earlier application in another member state.
In the Dublin interview she mentions that the men who brought her made her work there to pay
for the journey, and that they still send her messages. On paper the transfer is routine. It
should not be decided before her account is recorded, your trafficking coordinator consulted and
the risk of a transfer assessed. [CHECK]</p>
<p>The Dublin III Regulation (No 604/2013) is being replaced by Regulation (EU) 2024/1351 on
asylum and migration management, part of the EU Pact on Migration and Asylum, for applications
registered from 2026. [CHECK] The question you ask does not change with the regulation: what will
happen to this person where we send them?</p>
"""
        ),
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Victim of trafficking and refugee are separate questions; one does not settle "
                "the other",
                "Risk on return — re-trafficking, reprisals — is central to the protection "
                "assessment",
                "Having been trafficked can define a particular social group",
                "Assess the risk of re-trafficking before a Dublin transfer, not after",
            ],
        },
    ),
]

PROTECTION_AND_DUBLIN_SV = [
    (
        "text",
        _html(
            """
<h2>Två frågor som inte får flyta ihop</h2>
<p>Har den här personen utsatts för människohandel? Behöver den här personen internationellt
skydd? Frågorna prövas på olika sätt, och svaret på den ena avgör inte den andra. UNHCR:s
riktlinjer om internationellt skydd nr 7 (april 2006) beskriver flyktingorganets engagemang i
frågan som tvåfaldigt: flyktingar, asylsökande och andra som UNHCR ska skydda får inte falla
offer för människohandel, och den som har utsatts för människohandel och fruktar förföljelse vid
ett återvändande, eller som fruktar att utsättas för människohandel, ska erkännas som flykting
när skälen faller inom flyktingdefinitionen i 1951 års konvention. Riktlinjerna utgår från
Palermoprotokollets definition av människohandel och påminner om protokollets
skyddsklausul (artikel 14): inget i protokollet inskränker flyktingars rättigheter eller
principen om non-refoulement.</p>
<h2>När den som utsatts för människohandel är flykting</h2>
<p>Alla som har utsatts för människohandel är inte flyktingar, och riktlinjerna går igenom varje
led i flyktingdefinitionen. I praktiken är två saker viktigast.</p>
<p><strong>Risken vid ett återvändande.</strong> Europarådets expertgrupp GRETA, vars
vägledning från 2020 bygger vidare på UNHCR:s riktlinjer, nämner risken att utsättas för
människohandel igen och risken för hämnd från människohandlarna — till exempel när personen har
flytt från dem. Om flyktingdefinitionen inte är uppfylld pekar GRETA också på alternativt skydd:
ingen ska tvingas återvända när det skulle hota hennes eller hans liv eller frihet, eller
innebära slaveri, tvångsarbete eller träldom, tortyr eller omänsklig eller förnedrande
behandling.</p>
<p><strong>Grunden.</strong> Ofta handlar det om tillhörighet till en viss samhällsgrupp.
Riktlinjerna nämner grupper av kvinnor som kan vara relevanta i människohandelsärenden —
ensamstående kvinnor, änkor, frånskilda kvinnor, kvinnor som inte kan läsa — och godtar att
erfarenheten av att ha utsatts för människohandel i sig kan vara en oföränderlig, gemensam och
historisk egenskap som avgränsar en grupp, när omgivningen ser tidigare offer som en grupp och
riktar sig mot dem. [CHECK]</p>
<h3>Vid ditt skrivbord</h3>
<ul>
<li>Se indikatorer på människohandel som relevanta för skyddsbedömningen, inte bara som ett skäl
att slussa personen vidare.</li>
<li>Fråga konkret om risken vid ett återvändande: Vem rekryterade dig? Vet de var din familj bor?
Vad har hänt andra som lämnat dem eller berättat?</li>
<li>Låt aldrig personen välja mellan spåren. GRETA vill att staterna ska tillåta en asylansökan
medan ett förmodat offer är föremål för identifiering.</li>
</ul>
<h2>Överföringar enligt Dublinförordningen</h2>
<p>Dublinreglerna avgör vilken europeisk stat som prövar en ansökan, och en överföring skickar
personen dit. GRETA påpekar att risken att utsättas för människohandel igen inte bara kan finnas
i ursprungslandet utan också i den stat där personen först sökte asyl — ofta där hon eller han
exploaterades, eller där nätverket fortfarande finns. Därför vill GRETA att risken bedöms innan
ett förmodat offer överförs, med hänsyn till risken att utsättas på nytt och till de realistiska
möjligheterna att återintegreras där. Plattformen Civila Sverige mot människohandel beskriver
samma dubbla utsatthet för kvinnor från tredjeland i Dublinprocessen.</p>
<p><em>Exempel.</em> En kvinnas fingeravtryck visar en tidigare asylansökan i en annan
medlemsstat. Under Dublinsamtalet nämner hon att männen som förde dit henne tvingade henne att
arbeta där för att betala resan, och att de fortfarande skickar meddelanden till henne. På
papperet är överföringen en rutinsak. Den bör inte beslutas förrän hennes berättelse är
dokumenterad, samordnaren för människohandelsfrågor är tillfrågad och risken med en överföring
är bedömd. [CHECK]</p>
<p>Dublinförordningen (nr 604/2013) ersätts av förordning (EU) 2024/1351 om asyl- och
migrationshantering, en del av EU:s migrations- och asylpakt, för ansökningar som registreras
från 2026. [CHECK] Frågan du ställer är densamma oavsett förordning: vad händer med den här
människan där vi skickar henne eller honom?</p>
"""
        ),
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Offer för människohandel och flykting är skilda frågor; den ena avgör inte den "
                "andra",
                "Risken vid ett återvändande — att utsättas igen, hämnd — är central i "
                "skyddsbedömningen",
                "Att ha utsatts för människohandel kan avgränsa en viss samhällsgrupp",
                "Bedöm risken att utsättas igen före en Dublinöverföring, inte efteråt",
            ],
        },
    ),
]

PROTECTION_AND_DUBLIN_CHECKS = (
    [
        "The examples of particular social groups and the “historic characteristic” of having "
        "been trafficked, read in a secondary source quoting UNHCR's Guidelines No. 7: confirm "
        "against the Guidelines' own text",
        "How the risk of re-trafficking is assessed in the Swedish Dublin procedure, before the "
        "decision and before the transfer is carried out",
        "The date from which Regulation (EU) 2024/1351 applies in place of Dublin III, and the "
        "transitional rules for applications registered before it",
    ],
    [
        "Exemplen på samhällsgrupper och den ”historiska egenskapen” att ha utsatts för "
        "människohandel, lästa i en sekundärkälla som citerar UNHCR:s riktlinjer nr 7: stäm av "
        "mot riktlinjernas egen text",
        "Hur risken att utsättas för människohandel igen bedöms i den svenska Dublinprocessen, "
        "före beslutet och före verkställigheten",
        "Från vilket datum förordning (EU) 2024/1351 tillämpas i stället för Dublin III, och "
        "övergångsreglerna för ansökningar som registrerats dessförinnan",
    ],
)
PROTECTION_AND_DUBLIN_SOURCES = [
    UNHCR_GUIDELINES_7,
    GRETA_PROTECTION_NOTE,
    ECRE_ON_GRETA_NOTE,
    PALERMO,
    DUBLIN_III,
    AMMR,
    SEED_PLATFORM,
]


# Module 3, lesson 4: the reflection period and the residence permit for the investigation --
# Aliens Act ch. 5 s. 15 as worded by SFS 2007:322, which we read; its current wording stays
# flagged until an expert confirms it.

REFLECTION_PERIOD = [
    (
        "text",
        _html(
            """
<h2>A permit that the criminal investigation applies for</h2>
<p>Chapter 5, section 15 of the Swedish Aliens Act (<em>utlänningslagen</em>) links two
temporary residence permits to a criminal case. The summary below follows the wording
introduced in 2007 (SFS 2007:322), which implemented Council Directive 2004/81/EC on residence
permits for victims of trafficking who cooperate with the authorities. Check the version in force
before you rely on the details. [CHECK]</p>
<ul>
<li><strong>A permit of at least six months</strong> is granted, on application by the head of
the preliminary investigation (<em>förundersökningsledaren</em>), to a foreign national staying
in Sweden if: (1) it is needed for a preliminary investigation or a criminal trial to be carried
out; (2) the person has clearly shown a willingness to cooperate with the investigating
authorities; (3) the person has broken off all contact with those suspected of the crime; and
(4) public order and security do not speak against it.</li>
<li><strong>A reflection period of 30 days</strong>: if the person wants time to recover and to
decide whether to cooperate with the investigating authorities, a temporary permit of 30 days is
granted on application by the head of the preliminary investigation, provided conditions (1) and
(4) are met. Willingness to cooperate and a break with the suspects are not conditions for
it.</li>
<li>Both permits can be extended at the request of the head of the investigation — the
reflection period only when there are special reasons for a longer one.</li>
</ul>
<h2>Three things that follow for your work</h2>
<p><strong>Neither you nor the person applies.</strong> The application comes from the head of
the preliminary investigation, a police officer or a prosecutor. A reflection period therefore
depends on the police learning of the case in time. When a person in your asylum, permit or
reception case may be a victim and is considering talking to the police, your part is to make
sure, through your trafficking coordinator and the Agency's routine, that the question reaches
the police — and that the person knows a reflection period exists. [CHECK]</p>
<p><strong>The reflection period is time, not a deal.</strong> It is for recovering and deciding.
Never present it as "talk, and you get a permit": that is not what the law says, and pressure of
that kind is how people withdraw what they have told you.</p>
<p><strong>It does not replace the examination of protection needs.</strong> These permits are tied to the criminal case. A person may need international protection whatever
happens in the investigation (lesson 3), so the asylum case goes on. [CHECK] The 2005 memorandum
that prepared the rules also proposed that a person who can be granted such a permit should not
be refused entry or expelled in the meantime. [CHECK]</p>
<h2>Support while the case goes on</h2>
<p>In Sweden, formal status as a victim comes only through the criminal procedure, as an
injured party (<em>målsägande</em>), and an injured party has rights of her or his own in it,
such as counsel for the injured party (<em>målsägandebiträde</em>). [CHECK] Support does not wait
for that. The MMM sets out how authorities support and protect a presumed victim from the first
suspicion; the National Support Programme of the Civil Society Platform against trafficking
complements it with support from providers that the programme certifies and quality-assures;
and the Swedish Gender Equality Agency's national
coordination (NSPM) runs a support line where professionals can get advice on a case.</p>
<p><em>Example.</em> Three weeks after her interview, Leila (lesson 2) asks what would happen if
she talked to the police. You do not answer for the police, and you promise no permit. You
explain that the police can apply for a 30-day permit that gives her time to recover and decide,
that her asylum case continues either way, and that you will ask the trafficking coordinator to
help her reach the police safely if she wants to.</p>
"""
        ),
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "The head of the preliminary investigation applies — not you, not the person",
                "The reflection period is for recovering and deciding; cooperation is not a "
                "condition for it",
                "The asylum examination goes on whatever happens in the criminal case",
                "Get the question to the police in time, through your coordinator",
            ],
        },
    ),
]

REFLECTION_PERIOD_SV = [
    (
        "text",
        _html(
            """
<h2>Ett tillstånd som förundersökningen ansöker om</h2>
<p>I 5 kap. 15 § utlänningslagen finns två tidsbegränsade uppehållstillstånd som är knutna till
ett brottmål. Sammanfattningen nedan följer lydelsen från 2007 (SFS 2007:322), som genomförde
rådets direktiv 2004/81/EG om uppehållstillstånd för offer för människohandel som samarbetar med
myndigheterna. Kontrollera gällande lydelse innan du förlitar dig på detaljerna. [CHECK]</p>
<ul>
<li><strong>Ett tillstånd om minst sex månader</strong> ges, på ansökan av
förundersökningsledaren, till en utlänning som vistas här om 1) det behövs för att en
förundersökning eller huvudförhandling i brottmål ska kunna genomföras, 2) utlänningen klart har
visat sin vilja att samarbeta med de brottsutredande myndigheterna, 3) utlänningen har brutit
alla förbindelser med dem som misstänks för brottet och 4) hänsyn till allmän ordning och
säkerhet inte talar emot det.</li>
<li><strong>Betänketid i 30 dagar</strong>: om utlänningen vill ha tid att återhämta sig och ta
ställning till om hon eller han vill samarbeta med de brottsutredande myndigheterna, ges ett
tidsbegränsat tillstånd om 30 dagar på ansökan av förundersökningsledaren, om villkoren 1 och 4
är uppfyllda. Att personen vill samarbeta och har brutit med de misstänkta är alltså inga villkor för
betänketiden.</li>
<li>Båda tillstånden kan förlängas på begäran av förundersökningsledaren — betänketiden bara när
det av särskilda skäl behövs en längre betänketid.</li>
</ul>
<h2>Tre följder för ditt arbete</h2>
<p><strong>Varken du eller personen ansöker.</strong> Ansökan kommer från förundersökningsledaren,
en polis eller en åklagare. Betänketiden förutsätter alltså att polisen får kännedom om ärendet
i tid. När en person i ditt asyl-, tillstånds- eller mottagningsärende kan vara offer och funderar
på att tala med polisen, är din uppgift att se till, via samordnaren för människohandelsfrågor och
verkets rutin, att frågan når polisen — och att personen vet att betänketid finns. [CHECK]</p>
<p><strong>Betänketiden är tid, ingen motprestation.</strong> Den är till för att återhämta sig
och ta ställning. Framställ den aldrig som ”berätta, så får du tillstånd”: det är inte vad lagen
säger, och just sådan press får människor att ta tillbaka det de har berättat.</p>
<p><strong>Den ersätter inte prövningen av skyddsbehovet.</strong> Tillstånden hör till brottmålet. En person kan behöva internationellt skydd oavsett hur det går i
förundersökningen (lektion 3), så asylärendet fortsätter. [CHECK] Promemorian från 2005 som
förberedde reglerna föreslog också att den som kan beviljas ett sådant tillstånd inte ska få
avvisas eller utvisas under tiden. [CHECK]</p>
<h2>Stöd medan ärendet pågår</h2>
<p>I Sverige får en person formell ställning som brottsoffer först i straffprocessen, som
målsägande, och en målsägande har egna rättigheter där, till exempel rätt till
målsägandebiträde. [CHECK] Stödet behöver inte vänta på det. MMM beskriver hur myndigheterna ger
stöd och skydd till ett förmodat offer från den första misstanken; Nationella stödprogrammet,
som drivs av Plattformen Civila Sverige mot människohandel, kompletterar med stöd från
stödgivare som programmet certifierar och kvalitetssäkrar; och
Jämställdhetsmyndighetens nationella samordning (NSPM) har en stödtelefon där yrkesverksamma kan
få råd i ett ärende.</p>
<p><em>Exempel.</em> Tre veckor efter asylutredningen frågar Leila (lektion 2) vad som skulle
hända om hon pratade med polisen. Du svarar inte för polisen och lovar inget tillstånd. Du
förklarar att polisen kan ansöka om ett tillstånd på 30 dagar som ger henne tid att återhämta
sig och ta ställning, att asylärendet fortsätter oavsett vad hon väljer, och att du ber
samordnaren för människohandelsfrågor att hjälpa henne att på ett tryggt sätt få kontakt med
polisen om hon vill.</p>
"""
        ),
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Förundersökningsledaren ansöker — inte du, inte personen",
                "Betänketiden är till för återhämtning och ställningstagande; samarbete är inget "
                "villkor",
                "Asylprövningen fortsätter oavsett vad som händer i brottmålet",
                "Se till att frågan når polisen i tid, via samordnaren",
            ],
        },
    ),
]

REFLECTION_PERIOD_CHECKS = (
    [
        "The wording of Aliens Act ch. 5 s. 15 in force today (read here as amended by "
        "SFS 2007:322), and any later provisions on permits for victims of trafficking",
        "The Migration Agency's routine for bringing a possible victim's case to the police",
        "How an asylum case and a permit under ch. 5 s. 15 run side by side",
        "Whether the proposal in Ds 2005:24 that a person who can be granted the permit is "
        "not refused entry or expelled was enacted, and where",
        "The injured party's right to counsel (målsägandebiträde) in trafficking cases",
    ],
    [
        "Gällande lydelse av 5 kap. 15 § utlänningslagen (här läst i lydelsen enligt "
        "SFS 2007:322), och eventuella senare bestämmelser om tillstånd för offer för "
        "människohandel",
        "Migrationsverkets rutin för att föra ett möjligt offers ärende vidare till polisen",
        "Hur ett asylärende och ett tillstånd enligt 5 kap. 15 § löper parallellt",
        "Om förslaget i Ds 2005:24, att den som kan beviljas tillståndet inte ska avvisas eller "
        "utvisas, genomfördes, och var",
        "Målsägandens rätt till målsägandebiträde i människohandelsmål",
    ],
)
REFLECTION_PERIOD_SOURCES = [
    ALIENS_ACT_5_15,
    DS_2005_24,
    MMM_IDENTIFICATION,
    NSPM,
    SEED_PLATFORM,
]


# Module 4, lesson 5: unaccompanied and missing children ------------------------------------
# The critical errors of the brief: treating a child as an adult, and confronting the adult
# who may exploit him.

_CHILDREN_TEXT = [
    WARNING,
    (
        "text",
        _html(
            """
<h2>A child first, whatever else the case is about</h2>
<p>For a child — anyone under 18 — recruiting, transporting, transferring, harbouring or
receiving them for exploitation is trafficking even if no threats, force or deception were used
(Palermo Protocol, article 3(c)). You do not have to find a "means", and a child's agreement to
travel changes nothing.</p>
<p>Three rules protect children in your procedures:</p>
<ul>
<li><strong>When age is uncertain.</strong> Under article 13(2) of Directive 2011/36/EU, a
person who may be a victim of trafficking, whose age is uncertain and where there are reasons to
believe they are a child, is presumed to be a child so that they get immediate access to
assistance, support and protection. Doubt about age is a reason for a proper assessment under the
Agency's rules, not for treating the person as an adult in the meantime. [CHECK]</li>
<li><strong>Best interests and a representative.</strong> In Dublin procedures the best
interests of the child are a primary consideration, and an unaccompanied minor must be
represented and assisted by someone with the qualifications to promote those interests (Dublin
III, article 6). GRETA's guidance note (2020) adds that a child who may be a victim should be
promptly referred to the child protection authorities and given a legal guardian.</li>
<li><strong>Social services.</strong> In Sweden the municipal social services have a particular
responsibility for children. According to the MMM they receive reports of concern about a child,
make an immediate assessment of the child's need for protection, and can decide to take the
child into care at once. An unaccompanied child also gets a guardian (<em>god man</em>).
[CHECK]</li>
</ul>
<h2>What exploitation of children looks like</h2>
<p>A national mapping by the County Administrative Board of Stockholm (2012) found children in
Sweden exploited in crime, in begging, in work and sexually — and in some cases a parent had
allowed the perpetrator to take the child. The Civil Society Platform names unaccompanied
children, especially those whose asylum application has been refused and who live undocumented,
as a group at particular risk. Presenting its VEGA handbook for border guards (2015), Frontex pointed
out that passing through an airport may be the only time a victim of trafficking, child or adult,
meets law enforcement before disappearing into exploitation; your registration desk can be
such a moment too.</p>
<p>Signs to act on: an adult who is not the child's guardian speaks for the child, keeps the
child's papers or insists on housing them; the child talks of a debt for the journey or of
"helping" an adult with work; the child stays away at night, has money, phones or clothes that
no one explains, or is phoned by the same adult many times a day.</p>
<h2>Children who go missing</h2>
<p>The county boards' national mapping of unaccompanied children who go missing (2017) states
that children who disappear from the reception system run a great risk of being exploited: they
end up outside society's safety net. GRETA reported in 2016 that significant numbers of
unaccompanied minors, including child victims of trafficking, go missing shortly after being
placed in reception centres. The European Migration Network found in 2020 that the scale cannot
be measured accurately; organisations it consulted reported that a disappearance is not always
followed up by the police, and that police, asylum and child protection authorities do not always
work together when a child disappears.</p>
<p>So a disappearance is a child-protection matter, not an administrative one. Before, when the
signs appear: tell social services and the guardian at once and bring in the trafficking
coordinator. When a child is missing: report it under your routine without waiting, and share
what you know — the names, numbers and addresses in the file — with the police and social
services. [CHECK] And never return or transfer a child without an assessment of the child's best
interests and of the risk of re-trafficking.</p>
"""
        ),
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "Reference card: missing unaccompanied children, status 1 May 2016 [CHECK]",
            "text": "<p>The county boards' national mapping counted 1,829 unaccompanied children "
            "and young people who had come to Sweden in 2013 or later and gone missing, as of "
            "1 May 2016 (reported by Sveriges Radio, 2016). A dated figure from one mapping, "
            "not a current count.</p>",
        },
    ),
]

CHILD_CASE = {
    "title": "Karim, who says he is 16",
    "intro": _html(
        """<p>Karim comes to register an asylum application with a man he calls his uncle.
        Karim says he is 16 and has no documents. The uncle is not in any file you can see.</p>"""
    ),
    "situations": [
        _situation(
            "registration",
            """<p>The uncle says Karim is really 19, “just small for his age”, and that Karim can
            live with him while the case goes on. A colleague whispers that the boy looks at least
            18 to her.</p>""",
            [
                _choice(
                    "Register Karim as an unaccompanied child, treat him as a child while his "
                    "age is unclear, and notify social services so that he gets a placement and "
                    "a guardian",
                    "placed",
                    "Karim is placed in a home for unaccompanied children and gets a guardian. "
                    "His age can still be assessed under the rules; in the meantime he has a "
                    "child's protection.",
                    points=2,
                ),
                _choice(
                    "Register him as an adult: he has no papers and looks older",
                    "adult-track",
                    "Karim is housed as an adult, with no guardian and no social services. The "
                    "uncle collects him the same week.",
                    remediation="When age is uncertain and there are reasons to believe the "
                    "person is a child, treat him as a child until his age has been assessed "
                    "under the rules: he needs a guardian, social services and a child's "
                    "safeguards now. Treating a child as an adult removes all of them and leaves "
                    "him to whoever is 'helping' him.",
                ),
                _choice(
                    "Let him stay with the uncle while the case is prepared",
                    "missing",
                    "Karim leaves with the man, and the uncle's address goes into the file. "
                    "Three weeks later Karim does not come to his appointment.",
                ),
            ],
        ),
        _situation(
            "placed",
            """<p>A month later the staff at the home tell you that Karim often stays out at
            night, has a new phone and new clothes, and that the “uncle” calls him many times a
            day. At his asylum interview Karim says he “helps the uncle with work” to pay for the
            journey.</p>""",
            [
                _choice(
                    "Record what he said, tell social services and his guardian at once, consult "
                    "the trafficking coordinator about involving the police, and do not contact "
                    "the uncle",
                    "protected",
                    "Social services assess Karim's need for protection the same day; the "
                    "guardian and the police are involved. Karim is moved to a placement the "
                    "uncle does not know.",
                    points=2,
                ),
                _choice(
                    "Call the uncle and ask what work Karim does for him",
                    "exposed",
                    "The uncle is friendly on the phone. That night Karim does not come back to "
                    "the home.",
                    remediation="Never confront an adult you suspect of exploiting a child: he "
                    "will move the child or frighten him into silence. Tell social services and "
                    "the guardian, and bring in the police through the Agency's routine.",
                ),
                _choice(
                    "Note it in the file and wait for the asylum decision",
                    "missing",
                    "Weeks pass. One night Karim does not come back to the home.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "protected",
            "Karim is protected",
            """<p>You treated Karim as a child from the first day, so he had a guardian, social
            services and a placement the uncle did not control. When the signs came, you passed
            them on at once to those who can act, without warning the uncle. His asylum case
            goes on, and his best interests are assessed before any decision about his
            future.</p>""",
        ),
        _ending(
            "missing",
            "Karim is missing",
            """<p>Karim disappeared from the system meant to protect him. Children who go
            missing from reception run a great risk of being exploited. Registering him as a
            child with a placement, and acting on the first signs instead of waiting for the
            decision, were the moments to protect him.</p>""",
        ),
        _ending(
            "adult-track",
            "A child treated as an adult",
            """<p>Without a guardian or social services, nobody was responsible for Karim as a
            child, and the adult who brought him kept control. When age is uncertain and there
            are reasons to believe the person is a child, he is treated as a child until his age
            has been assessed.</p>""",
        ),
        _ending(
            "exposed",
            "The uncle is warned",
            """<p>Calling the uncle told him that the authorities were asking questions, and he
            moved Karim. Concerns about a child go to social services, the guardian and the
            police — never to the adult you suspect.</p>""",
        ),
    ],
}

UNACCOMPANIED_CHILDREN = [
    *_CHILDREN_TEXT,
    ("branching_case", CHILD_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "For a child no means is needed: harbouring a child for exploitation is "
                "trafficking",
                "Age uncertain and reasons to believe a child: treat as a child until assessed",
                "Social services and the guardian are told at once; the suspected adult never",
                "A missing child is a protection matter: report it without waiting",
            ],
        },
    ),
]

_CHILDREN_TEXT_SV = [
    WARNING_SV,
    (
        "text",
        _html(
            """
<h2>Först ett barn, vad ärendet än gäller</h2>
<p>När det gäller ett barn — den som är under 18 år — är det människohandel att rekrytera,
transportera, överföra, inhysa eller ta emot barnet i syfte att exploatera det, även om inga
hot, inget våld och inget vilseledande har använts (Palermoprotokollet, artikel 3 c). Du behöver
inte leta efter något ”medel”, och att barnet gick med på att resa ändrar ingenting.</p>
<p>Tre regler skyddar barn i era processer:</p>
<ul>
<li><strong>När åldern är osäker.</strong> Enligt artikel 13.2 i direktiv 2011/36/EU ska den som
kan vara offer för människohandel, vars ålder är osäker och där det finns skäl att anta att det
är ett barn, behandlas som barn och genast få tillgång till stöd, hjälp och skydd. Tvivel om
åldern är skäl till en ordentlig bedömning enligt verkets regler, inte till att behandla personen
som vuxen under tiden. [CHECK]</li>
<li><strong>Barnets bästa och en företrädare.</strong> I Dublinprocessen ska barnets bästa komma
i främsta rummet, och ett ensamkommande barn ska företrädas och biträdas av någon som har
kvalifikationer att bevaka barnets intressen (Dublin III, artikel 6). GRETA:s vägledning (2020)
tillägger att ett barn som kan vara offer snabbt ska hänvisas till barnskyddande myndigheter och
få en god man eller annan rättslig företrädare.</li>
<li><strong>Socialtjänsten.</strong> I Sverige har socialtjänsten ett särskilt ansvar för barn.
Enligt MMM tar socialtjänsten emot anmälningar om oro för barn, gör en omedelbar
skyddsbedömning och kan vid behov besluta om omedelbart omhändertagande. Ett ensamkommande barn
får också en god man. [CHECK]</li>
</ul>
<h2>Hur exploatering av barn kan se ut</h2>
<p>Länsstyrelsen i Stockholms läns nationella kartläggning (2012) fann barn i Sverige som
utnyttjades i kriminalitet, i tiggeri, i arbete och sexuellt — och i en del fall hade en förälder
gett gärningspersonen lov att ta med barnet. Plattformen Civila Sverige mot människohandel pekar
ut ensamkommande barn som en särskilt utsatt grupp, framför allt de som fått avslag på sin
asylansökan och lever papperslösa. När Frontex presenterade sin VEGA-handbok för gränspoliser (2015)
påpekade byrån att passagen genom en flygplats kan vara det enda tillfälle då ett offer för
människohandel, barn eller vuxen, möter rättsvårdande myndigheter innan hon eller han försvinner
in i exploatering; din registreringsdisk kan vara ett sådant tillfälle.</p>
<p>Tecken att agera på: en vuxen som inte är barnets gode man talar för barnet, har barnets
handlingar eller vill att barnet ska bo hos honom eller henne; barnet talar om en skuld för resan
eller om att ”hjälpa” en vuxen med arbete; barnet är borta om nätterna, har pengar, telefoner
eller kläder som ingen kan förklara eller blir uppringt av samma vuxna person många gånger om dagen.</p>
<h2>Barn som försvinner</h2>
<p>Länsstyrelsernas nationella kartläggning av ensamkommande barn som försvinner (2017)
konstaterar att barn som avviker från mottagningssystemet löper stor risk att exploateras: de
hamnar helt utanför samhällets skyddsnät. GRETA rapporterade 2016 att betydande antal
ensamkommande barn, också barn som utsatts för människohandel, försvinner kort efter att de
placerats på mottagningsboenden. Europeiska migrationsnätverket konstaterade 2020 att omfattningen
inte går att mäta säkert; organisationer som nätverket tillfrågade berättade att polisen inte
alltid följer upp en anmälan om ett försvinnande och att polis, asylmyndigheter och barnskydd inte
alltid samverkar när ett barn försvinner.</p>
<p>Ett försvinnande är alltså en fråga om barnets skydd, inte en administrativ fråga. Innan, när
tecknen syns: underrätta socialtjänsten och den gode mannen genast och koppla in samordnaren för
människohandelsfrågor. När ett barn har försvunnit: anmäl det enligt er rutin utan att vänta,
och dela det du vet — namn, telefonnummer och adresser i akten — med polisen och socialtjänsten.
[CHECK] Och återsänd eller överför aldrig ett barn utan en bedömning av barnets bästa och av
risken att barnet utsätts för människohandel igen.</p>
"""
        ),
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "Referenskort: försvunna ensamkommande barn, läget den 1 maj 2016 [CHECK]",
            "text": "<p>Länsstyrelsernas nationella kartläggning räknade 1 829 ensamkommande barn "
            "och unga som kommit till Sverige 2013 eller senare och försvunnit, enligt läget den "
            "1 maj 2016 (Sveriges Radio, 2016). En daterad siffra från en kartläggning, inte en "
            "aktuell räkning.</p>",
        },
    ),
]

CHILD_CASE_SV = {
    "title": "Karim, som säger att han är 16",
    "intro": _html(
        """<p>Karim kommer för att registrera en asylansökan tillsammans med en man som han kallar
        sin farbror. Karim säger att han är 16 år och har inga handlingar. Farbrodern finns inte i
        någon akt som du kan se.</p>"""
    ),
    "situations": [
        _situation(
            "registration",
            """<p>Farbrodern säger att Karim egentligen är 19, ”bara liten för sin ålder”, och att
            Karim kan bo hos honom medan ärendet pågår. En kollega viskar att pojken ser ut att
            vara minst 18.</p>""",
            [
                _choice(
                    "Registrera Karim som ensamkommande barn, behandla honom som barn medan "
                    "åldern är oklar och underrätta socialtjänsten så att han får en placering "
                    "och en god man",
                    "placed",
                    "Karim placeras på ett boende för ensamkommande barn och får en god man. "
                    "Åldern kan fortfarande bedömas enligt reglerna; under tiden har han ett "
                    "barns skydd.",
                    points=2,
                ),
                _choice(
                    "Registrera honom som vuxen: han saknar handlingar och ser äldre ut",
                    "adult-track",
                    "Karim får boende som vuxen, utan god man och utan socialtjänst. Farbrodern "
                    "hämtar honom samma vecka.",
                    remediation="När åldern är osäker och det finns skäl att anta att personen "
                    "är ett barn ska han behandlas som barn tills åldern har bedömts enligt "
                    "reglerna: han behöver god man, socialtjänst och ett barns skydd nu. Att "
                    "behandla ett barn som vuxen tar bort allt detta och lämnar honom åt den som "
                    "”hjälper” honom.",
                ),
                _choice(
                    "Låt honom bo hos farbrodern medan ärendet förbereds",
                    "missing",
                    "Karim går därifrån med mannen, och farbroderns adress förs in i akten. Tre "
                    "veckor senare kommer Karim inte till sin tid hos Migrationsverket.",
                ),
            ],
        ),
        _situation(
            "placed",
            """<p>En månad senare berättar personalen på boendet att Karim ofta är borta om
            nätterna, har en ny telefon och nya kläder och att ”farbrodern” ringer honom många
            gånger om dagen. Under asylutredningen säger Karim att han ”hjälper farbror med
            jobb” för att betala resan.</p>""",
            [
                _choice(
                    "Dokumentera vad han sa, underrätta socialtjänsten och den gode mannen "
                    "genast, rådfråga samordnaren för människohandelsfrågor om att koppla in "
                    "polisen, och kontakta inte farbrodern",
                    "protected",
                    "Socialtjänsten gör en skyddsbedömning samma dag; gode mannen och polisen "
                    "kopplas in. Karim flyttas till en placering som farbrodern inte känner "
                    "till.",
                    points=2,
                ),
                _choice(
                    "Ring farbrodern och fråga vad Karim arbetar med åt honom",
                    "exposed",
                    "Farbrodern är vänlig i telefon. Samma natt kommer Karim inte tillbaka till "
                    "boendet.",
                    remediation="Konfrontera aldrig en vuxen som du misstänker exploaterar ett "
                    "barn: han flyttar barnet eller skrämmer det till tystnad. Underrätta "
                    "socialtjänsten och den gode mannen, och koppla in polisen enligt verkets "
                    "rutin.",
                ),
                _choice(
                    "Anteckna det i akten och vänta på asylbeslutet",
                    "missing",
                    "Veckorna går. En natt kommer Karim inte tillbaka till boendet.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "protected",
            "Karim får skydd",
            """<p>Du behandlade Karim som barn från första dagen, så han hade en god man,
            socialtjänst och en placering som farbrodern inte styrde över. När tecknen kom förde
            du dem genast vidare till dem som kan agera, utan att varna farbrodern. Asylärendet
            fortsätter, och barnets bästa bedöms innan något beslutas om hans framtid.</p>""",
        ),
        _ending(
            "missing",
            "Karim har försvunnit",
            """<p>Karim försvann ur det system som skulle skydda honom. Barn som avviker från
            mottagandet löper stor risk att exploateras. Att registrera honom som barn med en
            placering, och att agera på de första tecknen i stället för att vänta på beslutet,
            var tillfällena att skydda honom.</p>""",
        ),
        _ending(
            "adult-track",
            "Ett barn som behandlas som vuxen",
            """<p>Utan god man och socialtjänst var ingen ansvarig för Karim som barn, och den
            vuxne som kom med honom behöll kontrollen. När åldern är osäker och det finns skäl att
            anta att personen är ett barn behandlas han som barn tills åldern har bedömts.</p>""",
        ),
        _ending(
            "exposed",
            "Farbrodern blir varnad",
            """<p>Samtalet till farbrodern berättade för honom att myndigheterna ställde frågor,
            och han flyttade Karim. Oro för ett barn går till socialtjänsten, den gode mannen och
            polisen — aldrig till den vuxne du misstänker.</p>""",
        ),
    ],
}

UNACCOMPANIED_CHILDREN_SV = [
    *_CHILDREN_TEXT_SV,
    ("branching_case", CHILD_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "För ett barn krävs inget medel: att inhysa ett barn för exploatering är "
                "människohandel",
                "Osäker ålder och skäl att anta att det är ett barn: behandla som barn tills "
                "åldern är bedömd",
                "Socialtjänsten och gode mannen underrättas genast; den misstänkta vuxna aldrig",
                "Ett försvunnet barn är en skyddsfråga: anmäl utan att vänta",
            ],
        },
    ),
]

UNACCOMPANIED_CHILDREN_CHECKS = (
    [
        "How the presumption of age (Directive 2011/36/EU, article 13(2)) is applied with the "
        "Migration Agency's age assessment rules",
        "Social services' duties under the MMM (reports of concern, immediate protection "
        "assessment, immediate care) and the appointment of a guardian (god man) for an "
        "unaccompanied child",
        "The routine for reporting a missing unaccompanied child, and what may be shared with "
        "the police and social services",
        "The figure of 1,829 missing children (status 1 May 2016), read in Sveriges Radio's "
        "report: confirm against the county boards' mapping itself",
    ],
    [
        "Hur ålderspresumtionen (direktiv 2011/36/EU, artikel 13.2) tillämpas tillsammans med "
        "Migrationsverkets regler om åldersbedömning",
        "Socialtjänstens uppgifter enligt MMM (orosanmälan, omedelbar skyddsbedömning, "
        "omedelbart omhändertagande) och förordnandet av god man för ensamkommande barn",
        "Rutinen för att anmäla att ett ensamkommande barn har försvunnit, och vilka uppgifter "
        "som får lämnas till polisen och socialtjänsten",
        "Siffran 1 829 försvunna barn (läget den 1 maj 2016), läst i Sveriges Radios "
        "rapportering: stäm av mot länsstyrelsernas kartläggning",
    ],
)
UNACCOMPANIED_CHILDREN_SOURCES = [
    PALERMO,
    EU_DIRECTIVE_2011,
    DUBLIN_III,
    GRETA_PROTECTION_NOTE,
    MMM_IDENTIFICATION,
    COUNTY_BOARD_CHILDREN_2012,
    COUNTY_BOARDS_MISSING_CHILDREN,
    RADIO_MISSING_CHILDREN,
    GRETA_5TH_REPORT,
    EMN_MISSING_CHILDREN,
    FRONTEX_VEGA,
    SEED_PLATFORM,
]


COURSE = {
    "slug": "identification-in-migration-cases",
    "slug_sv": "identifiering-i-migrationsarenden",
    "title": "Identification in migration cases",
    "title_sv": "Identifiering i migrationsärenden",
    "summary": "For migration officers: recognise trafficking in asylum, work-permit, reception "
    "and Dublin cases, interview a person who may be a victim safely, weigh the risk on return, "
    "use the reflection period, and protect unaccompanied children — including those who go "
    "missing.",
    "summary_sv": "För migrationshandläggare: känn igen människohandel i asyl-, tillstånds-, "
    "mottagnings- och Dublinärenden, håll en trygg utredning med en person som kan vara offer, "
    "väg in risken vid ett återvändande, använd betänketiden och skydda ensamkommande barn — "
    "också de som försvinner.",
    "outcomes": [
        "Recognise combined indicators of trafficking in asylum, work-permit and reception cases",
        "Interview a person who may be a victim without exposing them, and record what they say",
        "Explain how trafficking bears on refugee status and on a Dublin transfer",
        "Explain who applies for a reflection period and what it gives the person",
        "Protect an unaccompanied child: treat as a child, involve social services and the "
        "guardian, act when a child goes missing",
    ],
    "outcomes_sv": [
        "Känna igen samverkande indikatorer på människohandel i asyl-, tillstånds- och "
        "mottagningsärenden",
        "Hålla en utredning med en person som kan vara offer utan att utsätta henne eller honom "
        "för fara, och dokumentera vad personen säger",
        "Förklara vad människohandel betyder för flyktingstatus och för en Dublinöverföring",
        "Förklara vem som ansöker om betänketid och vad den ger personen",
        "Skydda ett ensamkommande barn: behandla som barn, koppla in socialtjänsten och gode "
        "mannen, agera när ett barn försvinner",
    ],
    "audiences": ["migration-officers"],
    "topics": ["identification"],
    "version": "2026.1",
    "issues_certificate": True,
    "certificate_months": 24,
    "modules": [
        {
            "slug": "trafficking-in-migration-work",
            "title": "Trafficking in asylum, work-permit and reception cases",
            "title_sv": "Människohandel i asyl-, tillstånds- och mottagningsärenden",
            "summary": "Where migration officers meet trafficking, the signs in each kind of "
            "case, and the interview.",
            "summary_sv": "Var migrationshandläggare möter människohandel, tecknen i olika slags "
            "ärenden och asylutredningen.",
            "lessons": [
                lesson(
                    "where-you-meet-trafficking",
                    "Where you meet trafficking",
                    "Där du möter människohandel",
                    (WHERE_YOU_MEET_IT, WHERE_YOU_MEET_IT_SV),
                    WHERE_YOU_MEET_IT_SOURCES,
                    WHERE_YOU_MEET_IT_CHECKS,
                ),
                lesson(
                    "the-interview",
                    "The interview — and Leila's debt",
                    "Asylutredningen — och Leilas skuld",
                    (THE_INTERVIEW, THE_INTERVIEW_SV),
                    THE_INTERVIEW_SOURCES,
                    THE_INTERVIEW_CHECKS,
                ),
            ],
        },
        {
            "slug": "refugee-status-and-dublin",
            "title": "Refugee status and Dublin transfers",
            "title_sv": "Flyktingstatus och Dublinöverföringar",
            "summary": "UNHCR's Guidelines No. 7, the risk on return and the risk of a transfer.",
            "summary_sv": "UNHCR:s riktlinjer nr 7, risken vid ett återvändande och risken med "
            "en överföring.",
            "lessons": [
                lesson(
                    "refugee-status-and-dublin-transfers",
                    "Trafficking, refugee status and Dublin transfers",
                    "Människohandel, flyktingstatus och Dublinöverföringar",
                    (PROTECTION_AND_DUBLIN, PROTECTION_AND_DUBLIN_SV),
                    PROTECTION_AND_DUBLIN_SOURCES,
                    PROTECTION_AND_DUBLIN_CHECKS,
                ),
            ],
        },
        {
            "slug": "reflection-period",
            "title": "The reflection period and the residence permit",
            "title_sv": "Betänketid och uppehållstillstånd",
            "summary": "Aliens Act chapter 5, section 15: who applies, on what conditions, and "
            "what it means for the asylum case.",
            "summary_sv": "5 kap. 15 § utlänningslagen: vem som ansöker, på vilka villkor och vad "
            "det betyder för asylärendet.",
            "lessons": [
                lesson(
                    "the-reflection-period",
                    "Time to recover and decide",
                    "Tid att återhämta sig och ta ställning",
                    (REFLECTION_PERIOD, REFLECTION_PERIOD_SV),
                    REFLECTION_PERIOD_SOURCES,
                    REFLECTION_PERIOD_CHECKS,
                ),
            ],
        },
        {
            "slug": "unaccompanied-and-missing-children",
            "title": "Unaccompanied and missing children",
            "title_sv": "Ensamkommande och försvunna barn",
            "summary": "The child rule, uncertain age, social services and the guardian, and "
            "children who go missing.",
            "summary_sv": "Regeln om barn, osäker ålder, socialtjänsten och gode mannen, och barn "
            "som försvinner.",
            "lessons": [
                lesson(
                    "unaccompanied-children",
                    "Unaccompanied children — and Karim",
                    "Ensamkommande barn — och Karim",
                    (UNACCOMPANIED_CHILDREN, UNACCOMPANIED_CHILDREN_SV),
                    UNACCOMPANIED_CHILDREN_SOURCES,
                    UNACCOMPANIED_CHILDREN_CHECKS,
                ),
            ],
        },
    ],
}
