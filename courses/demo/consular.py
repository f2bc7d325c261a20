"""What C1, "The consular section as first filter" (``content.COURSES``' consular course), teaches
beyond its first lessons (../shared/CURRICULUM.md, issue 16): indicators by permit type, the
berry pickers' case, the private conversation, deciding lawfully, recording and secrecy, and
referral from abroad — in English and Swedish, each with the sources it was written from.

It imports only ``cases`` and ``sources`` (``content`` builds the course from it). Facts come
from the seeds and the public sources read in December 2026: the CBSS handbook for diplomatic
and consular personnel (2011), the European Commission's guidelines for consular services and
border guards (2013), WHO's recommendations for interviewing trafficked women (2003), the EU
Visa Code and the Swedish Migration Agency's and Government's pages on the permits concerned.
What an expert must still confirm is marked ``CHECK`` and listed in the lesson's checks."""

from .cases import case_spec
from .sources import (
    CBSS_HANDBOOK,
    SEED_CBSS,
    SEED_KVINNOFORUM,
    SEED_PLATFORM,
    WHO_INTERVIEWING,
    source,
)

# Sources read for C1 (December 2026) ---------------------------------------------------------

EC_GUIDELINES_2013 = source(
    "Guidelines for the identification of victims of trafficking in human beings, especially "
    "for consular services and border guards",
    "European Commission, DG Home Affairs",
    "2013",
    "https://pdfslide.net/download/link/guidelines-for-the-identification-of-victims-of-"
    "trafficking-in-human-",
    title_sv="Guidelines for the identification of victims of trafficking in human beings, "
    "especially for consular services and border guards (riktlinjer för identifiering av offer "
    "för människohandel, särskilt för konsulära tjänster och gränsbevakning)",
    publisher_sv="Europeiska kommissionen, GD Inrikes frågor",
    link_text="pdfslide.net (copy of the reference document)",
)
VISA_CODE = source(
    "Regulation (EC) No 810/2009 establishing a Community Code on Visas (the Visa Code), "
    "consolidated version",
    "European Union",
    "2009",
    "https://europeanmigrationlaw.eu/en/caselaw/55028",
    title_sv="Förordning (EG) nr 810/2009 om införande av en gemenskapskodex om viseringar "
    "(viseringskodexen), konsoliderad version",
    publisher_sv="Europeiska unionen",
    link_text="europeanmigrationlaw.eu",
)
VISA_CODE_REFUSAL = VISA_CODE.at(
    "article 32 (refusal of a visa) and article 25 (visas with limited territorial validity)",
    "artikel 32 (avslag på en ansökan om visering) och artikel 25 (viseringar med begränsad "
    "territoriell giltighet)",
)
CJEU_EL_HASSANI = source(
    "Case C-403/16, El Hassani v Minister Spraw Zagranicznych (the right of appeal against a "
    "visa refusal, Visa Code article 32(3)): opinion of Advocate General Bobek",
    "Court of Justice of the European Union",
    "2017",
    "https://eur-lex.europa.eu/legal-content/GA/TXT/?uri=CELEX%3A62016CC0403",
    title_sv="Mål C-403/16, El Hassani mot Minister Spraw Zagranicznych (rätten att överklaga "
    "ett avslag på en ansökan om visering, viseringskodexen artikel 32.3): generaladvokat "
    "Bobeks förslag till avgörande",
    publisher_sv="Europeiska unionens domstol",
    link_text="EUR-Lex",
)
MIGRATION_AGENCY_AU_PAIR_EMPLOYERS = source(
    "Employers: au pair",
    "Swedish Migration Agency (Migrationsverket), web page",
    "read December 2026",
    "https://migrationsverket.se/en/employers/you-want-to-employ/employing-someone-from-outside-"
    "the-eu-eea/temporary-employment/au-pair.html",
    title_sv="Arbetsgivare: au pair",
    publisher_sv="Migrationsverket, webbsida",
    year_sv="läst december 2026",
    link_text="migrationsverket.se",
)
MIGRATION_AGENCY_BERRY_PICKERS = source(
    "You want to apply: berry pickers",
    "Swedish Migration Agency (Migrationsverket), web page",
    "read December 2026",
    "https://migrationsverket.se/en/you-want-to-apply/work/temporary-work-in-sweden/"
    "berry-pickers.html",
    title_sv="Du vill ansöka: bärplockare",
    publisher_sv="Migrationsverket, webbsida",
    year_sv="läst december 2026",
    link_text="migrationsverket.se",
)
MIGRATION_AGENCY_SPOUSE = source(
    "Residence permit to move to a spouse, registered partner or cohabiting partner in Sweden",
    "Swedish Migration Agency (Migrationsverket), web page",
    "read December 2026",
    "https://www.migrationsverket.se/English/Private-individuals/Moving-to-someone-in-Sweden/"
    "Spouse-registered-partner-or-cohabiting-partner.html",
    title_sv="Uppehållstillstånd för att flytta till en make, maka, registrerad partner eller "
    "sambo i Sverige",
    publisher_sv="Migrationsverket, webbsida",
    year_sv="läst december 2026",
    link_text="migrationsverket.se",
)
MFA_PRIVATE_SERVANTS = source(
    "Diplomatic guide, chapter 7.2: contract of employment for private servants",
    "Government Offices of Sweden, Ministry for Foreign Affairs, Protocol Department, web page",
    "read December 2026",
    "https://www.government.se/government-of-sweden/ministry-for-foreign-affairs/"
    "diplomatic-portal/diplomatic-guide/7.-private-servants/7.2-contract-of-employment",
    title_sv="Diplomatic guide, kapitel 7.2: anställningsavtal för privattjänare",
    publisher_sv="Regeringskansliet, Utrikesdepartementet, protokollenheten, webbsida",
    year_sv="läst december 2026",
    link_text="government.se",
)
RA_2007_17 = source(
    "RÅ 2007 ref. 17 (secrecy protecting foreigners also covers the migration courts)",
    "Supreme Administrative Court of Sweden (Regeringsrätten)",
    "2007",
    "https://lagen.nu/dom/ra/2007:17",
    title_sv="RÅ 2007 ref. 17 (sekretessen till skydd för utlänningar gäller även i "
    "migrationsdomstolarna)",
    publisher_sv="Regeringsrätten",
    link_text="lagen.nu",
)
JK_1999 = source(
    "Decision 3641-97-21: complaint about Swedish missions' identity checks of asylum seekers "
    "with the authorities of their home country",
    "Chancellor of Justice (Justitiekanslern)",
    "1999",
    "http://www.jk.se/beslut-och-yttranden/1999/11/3641-97-21/",
    title_sv="Beslut 3641-97-21: klagomål på utlandsmyndigheters tillvägagångssätt vid "
    "identitetskontroll av asylsökande",
    publisher_sv="Justitiekanslern",
    link_text="jk.se",
)
CBSS_HANDBOOK_PAGE = source(
    "Handbook for consular and diplomatic staff on how to assist and protect victims of human "
    "trafficking (summary page)",
    "European Commission, Together against trafficking in human beings",
    "read December 2026",
    "https://ec.europa.eu/anti-trafficking/handbook-consular-and-diplomatic-staff-how-assist-"
    "and-protect-victims-human-trafficking_en",
    title_sv="Handbook for consular and diplomatic staff on how to assist and protect victims "
    "of human trafficking (sammanfattning)",
    publisher_sv="Europeiska kommissionen, Together against trafficking in human beings",
    year_sv="läst december 2026",
    link_text="ec.europa.eu",
)

LABOUR_WARNING = (
    "callout",
    {
        "kind": "content_warning",
        "title": "This lesson describes labour exploitation",
        "text": "<p>The case below describes debt, control of documents and exploitative work, "
        "patterns reported by support organisations. Take a break whenever you need to; the "
        "lesson stays where you left it.</p>",
    },
)
LABOUR_WARNING_SV = (
    "callout",
    {
        "kind": "content_warning",
        "title": "Lektionen beskriver arbetskraftsexploatering",
        "text": "<p>Fallet nedan beskriver skulder, kontroll över handlingar och exploaterande "
        "arbete, mönster som stödorganisationer har rapporterat. Ta en paus när du behöver; "
        "lektionen finns kvar där du lämnade den.</p>",
    },
)


# Module 1, lesson 2 (deepened): what the consular section can and cannot do ---------------------

FILTER_ROLE = (
    "text",
    "<h2>What the handbook asks of a consular section</h2><p>The handbook for diplomatic and "
    "consular personnel grew out of training seminars that the task force and the IOM mission "
    "in Moldova held in the capitals of the Council's member states and beyond between 2008 "
    "and 2010. It covers the nature of trafficking and its legal frameworks, how to identify "
    "and assist a victim, how to interview a possible victim, safe return, and how a consular "
    "section can build its own strategy against trafficking; it also lists contact points in "
    "each member state. Read it as the section's shared reference, not as a checklist.</p>"
    "<h3>What you can do</h3><ul>"
    "<li>Notice indicators in a file, at the window and in an interview.</li>"
    "<li>Make it possible for the applicant to speak to you alone, for a routine reason.</li>"
    "<li>Give written information on rights and on where help can be reached from where the "
    "person is going.</li>"
    "<li>Record what you observed and pass it on through your mission's focal point.</li></ul>"
    "<h3>What you cannot do</h3><ul>"
    "<li>Decide that someone is a victim: identification in the legal sense belongs to the "
    "authorities that follow the national referral mechanism.</li>"
    "<li>Investigate: questioning a companion or an agency is for the police, if anyone.</li>"
    "<li>Decide a residence permit: the Swedish Migration Agency does, even when the mission "
    "takes the application and holds the interview.</li>"
    "<li>Promise safety, a permit or an outcome.</li></ul>"
    "<p>The European Commission's guidelines for consular services and border guards (2013) "
    "start from the EU's framework: trafficking is a serious crime and a grave violation of "
    "human rights, prohibited by article 5 of the EU Charter of Fundamental Rights, and "
    "Directive 2011/36/EU gives victims rights to assistance, support and protection. Those "
    "rights do not depend on what is decided about a visa or a permit.</p>",
)
FILTER_ROLE_SV = (
    "text",
    "<h2>Vad handboken begär av en konsulär enhet</h2><p>Handboken för diplomatisk och "
    "konsulär personal växte fram ur de utbildningsseminarier som aktionsgruppen och IOM:s "
    "kontor i Moldavien höll i rådets medlemsländers huvudstäder och på andra håll mellan 2008 "
    "och 2010. Den tar upp vad människohandel är och vilka rättsliga ramar som gäller, hur man "
    "identifierar och hjälper ett offer, hur man samtalar med en möjlig utsatt, tryggt "
    "återvändande och hur en konsulär enhet kan bygga upp en egen strategi mot människohandel; "
    "den förtecknar också kontaktpunkter i varje medlemsland. Se den som enhetens gemensamma "
    "referens, inte som en checklista.</p>"
    "<h3>Det här kan du göra</h3><ul>"
    "<li>Lägga märke till indikatorer i ett ärende, vid luckan och i en intervju.</li>"
    "<li>Göra det möjligt för den sökande att tala med dig ensam, av ett rutinskäl.</li>"
    "<li>Ge skriftlig information om rättigheter och om var hjälp finns att nå där personen "
    "ska vara.</li>"
    "<li>Dokumentera vad du iakttog och föra det vidare via beskickningens kontaktperson.</li>"
    "</ul><h3>Det här kan du inte göra</h3><ul>"
    "<li>Avgöra att någon är ett offer: identifiering i rättslig mening hör till de myndigheter "
    "som följer den nationella hänvisningsmekanismen.</li>"
    "<li>Utreda: att förhöra en medresenär eller en förmedling är i så fall polisens sak.</li>"
    "<li>Besluta om uppehållstillstånd: det gör Migrationsverket, även när beskickningen tar "
    "emot ansökan och håller intervjun.</li>"
    "<li>Lova trygghet, ett tillstånd eller ett visst utfall.</li></ul>"
    "<p>Europeiska kommissionens riktlinjer för konsulära tjänster och gränsbevakning (2013) "
    "utgår från EU:s ramverk: människohandel är ett allvarligt brott och en grov kränkning av "
    "de mänskliga rättigheterna, förbjuden i artikel 5 i EU:s stadga om de grundläggande "
    "rättigheterna, och direktiv 2011/36/EU ger offren rätt till hjälp, stöd och skydd. De "
    "rättigheterna beror inte på vad som beslutas om en visering eller ett tillstånd.</p>",
)
FILTER_SOURCES = [CBSS_HANDBOOK_PAGE, EC_GUIDELINES_2013]


# Module 2, lesson 1 (deepened): indicators by permit type -------------------------------------

BY_PERMIT = (
    "text",
    "<h2>Indicators by permit type</h2><p>Each kind of permit has its own rules, and a "
    "recruiter who exploits people bends those rules in recognisable ways. Knowing what the "
    "rules require tells you what a sound application looks like — and what is missing when "
    "it is not.</p>"
    "<h3>Au pairs</h3><p>The Migration Agency's rules: the host family itself starts the "
    "application and signs a written agreement; the au pair is between 18 and 30, helps with "
    "childcare and light housework for at most 25 hours a week, gets room and board and a set "
    "cash allowance, and studies Swedish. Look closer when an agency rather than a family "
    "stands behind the application, when the applicant has never spoken to the family, or when "
    "the work described is a full-time job.</p>"
    "<h3>Seasonal berry pickers</h3><p>Pickers employed by a staffing agency abroad apply "
    "through a representative, often in a group application. The business must pay the wage "
    "in the contract even if there are few berries, and the trade union concerned may comment "
    "on the terms. Look closer when pickers have paid large fees or borrowed to travel, when "
    "they have not seen a contract in a language they read, when they believe pay depends on "
    "how much they pick, or when one person holds everyone's passports.</p>"
    "<h3>Domestic workers in diplomats' households</h3><p>For a private servant of a foreign "
    "mission in Sweden, the mission must submit a signed contract on the Ministry for Foreign "
    "Affairs' model to its Protocol Department before the worker applies for a visa; among "
    "other things the worker keeps their own passport at all times. Look closer when the "
    "applicant has not seen the contract, when the employer has the passport, or when the "
    "hours or duties described do not match it.</p>"
    "<h3>Marriage-based sponsorship</h3><p>A spouse or partner moving to someone in Sweden "
    "needs a residence permit decided by the Migration Agency, and the sponsor must be able to "
    "support them both and have a home for them. Sweden's civil-society platform names women "
    "from third countries who are exploited by their Swedish husbands as a group at risk. Look "
    "closer when the sponsor controls the applicant's documents or money, when the applicant "
    "knows little of the sponsor's life or address, when a broker was paid, or when the file "
    "shows earlier sponsorships that ended quickly. [CHECK]</p>",
)
BY_PERMIT_SV = (
    "text",
    "<h2>Indikatorer efter typ av tillstånd</h2><p>Varje slags tillstånd har sina regler, och "
    "en rekryterare som exploaterar människor kringgår reglerna på sätt som går att känna "
    "igen. Den som vet vad reglerna kräver vet hur en riktig ansökan ser ut — och vad som "
    "saknas när den inte är det.</p>"
    "<h3>Au pairer</h3><p>Migrationsverkets regler: värdfamiljen själv påbörjar ansökan och "
    "skriver under ett skriftligt avtal; au pairen är mellan 18 och 30 år, hjälper till med "
    "barnomsorg och lättare hushållsarbete högst 25 timmar i veckan, får kost och logi och en "
    "bestämd kontant ersättning, och studerar svenska. Se närmare efter när en förmedling i "
    "stället för en familj står bakom ansökan, när den sökande aldrig har talat med familjen "
    "eller när arbetet som beskrivs är ett heltidsjobb.</p>"
    "<h3>Säsongsanställda bärplockare</h3><p>Plockare som är anställda av ett bemanningsföretag "
    "utomlands ansöker genom en företrädare, ofta i en gruppansökan. Verksamheten måste betala "
    "den lön som står i avtalet även om det finns lite bär, och den berörda fackliga "
    "organisationen får yttra sig över villkoren. Se närmare efter när plockarna har betalat "
    "stora avgifter eller lånat till resan, när de inte har sett ett avtal på ett språk de "
    "läser, när de tror att lönen beror på hur mycket de plockar, eller när en enda person har "
    "allas pass.</p>"
    "<h3>Hushållsanställda hos diplomater</h3><p>För en privattjänare hos en utländsk "
    "beskickning i Sverige ska beskickningen lämna ett undertecknat avtal enligt "
    "Utrikesdepartementets mall till protokollenheten innan arbetstagaren ansöker om "
    "visering; bland annat ska arbetstagaren alltid själv ha sitt pass. Se närmare efter när "
    "den sökande inte har sett avtalet, när arbetsgivaren har passet, eller när arbetstiden "
    "eller uppgifterna som beskrivs inte stämmer med avtalet.</p>"
    "<h3>Anknytning genom äktenskap eller samboskap</h3><p>Den som flyttar till en make, maka "
    "eller sambo i Sverige behöver ett uppehållstillstånd som Migrationsverket beslutar om, och "
    "anknytningspersonen i Sverige måste kunna försörja båda och ha en bostad åt dem. "
    "Plattformen Civila Sverige mot människohandel pekar ut kvinnor från tredje land som "
    "utnyttjas av sina svenska män som en utsatt grupp. Se närmare efter när "
    "anknytningspersonen styr över den sökandes handlingar eller pengar, när den sökande vet "
    "lite om hans eller hennes liv och adress, när en mellanhand har fått betalt, eller när "
    "ärendet visar att anknytningspersonen tidigare har varit anknytningsperson för andra "
    "makar, i äktenskap som snabbt tog slut. [CHECK]</p>",
)
BY_PERMIT_CHECKS = (
    [
        "Whether a mission sees a sponsor's earlier sponsorships in the file it receives for an "
        "interview, and how the Migration Agency weighs them",
    ],
    [
        "Om beskickningen ser anknytningspersonens tidigare ärenden i det underlag den får inför "
        "en intervju, och hur Migrationsverket väger in dem",
    ],
)
BY_PERMIT_SOURCES = [
    MIGRATION_AGENCY_AU_PAIR_EMPLOYERS,
    MIGRATION_AGENCY_BERRY_PICKERS,
    MFA_PRIVATE_SERVANTS,
    MIGRATION_AGENCY_SPOUSE,
    SEED_PLATFORM,
]


# Module 2, lesson 3: the berry pickers' case ----------------------------------------------------

BERRY_CASE = case_spec(
    "Twelve pickers, one agency",
    "<p>Decide what you do at each step. You see what follows only once you have chosen; at "
    "the end you can compare your path with the recommended one, and play the case again.</p>",
    [
        (
            "at-the-counter",
            "<p>Twelve men and women come to the embassy together to give their fingerprints "
            "for work permits as berry pickers in Sweden; the Migration Agency decides the "
            "permits on a group application made by the staffing agency's representative. The "
            "representative holds all twelve passports, answers your first questions for "
            "everyone and offers to interpret, to save time.</p>",
            [
                (
                    "Accept his offer: he speaks both languages and knows the group",
                    "agency-in-the-room",
                    "He interprets every answer. Each picker says the same short sentence about "
                    "good pay and good housing.",
                    0,
                    "Never let someone linked to the employer, the agency or a companion "
                    "interpret: the person cannot speak freely and the agency hears everything "
                    "that is said. Use the mission's own interpreter, chosen and briefed by you.",
                ),
                (
                    "Tell him you suspect the agency of exploiting the group and ask him to "
                    "show what each picker has paid",
                    "agency-in-the-room",
                    "He answers politely and writes something in his phone. The pickers fall "
                    "silent.",
                    0,
                    "Never confront an agency or a companion you suspect: it alerts them, "
                    "silences the people and can put them, and their families at home, at risk. "
                    "Take the applicants one at a time for a routine step and follow your "
                    "mission's procedure.",
                ),
                (
                    "Take each picker's fingerprints one at a time, as routine, and talk with "
                    "each alone for a few minutes through the mission's own interpreter",
                    "one-picker-talks",
                    "The representative waits in the hall with the passports. One by one, the "
                    "pickers answer in their own words.",
                    2,
                    "",
                ),
            ],
        ),
        (
            "one-picker-talks",
            "<p>Kittisak, 34, tells you that he borrowed money for the agency's fee against his "
            "family's land. He has not seen his contract in a language he reads, and he has "
            "been told that he will be paid for what he picks: in a bad season, he says, he "
            "may come home owing more than he left with.</p>",
            [
                (
                    "Tell him what the Migration Agency's rules say — the wage in the contract is "
                    "due even if there are few berries — give him written information in his "
                    "language on his rights and where to get help in Sweden, and agree with him "
                    "what you record and pass to the focal point",
                    "informed",
                    "Kittisak reads the leaflet twice and keeps it. He agrees that you pass on "
                    "what he told you, without his name in anything the agency could see.",
                    2,
                    "",
                ),
                (
                    "Recommend that the whole group's applications be refused",
                    "refused",
                    "You write that the group should be refused. The representative collects "
                    "the passports and leaves with the twelve.",
                    0,
                    "",
                ),
                (
                    "Promise him that the Swedish authorities will make the agency pay",
                    "empty-promise",
                    "Kittisak looks relieved and stops asking questions.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "informed",
            "Kittisak knows his rights, and the concern is passed on",
            "<p>You took each picker alone for a routine step, used an interpreter you chose, "
            "and told Kittisak what the rules promise him, in writing he can keep. What you "
            "recorded — his debt, the contract he has not seen, what he was told about pay — "
            "goes through the focal point to those who decide and those who can follow up in "
            "Sweden. Debt and unseen contracts are indicators, not proof: the next step is "
            "theirs, not yours.</p>",
        ),
        (
            "agency-in-the-room",
            "The agency heard everything",
            "<p>With the agency's man interpreting, or confronted, nobody in the group could "
            "speak freely, and the agency now knows the embassy is looking closer. If the "
            "pickers are in debt, they carry the risk. Separate people for a routine reason, "
            "choose the interpreter yourself, and keep your concern for the focal point.</p>",
        ),
        (
            "refused",
            "A refusal is not protection",
            "<p>The Migration Agency decides these permits, and suspicion of exploitation is not "
            "in itself a ground for refusal. A refusal recommended on a hunch leaves the "
            "debts where they are and the pickers with the agency — which may send them another "
            "way — without a word about their rights. Record what you saw and pass it on.</p>",
        ),
        (
            "empty-promise",
            "A promise you cannot keep",
            "<p>No one at the embassy can promise what Swedish authorities will do about an "
            "employer. A promise costs the trust you need and may lead him to rely on help that "
            "never comes. Tell him what the rules say, where help is, and what you will pass "
            "on.</p>",
        ),
    ],
)

BERRY_CASE_SV = case_spec(
    "Tolv plockare, en förmedling",
    "<p>Bestäm vad du gör i varje steg. Du ser vad som händer först när du har valt; i slutet "
    "kan du jämföra din väg med den rekommenderade och spela fallet igen.</p>",
    [
        (
            "at-the-counter",
            "<p>Tolv kvinnor och män kommer tillsammans till ambassaden för att lämna "
            "fingeravtryck till sina arbetstillstånd som bärplockare i Sverige; Migrationsverket "
            "beslutar om tillstånden på en gruppansökan som bemanningsföretagets företrädare har "
            "gjort. Företrädaren har alla tolv passen, svarar på dina första frågor för allas "
            "räkning och erbjuder sig att tolka, för att spara tid.</p>",
            [
                (
                    "Tackar ja: han talar båda språken och känner gruppen",
                    "agency-in-the-room",
                    "Han tolkar varje svar. Varje plockare säger samma korta mening om bra lön "
                    "och bra boende.",
                    0,
                    "Låt aldrig någon med koppling till arbetsgivaren, förmedlingen eller en "
                    "medresenär tolka: personen kan inte tala fritt, och förmedlingen hör allt "
                    "som sägs. Använd beskickningens egen tolk, som du själv har valt och "
                    "förberett.",
                ),
                (
                    "Säger att du misstänker att förmedlingen utnyttjar gruppen och ber honom "
                    "visa vad varje plockare har betalat",
                    "agency-in-the-room",
                    "Han svarar artigt och skriver något i sin telefon. Plockarna tystnar.",
                    0,
                    "Konfrontera aldrig en förmedling eller en medresenär som du misstänker: "
                    "det varnar dem, får människorna att tiga och kan utsätta dem, och deras "
                    "familjer i hemlandet, för fara. Ta de sökande en i taget för ett "
                    "rutinmoment och följ beskickningens rutin.",
                ),
                (
                    "Tar fingeravtryck på en plockare i taget, som rutin, och talar med var och "
                    "en enskilt några minuter genom beskickningens egen tolk",
                    "one-picker-talks",
                    "Företrädaren väntar i korridoren med passen. En efter en svarar plockarna "
                    "med egna ord.",
                    2,
                    "",
                ),
            ],
        ),
        (
            "one-picker-talks",
            "<p>Kittisak, 34 år, berättar att han har lånat pengar till förmedlingens avgift med "
            "familjens mark som säkerhet. Han har inte sett sitt avtal på ett språk han läser, "
            "och han har fått höra att han får betalt för det han plockar: under en dålig "
            "säsong, säger han, kan han komma hem med större skuld än när han reste.</p>",
            [
                (
                    "Berättar vad Migrationsverkets regler säger — lönen i avtalet ska betalas "
                    "även om det finns lite bär — ger honom skriftlig information på hans språk "
                    "om hans rättigheter och var han kan få hjälp i Sverige, och kommer överens "
                    "med honom om vad du dokumenterar och för vidare till kontaktpersonen",
                    "informed",
                    "Kittisak läser foldern två gånger och behåller den. Han går med på att du "
                    "för vidare det han berättat, utan hans namn i något som förmedlingen kan se.",
                    2,
                    "",
                ),
                (
                    "Föreslår att hela gruppens ansökningar avslås",
                    "refused",
                    "Du skriver att gruppen bör få avslag. Företrädaren samlar ihop passen och "
                    "går därifrån med de tolv.",
                    0,
                    "",
                ),
                (
                    "Lovar honom att svenska myndigheter ska se till att förmedlingen betalar",
                    "empty-promise",
                    "Kittisak ser lättad ut och slutar ställa frågor.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "informed",
            "Kittisak känner till sina rättigheter, och oron förs vidare",
            "<p>Du tog varje plockare enskilt för ett rutinmoment, använde en tolk du själv "
            "valt och berättade för Kittisak vad reglerna utlovar honom, skriftligt så att han "
            "kan behålla det. Det du dokumenterade — skulden, avtalet han inte har sett, vad han "
            "fått höra om lönen — går via kontaktpersonen till dem som beslutar och dem som kan "
            "följa upp i Sverige. Skulder och osedda avtal är indikatorer, inga bevis: nästa "
            "steg är deras, inte ditt.</p>",
        ),
        (
            "agency-in-the-room",
            "Förmedlingen hörde allt",
            "<p>När förmedlingens man tolkade, eller konfronterades, kunde ingen i gruppen tala "
            "fritt, och förmedlingen vet nu att ambassaden ser närmare på ärendet. Om plockarna "
            "är skuldsatta är det de som bär risken. Dela på människor av ett rutinskäl, välj "
            "tolken själv och för din oro vidare till kontaktpersonen.</p>",
        ),
        (
            "refused",
            "Ett avslag är inget skydd",
            "<p>Migrationsverket beslutar om tillstånden, och misstanke om exploatering är inte "
            "i sig ett skäl för avslag. Ett avslag som föreslås på en känsla lämnar skulderna "
            "kvar och plockarna hos förmedlingen — som kan skicka dem en annan väg — utan ett "
            "ord om deras rättigheter. Dokumentera vad du såg och för det vidare.</p>",
        ),
        (
            "empty-promise",
            "Ett löfte du inte kan hålla",
            "<p>Ingen på ambassaden kan lova vad svenska myndigheter gör med en arbetsgivare. "
            "Ett löfte kostar det förtroende du behöver och kan få honom att lita på hjälp som "
            "aldrig kommer. Berätta vad reglerna säger, var hjälpen finns och vad du för "
            "vidare.</p>",
        ),
    ],
)

BERRY_PICKERS = [
    (
        "text",
        "<p>Labour exploitation is one of the trends the Baltic Sea states' task force reported, "
        "and seasonal work is a route recruiters use: the work is real, the permit is lawful, "
        "and the exploitation lies in the debt, the documents and the pay. This case practises "
        "the first steps with a group that arrives through one agency.</p>",
    ),
    LABOUR_WARNING,
    ("branching_case", BERRY_CASE),
    (
        "text",
        "<h2>Why a group changes the conversation</h2><p>In a group, the person who organises "
        "everything is often the only one who speaks the officer's language. That is exactly "
        "why the organiser must not interpret: your questions then travel through the agency. "
        "Taking biometrics one person at a time is routine at any visa or permit counter, and "
        "it gives you a natural moment with each applicant. A few minutes is enough to ask who "
        "paid for the journey, whether they have seen their contract, and how they will be "
        "paid.</p><p>Remember that the applicants chose to come. Most want the work, and many "
        "will defend the agency. Your task is not to talk them out of the journey but to make "
        "sure they know the rules that protect them and where to turn in Sweden, and that what "
        "you observed reaches someone who can follow up.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Never let the agency's representative, or anyone linked to it, interpret",
                "Use routine steps, such as fingerprints, to talk with each applicant alone",
                "Tell people the rules that protect them; do not promise outcomes",
                "A refusal is not protection: record and pass on what you saw",
            ],
        },
    ),
]

BERRY_PICKERS_SV = [
    (
        "text",
        "<p>Arbetskraftsexploatering är en av de trender som Östersjöstaternas aktionsgrupp "
        "rapporterade, och säsongsarbete är en väg som rekryterare använder: arbetet finns, "
        "tillståndet är lagligt, och exploateringen ligger i skulden, handlingarna och lönen. "
        "Fallet övar de första stegen med en grupp som kommer genom en och samma förmedling.</p>",
    ),
    LABOUR_WARNING_SV,
    ("branching_case", BERRY_CASE_SV),
    (
        "text",
        "<h2>Därför ändrar en grupp samtalet</h2><p>I en grupp är den som ordnar allt ofta den "
        "enda som talar handläggarens språk. Just därför får organisatören inte tolka: då går "
        "dina frågor genom förmedlingen. Att ta biometri på en person i taget är rutin vid "
        "varje viserings- och tillståndslucka, och det ger dig ett naturligt tillfälle med varje "
        "sökande. Några minuter räcker för att fråga vem som betalade resan, om de har sett "
        "sitt avtal och hur de ska få betalt.</p><p>Kom ihåg att de sökande själva valde att "
        "komma. De flesta vill ha arbetet, och många försvarar förmedlingen. Din uppgift är "
        "inte att övertala dem att stanna hemma utan att se till att de känner till reglerna "
        "som skyddar dem och vart de kan vända sig i Sverige, och att det du iakttog når någon "
        "som kan följa upp.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Låt aldrig förmedlingens företrädare, eller någon med koppling till den, tolka",
                "Använd rutinmoment, som fingeravtryck, för att tala med varje sökande enskilt",
                "Berätta om reglerna som skyddar människor; lova inga utfall",
                "Ett avslag är inget skydd: dokumentera och för vidare det du såg",
            ],
        },
    ),
]

BERRY_PICKERS_CHECKS = (
    [
        "That a Swedish mission takes the biometrics of berry pickers applying for work permits "
        "and may talk with them at that appointment",
    ],
    [
        "Att en svensk beskickning tar biometri på bärplockare som ansöker om arbetstillstånd "
        "och får samtala med dem vid det besöket",
    ],
)
BERRY_PICKERS_SOURCES = [MIGRATION_AGENCY_BERRY_PICKERS, SEED_CBSS, WHO_INTERVIEWING]


# Module 3, lesson 1: the private conversation ----------------------------------------------------

PRIVATE_CONVERSATION = [
    (
        "text",
        "<h2>Alone, for a routine reason</h2><p>A possible victim rarely speaks while the "
        "person who controls them is in the room. Separate them without an accusation: "
        "fingerprints and photographs are taken one person at a time, a form must be checked at "
        "another desk, the interview room only holds the applicant. Choose a room where you "
        "cannot be overheard and where the companion cannot see the applicant's face.</p>"
        "<h2>Open questions</h2><p>Ask questions the applicant can answer in their own words, "
        "and listen for what is missing rather than for a confession. Never ask “Are you a "
        "victim of trafficking?”: few people see themselves that way, and the question tells a "
        "listener what you suspect. Questions that work:</p><ul>"
        "<li>“Tell me about the job. What will a normal day be like?”</li>"
        "<li>“Who arranged the trip, and who paid for it?”</li>"
        "<li>“What happens if you want to change job, or come home early?”</li>"
        "<li>“Who keeps your passport when you travel?”</li>"
        "<li>“Who will meet you when you arrive?”</li></ul>"
        "<h2>Interpreters</h2><p>An interpreter can open the conversation or close it. Use the "
        "mission's own interpreter, never a companion, a relative, an agency's representative or "
        "anyone the applicant brought. Brief the interpreter beforehand on confidentiality and "
        "on the kind of questions you will ask, and ask the applicant whether they would rather "
        "speak with a man or a woman.</p>",
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "WHO's ten principles (2003)",
            "text": "<p>WHO wrote ten ethical and safety principles for interviewing trafficked "
            "women; they were meant for researchers, journalists and service providers, and this "
            "course borrows them for every consular conversation with a possible victim: "
            "<strong>do no harm</strong>; <strong>know your subject and assess the risks</strong>; "
            "<strong>prepare referral information — do not make promises you cannot "
            "keep</strong>; <strong>select and prepare interpreters and co-workers</strong>; "
            "<strong>ensure anonymity and confidentiality</strong>; <strong>get informed "
            "consent</strong>; <strong>listen to and respect each person's assessment of their "
            "situation and of the risks to their safety</strong>; <strong>do not "
            "re-traumatise</strong>; <strong>be prepared for emergency intervention</strong>; "
            "and <strong>put the information collected to good use</strong>.</p>",
        },
    ),
    (
        "text",
        "<h2>What the principles mean at the window</h2><p><em>Do no harm</em> comes first: "
        "treat the situation as if the risk of harm were high until you know otherwise, and do "
        "not hold a conversation that could make the applicant's situation worse — for example, "
        "one the companion will hear about. <em>Informed consent</em> means telling the "
        "applicant what the conversation is for, that they need not answer, and what you will "
        "do with what they say. <em>Respecting their assessment</em> means that if they say a "
        "step would endanger them or their family, you believe them and plan with them. "
        "<em>Emergency intervention</em> means knowing beforehand whom you call if someone is "
        "in immediate danger at the mission.</p><p>You will often have only a few minutes. "
        "They are enough to give the person a chance to speak, written information to keep and "
        "a sense that someone noticed. Disclosure may come later, to someone else.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Separate for a routine reason, in a room where no one can overhear",
                "Ask open questions; never ask whether the person is a victim",
                "Use the mission's own interpreter, briefed on confidentiality",
                "Do no harm, get informed consent and respect the person's own assessment",
            ],
        },
    ),
]

PRIVATE_CONVERSATION_SV = [
    (
        "text",
        "<h2>Enskilt, av ett rutinskäl</h2><p>En möjlig utsatt berättar sällan något medan den "
        "som kontrollerar henne eller honom finns i rummet. Dela på dem utan att anklaga någon: "
        "fingeravtryck och fotografier tas på en person i taget, en blankett behöver kontrolleras "
        "vid en annan disk, intervjurummet rymmer bara den sökande. Välj ett rum där ingen kan "
        "höra er och där medresenären inte ser den sökandes ansikte.</p>"
        "<h2>Öppna frågor</h2><p>Ställ frågor som den sökande kan besvara med egna ord, och "
        "lyssna efter det som saknas snarare än efter en bekännelse. Fråga aldrig ”Är du utsatt "
        "för människohandel?”: få ser sig själva så, och frågan avslöjar för den som lyssnar vad "
        "du misstänker. Frågor som fungerar:</p><ul>"
        "<li>”Berätta om arbetet. Hur ser en vanlig dag ut?”</li>"
        "<li>”Vem ordnade resan, och vem betalade den?”</li>"
        "<li>”Vad händer om du vill byta arbete eller åka hem tidigare?”</li>"
        "<li>”Vem har ditt pass när du reser?”</li>"
        "<li>”Vem möter dig när du kommer fram?”</li></ul>"
        "<h2>Tolkar</h2><p>En tolk kan öppna samtalet eller stänga det. Använd beskickningens "
        "egen tolk, aldrig en medresenär, en släkting, en förmedlings företrädare eller någon "
        "som den sökande har tagit med sig. Förbered tolken på tystnadsplikten och på vilka "
        "slags frågor du kommer att ställa, och fråga den sökande om hon eller han hellre talar "
        "med en man eller en kvinna.</p>",
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "WHO:s tio principer (2003)",
            "text": "<p>WHO formulerade tio etiska och säkerhetsmässiga principer för intervjuer "
            "med kvinnor som utsatts för människohandel; de skrevs för forskare, journalister "
            "och stödgivare, och den här kursen lånar dem till varje konsulärt samtal med en "
            "möjlig utsatt: <strong>gör ingen skada</strong>; <strong>känn ämnet och bedöm "
            "riskerna</strong>; <strong>ha information om stöd redo — lova inget du inte kan "
            "hålla</strong>; <strong>välj och förbered tolkar och medarbetare</strong>; "
            "<strong>värna anonymitet och sekretess</strong>; <strong>inhämta informerat "
            "samtycke</strong>; <strong>lyssna på och respektera personens egen bedömning av "
            "sin situation och av riskerna för sin säkerhet</strong>; <strong>traumatisera inte "
            "på nytt</strong>; <strong>var beredd att ingripa i en nödsituation</strong>; och "
            "<strong>använd uppgifterna väl</strong>.</p>",
        },
    ),
    (
        "text",
        "<h2>Vad principerna betyder vid luckan</h2><p><em>Gör ingen skada</em> kommer först: "
        "utgå från att risken för skada är stor tills du vet något annat, och håll inte ett "
        "samtal som kan göra den sökandes situation värre — till exempel ett som medresenären "
        "kommer att få höra om. <em>Informerat samtycke</em> betyder att du berättar vad samtalet "
        "är till för, att den sökande inte behöver svara och vad du gör med det som sägs. Att "
        "<em>respektera personens bedömning</em> betyder att du tror på henne eller honom när hon "
        "eller han säger att ett steg skulle utsätta henne, honom eller familjen för fara, och "
        "att ni planerar tillsammans. Att vara beredd att <em>ingripa i en nödsituation</em> "
        "betyder att du i förväg vet vem du ringer om någon är i akut fara på beskickningen.</p>"
        "<p>Ofta har du bara några minuter. De räcker för att ge personen en möjlighet att "
        "berätta, skriftlig information att behålla och en känsla av att någon såg. Att hon "
        "eller han berättar kan komma senare, för någon annan.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Dela på dem av ett rutinskäl, i ett rum där ingen kan höra",
                "Ställ öppna frågor; fråga aldrig om personen är ett offer",
                "Använd beskickningens egen tolk, förberedd på tystnadsplikten",
                "Gör ingen skada, inhämta informerat samtycke och respektera personens bedömning",
            ],
        },
    ),
]
PRIVATE_CONVERSATION_SOURCES = [WHO_INTERVIEWING, CBSS_HANDBOOK]


# Module 4, lesson 1: deciding lawfully ------------------------------------------------------------

DECIDING_LAWFULLY = [
    (
        "text",
        "<h2>Two kinds of decision</h2><p>A <strong>visa</strong> is for a short stay — no "
        "more than 90 days in any 180 — and a Schengen visa is decided under the EU Visa Code, "
        "Regulation (EC) No 810/2009; in Sweden, the Aliens Act (2005:716) and its ordinance "
        "say who decides. [CHECK] A <strong>residence permit</strong> — for an au pair, a "
        "seasonal worker, a spouse — is decided by the Swedish Migration Agency under the "
        "Aliens Act, even when the mission takes the application, the fingerprints and the "
        "interview. Know which decision is in front of you and whose it is.</p>"
        "<h2>Refusing a visa is bound by grounds</h2><p>Article 32 of the Visa Code lists "
        "when a visa is refused: among others, a false or forged travel document; no "
        "justification of the purpose and conditions of the stay; insufficient means; an "
        "alert in the Schengen Information System; or reasonable doubts about the authenticity "
        "of the supporting documents, the reliability of the applicant's statements or their "
        "intention to leave before the visa expires. The refusal and its reasons are notified "
        "on a standard form, and the applicant has a right of appeal (article 32(3)); in "
        "<em>El Hassani</em> (2017) the Court of Justice was asked whether that appeal must at "
        "some stage reach a court. [CHECK: the judgment's answer]</p><p>“I suspect trafficking” is not on that list. The grounds may "
        "still apply — a scripted account may leave real doubts about the purpose of the stay "
        "— but then the refusal rests on them, and it is written as such.</p>"
        "<h2>A refusal is not protection</h2><p>A refusal does not remove the recruiter, the "
        "debt or the threat to the family. It sends the person back to the people who arranged "
        "the journey, who may try another route, another country or forged papers — and the "
        "person leaves without knowing their rights. Whatever is decided, the person should "
        "leave the mission with information on rights and on where help can be reached, and "
        "your observations should reach the focal point.</p>"
        "<h2>When the law leaves room to protect</h2><p>Article 25 of the Visa Code lets a "
        "member state issue a visa with limited territorial validity on humanitarian grounds, "
        "for reasons of national interest or because of international obligations. Whether that "
        "fits a case is for the decision-maker and the focal point, never a promise at the "
        "window. [CHECK] And remember non-punishment: an earlier overstay or a false statement "
        "dictated by a recruiter may be part of the exploitation, not only a ground for "
        "refusal.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "A visa is decided under the Visa Code; a residence permit by the Migration Agency",
                "A refusal rests on the Code's grounds, with reasons and a right of appeal",
                "Suspicion of trafficking is not itself a ground; a refusal is not protection",
                "Whatever is decided, the person leaves with information on rights and help",
            ],
        },
    ),
]

DECIDING_LAWFULLY_SV = [
    (
        "text",
        "<h2>Två slags beslut</h2><p>En <strong>visering</strong> gäller en kort vistelse — "
        "högst 90 dagar under en period av 180 — och en Schengenvisering prövas enligt EU:s "
        "viseringskodex, förordning (EG) nr 810/2009; i Sverige anger utlänningslagen "
        "(2005:716) och utlänningsförordningen vem som beslutar. [CHECK] Ett "
        "<strong>uppehållstillstånd</strong> — för en au pair, en säsongsarbetare, en make eller "
        "maka — beslutas av Migrationsverket enligt utlänningslagen, även när beskickningen tar "
        "emot ansökan, fingeravtrycken och håller intervjun. Var klar över vilket beslut du har "
        "framför dig och vems det är.</p>"
        "<h2>Ett avslag på en viseringsansökan kräver skäl</h2><p>Artikel 32 i "
        "viseringskodexen anger när en visering ska vägras: bland annat en falsk eller "
        "förfalskad resehandling, att syftet med och villkoren för vistelsen inte styrkts, "
        "otillräckliga medel, en registrering i Schengens informationssystem, eller rimliga "
        "tvivel om de styrkande handlingarnas äkthet, om tillförlitligheten i den sökandes "
        "uppgifter eller om avsikten att lämna medlemsstaternas territorium innan viseringen "
        "löper ut. Avslaget och skälen meddelas på ett standardformulär, och den sökande har "
        "rätt att överklaga (artikel 32.3); i <em>El Hassani</em> (2017) fick EU-domstolen "
        "frågan om överklagandet i något skede måste kunna prövas av domstol. [CHECK: vad "
        "domstolen svarade]</p>"
        "<p>”Jag misstänker människohandel” finns inte i den uppräkningen. Skälen kan ändå vara "
        "uppfyllda — en inövad berättelse kan ge verkliga tvivel om syftet med resan — men då "
        "vilar avslaget på dem och skrivs så.</p>"
        "<h2>Ett avslag är inget skydd</h2><p>Ett avslag tar inte bort rekryteraren, skulden "
        "eller hotet mot familjen. Det skickar tillbaka personen till dem som ordnade resan, som "
        "kan försöka en annan väg, ett annat land eller förfalskade handlingar — och personen "
        "går därifrån utan att känna till sina rättigheter. Vad som än beslutas bör personen "
        "lämna beskickningen med information om rättigheter och om var hjälp finns, och dina "
        "iakttagelser bör nå kontaktpersonen.</p>"
        "<h2>När lagen ger utrymme att skydda</h2><p>Enligt artikel 25 i viseringskodexen får "
        "en medlemsstat utfärda en visering med begränsad territoriell giltighet av humanitära "
        "skäl, av hänsyn till nationellt intresse eller på grund av internationella "
        "förpliktelser. Om det passar i ett ärende avgör beslutsfattaren och kontaktpersonen; "
        "det är aldrig ett löfte vid luckan. [CHECK] Tänk också på principen om "
        "icke-bestraffning: en tidigare överskriden vistelse eller en oriktig uppgift som en "
        "rekryterare dikterat kan vara en del av exploateringen, inte bara ett skäl för "
        "avslag.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Visering prövas enligt viseringskodexen; uppehållstillstånd av Migrationsverket",
                "Ett avslag vilar på kodexens skäl, med motivering och rätt att överklaga",
                "Misstanke om människohandel är inget skäl i sig; ett avslag är inget skydd",
                "Vad som än beslutas får personen information om rättigheter och hjälp",
            ],
        },
    ),
]
DECIDING_LAWFULLY_CHECKS = (
    [
        "Which provisions of the Aliens Act (2005:716) and the Aliens Ordinance give "
        "Swedish missions their powers to decide visas",
        "Whether and how Sweden uses the Visa Code's article 25 for a possible victim of "
        "trafficking",
        "What the Court of Justice held in El Hassani (C-403/16), after the Advocate General's "
        "opinion of 7 September 2017, on a court's review of a visa refusal",
    ],
    [
        "Vilka bestämmelser i utlänningslagen (2005:716) och utlänningsförordningen som "
        "ger svenska beskickningar befogenhet att besluta om visering",
        "Om och hur Sverige använder viseringskodexens artikel 25 för ett möjligt offer för "
        "människohandel",
        "Vad EU-domstolen kom fram till i El Hassani (C-403/16), efter generaladvokatens förslag "
        "den 7 september 2017, om domstolsprövning av ett avslag på en viseringsansökan",
    ],
)
DECIDING_LAWFULLY_SOURCES = [
    VISA_CODE_REFUSAL,
    CJEU_EL_HASSANI,
    MIGRATION_AGENCY_SPOUSE,
    MIGRATION_AGENCY_AU_PAIR_EMPLOYERS,
]


# Module 4, lesson 2: recording and secrecy -----------------------------------------------------

RECORDING = [
    (
        "text",
        "<h2>Write what you saw, not what you concluded</h2><p>Your note may be read by the "
        "focal point, the Migration Agency, the police and perhaps, one day, a court. It helps "
        "them only if it separates what you observed from what you think. Write “the companion "
        "held her passport and answered three questions addressed to her”, not “she is "
        "controlled”. Write what the person said in their own words, with the language and "
        "interpreter used, and note what you told them and what written information they "
        "took.</p>"
        "<h2>Tell the person what happens to what they say</h2><p>Informed consent is one of "
        "WHO's principles: before the person says much, tell them what you are required to "
        "record, who will read it, and what you would like to pass on. Agree with them what "
        "goes to the focal point. If they ask you not to pass something on, note that they "
        "asked, and talk to the focal point about what you may and may not do.</p>"
        "<h2>Secrecy protects the person — and can be broken by carelessness</h2><p>Swedish "
        "law protects information in matters concerning foreigners when disclosure could expose "
        "someone to abuse or other serious harm; the Supreme Administrative Court confirmed in "
        "2007 that this protection applies in the migration courts too. The rules today are in "
        "the Public Access to Information and Secrecy Act (2009:400). [CHECK] Secrecy only "
        "protects if everyone handles the file with care:</p><ul>"
        "<li>Keep notes about a possible victim in the case file or the channel your mission "
        "uses, not in e-mails to the sponsor, the agency or the employer.</li>"
        "<li>Never check a possible victim's story with their employer, agency, sponsor or "
        "family.</li>"
        "<li>Think twice before asking authorities in the home country: in 1999 the Chancellor "
        "of Justice examined a complaint that Swedish missions verified asylum seekers' identity "
        "documents with their home authorities, at a possible risk to their safety, and sent "
        "his statements to the Ministry for Foreign Affairs.</li></ul>"
        "<p>The aim is the last of WHO's principles: put the information to good use. A clear, "
        "factual note that reaches the right person is worth more than a long one that reaches "
        "the wrong one.</p>",
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "An example note",
            "text": "<p>“Applicant (au pair, residence permit) came with a man who said he was "
            "her cousin. He held her passport until she reached the window and answered when I "
            "asked where she would live. Alone, with the mission's interpreter (language: "
            "Russian), she said: ‘The agency paid my ticket; I pay it back from my wages.’ She "
            "did not know the host family's name or town. I gave her the mission's leaflet on "
            "rights and help in Sweden, in Russian. She agreed that I pass this note to the focal "
            "point and asked that her family not be contacted.”</p><p>No conclusion, no label: "
            "what was seen, what was said, what was given, what was agreed.</p>",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Record observations and the person's own words, not conclusions",
                "Tell the person what you record and agree what is passed on",
                "Never verify a story with the employer, agency, sponsor or family",
                "Secrecy protects the person only if the file is handled with care",
            ],
        },
    ),
]

RECORDING_SV = [
    (
        "text",
        "<h2>Skriv vad du såg, inte vad du drog för slutsats</h2><p>Din anteckning kan läsas av "
        "kontaktpersonen, Migrationsverket, polisen och kanske en dag av en domstol. Den hjälper "
        "dem bara om den skiljer det du iakttog från det du tror. Skriv ”medresenären höll i "
        "hennes pass och besvarade tre frågor som ställdes till henne”, inte ”hon är "
        "kontrollerad”. Skriv vad personen sa med egna ord, vilket språk och vilken tolk som "
        "användes, och anteckna vad du berättade och vilken skriftlig information personen "
        "fick med sig.</p>"
        "<h2>Berätta vad som händer med det personen säger</h2><p>Informerat samtycke är en av "
        "WHO:s principer: innan personen har sagt särskilt mycket berättar du vad du är skyldig "
        "att dokumentera, vem som kommer att läsa det och vad du vill föra vidare. Kom överens "
        "med personen om vad som går till kontaktpersonen. Om hon eller han ber dig att inte "
        "föra något vidare, anteckna att personen bad om det och tala med kontaktpersonen om vad "
        "du får och inte får göra.</p>"
        "<h2>Sekretessen skyddar personen — och kan brytas av slarv</h2><p>Svensk lag skyddar "
        "uppgifter i ärenden som rör utlänningar när ett röjande kan utsätta någon för övergrepp "
        "eller annat allvarligt men; Regeringsrätten bekräftade 2007 att skyddet gäller även i "
        "migrationsdomstolarna. Reglerna finns i dag i offentlighets- och sekretesslagen "
        "(2009:400). [CHECK] Sekretessen skyddar bara om alla hanterar ärendet varsamt:</p><ul>"
        "<li>Håll anteckningar om en möjlig utsatt i akten eller i den kanal som beskickningen "
        "använder, inte i mejl till anknytningspersonen, förmedlingen eller arbetsgivaren.</li>"
        "<li>Kontrollera aldrig en möjlig utsatts berättelse med arbetsgivaren, förmedlingen, "
        "anknytningspersonen eller familjen.</li>"
        "<li>Tänk efter innan du frågar myndigheter i hemlandet: 1999 prövade Justitiekanslern "
        "ett klagomål över att svenska beskickningar kontrollerade asylsökandes "
        "identitetshandlingar hos myndigheterna i hemlandet, med en möjlig risk för deras "
        "säkerhet, och överlämnade sina uttalanden till Utrikesdepartementet.</li></ul>"
        "<p>Målet är WHO:s sista princip: använd uppgifterna väl. En tydlig och saklig "
        "anteckning som når rätt person är mer värd än en lång som når fel.</p>",
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "En exempelanteckning",
            "text": "<p>”Sökande (au pair, uppehållstillstånd) kom med en man som sa att han var "
            "hennes kusin. Han höll i hennes pass ända fram till luckan och svarade när jag "
            "frågade var hon skulle bo. Enskilt, med beskickningens tolk (språk: ryska), sa "
            "hon: ’Förmedlingen betalade min biljett; jag betalar tillbaka med lönen.’ Hon "
            "kände inte till värdfamiljens namn eller ort. Jag gav henne beskickningens folder "
            "om rättigheter och hjälp i Sverige, på ryska. Hon gick med på att jag för "
            "anteckningen vidare till kontaktpersonen och bad att familjen inte kontaktas.”</p>"
            "<p>Ingen slutsats, ingen etikett: vad som sågs, vad som sades, vad som gavs, vad "
            "ni kom överens om.</p>",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Dokumentera iakttagelser och personens egna ord, inte slutsatser",
                "Berätta vad du dokumenterar och kom överens om vad som förs vidare",
                "Kontrollera aldrig en berättelse med arbetsgivare, förmedling, anknytningsperson eller "
                "familj",
                "Sekretessen skyddar bara om ärendet hanteras varsamt",
            ],
        },
    ),
]
RECORDING_CHECKS = (
    [
        "Which provisions of the Public Access to Information and Secrecy Act (2009:400) protect "
        "information about a possible victim in a visa or permit matter at a mission (the "
        "secrecy protecting foreigners, formerly ch. 7 s. 14 of the Secrecy Act 1980:100)",
    ],
    [
        "Vilka bestämmelser i offentlighets- och sekretesslagen (2009:400) som skyddar uppgifter "
        "om en möjlig utsatt i ett viserings- eller tillståndsärende på en beskickning "
        "(sekretessen till skydd för utlänningar, tidigare 7 kap. 14 § sekretesslagen "
        "1980:100)",
    ],
)
RECORDING_SOURCES = [WHO_INTERVIEWING, RA_2007_17, JK_1999]


# Module 5, lesson 2 (deepened): referral from abroad ----------------------------------------------

FROM_ABROAD = (
    "text",
    "<h2>Referral from a mission abroad</h2><p>From a mission, the chain usually runs:</p><ol>"
    "<li><strong>Your focal point</strong> for trafficking, who knows the mission's "
    "procedure and decides, with you, what is passed on and to whom.</li>"
    "<li><strong>The Ministry for Foreign Affairs</strong> in Stockholm, which the focal point "
    "consults and which connects the mission with Swedish authorities — the Migration Agency, "
    "which decides permits, and the police.</li>"
    "<li><strong>The mechanism of the country you serve in</strong>: many countries have their "
    "own national referral mechanism or a coordinator for victims; the CBSS handbook lists "
    "contact points for its member states. [CHECK: the mechanism where you serve]</li>"
    "<li><strong>IOM and specialised NGOs</strong>, which in many countries assist victims "
    "with shelter, counselling and safe return; the handbook itself was written with the IOM "
    "mission in Moldova.</li></ol>"
    "<p>Which link you use depends on where the person will be: still in the country, on the "
    "way, or already in Sweden. Agree each step with the person, as WHO's principles ask, and "
    "never pass on a name without their consent unless someone is in immediate danger.</p>",
)
FROM_ABROAD_SV = (
    "text",
    "<h2>Vidareslussning från en beskickning utomlands</h2><p>Från en beskickning går kedjan "
    "oftast så här:</p><ol>"
    "<li><strong>Din kontaktperson</strong> för människohandel, som känner beskickningens rutin "
    "och tillsammans med dig avgör vad som förs vidare och till vem.</li>"
    "<li><strong>Utrikesdepartementet</strong> i Stockholm, som kontaktpersonen rådgör med och "
    "som förmedlar kontakten med svenska myndigheter — Migrationsverket, som beslutar om "
    "tillstånd, och polisen.</li>"
    "<li><strong>Mekanismen i landet där du tjänstgör</strong>: många länder har en egen "
    "nationell hänvisningsmekanism eller en samordnare för offer; CBSS-handboken förtecknar "
    "kontaktpunkter i medlemsländerna. [CHECK: mekanismen där du tjänstgör]</li>"
    "<li><strong>IOM och specialiserade frivilligorganisationer</strong>, som i många länder "
    "ger offer skyddat boende, stödsamtal och hjälp att återvända tryggt; själva handboken "
    "skrevs tillsammans med IOM:s kontor i Moldavien.</li></ol>"
    "<p>Vilken länk du använder beror på var personen kommer att vara: kvar i landet, på väg "
    "eller redan i Sverige. Kom överens med personen om varje steg, som WHO:s principer "
    "begär, och för aldrig vidare ett namn utan samtycke, om inte någon är i akut fara.</p>",
)
FROM_ABROAD_CHECKS = (
    [
        "The national referral mechanism, or coordinator for victims, in each country where a "
        "Swedish mission takes applications",
    ],
    [
        "Den nationella hänvisningsmekanismen, eller samordnaren för offer, i varje land där en "
        "svensk beskickning tar emot ansökningar",
    ],
)
FROM_ABROAD_SOURCES = [CBSS_HANDBOOK_PAGE, WHO_INTERVIEWING]

INDICATORS_SOURCES = [SEED_KVINNOFORUM]
