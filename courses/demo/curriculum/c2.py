"""C2 "Threat, risk and safe return", for consular staff (../shared/CURRICULUM.md): a structured
risk model, the risk to the family at home, people from Sweden exploited abroad, and return and
reintegration. It was the placeholder "Threat and risk assessment" of ``content.py``; the slugs
(course, module "assessing-risk", lessons "sources-of-threat" and "planning-safe-steps") are kept
so that links and records keep working.

The seeds say that the family at home matters and that routines are unclear, and give no model:
the model comes from UNODC's manual for criminal-justice practitioners (module 5), the people's
part in it from WHO's recommendations (2003) and public referral procedures, consular support
from Swedish law and official guidance, and return from IOM. Each lesson cites what it uses;
what still needs an expert is marked ``CHECK`` and listed for the reviewers."""

from courses.demo.cases import case_spec
from courses.demo.content import CONTENT_WARNING, CONTENT_WARNING_SV, lesson
from courses.demo.sources import (
    CBSS_HANDBOOK,
    CHECK,
    SEED_CBSS,
    SEED_EQUAL,
    SEED_KVINNOFORUM,
    SEED_PLATFORM,
    source,
)

# Sources read for this course (December 2026) --------------------------------------------------

UNODC_MODULE_5 = source(
    "Anti-human trafficking manual for criminal justice practitioners, Module 5: Risk "
    "assessment in trafficking in persons investigations",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2009",
    "https://www.unodc.org/unodc/en/human-trafficking/2009/anti-human-trafficking-manual.html",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
)
WHO_2003 = source(
    "WHO ethical and safety recommendations for interviewing trafficked women (C. Zimmerman and "
    "C. Watts)",
    "World Health Organization, London School of Hygiene &amp; Tropical Medicine and the Daphne "
    "Programme of the European Commission",
    "2003",
    "https://documentation.lastradainternational.org/doc-center/1120/",
    publisher_sv="Världshälsoorganisationen (WHO), London School of Hygiene &amp; Tropical "
    "Medicine och Europeiska kommissionens Daphneprogram",
)
BULGARIA_SOP = source(
    "Standard operating procedures for adult victims of trafficking, measure 1.2: risk assessment",
    "Bulgaria's national referral mechanism for trafficked persons, web page",
    "read December 2026",
    "https://nrm.bg/en/national-mechanism/standard-operating-procedures-for-adult-victims-of-"
    "trafficking/identification-and-referral-of-trafficked-persons/measure-1-2-risk-assessment/",
    publisher_sv="Bulgariens nationella hänvisningsmekanism för människohandelsoffer, webbsida",
    link_text="nrm.bg",
)
COE_ARTICLES_16_28 = source(
    "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197), "
    "article 16 (repatriation and return of victims) and article 28 (protection of victims, "
    "witnesses and collaborators with the judicial authorities)",
    "Council of Europe",
    "2005",
    "https://www.coe.int/trafficking",
    title_sv="Europarådets konvention om bekämpande av människohandel (CETS nr 197), artikel 16 "
    "(återsändande och återvändande av offer) och artikel 28 (skydd för offer, vittnen och "
    "personer som samarbetar med rättsväsendet)",
    publisher_sv="Europarådet",
)
KRISINFORMATION_CONSULAR = source(
    "For foreign nationals and dual citizenship: who can get consular support",
    "Krisinformation.se, web page",
    "read December 2026",
    "https://www.krisinformation.se/en/hazards-and-risks/international-travel/for-foreign-"
    "nationals-and-dual-citizenship",
    title_sv="För utländska medborgare och personer med dubbelt medborgarskap: vem kan få "
    "konsulärt stöd",
    publisher_sv="Krisinformation.se, webbsida",
)
DINA_RATTIGHETER = source(
    "Help from Swedish authorities abroad?",
    "Dina rättigheter (dinarattigheter.se), web page",
    "read December 2026",
    "https://dinarattigheter.se/en/your-rights/afraid-of-being-married-off/swedish-authorities/",
    title_sv="Hjälp från svenska myndigheter utomlands?",
    publisher_sv="Dina rättigheter (dinarattigheter.se), webbsida",
)
CONSULAR_FINANCIAL_ASSISTANCE_ACT = source(
    "Lag (2003:491) om konsulärt ekonomiskt bistånd (the Consular Financial Assistance Act), "
    "sections 1, 3, 4 and 6",
    "Government of Sweden, SFS 2003:491 as amended",
    "2003",
    "https://lagen.nu/2003:491",
    title_sv="Lag (2003:491) om konsulärt ekonomiskt bistånd, 1, 3, 4 och 6 §§",
    publisher_sv="Svensk författningssamling, SFS 2003:491 i dess lydelse med ändringar",
)
EU_CONSULAR_PROTECTION = source(
    "Treaty on the Functioning of the European Union, article 23, and Council Directive (EU) "
    "2015/637 on consular protection for unrepresented Union citizens, brought into Swedish law "
    "by Prop. 2017/18:48",
    "European Union; Government of Sweden",
    "2015–2017",
    "https://rkrattsbaser.gov.se/prop?page=50&post_id=1486",
    title_sv="Fördraget om Europeiska unionens funktionssätt, artikel 23, och rådets direktiv "
    "(EU) 2015/637 om konsulärt skydd för icke-företrädda unionsmedborgare, genomfört i svensk "
    "rätt genom prop. 2017/18:48 Ökat konsulärt skydd för unionsmedborgare och deras "
    "familjemedlemmar",
    publisher_sv="Europeiska unionen; Regeringen",
    link_text="rkrattsbaser.gov.se",
)
UD_PODCAST = source(
    "UD-podden, season 7, episode 34: “I knipa utomlands – vad kan en ambassad hjälpa till "
    "med?” (In trouble abroad: what can an embassy help with?), transcript",
    "Swedish Ministry for Foreign Affairs",
    "2022",
    title_sv="UD-podden säsong 7 avsnitt 34: ”I knipa utomlands – vad kan en ambassad hjälpa "
    "till med?”, utskrift",
    publisher_sv="Utrikesdepartementet",
)
IOM_DIRECT_ASSISTANCE = source(
    "The IOM Handbook on Direct Assistance for Victims of Trafficking (chapter 1: security and "
    "personal safety; chapter 3: referral and reintegration assistance)",
    "International Organization for Migration (IOM)",
    "2007",
    "http://lastradainternational.org/doc-center/1233/the-iom-handbook-on-direct-assistance-for-"
    "victims-of-trafficking",
    title_sv="The IOM Handbook on Direct Assistance for Victims of Trafficking (kapitel 1: "
    "säkerhet och personlig trygghet; kapitel 3: vidareslussning och stöd till återintegrering)",
    publisher_sv="Internationella organisationen för migration (IOM)",
    link_text="lastradainternational.org",
)
IOM_REINTEGRATION_HANDBOOK = source(
    "Reintegration Handbook, module 2.2: assessing the returnee's needs and skills",
    "International Organization for Migration (IOM)",
    "2019",
    "https://reintegrationhb.iom.int/module/assessing-returnees-needs-and-skills",
    title_sv="Reintegration Handbook, modul 2.2: bedömning av den återvändandes behov och förmågor",
    publisher_sv="Internationella organisationen för migration (IOM)",
)
IOM_AVRR = source(
    "Assisted voluntary return and reintegration",
    "International Organization for Migration (IOM), Thailand office, web page",
    "read December 2026",
    "https://thailand.iom.int/assisted-voluntary-return-and-reintegration",
    title_sv="Assisted voluntary return and reintegration (assisterat frivilligt återvändande "
    "och återintegrering)",
    publisher_sv="Internationella organisationen för migration (IOM), kontoret i Thailand, "
    "webbsida",
)
IOM_RISK_MATRIX = source(
    "Risk assessment matrix (working document of the EU-funded TACT project, 2015–2016)",
    "International Organization for Migration (IOM), published by RESPECT",
    "2016",
    "https://respect.international/risk-assessment-matrix",
    title_sv="Risk assessment matrix (arbetsdokument i det EU-finansierade projektet TACT, "
    "2015–2016)",
    publisher_sv="Internationella organisationen för migration (IOM), publicerat av RESPECT",
)
IOM_RETURN_2001 = source(
    "Return and reintegration: IOM background paper, reproduced in the Stability Pact for South "
    "Eastern Europe's multi-year anti-trafficking action plan",
    "International Organization for Migration (IOM), via StopVAW",
    "2001",
    "https://www.stopvaw.org/Return_And_Reintegration.html",
    title_sv="Return and reintegration: IOM:s bakgrundsdokument, återgivet i Stabilitetspaktens "
    "fleråriga handlingsplan mot människohandel i Sydösteuropa",
    publisher_sv="Internationella organisationen för migration (IOM), via StopVAW",
)


# The content warning before a case of threats rather than sexual exploitation.
THREATS_WARNING = (
    "callout",
    {
        "kind": "content_warning",
        "title": "This lesson describes threats and coercion",
        "text": "<p>The case below describes a debt used for control and a threat against a "
        "family, patterns reported by support organisations. Take a break whenever you need "
        "to; the lesson stays where you left it.</p>",
    },
)
THREATS_WARNING_SV = (
    "callout",
    {
        "kind": "content_warning",
        "title": "Lektionen beskriver hot och tvång",
        "text": "<p>Fallet nedan beskriver en skuld som används för att kontrollera en person och "
        "ett hot mot en familj, mönster som stödorganisationer har rapporterat. Ta en paus när "
        "du behöver; lektionen finns kvar där du lämnade den.</p>",
    },
)


# Module 1, lesson 1: who and what is at risk ---------------------------------------------------

SOURCES_OF_THREAT = [
    (
        "text",
        "<h2>Every step changes the risk</h2><p>When a person who may be a victim of "
        "trafficking confides in you, every step you take next — a phone call, a referral, a "
        "refusal, a journey home — changes the risks that person and others face. Sweden's "
        "civil-society platform against trafficking wrote in its plan for 2017 that protecting "
        "the family in the home country matters, and asked which routines and manuals are "
        "actually used and whether they work. The seed documents of this course give no "
        "model. This course therefore borrows one from the UNODC manual for criminal-justice "
        "practitioners (2009), whose module 5 deals with risk assessment in trafficking cases, "
        "and applies it to the work of a mission.</p>"
        "<h2>Where threats come from</h2><p>Threats come from recruiters and the networks "
        "behind them; from debts for travel, placement or “rent” that the person is told to "
        "repay; sometimes from the person's own community, where what happened brings shame; "
        "and from the risk of being trafficked again after returning home. Recruiters often "
        "control people through their families: they know where the family lives, pass "
        "messages through relatives, or recruit through acquaintances. Around 2011 the Baltic "
        "Sea states' task force described more refined methods of control, victims who refuse "
        "help, and former victims who go on to recruit others. The person in front of you may "
        "fear someone you would never suspect.</p>"
        "<h2>The first question: who or what is at risk?</h2><p>UNODC's module asks the "
        "practitioner to name the <em>object</em> of a risk — who or what could be harmed — "
        "before weighing it. In consular work the list is usually longer than the one person "
        "at the window:</p><ul>"
        "<li><strong>The person</strong>: violence, punishment for having talked, being moved "
        "on, losing documents, or being pushed onto a riskier route when an application is "
        "refused.</li>"
        "<li><strong>Family and dependants</strong>, at home or in Sweden, children above "
        "all.</li>"
        "<li><strong>Others in the same situation</strong>: a group recruited, travelling or "
        "working together.</li>"
        "<li><strong>You, your colleagues and the interpreter</strong>: a companion in the "
        "waiting room, a locally employed colleague whose family is known in the "
        "community.</li>"
        "<li><strong>The case itself</strong>: information that leaks can warn the network and "
        "spoil a later investigation.</li></ul>"
        "<h2>The person knows the network better than you do</h2><p>WHO's ethical and safety "
        "recommendations (2003) ask anyone who interviews a trafficked person to treat each "
        "situation as if the potential for harm were extreme until there is evidence "
        "otherwise, and to listen to and respect the person's own assessment of their "
        "situation and of the risks to their safety. Ask in private, with no companion in the "
        "room: What are you afraid will happen? Who knows you are here today? Has anyone "
        "threatened you or your family? Who holds your passport and your phone? Do you owe "
        "anyone money? What would happen if you did not travel, or did not work? Write the "
        "answers down in the person's own words. Fear is information, not an exaggeration to "
        "be talked down.</p>"
        "<p><em>Example.</em> A man applying to join a relative's employer mentions, almost in "
        "passing, that “the agent knows my mother's shop”. That sentence names a threat, an "
        "object (his mother) and a channel (the agent). It is a reason to slow down, talk with "
        "him alone and consult your focal point — not proof of trafficking, and not a reason to "
        "refuse on the spot.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Threat signals to listen for",
            "intro": "None of these proves a threat. Each is a reason to ask more, alone with the "
            "person, and to note the answer in their words.",
            "groups": [
                {
                    "heading": "Control",
                    "indicators": [
                        "Someone else holds the passport, the phone or the money",
                        "A companion insists on staying, or waits outside and calls",
                        "The person must report where they are, or is told whom to talk to",
                    ],
                },
                {
                    "heading": "Debt",
                    "indicators": [
                        "A debt for travel, placement or housing that keeps growing",
                        "Fear of what happens if the debt is not paid on time",
                    ],
                },
                {
                    "heading": "Family",
                    "indicators": [
                        "The recruiter knows where the family lives or works",
                        "Messages or threats reach the person through relatives",
                        "A younger sibling is mentioned as “next”",
                    ],
                },
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Name who and what is at risk before you weigh anything: the person, the family, "
                "others, your colleagues and the case",
                "Ask the person what they fear, for themselves and their family, and respect "
                "their assessment",
                "A threat is a reason to slow down and consult, not to refuse on the spot",
            ],
        },
    ),
]

SOURCES_OF_THREAT_SV = [
    (
        "text",
        "<h2>Varje steg ändrar risken</h2><p>När en person som kan vara utsatt för "
        "människohandel anförtror sig åt dig, ändrar varje steg du tar därefter — ett "
        "telefonsamtal, en vidareslussning, ett avslag, en hemresa — de risker som personen och "
        "andra utsätts för. Plattformen Civila Sverige mot människohandel skrev i sin "
        "verksamhetsplan för 2017 att skyddet för familjer i hemlandet är viktigt, och frågade "
        "vilka rutiner och manualer som faktiskt används och om de fungerar. Kursens "
        "grunddokument innehåller ingen modell. Därför lånar kursen en från UNODC:s handbok för "
        "rättsväsendet (2009), vars modul 5 handlar om riskbedömning i människohandelsärenden, "
        "och tillämpar den på arbetet vid en beskickning.</p>"
        "<h2>Varifrån hoten kommer</h2><p>Hot kommer från rekryterare och nätverken bakom dem; "
        "från skulder för resa, förmedling eller ”hyra” som personen sägs vara skyldig; ibland "
        "från personens egen omgivning, där det som hänt väcker skam; och från risken att "
        "utsättas för människohandel igen efter hemkomsten. Rekryterare kontrollerar ofta "
        "människor genom deras familjer: de vet var familjen bor, skickar budskap via "
        "släktingar eller rekryterar genom bekanta. Östersjöstaternas aktionsgrupp beskrev "
        "omkring 2011 alltmer förfinade kontrollmetoder, offer som tackar nej till hjälp och "
        "tidigare offer som själva börjar rekrytera. Den du har framför dig kan vara rädd för "
        "någon du aldrig skulle misstänka.</p>"
        "<h2>Den första frågan: vem eller vad är i fara?</h2><p>UNODC:s modul ber den som "
        "bedömer att först peka ut riskens <em>objekt</em> — vem eller vad som kan skadas — och "
        "väga risken först därefter. I konsulärt arbete är listan nästan alltid längre än den "
        "enda personen vid luckan:</p><ul>"
        "<li><strong>Personen själv</strong>: våld, straff för att ha pratat, att flyttas "
        "vidare, att förlora sina handlingar eller att drivas till en farligare väg när en "
        "ansökan avslås.</li>"
        "<li><strong>Familj och anhöriga</strong>, i hemlandet eller i Sverige, och framför allt "
        "barn.</li>"
        "<li><strong>Andra i samma situation</strong>: en grupp som rekryterats, reser eller "
        "arbetar tillsammans.</li>"
        "<li><strong>Du själv, dina kolleger och tolken</strong>: en medresenär i väntrummet, "
        "en lokalanställd kollega vars familj är känd på orten.</li>"
        "<li><strong>Själva ärendet</strong>: uppgifter som läcker kan varna nätverket och "
        "förstöra en senare utredning.</li></ul>"
        "<h2>Personen känner nätverket bättre än du</h2><p>WHO:s etiska och säkerhetsmässiga "
        "rekommendationer (2003) uppmanar den som intervjuar en person utsatt för "
        "människohandel att behandla varje situation som om risken för skada vore extrem tills "
        "det finns belägg för motsatsen, och att lyssna på och respektera personens egen "
        "bedömning av sin situation och av riskerna för sin säkerhet. Fråga enskilt, utan "
        "medresenär i rummet: Vad är du rädd ska hända? Vem vet att du är här i dag? Har någon "
        "hotat dig eller din familj? Vem har ditt pass och din telefon? Är du skyldig någon "
        "pengar? Vad skulle hända om du inte reste, eller inte arbetade? Anteckna svaren med "
        "personens egna ord. Rädsla är information, inte en överdrift att prata bort.</p>"
        "<p><em>Exempel.</em> En man som söker för att börja hos en släktings arbetsgivare "
        "nämner i förbigående att ”agenten känner till mammas affär”. Meningen rymmer ett hot, "
        "ett objekt (hans mor) och en kanal (agenten). Den är ett skäl att sakta ner, tala med "
        "honom enskilt och rådfråga er kontaktperson — inget bevis för människohandel, och inget "
        "skäl att avslå på stående fot.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Hotsignaler att lyssna efter",
            "intro": "Inget av detta bevisar ett hot. Vart och ett är ett skäl att fråga vidare, "
            "enskilt med personen, och att anteckna svaret med personens ord.",
            "groups": [
                {
                    "heading": "Kontroll",
                    "indicators": [
                        "Någon annan har passet, telefonen eller pengarna",
                        "En medresenär vill stanna kvar, eller väntar utanför och ringer",
                        "Personen måste tala om var hon eller han är, eller får veta vem hon "
                        "eller han får prata med",
                    ],
                },
                {
                    "heading": "Skuld",
                    "indicators": [
                        "En skuld för resa, förmedling eller boende som hela tiden växer",
                        "Rädsla för vad som händer om skulden inte betalas i tid",
                    ],
                },
                {
                    "heading": "Familjen",
                    "indicators": [
                        "Rekryteraren vet var familjen bor eller arbetar",
                        "Budskap eller hot når personen via släktingar",
                        "Ett yngre syskon nämns som ”nästa”",
                    ],
                },
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Peka ut vem och vad som är i fara innan du väger något: personen, familjen, "
                "andra, dina kolleger och ärendet",
                "Fråga personen vad hon eller han är rädd för, för egen del och familjens, och "
                "respektera den bedömningen",
                "Ett hot är ett skäl att sakta ner och rådfråga, inte att avslå på stående fot",
            ],
        },
    ),
]

SOURCES_OF_THREAT_SOURCES = [UNODC_MODULE_5, WHO_2003, SEED_PLATFORM, SEED_CBSS]


# Module 1, lesson 2: likelihood, severity and continuous review -------------------------------

PLANNING_SAFE_STEPS = [
    (
        "text",
        "<h2>Weighing a risk</h2><p>UNODC's module 5 sets out how two things are considered "
        "together to decide the <strong>level</strong> of a risk: its <strong>likelihood</strong> "
        "— how probable it is that the harm happens — and its <strong>severity</strong> — how "
        "serious the harm would be. Neither is enough alone. A very serious harm that is "
        "unlikely, a likely harm that is minor, and a harm that is both likely and serious call "
        "for different responses. It helps to picture a grid: low, medium or high likelihood "
        "along one side, low, medium or high severity along the other.</p>"
        "<ul><li><strong>Severity</strong>: what would happen? Violence, being moved abroad, "
        "a child left without protection, a death: these are severe.</li>"
        "<li><strong>Likelihood</strong>: what do you actually know? A threat made directly, a "
        "recruiter who knows the family's address, a companion waiting outside: these raise "
        "it. A general fear with no link to a known person may lower it, but never to "
        "nothing.</li></ul>"
        "<h2>Deciding the response</h2><p>The module also asks which actions to consider once "
        "a risk and its level are known. At a mission the options are limited and concrete: "
        "take time and talk alone; give information on rights and support in a language the "
        "person understands; consult your focal point and, through it, the Ministry for "
        "Foreign Affairs; with the person's consent, involve support organisations or the "
        "authorities; and avoid any step that raises the risk — such as a refusal that sends "
        "the person back to the recruiter with nothing in hand.</p>"
        "<h2>Plan with the person, not for them</h2><p>Public referral procedures make the "
        "person part of the assessment. Bulgaria's standard operating procedures for adult "
        "victims, for example, describe a risk assessment that starts at identification and "
        "continues through investigation, prosecution and reintegration; a safety plan agreed "
        "with the person, clear and realistic, which they accept of their own accord; and a "
        "review of both at every contact and after every development in the case. The same "
        "logic works at a consular window.</p>"
        f"<h2>Two rules of safety</h2><p>One step is never taken without the person's consent: "
        "contacting their family. And one step is never taken at all: confronting someone you "
        "suspect of exploiting them. Both can put the person or their relatives in danger. "
        "WHO's recommendations speak of the risks an interview creates for the woman, for "
        "others close to her and for the interviewer, and ask for her identity and what she "
        f"says to be protected from the first contact. {CHECK}</p>"
        "<h2>Review it, and write it down</h2><p>In UNODC's words, risk assessment is "
        "continuous: yours is out of date the moment the situation changes — a new threat, a "
        "companion who comes back, a decision on the application, a date for travel. Write "
        "down what you assessed, with whom, what you decided and why, and when you will look "
        "again, following your mission's routine for recording and secrecy.</p>"
        "<p><em>Example.</em> An applicant tells you that the recruiter holds her passport and "
        "has said that her younger sister “could come next”. Severity: high, because a child "
        "may be recruited. Likelihood: the recruiter knows the family and said it to her face "
        "— medium to high. Response: no refusal on the spot; a private conversation; your focal "
        "point consulted the same day; agreement with her about what may be shared and with "
        "whom; a note in the file; a new look when she returns for her passport.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "The level of a risk comes from its likelihood and its severity together",
                "Plan with the person, not for them, and review the plan whenever something "
                "changes",
                "Never contact the family without the person's consent; never confront a suspect",
            ],
        },
    ),
]

PLANNING_SAFE_STEPS_SV = [
    (
        "text",
        "<h2>Att väga en risk</h2><p>UNODC:s modul 5 beskriver hur två saker vägs samman för "
        "att bestämma en risks <strong>nivå</strong>: <strong>sannolikheten</strong> — hur "
        "troligt det är att skadan inträffar — och <strong>allvaret</strong> — hur svår skadan "
        "skulle bli. Inget av dem räcker ensamt. En mycket allvarlig men osannolik skada, en "
        "trolig men lindrig skada och en skada som är både trolig och allvarlig kräver olika "
        "åtgärder. Tänk dig gärna ett rutnät: låg, medelhög eller hög sannolikhet längs ena "
        "sidan, lågt, måttligt eller högt allvar längs den andra.</p>"
        "<ul><li><strong>Allvar</strong>: vad skulle hända? Våld, att föras utomlands, ett barn "
        "som står utan skydd, ett dödsfall: det är allvarligt.</li>"
        "<li><strong>Sannolikhet</strong>: vad vet du faktiskt? Ett hot som uttalats direkt, en "
        "rekryterare som känner till familjens adress, en medresenär som väntar utanför: det "
        "höjer den. En allmän rädsla utan koppling till någon känd person kan sänka den, men "
        "aldrig till noll.</li></ul>"
        "<h2>Att välja åtgärd</h2><p>Modulen frågar också vilka åtgärder som ska övervägas när "
        "en risk och dess nivå är kända. På en beskickning är valen begränsade och konkreta: ta "
        "tid och tala enskilt; informera om rättigheter och stöd på ett språk personen förstår; "
        "rådfråga er kontaktperson och, via den, Utrikesdepartementet; involvera "
        "stödorganisationer eller myndigheter när personen samtycker; och undvik varje steg som "
        "höjer risken — som ett avslag som skickar personen tillbaka till rekryteraren "
        "tomhänt.</p>"
        "<h2>Planera med personen, inte åt personen</h2><p>Offentliga rutiner för "
        "vidareslussning gör personen delaktig i bedömningen. Bulgariens standardrutiner för "
        "vuxna offer beskriver till exempel en riskbedömning som börjar vid identifieringen och "
        "fortsätter genom utredning, åtal och återintegrering; en säkerhetsplan som görs upp "
        "tillsammans med personen, tydlig och realistisk, och som personen går med på av egen "
        "vilja; och en översyn av båda vid varje kontakt och efter varje ny händelse i ärendet. "
        "Samma tanke fungerar vid en konsulär lucka.</p>"
        "<h2>Två säkerhetsregler</h2><p>Ett steg tas aldrig utan personens samtycke: att "
        "kontakta familjen. Och ett steg tas aldrig alls: att konfrontera någon som misstänks "
        "exploatera personen. Båda kan försätta personen eller de anhöriga i fara. WHO:s "
        "rekommendationer talar om de risker en intervju skapar för kvinnan, för dem som står "
        "henne nära och för intervjuaren, och kräver att hennes identitet och det hon berättar "
        f"skyddas från första kontakten. {CHECK}</p>"
        "<h2>Ompröva, och dokumentera</h2><p>Med UNODC:s ord är riskbedömningen löpande: din "
        "bedömning är inaktuell i samma stund som läget ändras — ett nytt hot, en medresenär som "
        "dyker upp igen, ett beslut i ärendet, ett datum för resan. Anteckna vad du bedömde, "
        "med vem, vad du beslutade och varför, och när du ska se över det igen, enligt "
        "beskickningens rutiner för dokumentation och sekretess.</p>"
        "<p><em>Exempel.</em> En sökande berättar att rekryteraren har hennes pass och har sagt "
        "att hennes lillasyster ”kan komma härnäst”. Allvar: högt, eftersom ett barn kan "
        "rekryteras. Sannolikhet: rekryteraren känner familjen och sa det rakt ut — medelhög "
        "till hög. Åtgärd: inget avslag på stående fot; ett enskilt samtal; kontaktpersonen "
        "rådfrågas samma dag; en överenskommelse med henne om vad som får föras vidare och till "
        "vem; en anteckning i akten; en ny bedömning när hon kommer tillbaka för att hämta sitt "
        "pass.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "En risks nivå avgörs av sannolikheten och allvaret tillsammans",
                "Planera med personen, inte åt personen, och se över planen så snart något ändras",
                "Kontakta aldrig familjen utan personens samtycke; konfrontera aldrig en misstänkt",
            ],
        },
    ),
]

PLANNING_SAFE_STEPS_CHECKS = (
    [
        "The two safety rules (no contact with the family without consent, never confront a "
        "suspect) come from this project's curriculum brief and are read here in the light of "
        "WHO's recommendations (do no harm, confidentiality, informed consent): confirm them "
        "against the Ministry for Foreign Affairs' own routine"
    ],
    [
        "De två säkerhetsreglerna (ingen kontakt med familjen utan samtycke, konfrontera aldrig "
        "en misstänkt) kommer från projektets kursplan och läses här mot WHO:s rekommendationer "
        "(gör ingen skada, konfidentialitet, informerat samtycke): bekräfta dem mot "
        "Utrikesdepartementets egen rutin"
    ],
)
PLANNING_SAFE_STEPS_SOURCES = [UNODC_MODULE_5, BULGARIA_SOP, WHO_2003, SEED_PLATFORM]


# Module 2: the family at home ------------------------------------------------------------------

FAMILY_CASE = case_spec(
    "A threat to the family",
    "<p>You work in the consular section of a Swedish embassy. Nadia, 23, has applied for a "
    "visa for a short visit; you noticed that an agency paid the fee and that she could not "
    "name the people she will visit, so you have invited her to a private conversation.</p>",
    [
        (
            "disclosure",
            "<p>Alone with you, Nadia says the agency promised her a restaurant job. She owes it "
            "the fee and the ticket, to be paid back from her wages. When she hesitated, the "
            "agent said: “We know where your mother and your little brother live.” She starts "
            "to cry and asks you not to tell anyone.</p>",
            [
                (
                    "Ask her what she fears, who knows what, and what she would like to happen",
                    "fears",
                    "Nadia calms down. She can tell you what the agent knows and what she does "
                    "not want shared. You learn that the threat is real and that she has not "
                    "told her mother anything.",
                    2,
                    "",
                ),
                (
                    "Phone her mother now to warn her",
                    "family-exposed",
                    "The mother is frightened and calls the agent to ask what is going on. The "
                    "agent learns that Nadia has talked to the embassy.",
                    0,
                    "Never contact the family without the person's consent. Nadia knows who "
                    "talks to whom at home; ask her first what she fears and what she wants, "
                    "and plan any contact with her and your focal point.",
                ),
                (
                    "Tell her the visa will be refused and end the conversation",
                    "sent-away",
                    "Nadia leaves with the agent, who is waiting outside. She has no "
                    "information about help and still owes the money.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "fears",
            "<p>The agent visits her mother's market stall every week. Nadia wants out of the "
            "deal but is afraid of what happens to her mother and brother if she backs out. "
            "She asks what you can do.</p>",
            [
                (
                    "Consult your focal point today and, with her consent, put her in touch with "
                    "a support organisation that can plan with her, her mother and brother "
                    "included",
                    "plan",
                    "Your focal point knows the organisations in the country. Nadia agrees to "
                    "meet one of them and decides herself what they may know. You note what was "
                    "said and agree how she can reach you.",
                    2,
                    "",
                ),
                (
                    "Give her written information on support in her language and agree how she "
                    "can reach you safely",
                    "plan",
                    "Nadia takes the leaflet and a way to reach you. It is a start; without "
                    "your focal point, no one has yet looked at the risk to her family.",
                    1,
                    "",
                ),
                (
                    "Report the agent to the local police, with her name, without asking her",
                    "decided-for-her",
                    "The police call Nadia in. Word reaches the agent before anyone has thought "
                    "about her mother's safety.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "plan",
            "A plan made with her",
            "<p>Nadia was heard, and the risk to her family was weighed with her before anything "
            "was done. Her safety plan can now be reviewed at each contact. The best path also "
            "brought in your focal point and a support organisation the same day.</p>",
        ),
        (
            "decided-for-her",
            "Decided for her",
            "<p>Reporting a crime may be right, but not before the person has been asked and "
            "the risk to those close to her assessed: here the network learnt of her before "
            "anyone protected her mother.</p>",
        ),
        (
            "sent-away",
            "Sent away with the agent",
            "<p>A refusal decides the application, not the risk. Nadia left with the agent, "
            "without information and with the debt. Talk first, give information on help, then "
            "decide.</p>",
        ),
        (
            "family-exposed",
            "The family exposed",
            "<p>A well-meant call warned the agent and frightened the family. The family's "
            "safety is planned with the person, never behind her back.</p>",
        ),
    ],
)

FAMILY_CASE_SV = case_spec(
    "Ett hot mot familjen",
    "<p>Du arbetar på den konsulära sektionen vid en svensk ambassad. Nadia, 23 år, har sökt "
    "visering för ett kort besök; du lade märke till att en förmedling betalat avgiften och att "
    "hon inte kunde säga vilka hon ska besöka, så du har bett henne om ett enskilt samtal.</p>",
    [
        (
            "disclosure",
            "<p>När ni är ensamma berättar Nadia att förmedlingen lovat henne arbete på en "
            "restaurang. Hon är skyldig förmedlingen för avgiften och biljetten, och ska betala "
            "med lönen. "
            "När hon tvekade sa agenten: ”Vi vet var din mamma och din lillebror bor.” Hon "
            "börjar gråta och ber dig att inte berätta för någon.</p>",
            [
                (
                    "Fråga vad hon är rädd för, vem som vet vad och vad hon själv vill ska hända",
                    "fears",
                    "Nadia lugnar sig. Hon kan berätta vad agenten vet och vad hon inte vill ska "
                    "föras vidare. Du får veta att hotet är verkligt och att hon inte sagt något "
                    "till sin mamma.",
                    2,
                    "",
                ),
                (
                    "Ring hennes mamma direkt och varna henne",
                    "family-exposed",
                    "Mamman blir rädd och ringer agenten för att fråga vad som pågår. Agenten "
                    "får veta att Nadia har pratat med ambassaden.",
                    0,
                    "Kontakta aldrig familjen utan personens samtycke. Nadia vet vem som pratar "
                    "med vem därhemma; fråga henne först vad hon är rädd för och vad hon vill, "
                    "och planera varje kontakt tillsammans med henne och er kontaktperson.",
                ),
                (
                    "Säg att viseringen kommer att avslås och avsluta samtalet",
                    "sent-away",
                    "Nadia går ut till agenten som väntar utanför. Hon har ingen information om "
                    "hjälp och är fortfarande skyldig pengarna.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "fears",
            "<p>Agenten kommer till mammans marknadsstånd varje vecka. Nadia vill ta sig ur "
            "överenskommelsen men är rädd för vad som händer mamman och brodern om hon backar. "
            "Hon frågar vad du kan göra.</p>",
            [
                (
                    "Rådfråga er kontaktperson i dag och, om hon samtycker, förmedla kontakt med "
                    "en stödorganisation som kan planera med henne, också för mamman och brodern",
                    "plan",
                    "Kontaktpersonen känner organisationerna i landet. Nadia går med på att "
                    "träffa en av dem och bestämmer själv vad de får veta. Du antecknar vad som "
                    "sagts och kommer överens med henne om hur hon kan nå dig.",
                    2,
                    "",
                ),
                (
                    "Ge henne skriftlig information om stöd på hennes språk och kom överens om "
                    "hur hon kan nå dig på ett säkert sätt",
                    "plan",
                    "Nadia tar broschyren och ett sätt att nå dig. Det är en början; utan "
                    "kontaktpersonen har ingen ännu bedömt risken för hennes familj.",
                    1,
                    "",
                ),
                (
                    "Anmäl agenten till den lokala polisen, med hennes namn, utan att fråga henne",
                    "decided-for-her",
                    "Polisen kallar Nadia till förhör. Agenten får veta det innan någon har "
                    "tänkt på mammans säkerhet.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "plan",
            "En plan gjord tillsammans med henne",
            "<p>Nadia blev lyssnad på, och risken för familjen vägdes tillsammans med henne "
            "innan något gjordes. Säkerhetsplanen kan nu ses över vid varje kontakt. Den bästa "
            "vägen tog också in kontaktpersonen och en stödorganisation samma dag.</p>",
        ),
        (
            "decided-for-her",
            "Beslutat åt henne",
            "<p>Att anmäla ett brott kan vara rätt, men inte innan personen har tillfrågats och "
            "risken för hennes närstående har bedömts: här fick nätverket veta om henne innan "
            "någon skyddat hennes mamma.</p>",
        ),
        (
            "sent-away",
            "Skickad tillbaka till agenten",
            "<p>Ett avslag avgör ansökan, inte risken. Nadia gick därifrån med agenten, utan "
            "information och med skulden kvar. Samtala först, informera om hjälp, besluta "
            "sedan.</p>",
        ),
        (
            "family-exposed",
            "Familjen röjd",
            "<p>Ett välmenande samtal varnade agenten och skrämde familjen. Familjens säkerhet "
            "planeras tillsammans med personen, aldrig bakom hennes rygg.</p>",
        ),
    ],
)

PROTECTING_THE_FAMILY = [
    (
        "text",
        "<h2>Why the family is part of the assessment</h2><p>Recruiters use families: as a "
        "promise (“you will send money home”), as a debt (“your family owes us”) and as a "
        "threat (“we know where your mother lives”). Sweden's civil-society platform against "
        "trafficking aims at support and protection for victims <em>and their families</em>, "
        "from identification to preventing re-trafficking; in 2017 its National Support "
        "Programme set out to develop methods for men and whole families, and needs "
        "assessments for accompanying children. A risk "
        "assessment that stops at the person you met leaves out the people the network can "
        "most easily reach.</p>"
        "<h2>What the family may be</h2><p>Do not assume what the family knows or wants. It "
        "may be frightened and threatened; unaware of what happened; in debt to the same "
        "people; or part of the recruitment itself. The family may also be where shame waits: "
        "the platform described women from third countries who seek protection as doubly "
        "exposed: discriminated against as women at home, and at risk of further harm precisely "
        "because they have been trafficked. Only the person can "
        "tell you which of these is true, and it can change over time.</p>"
        "<h2>What the law protects</h2><p>The Council of Europe Convention on Action against "
        "Trafficking in Human Beings (2005) asks states, in article 28, to protect victims, "
        "witnesses and those who cooperate with the authorities from retaliation and "
        "intimidation, in particular during and after investigation and prosecution — and, "
        "when necessary, members of their families. Protection may include physical "
        "protection, relocation, identity change and help finding work. A mission cannot "
        "provide any of that in another country itself; what it can do is make sure the risk "
        "to the family is seen early and carried to those who can act.</p>"
        "<h2>What you do at the mission</h2><ul>"
        "<li><strong>Ask</strong> who at home could be harmed, who knows what, and what the "
        "person wants the family to know. Respect a wish for silence.</li>"
        "<li><strong>Never contact the family without the person's consent</strong> — not to "
        "warn them, not to check a story. A call can reach the recruiter within the hour.</li>"
        "<li><strong>Think before you share</strong>: a local official, interpreter or "
        "organisation may know the recruiter. Share only what the person has agreed to, only "
        "with those who need it, through your focal point.</li>"
        "<li><strong>Carry the risk forward</strong>: your focal point and the Ministry for "
        "Foreign Affairs know the routes to support organisations and to the country's "
        "referral mechanism; plans for the family are made with those partners and the "
        "person.</li>"
        "<li><strong>Review</strong> at each contact: a decision on the application, a travel "
        "date or a return changes the risk to the family too.</li></ul>",
    ),
    THREATS_WARNING,
    ("branching_case", FAMILY_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "The family can be threatened, unaware, in debt or involved: ask, do not assume",
                "Never contact the family without the person's consent",
                "Share only what the person agrees to, through your focal point, with those who "
                "need it",
            ],
        },
    ),
]

PROTECTING_THE_FAMILY_SV = [
    (
        "text",
        "<h2>Varför familjen hör till bedömningen</h2><p>Rekryterare använder familjer: som "
        "löfte (”du kommer att kunna skicka hem pengar”), som skuld (”din familj är skyldig "
        "oss”) och som hot (”vi vet var din mamma bor”). Plattformen Civila Sverige mot "
        "människohandel arbetar för stöd och skydd till utsatta <em>och deras familjer</em>, "
        "från identifiering till att motverka att de utsätts igen; 2017 skulle dess Nationella "
        "stödprogram utveckla metoder för män och hela familjer, och behovsbedömningar för "
        "medföljande barn. "
        "En riskbedömning som stannar vid den person du mötte lämnar ute just dem som nätverket "
        "lättast kommer åt.</p>"
        "<h2>Vad familjen kan vara</h2><p>Anta inget om vad familjen vet eller vill. Den kan "
        "vara rädd och hotad, ovetande om vad som hänt, skyldig pengar till samma personer — "
        "eller själv del av rekryteringen. Familjen kan också vara den plats där skammen "
        "väntar: plattformen beskrev den dubbla utsattheten hos kvinnor från tredje land som söker "
        "skydd: könsdiskriminerade i hemlandet, och i fara just för att de har utsatts för "
        "människohandel. Bara personen själv kan "
        "säga vad som gäller, och det kan ändras med tiden.</p>"
        "<h2>Vad lagen skyddar</h2><p>Europarådets konvention om bekämpande av människohandel "
        "(2005) ålägger i artikel 28 staterna att skydda offer, vittnen och den som samarbetar "
        "med myndigheterna mot hämnd och hot, särskilt under och efter utredning och åtal — och "
        "vid behov även deras familjemedlemmar. Skyddet kan omfatta fysiskt skydd, flytt, ny "
        "identitet och hjälp att få arbete. En beskickning kan inte själv ge något av detta i "
        "ett annat land; det den kan göra är att se till att risken för familjen upptäcks tidigt "
        "och förs vidare till dem som kan agera.</p>"
        "<h2>Vad du gör på beskickningen</h2><ul>"
        "<li><strong>Fråga</strong> vem därhemma som kan skadas, vem som vet vad och vad "
        "personen vill att familjen ska få veta. Respektera en önskan om tystnad.</li>"
        "<li><strong>Kontakta aldrig familjen utan personens samtycke</strong> — inte för att "
        "varna, inte för att kontrollera en uppgift. Ett samtal kan nå rekryteraren inom en "
        "timme.</li>"
        "<li><strong>Tänk efter innan du lämnar ut något</strong>: en lokal tjänsteman, en tolk "
        "eller en organisation kan känna rekryteraren. Lämna bara det personen har gått med på, "
        "bara till dem som behöver det, via er kontaktperson.</li>"
        "<li><strong>För risken vidare</strong>: kontaktpersonen och Utrikesdepartementet "
        "känner vägarna till stödorganisationer och till landets hänvisningsmekanism; planer "
        "för familjen görs upp med dem och med personen.</li>"
        "<li><strong>Ompröva</strong> vid varje kontakt: ett beslut i ärendet, ett resdatum "
        "eller ett återvändande ändrar också risken för familjen.</li></ul>",
    ),
    THREATS_WARNING_SV,
    ("branching_case", FAMILY_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Familjen kan vara hotad, ovetande, skuldsatt eller inblandad: fråga, anta inte",
                "Kontakta aldrig familjen utan personens samtycke",
                "Lämna bara ut det personen går med på, via kontaktpersonen, till dem som "
                "behöver det",
            ],
        },
    ),
]

PROTECTING_THE_FAMILY_SOURCES = [COE_ARTICLES_16_28, SEED_PLATFORM, WHO_2003, UNODC_MODULE_5]


# Module 3: people from Sweden exploited abroad -------------------------------------------------

CALL_CASE = case_spec(
    "A call in the night",
    "<p>You are on duty for the consular section of a Swedish embassy. Late in the evening "
    "the phone rings. A young woman whispers in Swedish: her name is Jonna, she is 19, she "
    "lives in Sweden, and she came here a month ago for a hostess job she found online.</p>",
    [
        (
            "first-call",
            "<p>Jonna says she cannot talk for long. The man she calls the manager took her "
            "passport “for the contract”. She is told she owes him for the flight and the "
            "flat.</p>",
            [
                (
                    "Ask whether she can talk safely right now, where she is, and whether she "
                    "is in immediate danger",
                    "safe-to-talk",
                    "Jonna is locked in the bathroom and can talk for a few minutes. She is not "
                    "hurt, but has to go out “with customers” later tonight.",
                    2,
                    "",
                ),
                (
                    "Call her parents in Sweden to tell them what is happening",
                    "parents-told",
                    "Her father, in shock, calls Jonna's phone again and again. The manager "
                    "sees the calls.",
                    0,
                    "Jonna is an adult: contacting her family is her decision. Ask whether she "
                    "wants anyone told, and what; a call she did not expect can reach the "
                    "person who controls her phone.",
                ),
                (
                    "Tell her to go to the local police herself and end the call",
                    "left-alone",
                    "Jonna does not know where the police are, does not speak the language and "
                    "has no passport. She does not call again.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "safe-to-talk",
            "<p>Jonna wants to go home. She is afraid the manager will send pictures of her "
            "to people at home if she leaves. She asks what the embassy can do.</p>",
            [
                (
                    "Explain what the embassy can do, agree a safe way to stay in touch, and "
                    "with her consent bring in the duty officer and the local police or a "
                    "support organisation",
                    "way-home",
                    "Jonna hears that she can get a provisional passport and advice, and that "
                    "her journey home can be arranged. She agrees that the local police may be "
                    "told, and you agree a time and a safe way to talk again.",
                    2,
                    "",
                ),
                (
                    "Promise that someone from the embassy will come and fetch her within the hour",
                    "left-alone",
                    "No one can go: the embassy has no one to send, and an unannounced visit "
                    "could endanger her. Jonna waits, and stops trusting you.",
                    0,
                    "",
                ),
                (
                    "Go to the address yourself and demand her passport from the manager",
                    "confronted",
                    "The manager denies everything. That night Jonna is moved to another flat "
                    "and her phone is taken.",
                    0,
                    "Never confront a suspected trafficker: it warns him and puts her in "
                    "danger. Work through the local police and support organisations, with her "
                    "consent, and keep the mission's role to what it can do.",
                ),
            ],
        ),
    ],
    [
        (
            "way-home",
            "A way home, planned with her",
            "<p>You checked her safety first, told her honestly what the embassy can and cannot "
            "do, and let her decide who is told. Her plan will be reviewed when you speak "
            "again.</p>",
        ),
        (
            "left-alone",
            "Left alone with it",
            "<p>Jonna was sent to the police alone, or promised a rescue no one could carry "
            "out. Either way she was left with a problem she could not solve. Stay on the line, "
            "check her safety, and make only promises you can keep.</p>",
        ),
        (
            "parents-told",
            "Her parents told behind her back",
            "<p>Her family's worry reached the person who controls her phone. An adult decides "
            "who is told; ask her first.</p>",
        ),
        (
            "confronted",
            "The manager warned",
            "<p>Confronting the manager warned him: Jonna was moved and lost her phone. Leave "
            "it to the local police, with her consent.</p>",
        ),
    ],
)

CALL_CASE_SV = case_spec(
    "Ett samtal mitt i natten",
    "<p>Du har jour för den konsulära sektionen vid en svensk ambassad. Sent på kvällen ringer "
    "telefonen. En ung kvinna viskar på svenska: hon heter Jonna, är 19 år, bor i Sverige och "
    "kom hit för en månad sedan för ett jobb som värdinna som hon hittade på nätet.</p>",
    [
        (
            "first-call",
            "<p>Jonna säger att hon inte kan prata länge. Mannen hon kallar chefen tog hennes "
            "pass ”för kontraktets skull”. Hon har fått höra att hon är skyldig honom för "
            "flygresan och lägenheten.</p>",
            [
                (
                    "Fråga om hon kan prata säkert just nu, var hon är och om hon är i akut fara",
                    "safe-to-talk",
                    "Jonna har låst in sig på toaletten och kan prata några minuter. Hon är inte "
                    "skadad, men ska ut ”med kunder” senare i kväll.",
                    2,
                    "",
                ),
                (
                    "Ring hennes föräldrar i Sverige och berätta vad som pågår",
                    "parents-told",
                    "Pappan blir chockad och ringer Jonnas telefon gång på gång. Chefen ser "
                    "samtalen.",
                    0,
                    "Jonna är vuxen: det är hennes beslut om familjen ska kontaktas. Fråga om "
                    "hon vill att någon ska få veta, och vad; ett samtal hon inte väntar sig kan "
                    "nå den som kontrollerar hennes telefon.",
                ),
                (
                    "Säg åt henne att själv gå till den lokala polisen och avsluta samtalet",
                    "left-alone",
                    "Jonna vet inte var polisen finns, talar inte språket och har inget pass. "
                    "Hon ringer inte igen.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "safe-to-talk",
            "<p>Jonna vill åka hem. Hon är rädd att chefen ska skicka bilder på henne till "
            "folk där hemma om hon ger sig av. Hon frågar vad ambassaden kan göra.</p>",
            [
                (
                    "Förklara vad ambassaden kan göra, kom överens om ett säkert sätt att hålla "
                    "kontakten och ta, med hennes samtycke, in tjänstgörande ansvarig och den "
                    "lokala polisen eller en stödorganisation",
                    "way-home",
                    "Jonna får veta att hon kan få ett provisoriskt pass och råd, och att "
                    "hemresan kan ordnas. Hon går med på att den lokala polisen får veta, och ni "
                    "kommer överens om en tid och ett säkert sätt att höras igen.",
                    2,
                    "",
                ),
                (
                    "Lova att någon från ambassaden kommer och hämtar henne inom en timme",
                    "left-alone",
                    "Ingen kan åka: ambassaden har ingen att skicka, och ett oanmält besök kan "
                    "sätta henne i fara. Jonna väntar, och slutar lita på dig.",
                    0,
                    "",
                ),
                (
                    "Åk själv till adressen och kräv att chefen lämnar ut hennes pass",
                    "confronted",
                    "Chefen förnekar allt. Samma natt flyttas Jonna till en annan lägenhet och "
                    "hennes telefon tas ifrån henne.",
                    0,
                    "Konfrontera aldrig en misstänkt människohandlare: det varnar honom och "
                    "sätter henne i fara. Arbeta via den lokala polisen och stödorganisationer, "
                    "med hennes samtycke, och håll beskickningens roll till det den kan göra.",
                ),
            ],
        ),
    ],
    [
        (
            "way-home",
            "En väg hem, planerad med henne",
            "<p>Du kontrollerade först hennes säkerhet, berättade ärligt vad ambassaden kan och "
            "inte kan göra och lät henne bestämma vem som får veta. Planen ses över när ni hörs "
            "nästa gång.</p>",
        ),
        (
            "left-alone",
            "Lämnad ensam med det",
            "<p>Jonna skickades ensam till polisen, eller fick löfte om en räddning som ingen "
            "kunde genomföra. I båda fallen lämnades hon med ett problem hon inte kunde lösa. "
            "Stanna kvar i samtalet, kontrollera hennes säkerhet och lova bara det du kan "
            "hålla.</p>",
        ),
        (
            "parents-told",
            "Föräldrarna fick veta bakom hennes rygg",
            "<p>Familjens oro nådde den som kontrollerar hennes telefon. En vuxen bestämmer "
            "själv vem som får veta; fråga henne först.</p>",
        ),
        (
            "confronted",
            "Chefen varnad",
            "<p>Konfrontationen varnade chefen: Jonna flyttades och blev av med sin telefon. "
            "Lämna det till den lokala polisen, med hennes samtycke.</p>",
        ),
    ],
)

RESIDENTS_ABROAD = [
    (
        "text",
        "<h2>Trafficking also runs out of Sweden</h2><p>Most of this curriculum looks at people "
        "travelling to Sweden. But people who live in Sweden are also recruited and exploited "
        "abroad. In its plan for 2017 Sweden's civil-society platform against trafficking named "
        "Swedish girls with various vulnerabilities, recruited over the internet, among the "
        "groups it would focus on. Offers of work as a hostess, a model, a nanny or a builder, "
        "a relationship begun online, a “debt” for the flight: the patterns you know from the "
        "visa window appear on the phone line too.</p>"
        "<h2>Who the mission can help</h2><p>Living in Sweden is the starting point for "
        "consular support. Swedish citizens, refugees and stateless persons who are resident "
        "in Sweden can receive it; other foreign nationals living in Sweden can in some cases; "
        "a Swedish citizen who lives abroad only if there are special reasons. A citizen of "
        "another EU country whose own country has no embassy or consulate where they are can "
        "turn to the mission of any EU member state and be helped on the same terms as its own "
        "nationals (article 23 of the Treaty on the Functioning of the European Union; "
        "Directive (EU) 2015/637, brought into Swedish law by Government bill 2017/18:48). "
        "Someone who also holds the "
        "citizenship of the country they are in is regarded there as its citizen, which can "
        f"make help difficult. {CHECK}</p>"
        "<h2>What the mission can do — and cannot</h2><p>In an emergency — threats or "
        "violence, being forced to stay without a passport or a ticket home — Swedish embassies "
        "and consulates can give advice and support; contact relatives, when the person wants "
        "it, or help solve other problems; put the person in touch with a lawyer, a doctor or "
        "an interpreter; arrange a provisional or an ordinary passport; and lend money for the "
        "journey back to Sweden. Under the Consular Financial Assistance Act such a loan is "
        "given to someone in distress abroad when the need cannot be met in another way and "
        "assistance is reasonable, and it is to be repaid. The mission is not the police: it "
        "must respect the laws of the country it is in, cannot investigate a crime, and cannot "
        "force local authorities to act. The Ministry for Foreign Affairs' consular work runs "
        "around the clock.</p>"
        "<h2>The first call</h2><ul>"
        "<li><strong>Safety first</strong>: can the person talk safely now? Where are they? "
        "Is anyone hurt or in immediate danger? If so, the local emergency services come "
        "first.</li>"
        "<li><strong>Agree a safe way back</strong>: when and how you can call, what to do if "
        "someone else answers, a word that means “I can't talk”.</li>"
        "<li><strong>Be honest about what the mission can do</strong>. WHO's recommendations "
        "warn against promises you cannot keep: a promised rescue that never comes destroys "
        "trust.</li>"
        "<li><strong>Consent decides</strong> who is told: the family, the local police, a "
        "support organisation. An adult decides; a child's case goes to the authorities that "
        "protect children.</li>"
        "<li><strong>Never confront</strong> the person who holds the passport.</li>"
        "<li><strong>Bring in your duty officer or focal point</strong> and write down what was "
        "said and agreed.</li></ul>",
    ),
    CONTENT_WARNING,
    ("branching_case", CALL_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "People living in Sweden are exploited abroad too; residence in Sweden is the "
                "starting point for consular support",
                "Check safety first, then say honestly what the mission can do: advice, "
                "contacts, a provisional passport, a loan for the journey home",
                "The person decides who is told; never confront the one who controls them",
            ],
        },
    ),
]

RESIDENTS_ABROAD_SV = [
    (
        "text",
        "<h2>Människohandel går också ut från Sverige</h2><p>Det mesta i kursutbudet handlar om "
        "människor som reser till Sverige. Men också människor som bor i Sverige rekryteras och "
        "utnyttjas utomlands. I sin verksamhetsplan för 2017 räknade Plattformen Civila Sverige "
        "mot människohandel svenska flickor med olika sårbarhetsfaktorer, som rekryteras över "
        "internet, till de grupper den skulle lyfta fram. Erbjudanden om jobb som värdinna, "
        "modell, barnflicka eller byggarbetare, en relation som börjat på nätet, en ”skuld” för "
        "flygbiljetten: mönstren du känner igen från viseringsluckan dyker upp i telefonen "
        "också.</p>"
        "<h2>Vem beskickningen kan hjälpa</h2><p>Att vara bosatt i Sverige är utgångspunkten "
        "för konsulärt stöd. Svenska medborgare, flyktingar och statslösa som är bosatta i "
        "Sverige kan få det; andra utländska medborgare som bor i Sverige kan få det i vissa "
        "fall; en svensk medborgare som bor utomlands bara om det finns särskilda skäl. En "
        "medborgare i ett annat EU-land, vars eget land saknar ambassad eller konsulat på "
        "platsen, kan vända sig till vilken medlemsstats beskickning som helst och få hjälp på "
        "samma villkor som dess egna medborgare (artikel 23 i fördraget om Europeiska unionens "
        "funktionssätt; direktiv (EU) 2015/637, genomfört i svensk rätt genom prop. 2017/18:48). "
        "Den som också är "
        "medborgare i det land där hon eller han befinner sig räknas där som landets medborgare, "
        f"vilket kan göra det svårt att hjälpa. {CHECK}</p>"
        "<h2>Vad beskickningen kan göra — och inte kan</h2><p>I en nödsituation — hot eller "
        "våld, att tvingas stanna utan pass eller biljett hem — kan svenska ambassader och "
        "konsulat ge råd och stöd; kontakta anhöriga, om personen vill det, eller hjälpa till "
        "att lösa andra problem; förmedla kontakt med advokat, läkare eller tolk; ordna ett "
        "provisoriskt eller vanligt pass; och låna ut pengar till hemresan till Sverige. Enligt "
        "lagen om konsulärt ekonomiskt bistånd lämnas ett sådant lån till den som råkat i nöd "
        "utomlands, om behovet inte kan tillgodoses på annat sätt och det är skäligt att bistånd "
        "lämnas, och det ska betalas tillbaka. Beskickningen är inte polis: den måste följa "
        "lagarna i landet där den finns, kan inte utreda brott och kan inte tvinga lokala "
        "myndigheter att agera. UD:s konsulära verksamhet pågår dygnet runt.</p>"
        "<h2>Det första samtalet</h2><ul>"
        "<li><strong>Säkerheten först</strong>: kan personen prata säkert just nu? Var är hon "
        "eller han? Är någon skadad eller i akut fara? Då går den lokala larmtjänsten "
        "först.</li>"
        "<li><strong>Kom överens om en säker väg tillbaka</strong>: när och hur du kan ringa, "
        "vad du gör om någon annan svarar, ett ord som betyder ”jag kan inte prata”.</li>"
        "<li><strong>Var ärlig om vad beskickningen kan göra</strong>. WHO:s rekommendationer "
        "varnar för löften du inte kan hålla: en utlovad räddning som aldrig kommer förstör "
        "förtroendet.</li>"
        "<li><strong>Samtycket avgör</strong> vem som får veta: familjen, den lokala polisen, "
        "en stödorganisation. En vuxen bestämmer själv; när det gäller ett barn går ärendet till "
        "de myndigheter som skyddar barn.</li>"
        "<li><strong>Konfrontera aldrig</strong> den som har passet.</li>"
        "<li><strong>Ta in tjänstgörande ansvarig eller kontaktpersonen</strong> och anteckna "
        "vad som sades och vad ni kom överens om.</li></ul>",
    ),
    CONTENT_WARNING_SV,
    ("branching_case", CALL_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Också personer bosatta i Sverige utnyttjas utomlands; bosättning i Sverige är "
                "utgångspunkten för konsulärt stöd",
                "Kontrollera säkerheten först och säg sedan ärligt vad beskickningen kan göra: "
                "råd, kontakter, provisoriskt pass, lån till hemresan",
                "Personen bestämmer vem som får veta; konfrontera aldrig den som kontrollerar "
                "henne eller honom",
            ],
        },
    ),
]

RESIDENTS_ABROAD_CHECKS = (
    [
        "Who can receive consular support (residence in Sweden; Swedish citizens living abroad "
        "only for special reasons) and the conditions of a loan under the Consular Financial "
        "Assistance Act: confirm against the current wording of SFS 2003:491 and the "
        "Ministry's guidance",
        "How support for people who also hold the citizenship of the country they are in is "
        "handled today",
    ],
    [
        "Vem som kan få konsulärt stöd (bosättning i Sverige; svenska medborgare bosatta "
        "utomlands bara vid särskilda skäl) och villkoren för lån enligt lagen om konsulärt "
        "ekonomiskt bistånd: bekräfta mot den gällande lydelsen av SFS 2003:491 och UD:s "
        "vägledning",
        "Hur stödet hanteras i dag för den som också är medborgare i landet där hon eller han "
        "befinner sig",
    ],
)
RESIDENTS_ABROAD_SOURCES = [
    SEED_PLATFORM,
    KRISINFORMATION_CONSULAR,
    DINA_RATTIGHETER,
    CONSULAR_FINANCIAL_ASSISTANCE_ACT,
    EU_CONSULAR_PROTECTION,
    UD_PODCAST,
    WHO_2003,
]


# Module 4: return and reintegration ------------------------------------------------------------

SAFE_RETURN = [
    (
        "text",
        "<h2>A return is the person's decision</h2><p>Going home can be the right end of a "
        "story of exploitation, or the start of the next one. The Council of Europe Convention "
        "(article 16) asks that a victim's return be made with due regard for the person's "
        "rights, safety and dignity, and preferably be voluntary. IOM, which runs assisted "
        "voluntary return and reintegration programmes, treats voluntariness as a "
        f"precondition of all of them. {CHECK}</p>"
        "<p>IOM describes such a return in three stages: before departure (counselling, "
        "information about the country of origin, medical checks, travel documents, and "
        "specialised assistance and referral for vulnerable people); the journey (with an "
        "escort where the person needs one); and after arrival (reception, health care, "
        "reintegration assistance, often with local organisations, and follow-up where "
        "possible).</p>"
        "<h2>Assess before the journey, and again after it</h2><p>IOM's reintegration handbook "
        "(2019) recommends assessing vulnerability, risk and the family situation as early as "
        "possible, ideally before the return, so that staff in the country of origin can "
        "prepare; revisiting the assessments when circumstances change; and close coordination "
        "between staff in the host country and in the country of origin. IOM's risk-assessment "
        "matrix for returns of trafficked persons is meant to be completed jointly by partners "
        "in the country of destination and in the country of origin. An older IOM paper (2001) "
        "names the concerns that make this necessary: people who return may be in danger of "
        "being recaptured by those who trafficked them, and they need time to stabilise, "
        "physically and psychologically, before they travel.</p>"
        "<h2>Why it matters in the Baltic Sea region</h2><p>The Swedish EQUAL partnership "
        "“Co-operation against trafficking” (2005–2008) made a <em>network for return</em> one "
        "of its three themes; among the problems it set out to address was that concrete support "
        "for the individual was missing both in Sweden and in the countries people returned "
        "to. Kvinnoforum worked with partners in "
        "Russia to make safe return and rehabilitation possible for women and children, and the "
        "Baltic Sea states' training for consular staff covered their role in return. The "
        "civil-society platform's aim runs all the way from identification to preventing "
        "re-trafficking, families included.</p>"
        "<h2>Your part at the mission</h2><ul>"
        "<li>For a person from Sweden abroad: travel documents, advice, contacts and, where the "
        "law allows, a loan for the journey (previous module).</li>"
        "<li>For a person returning <em>from</em> Sweden to the country where you serve: your "
        "mission is not that country's authority. Through your focal point and the Ministry "
        "you can help connect the support organisation in Sweden with IOM and organisations in "
        f"the country, so that someone meets the person and the risk is known. {CHECK}</li>"
        "<li>In both: nothing is passed to the family or to local officials without the "
        "person's consent, and the person can change their mind.</li></ul>"
        "<p><em>Example.</em> A woman identified in Sweden wants to go home, but the recruiter "
        "lives in her town and says she still owes him. The choice is not “go” or “stay”: she "
        "can return to another town at first, to a shelter, or later; an organisation can meet "
        "her at the airport; the plan is reviewed after arrival.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Before a return: questions to settle with the person and the partners",
            "intro": "A working aid for the focal point, not a form for the person to fill in.",
            "groups": [
                {
                    "heading": "The decision",
                    "indicators": [
                        "The person wants to return, knows the alternatives and can change "
                        "their mind",
                        "The person has had time to recover before travelling",
                    ],
                },
                {
                    "heading": "The risk at home",
                    "indicators": [
                        "Where the recruiter, and any debt, are in relation to the family",
                        "What the family knows, and what the person wants it to know",
                        "Whether stigma or a new debt could push the person into the same "
                        "situation again",
                    ],
                },
                {
                    "heading": "Arrival",
                    "indicators": [
                        "Who meets the person, and where they will stay at first",
                        "Which organisation follows up, and when the plan is reviewed",
                    ],
                },
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "A return is the person's decision; it should be voluntary, safe and dignified",
                "Assess risk, vulnerability and the family before departure, with partners in "
                "both countries, and again after arrival",
                "Nothing goes to the family or local officials without the person's consent",
            ],
        },
    ),
]

SAFE_RETURN_SV = [
    (
        "text",
        "<h2>Hemresan är personens beslut</h2><p>Att resa hem kan vara ett bra slut på en "
        "historia av exploatering — eller början på nästa. Europarådets konvention (artikel 16) "
        "kräver att ett offers återvändande sker med vederbörlig hänsyn till personens "
        "rättigheter, säkerhet och värdighet, och helst frivilligt. IOM, som driver program för "
        "assisterat frivilligt återvändande och återintegrering, ser frivilligheten som en "
        f"förutsättning för dem alla. {CHECK}</p>"
        "<p>IOM beskriver ett sådant återvändande i tre steg: före avresan (rådgivning, "
        "information om hemlandet, läkarundersökning, resehandlingar och särskilt stöd och "
        "vidareslussning för sårbara personer); resan (med eskort när personen behöver det); "
        "och efter ankomsten (mottagande, hälso- och sjukvård, stöd till återintegrering, ofta "
        "tillsammans med lokala organisationer, och uppföljning där det går).</p>"
        "<h2>Bedöm före resan, och igen efter den</h2><p>IOM:s handbok om återintegrering "
        "(2019) rekommenderar att sårbarhet, risker och familjesituation bedöms så tidigt som "
        "möjligt, helst före hemresan, så att personal i hemlandet kan förbereda sig; att "
        "bedömningarna görs om när förutsättningarna ändras; och ett nära samarbete mellan "
        "personal i värdlandet och i hemlandet. IOM:s matris för riskbedömning inför "
        "återvändande av människohandelsoffer är tänkt att fyllas i gemensamt av partner i "
        "destinationslandet och i ursprungslandet. Ett äldre IOM-dokument (2001) pekar ut "
        "varför: den som återvänder kan riskera att fångas in igen av dem som utnyttjade henne "
        "eller honom, och behöver tid att återhämta sig, fysiskt och psykiskt, innan resan.</p>"
        "<h2>Varför det spelar roll i Östersjöregionen</h2><p>Det svenska "
        "EQUAL-partnerskapet ”Samverkan mot trafficking” (2005–2008) gjorde ett <em>nätverk för "
        "återvändande</em> till ett av sina tre temaområden; ett av problemen det ville åtgärda "
        "var att konkret stöd på det individuella planet saknades både i Sverige och i länderna "
        "dit människor återvände. "
        "Kvinnoforum samarbetade med partner i Ryssland för att göra ett säkert återvändande "
        "och rehabilitering möjliga för kvinnor och barn, och Östersjöstaternas utbildning av "
        "konsulär personal tog upp deras roll vid återvändande. Det civila samhällets plattform "
        "arbetar hela vägen från identifiering till att motverka att personen utsätts igen, "
        "familjen inräknad.</p>"
        "<h2>Din del på beskickningen</h2><ul>"
        "<li>För en person från Sverige som befinner sig utomlands: resehandlingar, råd, "
        "kontakter och, där lagen medger det, lån till hemresan (föregående modul).</li>"
        "<li>För en person som återvänder <em>från</em> Sverige till landet där du tjänstgör: "
        "beskickningen är inte det landets myndighet. Via kontaktpersonen och UD kan du hjälpa "
        "till att knyta ihop stödorganisationen i Sverige med IOM och organisationer i landet, "
        f"så att någon möter personen och risken är känd. {CHECK}</li>"
        "<li>I båda fallen: ingenting förs vidare till familjen eller till lokala tjänstemän "
        "utan personens samtycke, och personen kan ändra sig.</li></ul>"
        "<p><em>Exempel.</em> En kvinna som identifierats i Sverige vill åka hem, men "
        "rekryteraren bor i hennes stad och säger att hon fortfarande är skyldig honom pengar. "
        "Valet står inte mellan ”åka” och ”stanna”: hon kan först flytta till en annan stad, "
        "till ett skyddat boende, eller resa senare; en organisation kan möta henne på "
        "flygplatsen; planen ses över efter ankomsten.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Inför ett återvändande: frågor att reda ut med personen och partnerna",
            "intro": "Ett arbetsstöd för kontaktpersonen, inte ett formulär för personen att "
            "fylla i.",
            "groups": [
                {
                    "heading": "Beslutet",
                    "indicators": [
                        "Personen vill återvända, känner till alternativen och kan ändra sig",
                        "Personen har fått tid att återhämta sig före resan",
                    ],
                },
                {
                    "heading": "Risken därhemma",
                    "indicators": [
                        "Var rekryteraren, och en eventuell skuld, finns i förhållande till "
                        "familjen",
                        "Vad familjen vet, och vad personen vill att den ska få veta",
                        "Om stigma eller en ny skuld kan driva personen tillbaka in i samma "
                        "situation",
                    ],
                },
                {
                    "heading": "Ankomsten",
                    "indicators": [
                        "Vem som möter personen, och var hon eller han bor till att börja med",
                        "Vilken organisation som följer upp, och när planen ses över",
                    ],
                },
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Återvändandet är personens beslut; det ska vara frivilligt, säkert och värdigt",
                "Bedöm risker, sårbarhet och familjen före avresan, med partner i båda länderna, "
                "och igen efter ankomsten",
                "Inget förs vidare till familjen eller lokala tjänstemän utan personens samtycke",
            ],
        },
    ),
]

SAFE_RETURN_CHECKS = (
    [
        "The wording of article 16 of the Council of Europe Convention (return with due regard "
        "for rights, safety and dignity, preferably voluntary), quoted from memory of the "
        "treaty text",
        "The mission's role when a person identified in Sweden returns to the country where it "
        "serves: confirm the Ministry for Foreign Affairs' routine and its contacts with IOM",
    ],
    [
        "Lydelsen av artikel 16 i Europarådets konvention (återvändande med vederbörlig hänsyn "
        "till rättigheter, säkerhet och värdighet, helst frivilligt), återgiven ur minnet av "
        "konventionstexten",
        "Beskickningens roll när en person som identifierats i Sverige återvänder till landet "
        "där den tjänstgör: bekräfta Utrikesdepartementets rutin och kontakter med IOM",
    ],
)
SAFE_RETURN_SOURCES = [
    COE_ARTICLES_16_28,
    IOM_AVRR,
    IOM_REINTEGRATION_HANDBOOK,
    IOM_RISK_MATRIX,
    IOM_RETURN_2001,
    IOM_DIRECT_ASSISTANCE,
    SEED_EQUAL,
    SEED_KVINNOFORUM,
    SEED_CBSS,
    CBSS_HANDBOOK,
]


COURSE = {
    "slug": "threat-and-risk-assessment",
    "slug_sv": "hot-och-riskbedomning",
    "title": "Threat, risk and safe return",
    "title_sv": "Hot, risk och säkert återvändande",
    "summary": "Before any step — a referral, a refusal, a call, a journey home — weigh who and "
    "what is at risk, the family at home included, with the person concerned. For consular "
    "staff; builds on the identification course.",
    "summary_sv": "Innan du tar ett steg — en vidareslussning, ett avslag, ett samtal, en "
    "hemresa — väg vem och vad som är i fara, familjen i hemlandet inräknad, tillsammans med "
    "den det gäller. För konsulär personal; bygger på kursen om identifiering.",
    "outcomes": [
        "Name who and what is at risk and weigh each risk by its likelihood and severity",
        "Plan safe steps with the person and review them as the situation changes",
        "Protect the family at home without contacting it behind the person's back",
        "Help a person from Sweden exploited abroad within what the mission can do",
        "Prepare a voluntary, safe return with partners in both countries",
    ],
    "outcomes_sv": [
        "Peka ut vem och vad som är i fara och väga varje risk efter sannolikhet och allvar",
        "Planera säkra steg tillsammans med personen och ompröva dem när läget ändras",
        "Skydda familjen i hemlandet utan att kontakta den bakom personens rygg",
        "Hjälpa en person från Sverige som utnyttjas utomlands, inom det beskickningen kan göra",
        "Förbereda ett frivilligt och säkert återvändande med partner i båda länderna",
    ],
    # Written for the mission's work: police have their own course on risk in investigations
    # (P3 of the curriculum), so the consular course no longer lists them.
    "audiences": ["consular-staff"],
    "topics": ["threat-risk"],
    "version": "2026.1",
    "issues_certificate": True,
    "certificate_months": 24,
    "prerequisites": ["identifying-victims-consular"],
    "modules": [
        {
            "slug": "assessing-risk",
            "title": "A structured risk assessment",
            "title_sv": "En strukturerad riskbedömning",
            "summary": "Who and what is at risk, how likely and how serious, and why the "
            "assessment never stops.",
            "summary_sv": "Vem och vad som är i fara, hur troligt och hur allvarligt, och "
            "varför bedömningen aldrig tar slut.",
            "lessons": [
                lesson(
                    "sources-of-threat",
                    "Who and what is at risk",
                    "Vem och vad som är i fara",
                    (SOURCES_OF_THREAT, SOURCES_OF_THREAT_SV),
                    SOURCES_OF_THREAT_SOURCES,
                ),
                lesson(
                    "planning-safe-steps",
                    "Likelihood, severity and continuous review",
                    "Sannolikhet, allvar och löpande omprövning",
                    (PLANNING_SAFE_STEPS, PLANNING_SAFE_STEPS_SV),
                    PLANNING_SAFE_STEPS_SOURCES,
                    PLANNING_SAFE_STEPS_CHECKS,
                ),
            ],
        },
        {
            "slug": "the-family-at-home",
            "title": "Risk to the family at home",
            "title_sv": "Risken för familjen i hemlandet",
            "summary": "How networks use families, and how to protect them with the person's "
            "consent.",
            "summary_sv": "Hur nätverk använder familjer, och hur de skyddas med personens "
            "samtycke.",
            "lessons": [
                lesson(
                    "protecting-the-family",
                    "When the threat reaches the family",
                    "När hotet når familjen",
                    (PROTECTING_THE_FAMILY, PROTECTING_THE_FAMILY_SV),
                    PROTECTING_THE_FAMILY_SOURCES,
                ),
            ],
        },
        {
            "slug": "exploited-abroad",
            "title": "People from Sweden exploited abroad",
            "title_sv": "Personer från Sverige som utnyttjas utomlands",
            "summary": "Who the mission can help, what it can do, and the first call.",
            "summary_sv": "Vem beskickningen kan hjälpa, vad den kan göra, och det första "
            "samtalet.",
            "lessons": [
                lesson(
                    "when-someone-from-sweden-calls",
                    "When someone from Sweden calls for help",
                    "När någon från Sverige ringer efter hjälp",
                    (RESIDENTS_ABROAD, RESIDENTS_ABROAD_SV),
                    RESIDENTS_ABROAD_SOURCES,
                    RESIDENTS_ABROAD_CHECKS,
                ),
            ],
        },
        {
            "slug": "return-and-reintegration",
            "title": "Return and reintegration",
            "title_sv": "Återvändande och återintegrering",
            "summary": "A voluntary, safe return, assessed before departure and followed up "
            "after arrival.",
            "summary_sv": "Ett frivilligt och säkert återvändande, bedömt före avresan och "
            "uppföljt efter ankomsten.",
            "lessons": [
                lesson(
                    "safe-return",
                    "A safe return",
                    "Ett säkert återvändande",
                    (SAFE_RETURN, SAFE_RETURN_SV),
                    SAFE_RETURN_SOURCES,
                    SAFE_RETURN_CHECKS,
                ),
            ],
        },
    ],
}

# The cases of the lessons, English and Swedish, for the tests that check their rules.
CASES = [FAMILY_CASE, FAMILY_CASE_SV, CALL_CASE, CALL_CASE_SV]
