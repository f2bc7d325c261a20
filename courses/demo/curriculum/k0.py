"""K0, "Human trafficking and exploitation: the essentials": the core course every audience
takes first (the readiness sets require it before any course of their own), so it stands alone
for consular staff, police, migration officers, prosecutors, judges, social services and
support staff alike; where a step differs by role, an audience variant says so.

Written from the seed documents, ../shared/CURRICULUM.md and the public pages each lesson cites
(the Swedish Gender Equality Agency's NSPM pages on the MMM, the reflection period and the
return programme; the Civil Society Platform's page on the National Support Programme; the WHO
recommendations of 2003). Statistics and telephone numbers stand only on dated lines with their
source; facts an expert must still confirm carry ``CHECK`` and are listed before the sources."""

from courses.demo.content import CONTENT_WARNING, CONTENT_WARNING_SV, lesson
from courses.demo.sources import (
    CBSS_HANDBOOK,
    COE_ARTICLE_26,
    COE_CONVENTION,
    ECTHR_VCL,
    EU_DIRECTIVE_2011,
    EU_DIRECTIVE_2024,
    HFD_2018_75,
    KVINNOFRIDSLINJEN,
    NSPM,
    OSCE_2013,
    PALERMO,
    PROP_2017_18_123,
    SEED_CBSS,
    SEED_EQUAL,
    SEED_KVINNOFORUM,
    SEED_PLATFORM,
    source,
)

# Sources read for this course (December 2026) ------------------------------------------------
READ = "web page, read December 2026"
READ_SV = "webbsida, läst december 2026"

MMM = source(
    "Manual vid misstanke om människohandel (MMM), Sweden's national referral mechanism: about "
    "the manual; step 2, immediate protection; step 4, long-term support",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM",
    "web pages, read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/om-manualen/",
    title_sv="Manual vid misstanke om människohandel (MMM), Sveriges nationella "
    "hänvisningsmekanism: om manualen; steg 2, akut skydd; steg 4, långsiktigt stöd",
    publisher_sv="Jämställdhetsmyndigheten, NSPM",
)
REFLECTION_PERIOD = source(
    "Betänketid för offer för människohandel (the reflection period for victims of trafficking)",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM",
    READ,
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/betanketid/",
    title_sv="Betänketid för offer för människohandel",
    publisher_sv="Jämställdhetsmyndigheten, NSPM",
)
RETURN_PROGRAMME = source(
    "Återvändandeprogrammet för personer utsatta i människohandel och prostitution (the return "
    "programme), and MMM step 6, a safe return",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM",
    "web pages, read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/atervandandeprogrammet/",
    title_sv="Återvändandeprogrammet för personer utsatta i människohandel och prostitution, och "
    "MMM steg 6, ett tryggt återvändande",
    publisher_sv="Jämställdhetsmyndigheten, NSPM",
)
SUPPORT_LINE = source(
    "Stödtelefon och nationellt metodstödsteam – NMT (the support line for professionals and "
    "the national method support team)",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten)",
    READ,
    "https://jamstalldhetsmyndigheten.se/mans-vald-mot-kvinnor/prostitution-och-manniskohandel/"
    "stodtelefon-och-nationellt-metodstodsteam-nmt/",
    title_sv="Stödtelefon och nationellt metodstödsteam – NMT",
    publisher_sv="Jämställdhetsmyndigheten",
)
FOR_PROFESSIONALS = source(
    "Stöd till yrkesverksamma (support for professionals: why exploited people rarely seek help)",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten)",
    READ,
    "https://jamstalldhetsmyndigheten.se/mans-vald-mot-kvinnor/prostitution-och-manniskohandel/"
    "stod-till-yrkesverksamma/",
    title_sv="Stöd till yrkesverksamma",
    publisher_sv="Jämställdhetsmyndigheten",
)
NSP_PAGE = source(
    "Nationellt stödprogram (the National Support Programme)",
    "Plattformen Civila Sverige mot människohandel (Civil Society Platform against trafficking)",
    READ,
    "https://manniskohandel.se/var-verksamhet/nationellt-stodprogram/",
    title_sv="Nationellt stödprogram",
    publisher_sv="Plattformen Civila Sverige mot människohandel",
)
BSR_TRM = source(
    "Baltic Sea Region Transnational Referral Mechanism: Sweden (identification and initial "
    "referral; temporary residence permits)",
    "Council of the Baltic Sea States (CBSS)",
    "web pages, read December 2026",
    "https://bsr-trm.com/countries/sweden",
    publisher_sv="Östersjöstaternas råd (CBSS)",
)
WHO_2003 = source(
    "WHO ethical and safety recommendations for interviewing trafficked women (C. Zimmerman and "
    "C. Watts)",
    "World Health Organization, London School of Hygiene & Tropical Medicine and the Daphne "
    "Programme of the European Commission",
    "2003",
    "https://documentation.lastradainternational.org/doc-center/1120/who-ethical-and-safety-"
    "recommendations-for-interviewing-trafficked-women",
    publisher_sv="Världshälsoorganisationen (WHO), London School of Hygiene & Tropical Medicine "
    "och Europeiska kommissionens Daphneprogram",
)

# Module 1, lesson 1: the definition ----------------------------------------------------------

DEFINITION = [
    (
        "text",
        "<h2>Three elements, one purpose</h2>"
        "<p>Whatever your role, you will use the same definition. Trafficking in human beings is "
        "an <strong>act</strong> (recruiting, transporting, transferring, harbouring or receiving "
        "a person), done by a <strong>means</strong> (threats, force or other coercion, "
        "abduction, fraud, deception, abuse of power or of a position of vulnerability, or "
        "payments to someone who controls the person), for a <strong>purpose</strong>: "
        "exploitation. Exploitation includes at least the prostitution of others or other "
        "sexual exploitation, forced labour or services, slavery or practices similar to it, "
        "servitude and the removal of organs. The definition comes from article 3 of the UN "
        "Palermo Protocol (2000); the Council of Europe Convention (2005) and Directive "
        "2011/36/EU use it too.</p>"
        "<p>The purpose is enough: the exploitation does not have to have begun. A person "
        "recruited with a false job offer, who is still at home or on the way, can already be "
        "a victim of trafficking. That is why a visa window, a border check or an asylum "
        "interview can be the moment to notice it.</p>"
        "<h2>Consent does not end the question</h2>"
        "<p>Once one of the means has been used, the person's consent to the intended "
        "exploitation does not count. “He signed the contract”, “she knew it was sex work”, "
        "“they agreed to the debt” are things you will hear; none of them settles whether the "
        "person was deceived about the conditions, or whether someone abused their "
        "vulnerability — poverty, a debt, an insecure residence status, a family that depends "
        "on the money.</p>"
        "<h2>Children: no means is needed</h2>"
        "<p>For a child — anyone under 18 — the act and the purpose are enough: recruiting, "
        "moving, harbouring or receiving a child for exploitation is trafficking even if no "
        "threat, force or deception was used (Palermo Protocol, article 3(c)). A child's "
        "“yes” changes nothing. When a person's age is uncertain and there are reasons to "
        "believe they are a child, EU law says they are to be presumed a child so that they get "
        "assistance and protection at once (Directive 2011/36/EU, article 13(2)). "
        "[CHECK]</p>"
        "<h2>In Swedish law</h2>"
        "<p>Trafficking is a crime under chapter 4, section 1a of the Swedish Penal Code "
        "(<em>människohandel</em>); as in the Protocol, no improper means has to be shown when "
        "the victim is under 18. Since 2018, section 1b makes <em>human exploitation</em> "
        "(<em>människoexploatering</em>) a crime as well: exploiting a person in forced labour, "
        "in work on manifestly unreasonable terms, or in begging, whether or not there was a "
        "trafficking act before it. [CHECK]</p>"
        "<p>The EU widened the list of purposes in 2024: Directive (EU) 2024/1712 adds forced "
        "marriage, illegal adoption and the exploitation of surrogacy. Member states have two "
        "years to bring it into national law. [CHECK: how and when Sweden does so]</p>"
        "<h2>What this means at your desk</h2>"
        "<p>You do not have to prove the crime; that is the work of the police, the prosecutor "
        "and the court. You need to recognise when the three elements <em>may</em> be there, "
        "and to know that an adult's consent or a child's willingness is not a reason to stop "
        "looking. Example: a 17-year-old says he came freely to sell flowers for a “friend of the "
        "family” who keeps the money. He consents — and he is a child being harboured for "
        "someone else's gain. That is enough to act on.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Trafficking is an act, a means and a purpose; the exploitation need not have begun",
                "An adult's consent does not count once threats, deception or abuse of vulnerability were used",
                "For anyone under 18 no means is needed; when age is uncertain, presume a child",
                "In Sweden: trafficking (Penal Code 4:1a) and human exploitation (4:1b)",
            ],
        },
    ),
]

DEFINITION_SV = [
    (
        "text",
        "<h2>Tre delar och ett syfte</h2>"
        "<p>Oavsett yrkesroll utgår du från samma definition. Människohandel är en "
        "<strong>handling</strong> (att rekrytera, transportera, överföra, inhysa eller ta emot "
        "en person) som sker med ett <strong>medel</strong> (hot, våld eller annat tvång, "
        "bortförande, bedrägeri, vilseledande, missbruk av makt eller av någons utsatta "
        "belägenhet, eller betalning till den som har kontroll över personen) i ett "
        "<strong>syfte</strong>: exploatering. Med exploatering avses åtminstone att utnyttja "
        "andras prostitution eller andra former av sexuell exploatering, tvångsarbete eller "
        "tvångstjänster, slaveri eller slaveriliknande förhållanden, träldom och avlägsnande av "
        "organ. Definitionen kommer från artikel 3 i FN:s Palermoprotokoll (2000); Europarådets "
        "konvention (2005) och direktiv 2011/36/EU bygger på den.</p>"
        "<p>Det räcker med syftet: exploateringen behöver inte ha börjat. Den som har "
        "rekryterats med ett falskt arbetserbjudande och fortfarande är hemma eller på väg kan "
        "redan vara utsatt för människohandel. Därför kan viseringsluckan, gränskontrollen eller "
        "asylutredningen vara det tillfälle då någon ser det.</p>"
        "<h2>Samtycke avgör inte saken</h2>"
        "<p>Har något av medlen använts saknar personens samtycke till exploateringen betydelse. "
        "”Han skrev på kontraktet”, ”hon visste att det gällde sex”, ”de gick med på skulden” — "
        "sådant kommer du att höra. Inget av det besvarar frågan om personen vilseleddes om "
        "villkoren eller om någon utnyttjade hennes eller hans utsatthet: fattigdom, en skuld, "
        "en osäker uppehållsrätt, en familj som är beroende av pengarna.</p>"
        "<h2>Barn: inget medel krävs</h2>"
        "<p>När det gäller barn — alla under 18 år — räcker handlingen och syftet. Att "
        "rekrytera, förflytta, inhysa eller ta emot ett barn för att exploatera det är "
        "människohandel även om inga hot, inget våld och inget vilseledande förekom "
        "(Palermoprotokollet, artikel 3 c). Barnets ”ja” ändrar ingenting. Är åldern osäker och "
        "finns det skäl att tro att personen är ett barn ska hon eller han enligt EU-rätten "
        "antas vara barn, så att stöd och skydd kan ges direkt (direktiv 2011/36/EU, artikel "
        "13.2). [CHECK]</p>"
        "<h2>I svensk rätt</h2>"
        "<p>Människohandel är straffbart enligt 4 kap. 1 a § brottsbalken. Liksom i protokollet "
        "behöver inget otillbörligt medel visas när offret är under 18 år. Sedan 2018 är även "
        "<em>människoexploatering</em> ett brott enligt 4 kap. 1 b §: att utnyttja någon i "
        "tvångsarbete, i arbete under uppenbart orimliga villkor eller i tiggeri, oavsett om "
        "det har föregåtts av en människohandelshandling. [CHECK]</p>"
        "<p>EU vidgade listan över ändamål 2024. Direktiv (EU) 2024/1712 lägger till "
        "tvångsäktenskap, olaglig adoption och exploatering av surrogatmoderskap, och "
        "medlemsstaterna har två år på sig att genomföra ändringarna. [CHECK: hur och när "
        "Sverige gör det]</p>"
        "<h2>Vad det betyder i ditt arbete</h2>"
        "<p>Du behöver inte bevisa brottet — det gör polis, åklagare och domstol. Du behöver "
        "känna igen när de tre delarna <em>kan</em> finnas där, och veta att en vuxens samtycke "
        "eller ett barns villighet inte är skäl att sluta titta. Ett exempel: en 17-årig pojke "
        "säger att han frivilligt har kommit hit för att sälja blommor åt en ”vän till "
        "familjen” som tar hand om pengarna. Han samtycker — och han är ett barn som inhyses för "
        "att någon annan ska tjäna pengar. Det räcker för att du ska agera.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Människohandel är en handling, ett medel och ett syfte; exploateringen behöver inte ha börjat",
                "En vuxens samtycke saknar betydelse när hot, vilseledande eller utnyttjad utsatthet använts",
                "För den som är under 18 år krävs inget medel; är åldern osäker, anta att det är ett barn",
                "I Sverige: människohandel (4 kap. 1 a § BrB) och människoexploatering (4 kap. 1 b §)",
            ],
        },
    ),
]

DEFINITION_CHECKS = (
    [
        "Swedish Penal Code ch. 4 s. 1a (no means needed for victims under 18) and s. 1b (human "
        "exploitation, since 2018, also without a prior trafficking act)",
        "Directive 2011/36/EU art. 13(2): presumption of childhood when age is uncertain",
        "Whether and when Sweden has transposed Directive (EU) 2024/1712",
    ],
    [
        "4 kap. 1 a § brottsbalken (inget medel krävs när offret är under 18 år) och 1 b § "
        "(människoexploatering, sedan 2018, även utan föregående människohandelshandling)",
        "Direktiv 2011/36/EU art. 13.2: presumtion om att personen är barn när åldern är osäker",
        "Om och när Sverige har genomfört direktiv (EU) 2024/1712",
    ],
)
DEFINITION_SOURCES = [
    PALERMO,
    COE_CONVENTION,
    EU_DIRECTIVE_2011,
    EU_DIRECTIVE_2024,
    PROP_2017_18_123,
]

# Module 1, lesson 2: smuggling, trafficking and exploitation ---------------------------------
# An indicator is a reason to look closer, never proof (CURRICULUM.md defect 8).

BORDERS = [
    (
        "text",
        "<h2>Smuggling is a crime against a border</h2>"
        "<p>Migrant smuggling means helping a person across a border unlawfully, usually for "
        "payment. The person has agreed to the journey, and the smuggler's part "
        "typically ends on arrival. Trafficking is a crime against a person: it is about "
        "exploitation, it needs no border at all, and the person may have entered legally — "
        "with a visa, a work permit, a residence permit as an au pair, or as an EU citizen. "
        "Around 2011 the Council of the Baltic Sea States' task force already reported more "
        "trafficking <em>within</em> one country.</p>"
        "<p>The two can meet. A person who was smuggled and arrives owing the smugglers money, "
        "or is handed on to an “employer” who takes the wages to pay off the journey, can become "
        "a victim of trafficking. The question that reveals it is not “how did you cross?” but "
        "“what happened after you arrived — and can you leave?”</p>"
        "<h2>Exploitation without a trafficking act</h2>"
        "<p>Not every case of severe exploitation is trafficking. In Swedish law, exploiting a "
        "person in forced labour, in work on manifestly unreasonable terms or in begging can be "
        "<em>human exploitation</em> (Penal Code chapter 4, section 1b) even when nobody "
        "recruited or moved the person for that purpose. [CHECK] For you the label matters less "
        "than the signs: the same person needs the same safe first response, and the police and "
        "the prosecutor decide which offence to investigate.</p>"
        "<h2>An indicator is not proof</h2>"
        "<p>Indicators are signs that make trafficking more likely: someone else holds the "
        "person's passport; a debt for the journey or the job grows instead of shrinking; the "
        "person does not know the address of the workplace; someone else answers for them; "
        "they live where they work; they are not free to come and go. Each of these also occurs "
        "in ordinary life. Repaying a travel fee from wages is common in honest labour "
        "migration. A companion may be a worried relative.</p>"
        "<p>So look for <strong>combinations</strong>, write down what you observed rather than "
        "what you concluded (“the employer answered every question and held her passport”, not "
        "“she is trafficked”), and let several indicators together lead to the next step: a safe "
        "conversation with the person alone and a consultation through the channel your role "
        "uses.</p>"
        "<h2>Example</h2>"
        "<p>A young man tells a migration officer that he paid a smuggler to reach the Schengen "
        "area, and that a “cousin” found him work on a building site. He has not been paid for "
        "three months because he “still owes for the trip”, and he sleeps in a container on the "
        "site. The crossing was smuggling; what followed shows several indicators of labour "
        "exploitation together — a debt used for control, no pay, housing tied to the work. It "
        "is a reason for a careful private conversation, not a conclusion.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Smuggling is about a border and ends on arrival; trafficking is about exploitation and needs no border",
                "A smuggled person can become a victim of trafficking; legal entry does not rule it out",
                "An indicator is a reason to look closer: look for combinations and record observations, not conclusions",
            ],
        },
    ),
]

BORDERS_SV = [
    (
        "text",
        "<h2>Smuggling är ett brott mot en gräns</h2>"
        "<p>Människosmuggling innebär att hjälpa någon att olagligt ta sig över en gräns, "
        "oftast mot betalning. Personen har gått med på resan, och smugglarens roll "
        "brukar vara slut vid ankomsten. Människohandel är ett brott mot en människa: det "
        "handlar om exploatering, det kräver ingen gräns alls, och personen kan ha rest in "
        "lagligt — med visering, arbetstillstånd, uppehållstillstånd som au pair eller som "
        "EU-medborgare. Redan omkring 2011 rapporterade Östersjöstaternas råds aktionsgrupp mer "
        "människohandel <em>inom</em> ett och samma land.</p>"
        "<p>De två kan mötas. Den som har smugglats och kommer fram med en skuld till "
        "smugglarna, eller lämnas över till en ”arbetsgivare” som tar lönen som avbetalning på "
        "resan, kan bli offer för människohandel. Frågan som avslöjar det är inte ”hur kom du "
        "över gränsen?” utan ”vad hände när du hade kommit fram — och kan du gå därifrån?”</p>"
        "<h2>Exploatering utan människohandelshandling</h2>"
        "<p>All grov exploatering är inte människohandel. Enligt svensk rätt kan den som "
        "utnyttjar någon i tvångsarbete, i arbete under uppenbart orimliga villkor eller i "
        "tiggeri dömas för <em>människoexploatering</em> (4 kap. 1 b § brottsbalken) även om "
        "ingen rekryterade eller förflyttade personen i det syftet. [CHECK] För dig spelar "
        "rubriceringen mindre roll än tecknen: personen behöver samma trygga första bemötande, "
        "och det är polis och åklagare som avgör vilket brott som ska utredas.</p>"
        "<h2>En indikator är inget bevis</h2>"
        "<p>Indikatorer är tecken som gör människohandel mer sannolik: någon annan har "
        "personens pass, en skuld för resan eller jobbet växer i stället för att minska, "
        "personen vet inte adressen till arbetsplatsen, någon annan svarar i personens ställe, "
        "personen bor där hon eller han arbetar och kan inte röra sig fritt. Vart och ett av "
        "tecknen förekommer också i vanliga liv. Att betala av en reseavgift med lönen är "
        "vanligt även vid hederlig arbetskraftsmigration, och en medresenär kan vara en orolig "
        "anhörig.</p>"
        "<p>Leta därför efter <strong>kombinationer</strong>. Skriv ner vad du iakttog, inte "
        "vilken slutsats du drog (”arbetsgivaren svarade på alla frågor och hade hennes pass”, "
        "inte ”hon är utsatt för människohandel”), och låt flera indikatorer tillsammans leda "
        "till nästa steg: ett tryggt samtal med personen ensam och en konsultation i den kanal "
        "som gäller för din yrkesroll.</p>"
        "<h2>Exempel</h2>"
        "<p>En ung man berättar för en handläggare på Migrationsverket att han betalade en "
        "smugglare för att ta sig in i Schengenområdet och att en ”kusin” ordnade arbete på ett "
        "bygge. Han har inte fått lön på tre månader eftersom han ”fortfarande är skyldig för "
        "resan”, och han sover i en container på bygget. Resan var smuggling; det som följde "
        "visar flera indikatorer på arbetskraftsexploatering samtidigt — en skuld som används "
        "för kontroll, ingen lön, ett boende som hänger ihop med arbetet. Det är skäl till ett "
        "varsamt enskilt samtal, ingen slutsats.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Smuggling gäller en gräns och slutar vid ankomsten; människohandel gäller exploatering och kräver ingen gräns",
                "Den som smugglats kan bli offer för människohandel; laglig inresa utesluter det inte",
                "En indikator är ett skäl att se närmare: leta efter kombinationer och skriv ner iakttagelser, inte slutsatser",
            ],
        },
    ),
]

BORDERS_CHECKS = (
    [
        "Penal Code ch. 4 s. 1b: human exploitation can be punished without a prior trafficking "
        "act (recruitment, transport) for the purpose"
    ],
    [
        "4 kap. 1 b § brottsbalken: människoexploatering kan bestraffas utan en föregående "
        "människohandelshandling (rekrytering, transport) i det syftet"
    ],
)
BORDERS_SOURCES = [PALERMO, PROP_2017_18_123, SEED_CBSS, CBSS_HANDBOOK]

# Module 2: forms and trends ------------------------------------------------------------------
# Every trend and figure carries its year and its source: the seeds are from 2005–2017, and an
# old estimate taught as current was a defect of the first demo (CURRICULUM.md, defect 1).

FORMS = [
    (
        "text",
        "<h2>Many purposes, one pattern</h2>"
        "<p>Trafficking concerns women, girls, boys and men. Kvinnoforum, working against it "
        "since the mid-1990s, and the EQUAL partnership of 2005–2008 describe it as rooted in poverty and in a lack of equality between women and men. The "
        "pattern they describe is familiar: a recruiter promises ordinary "
        "work — as an au pair, a waitress, a cleaner, a seasonal worker — and the person ends "
        "up in slave-like conditions, with someone else controlling their life.</p>"
        "<p>The purpose of the exploitation varies:</p><ul>"
        "<li><strong>Sexual exploitation</strong>, in prostitution and in other forms, also "
        "through contacts made online.</li>"
        "<li><strong>Forced labour and services</strong>: building sites, farms and forests, "
        "restaurants, cleaning, car washes, domestic work in private homes.</li>"
        "<li><strong>Forced begging</strong>. Begging itself is not a crime under Swedish "
        "national law; since a ruling of the Supreme Administrative Court in 2018 (HFD 2018 "
        "ref. 75) a municipality may ban it in defined places through local public order "
        "regulations. Exploiting a person in begging is a crime. [CHECK]</li>"
        "<li><strong>Forced criminality</strong>: shoplifting, pickpocketing, cannabis "
        "cultivation, fraud — the person is a suspect and may also be a victim.</li>"
        "<li><strong>Removal of organs.</strong></li>"
        "<li>Since Directive (EU) 2024/1712, also <strong>forced marriage, illegal adoption and "
        "the exploitation of surrogacy</strong>. [CHECK: transposition in Sweden]</li></ul>"
        "<p>One person can be exploited in several ways at once or in turn — working in a "
        "restaurant by day and sold for sex at night, or made to beg and to steal.</p>"
        "<h2>What has been reported, and when</h2>"
        "<p>Patterns change, so every description of them has a date and an author. Around "
        "2011 the Council of the Baltic Sea States' task force against trafficking described "
        "these trends in the region: more trafficking within one country; more labour "
        "exploitation and begging, and several forms combined; men and children identified as "
        "victims; more refined ways of treating and controlling victims; victims who refuse "
        "help because of stigma and how they see themselves; and former victims who go on to "
        "organise trafficking themselves.</p>"
        "<p>In its plan for 2017 the Swedish Civil Society Platform against trafficking singled "
        "out groups it saw as particularly exposed: Swedish girls with various vulnerabilities "
        "recruited over the internet; women from outside the EU exploited by their Swedish "
        "husbands; and unaccompanied children, especially those refused asylum who live "
        "undocumented and unprotected. It also pointed to the double exposure of women from "
        "third countries in the asylum and Dublin procedures.</p>"
        "<h2>How to read a figure</h2>"
        "<p>Before you repeat a number, ask four questions: which year, which form of "
        "exploitation, what kind of number (an estimate, reported crimes, identified victims, "
        "people who received support) and who produced it. Numbers of identified victims "
        "measure how much was found as much as how much happened. And never let a number "
        "decide whether the person in front of you can be a victim.</p>"
        "<h2>Example</h2>"
        "<p>A woman is stopped for shoplifting for the third time in a month. Each time she "
        "carried nothing of her own, and a man waited in a car outside. Whatever the value of "
        "the goods, the pattern — no gain for her, someone else waiting, repetition — is a "
        "reason to ask who decided what she did and who kept the goods.</p>",
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "A dated figure: early 2000s, sexual exploitation only",
            "text": "<p>In the early 2000s the then National Criminal Police "
            "(Rikskriminalpolisen) estimated that 400–600 women a year were trafficked to "
            "Sweden for <em>sexual</em> exploitation, with an unknown number of children "
            "(Kvinnoforum; the EQUAL partnership's application, 2005). It was an estimate of one "
            "form of exploitation, not a count, and it is not a current figure; "
            "Rikskriminalpolisen became part of the Swedish Police Authority in 2015. [CHECK: "
            "the year of the estimate]</p>",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Sexual exploitation, forced labour, forced begging, forced criminality, organ removal — and several at once",
                "Begging is not a crime in Swedish national law; exploiting someone in begging is",
                "A trend or a figure has a year, a form and an author: say which",
                "A person can be a suspect and a victim at the same time",
            ],
        },
    ),
]

FORMS_SV = [
    (
        "text",
        "<h2>Många ändamål, ett mönster</h2>"
        "<p>Människohandel drabbar kvinnor, flickor, pojkar och män. Kvinnoforum, som har "
        "arbetat mot den sedan mitten av 1990-talet, och EQUAL-partnerskapet 2005–2008 beskriver "
        "den som rotad i fattigdom och bristande jämställdhet. Mönstret de beskriver känns igen: en rekryterare lovar ett vanligt arbete — som au "
        "pair, servitris, städare eller säsongsarbetare — och personen hamnar i slavliknande "
        "förhållanden där någon annan bestämmer över hennes eller hans liv.</p>"
        "<p>Ändamålet med exploateringen skiftar:</p><ul>"
        "<li><strong>Sexuell exploatering</strong> i prostitution och i andra former, även genom "
        "kontakter som tagits på nätet.</li>"
        "<li><strong>Tvångsarbete och tvångstjänster</strong>: byggen, jord- och skogsbruk, "
        "restauranger, städning, biltvättar, hushållsarbete i privata hem.</li>"
        "<li><strong>Tvångstiggeri</strong>. Att tigga är inte brottsligt enligt svensk "
        "nationell lag; sedan en dom från Högsta förvaltningsdomstolen 2018 (HFD 2018 ref. 75) "
        "får en kommun förbjuda tiggeri på avgränsade platser genom lokala "
        "ordningsföreskrifter. Att exploatera någon i tiggeri är ett brott. [CHECK]</li>"
        "<li><strong>Tvång att begå brott</strong>: snatteri, fickstölder, cannabisodling, "
        "bedrägerier — personen är misstänkt och kan samtidigt vara offer.</li>"
        "<li><strong>Avlägsnande av organ.</strong></li>"
        "<li>Sedan direktiv (EU) 2024/1712 även <strong>tvångsäktenskap, olaglig adoption och "
        "exploatering av surrogatmoderskap</strong>. [CHECK: genomförandet i Sverige]</li></ul>"
        "<p>En och samma person kan exploateras på flera sätt samtidigt eller efter varandra — "
        "arbeta på restaurang om dagen och säljas för sex om natten, eller tvingas både tigga "
        "och stjäla.</p>"
        "<h2>Vad som har rapporterats, och när</h2>"
        "<p>Mönstren förändras, och därför har varje beskrivning av dem ett datum och en "
        "avsändare. Omkring 2011 beskrev Östersjöstaternas råds aktionsgrupp mot människohandel "
        "följande trender i regionen: mer människohandel inom ett och samma land; mer "
        "arbetskraftsexploatering och tiggeri, och flera former i kombination; män och barn som "
        "identifieras som offer; mer förfinade sätt att behandla och kontrollera offren; offer "
        "som tackar nej till hjälp på grund av stigma och hur de ser på sig själva; och tidigare "
        "offer som själva organiserar människohandel.</p>"
        "<p>I sin verksamhetsplan för 2017 lyfte Plattformen Civila Sverige mot människohandel "
        "fram grupper som den såg som särskilt utsatta: svenska flickor med olika "
        "sårbarhetsfaktorer som rekryteras över internet; kvinnor från tredje land som utnyttjas "
        "av sina svenska män; och ensamkommande barn, särskilt de som fått avslag på sin "
        "asylansökan och lever papperslösa och utan skydd. Plattformen pekade också på den "
        "dubbla utsattheten för kvinnor från tredje land i asyl- och Dublinprocessen.</p>"
        "<h2>Så läser du en siffra</h2>"
        "<p>Innan du för en siffra vidare, ställ fyra frågor: vilket år, vilken form av "
        "exploatering, vilket slags siffra (en uppskattning, anmälda brott, identifierade offer, "
        "personer som fått stöd) och vem som tagit fram den. Antalet identifierade offer mäter "
        "lika mycket hur mycket som upptäcktes som hur mycket som hände. Och låt aldrig en "
        "siffra avgöra om människan framför dig kan vara utsatt.</p>"
        "<h2>Exempel</h2>"
        "<p>En kvinna grips för snatteri för tredje gången på en månad. Varje gång hade hon "
        "inget eget med sig, och en man väntade i en bil utanför. Oavsett varornas värde är "
        "mönstret — ingen vinning för henne, någon annan som väntar, upprepningen — skäl att "
        "fråga vem som bestämde vad hon skulle göra och vem som behöll varorna.</p>",
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "En daterad siffra: början av 2000-talet, enbart sexuell exploatering",
            "text": "<p>I början av 2000-talet bedömde dåvarande Rikskriminalpolisen att "
            "400–600 kvinnor om året fördes till Sverige i människohandel för "
            "<em>sexuella</em> ändamål, och därtill ett okänt antal barn (Kvinnoforum; "
            "EQUAL-partnerskapets ansökan, 2005). Det var en uppskattning av en form av "
            "exploatering, ingen räkning, och den är inte aktuell; Rikskriminalpolisen gick 2015 "
            "upp i Polismyndigheten. [CHECK: vilket år uppskattningen gjordes]</p>",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Sexuell exploatering, tvångsarbete, tvångstiggeri, tvång att begå brott, organ — och flera samtidigt",
                "Tiggeri är inte brottsligt enligt svensk nationell lag; att exploatera någon i tiggeri är det",
                "En trend eller en siffra har ett år, en form och en avsändare: säg vilka",
                "En person kan vara misstänkt och offer på samma gång",
            ],
        },
    ),
]

FORMS_CHECKS = (
    [
        "Begging: no national ban in Sweden; local bans under the Public Order Act after "
        "HFD 2018 ref. 75; exploitation in begging under Penal Code ch. 4 s. 1b",
        "Whether and when Sweden has transposed Directive (EU) 2024/1712",
        "The year of Rikskriminalpolisen's estimate of 400–600 women a year",
    ],
    [
        "Tiggeri: inget nationellt förbud i Sverige; lokala förbud enligt ordningslagen efter "
        "HFD 2018 ref. 75; exploatering i tiggeri enligt 4 kap. 1 b § brottsbalken",
        "Om och när Sverige har genomfört direktiv (EU) 2024/1712",
        "Vilket år Rikskriminalpolisen gjorde uppskattningen 400–600 kvinnor om året",
    ],
)
FORMS_SOURCES = [
    SEED_KVINNOFORUM,
    SEED_EQUAL,
    SEED_CBSS,
    SEED_PLATFORM,
    HFD_2018_75,
    EU_DIRECTIVE_2024,
    ECTHR_VCL,
]

# Module 3, lesson 1: control and reactions ----------------------------------------------------

CONTROL = [
    (
        "text",
        "<h2>Control is rarely a locked door</h2>"
        "<p>People picture chains. What professionals usually meet is quieter. Around 2011 the "
        "Council of the Baltic Sea States' task force reported more <em>refined</em> ways of "
        "treating and controlling victims. In practice that can mean people who have a phone, "
        "walk the streets and go back every evening, because leaving feels more dangerous than "
        "staying. The common methods:</p><ul>"
        "<li><strong>Debt</strong> for the journey, the job, the bed and the food, which grows "
        "faster than it can be paid.</li>"
        "<li><strong>Documents</strong> kept by someone else, “for safekeeping”.</li>"
        "<li><strong>Threats to the family at home</strong>. Recruiters often know where the "
        "family lives; sometimes a relative helped recruit.</li>"
        "<li><strong>Isolation</strong>: no language, no money of one's own, housing tied to "
        "the work, a phone that someone else checks.</li>"
        "<li><strong>Lies about the authorities</strong>: “the police will arrest you”, “you will be "
        "deported and still owe the money”.</li>"
        "<li><strong>Violence</strong> or its threat, sometimes against others as an example.</li>"
        "<li><strong>Attachment</strong>: a “boyfriend” or a “friend of the family” who seems "
        "the only person who cares; a small share of the money that makes the person feel "
        "complicit. Former victims are sometimes used to recruit and control others.</li></ul>"
        "<h2>Why people say no to help</h2>"
        "<p>The Swedish Gender Equality Agency notes that people who are exploited seldom seek "
        "support or protection from society; professionals have to be attentive and ask. The "
        "task force named the reasons victims refuse help: stigma and how they see themselves. "
        "In practice you will meet:</p><ul>"
        "<li><strong>Fear</strong> — of the exploiters, for the family, of being deported, of "
        "being punished for what they were made to do.</li>"
        "<li><strong>Shame</strong> about the work, about having been deceived, about coming "
        "home without money.</li>"
        "<li><strong>Not seeing oneself as a victim</strong>: “I chose this”, “it is still "
        "better than at home”, “I only have to pay off the debt”.</li>"
        "<li><strong>Distrust of authorities</strong>, sometimes learnt from police or officials "
        "elsewhere.</li>"
        "<li><strong>Obligation</strong>: a debt felt as a matter of honour, a family that "
        "depends on the money.</li></ul>"
        "<p>Trauma affects how people tell their story. An account may come in fragments, "
        "change over time, or be told without visible emotion; that alone is not a sign that "
        "it is untrue. [CHECK]</p>"
        "<h2>What this asks of you</h2>"
        "<p>Do not expect a disclosure at the first meeting, and do not make help depend on "
        "one. The CBSS task force lists patience, cultural understanding and attention to the "
        "person's psychological needs and circumstances among what identification and support "
        "require. Give information about rights and help in a language the person reads, "
        "explain what would happen next if they accepted, and leave a way back. Record what "
        "you observed and consult through your role's channel, even when the person says no: "
        "their refusal ends the conversation, not your duty to pass on a concern.</p>"
        "<p>Example: a woman at a nail salon tells an inspector she is fine. She has a phone "
        "and a key to the flat above the salon. She also does not know her salary, and her "
        "employer paid her ticket. She is free to walk out — and has nowhere to walk to.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Control works through debt, documents, threats to family, isolation and attachment, not only locks",
                "Refusing help is common: fear, shame, not seeing oneself as a victim, distrust",
                "Do not make help depend on a disclosure; inform, leave a way back and pass the concern on",
            ],
        },
    ),
]

CONTROL_SV = [
    (
        "text",
        "<h2>Kontroll är sällan en låst dörr</h2>"
        "<p>Många föreställer sig kedjor. Det yrkesverksamma oftast möter är tystare. Omkring "
        "2011 rapporterade Östersjöstaternas råds aktionsgrupp om allt mer <em>förfinade</em> "
        "sätt att behandla och kontrollera offren. I praktiken kan det handla om människor som "
        "har telefon, rör sig på stan och går tillbaka varje kväll, eftersom det känns farligare "
        "att lämna än att stanna. De vanliga metoderna:</p><ul>"
        "<li><strong>Skuld</strong> för resan, jobbet, sängen och maten, som växer snabbare än "
        "den kan betalas.</li>"
        "<li><strong>Handlingar</strong> som någon annan ”förvarar”.</li>"
        "<li><strong>Hot mot familjen i hemlandet</strong>. Rekryterare vet ofta var familjen "
        "bor; ibland har en anhörig hjälpt till vid rekryteringen.</li>"
        "<li><strong>Isolering</strong>: inget språk, inga egna pengar, ett boende som hänger "
        "ihop med arbetet, en telefon som någon annan kontrollerar.</li>"
        "<li><strong>Lögner om myndigheterna</strong>: ”polisen kommer att gripa dig”, ”du blir "
        "utvisad och är skyldig pengarna ändå”.</li>"
        "<li><strong>Våld</strong> eller hot om våld, ibland mot andra som avskräckande "
        "exempel.</li>"
        "<li><strong>Bindning</strong>: en ”pojkvän” eller en ”vän till familjen” som verkar "
        "vara den enda som bryr sig; en liten del av pengarna som får personen att känna sig "
        "delaktig. Tidigare offer används ibland för att rekrytera och kontrollera andra.</li>"
        "</ul>"
        "<h2>Varför människor tackar nej till hjälp</h2>"
        "<p>Jämställdhetsmyndigheten konstaterar att personer som utnyttjas sällan söker stöd "
        "och skydd från samhället; yrkesverksamma måste vara uppmärksamma och fråga. "
        "Aktionsgruppen pekade på varför offer tackar nej till hjälp: stigma och hur de ser på "
        "sig själva. I praktiken möter du:</p><ul>"
        "<li><strong>Rädsla</strong> — för förövarna, för familjen, för att utvisas, för att "
        "straffas för det de tvingats göra.</li>"
        "<li><strong>Skam</strong> över arbetet, över att ha blivit lurad, över att komma hem "
        "utan pengar.</li>"
        "<li><strong>Att inte se sig som offer</strong>: ”jag valde det här”, ”det är ändå "
        "bättre än hemma”, ”jag ska bara betala av skulden”.</li>"
        "<li><strong>Misstro mot myndigheter</strong>, ibland grundad i erfarenheter av polis och "
        "tjänstemän på andra håll.</li>"
        "<li><strong>Förpliktelse</strong>: en skuld som känns som en hedersfråga, en familj "
        "som är beroende av pengarna.</li></ul>"
        "<p>Trauma påverkar hur människor berättar. En berättelse kan komma i fragment, ändras "
        "över tid eller framföras utan synliga känslor; det betyder inte i sig att den är "
        "osann. [CHECK]</p>"
        "<h2>Vad det kräver av dig</h2>"
        "<p>Räkna inte med att personen berättar vid första mötet, och gör inte hjälpen "
        "beroende av att hon eller han gör det. Aktionsgruppen räknar tålamod, kulturell "
        "förståelse och lyhördhet för personens psykiska behov och förhållanden till det som "
        "identifiering och stöd kräver. Ge information om rättigheter och hjälp på ett språk "
        "personen läser, förklara vad som skulle hända härnäst om hon eller han tackade ja, och "
        "lämna en väg tillbaka. Dokumentera vad du iakttog och konsultera i den kanal som gäller "
        "för din roll, även när personen säger nej: ett nej avslutar samtalet, inte din "
        "skyldighet att föra oron vidare.</p>"
        "<p>Exempel: en kvinna på en nagelsalong säger till en inspektör att hon mår bra. Hon "
        "har telefon och nyckel till lägenheten ovanför salongen. Hon vet inte heller vad hon "
        "tjänar, och arbetsgivaren betalade hennes biljett. Hon kan gå ut genom dörren — men hon "
        "har ingenstans att gå.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Kontroll sker genom skuld, handlingar, hot mot familjen, isolering och bindning, inte bara lås",
                "Att tacka nej till hjälp är vanligt: rädsla, skam, att inte se sig som offer, misstro",
                "Gör inte hjälpen beroende av att personen berättar; informera, lämna en väg tillbaka och för oron vidare",
            ],
        },
    ),
]

CONTROL_CHECKS = (
    [
        "That trauma can make an account fragmentary, changing or flat, and that this alone is "
        "no sign it is untrue (to be confirmed against a public guideline, e.g. the UNODC manual "
        "for criminal justice practitioners)"
    ],
    [
        "Att trauma kan göra en berättelse fragmentarisk, föränderlig eller känslomässigt platt, "
        "och att det inte i sig är tecken på att den är osann (bekräftas mot en offentlig "
        "vägledning, t.ex. UNODC:s handbok för rättsväsendet)"
    ],
)
CONTROL_SOURCES = [SEED_CBSS, FOR_PROFESSIONALS, SEED_KVINNOFORUM, WHO_2003]

# Module 3, lesson 2: the car-wash worker who refuses help --------------------------------------
# A formative branching case. Critical errors: confronting the employer (a suspected
# exploiter) and contacting the family at home without the man's consent.

# The shared content warning speaks of sexual exploitation; this case is about labour.
CAR_WASH_WARNING = (
    "callout",
    {
        **CONTENT_WARNING[1],
        "text": "<p>The case below is based on patterns reported by the Council of the Baltic "
        "Sea States' task force and describes labour exploitation, debt and threats against a "
        "family. Take a break whenever you need to; the lesson stays where you left it.</p>",
    },
)
CAR_WASH_WARNING_SV = (
    "callout",
    {
        **CONTENT_WARNING_SV[1],
        "text": "<p>Fallet nedan bygger på mönster som Östersjöstaternas råds aktionsgrupp har "
        "rapporterat och beskriver arbetskraftsexploatering, skulder och hot mot en familj. Ta "
        "en paus när du behöver; lektionen finns kvar där du lämnade den.</p>",
    },
)

CAR_WASH = {
    "title": "The man at the car wash",
    "intro": "<p>A joint inspection of a car wash. You are there in your own role. Viktor, "
    "34, is drying a car. The owner stays close and answers for him.</p>",
    "situations": [
        {
            "key": "yard",
            "text": "<p>Viktor says, in broken English, that he is fine and wants no help. You "
            "see a mattress in the back room. A colleague has learnt that the owner keeps the "
            "workers' passports “so they don't get lost”, and Viktor mentions that he still "
            "owes the owner for the journey.</p>",
            "image": None,
            "image_alt": "",
            "choices": [
                {
                    "label": "Ask to talk with Viktor alone, as a routine step for every "
                    "worker, with an interpreter who has no link to the owner",
                    "leads_to": "alone",
                    "consequence": "The owner shrugs: everyone is being spoken to. In a van "
                    "outside, with a telephone interpreter, Viktor's shoulders drop a little. "
                    "A routine reason protects him: nobody can say he asked for it.",
                    "points": 2,
                    "critical": False,
                    "remediation": "",
                },
                {
                    "label": "Tell the owner that keeping passports is illegal and demand "
                    "Viktor's back on the spot",
                    "leads_to": "at-risk",
                    "consequence": "The owner hands over a passport, smiling. That evening the "
                    "workers are moved; Viktor's phone is switched off.",
                    "points": 0,
                    "critical": True,
                    "remediation": "Never confront a suspected exploiter. It warns the network, "
                    "and the person you wanted to help pays for it — moved, punished, or his "
                    "family threatened. Separate the person for a routine reason, record what "
                    "you saw and pass it to those whose role is to investigate.",
                },
                {
                    "label": "Accept his answer: he is an adult and has said no",
                    "leads_to": "closed",
                    "consequence": "You move on. Viktor's “no” was given with the owner two "
                    "metres away.",
                    "points": 0,
                    "critical": False,
                    "remediation": "",
                },
            ],
        },
        {
            "key": "alone",
            "text": "<p>Alone, Viktor says the debt “keeps growing”. The man who recruited "
            "him knows his mother's village. He does not want the police: he is afraid of "
            "being sent home still owing money. He asks what you can do for him.</p>",
            "image": None,
            "image_alt": "",
            "choices": [
                {
                    "label": "Explain what help exists, that he decides, and give him written "
                    "information in his language on his rights and how to reach support",
                    "leads_to": "concern",
                    "consequence": "Viktor folds the leaflet small and puts it in his sock. "
                    "He does not accept help today, but he knows what would happen if he did, "
                    "and that it is his choice.",
                    "points": 2,
                    "critical": False,
                    "remediation": "",
                },
                {
                    "label": "Promise him that he will not be sent home and will get his "
                    "wages back if he reports the owner",
                    "leads_to": "broken-trust",
                    "consequence": "Viktor agrees. Neither promise was yours to make.",
                    "points": 0,
                    "critical": False,
                    "remediation": "",
                },
                {
                    "label": "Call his mother to find out whether the family has been threatened",
                    "leads_to": "at-risk",
                    "consequence": "His mother, frightened, calls the recruiter to ask what is "
                    "going on. By morning the owner knows that Viktor talked.",
                    "points": 0,
                    "critical": True,
                    "remediation": "Never contact the family without the person's consent. You "
                    "do not know who at home is linked to the recruiter, and a call can expose "
                    "both the person and the family. Ask him what he fears for them, and let the "
                    "risk to the family be assessed with him by those whose role it is.",
                },
            ],
        },
        {
            "key": "concern",
            "text": "<p>Back at your desk. Viktor said no to help today. What do you do with "
            "what you saw?</p>",
            "image": None,
            "image_alt": "",
            "choices": [
                {
                    "label": "Write down what you observed, not what you concluded, and consult "
                    "through your role's channel (in Sweden, for example, the support line for "
                    "professionals)",
                    "leads_to": "door-open",
                    "consequence": "Your note — passports held, a growing debt, sleeping at "
                    "the workplace, a recruiter who knows the family — joins what others have "
                    "seen. The advice you get is to make sure the right authority knows.",
                    "points": 2,
                    "critical": False,
                    "remediation": "",
                },
                {
                    "label": "Nothing more: he said no, and his wish must be respected",
                    "leads_to": "closed",
                    "consequence": "His wish about help is respected. But the concern about the "
                    "workplace, and the others working there, stays with you alone.",
                    "points": 0,
                    "critical": False,
                    "remediation": "",
                },
            ],
        },
    ],
    "endings": [
        {
            "key": "door-open",
            "title": "A door left open",
            "debrief": "<p>Viktor did not accept help — many do not at a first meeting. "
            "You separated him for a routine reason, used an independent interpreter, "
            "made no promises, left information he could keep, and passed on a concern "
            "written as observations. If he calls, he will know what happens next.</p>",
        },
        {
            "key": "closed",
            "title": "The file closes on a “no”",
            "debrief": "<p>A “no” given in front of the employer tells you little. And even a "
            "“no” given freely ends the conversation, not your duty to pass on what you saw: "
            "passports held and a growing debt are indicators that concern everyone at that "
            "workplace.</p>",
        },
        {
            "key": "broken-trust",
            "title": "A promise you could not keep",
            "debrief": "<p>Whether Viktor may stay, and whether he gets compensation, is "
            "decided by others, under rules you do not control. When the promise breaks, so "
            "does his trust — in you and in the next official he meets. Tell people what you "
            "can do, what others decide, and what usually happens next.</p>",
        },
        {
            "key": "at-risk",
            "title": "Someone was put at risk",
            "debrief": "<p>The step you chose alerted the people who control Viktor. "
            "Confronting a suspected exploiter and contacting the family without consent are "
            "the two moves that most often turn a concern into danger. Read the remediation, "
            "then play the case again.</p>",
        },
    ],
}

CAR_WASH_SV = {
    "title": "Mannen på biltvätten",
    "intro": "<p>En gemensam myndighetskontroll på en biltvätt. Du är där i din egen "
    "yrkesroll. Viktor, 34 år, torkar en bil. Ägaren står nära och svarar i hans ställe.</p>",
    "situations": [
        {
            "key": "yard",
            "text": "<p>Viktor säger på knagglig engelska att han mår bra och inte vill ha "
            "någon hjälp. I bakrummet ser du en madrass. En kollega har fått veta att ägaren "
            "har de anställdas pass ”så att de inte kommer bort”, och Viktor nämner att han "
            "fortfarande är skyldig ägaren för resan.</p>",
            "image": None,
            "image_alt": "",
            "choices": [
                {
                    "label": "Be att få tala med Viktor ensam, som ett rutinmoment för alla "
                    "anställda, med en tolk utan koppling till ägaren",
                    "leads_to": "alone",
                    "consequence": "Ägaren rycker på axlarna: alla får ju frågor. I en bil "
                    "utanför, med telefontolk, sjunker Viktors axlar en aning. Ett rutinskäl "
                    "skyddar honom: ingen kan säga att han bad om samtalet.",
                    "points": 2,
                    "critical": False,
                    "remediation": "",
                },
                {
                    "label": "Säg till ägaren att det är olagligt att behålla passen och kräv "
                    "att han lämnar ut Viktors på stället",
                    "leads_to": "at-risk",
                    "consequence": "Ägaren lämnar leende över ett pass. Samma kväll flyttas "
                    "arbetarna; Viktors telefon är avstängd.",
                    "points": 0,
                    "critical": True,
                    "remediation": "Konfrontera aldrig den som misstänks för exploatering. Det "
                    "varnar nätverket, och den du ville hjälpa får betala — flyttas, straffas "
                    "eller får familjen hotad. Ta personen åt sidan av ett rutinskäl, "
                    "dokumentera vad du såg och för det vidare till dem som har till uppgift "
                    "att utreda.",
                },
                {
                    "label": "Godta hans svar: han är vuxen och har sagt nej",
                    "leads_to": "closed",
                    "consequence": "Du går vidare. Viktors nej kom med ägaren två meter bort.",
                    "points": 0,
                    "critical": False,
                    "remediation": "",
                },
            ],
        },
        {
            "key": "alone",
            "text": "<p>När ni är ensamma säger Viktor att skulden ”bara växer”. Mannen som "
            "rekryterade honom känner till hans mammas by. Han vill inte ha med polisen att "
            "göra: han är rädd att skickas hem med skulden kvar. Han frågar vad du kan göra "
            "för honom.</p>",
            "image": None,
            "image_alt": "",
            "choices": [
                {
                    "label": "Förklara vilken hjälp som finns och att det är han som "
                    "bestämmer, och ge honom skriftlig information på hans språk om hans "
                    "rättigheter och hur han når stöd",
                    "leads_to": "concern",
                    "consequence": "Viktor viker ihop lappen och stoppar den i strumpan. Han "
                    "tackar inte ja till hjälp i dag, men han vet vad som skulle hända om han "
                    "gjorde det, och att valet är hans.",
                    "points": 2,
                    "critical": False,
                    "remediation": "",
                },
                {
                    "label": "Lova honom att han inte skickas hem och att han får tillbaka "
                    "lönen om han anmäler ägaren",
                    "leads_to": "broken-trust",
                    "consequence": "Viktor går med på det. Inget av löftena var ditt att ge.",
                    "points": 0,
                    "critical": False,
                    "remediation": "",
                },
                {
                    "label": "Ring hans mamma för att höra om familjen har blivit hotad",
                    "leads_to": "at-risk",
                    "consequence": "Hans mamma blir rädd och ringer rekryteraren för att fråga "
                    "vad som händer. Nästa morgon vet ägaren att Viktor har pratat.",
                    "points": 0,
                    "critical": True,
                    "remediation": "Kontakta aldrig familjen utan personens samtycke. Du vet "
                    "inte vem i hemlandet som har kopplingar till rekryteraren, och ett samtal "
                    "kan utsätta både personen och familjen för fara. Fråga vad han är rädd för "
                    "när det gäller dem, och låt risken för familjen bedömas tillsammans med "
                    "honom av dem som har den uppgiften.",
                },
            ],
        },
        {
            "key": "concern",
            "text": "<p>Tillbaka vid skrivbordet. Viktor tackade nej till hjälp i dag. Vad gör "
            "du med det du såg?</p>",
            "image": None,
            "image_alt": "",
            "choices": [
                {
                    "label": "Skriv ner vad du iakttog, inte vilka slutsatser du drog, och "
                    "konsultera i den kanal som gäller för din roll (i Sverige till exempel "
                    "stödtelefonen för yrkesverksamma)",
                    "leads_to": "door-open",
                    "consequence": "Din anteckning — passen hos ägaren, en växande skuld, "
                    "sömn på arbetsplatsen, en rekryterare som känner familjen — läggs till "
                    "det andra har sett. Rådet du får är att se till att rätt myndighet får "
                    "veta.",
                    "points": 2,
                    "critical": False,
                    "remediation": "",
                },
                {
                    "label": "Inget mer: han sa nej, och hans vilja ska respekteras",
                    "leads_to": "closed",
                    "consequence": "Hans vilja när det gäller hjälp respekteras. Men oron för "
                    "arbetsplatsen, och de andra som arbetar där, stannar hos dig.",
                    "points": 0,
                    "critical": False,
                    "remediation": "",
                },
            ],
        },
    ],
    "endings": [
        {
            "key": "door-open",
            "title": "En dörr som står öppen",
            "debrief": "<p>Viktor tackade nej till hjälp — det gör många vid ett första "
            "möte. Du tog honom åt sidan av ett rutinskäl, använde en oberoende tolk, lovade "
            "inget, lämnade information som han kunde behålla och förde vidare en oro "
            "formulerad som iakttagelser. Om han ringer vet han vad som händer härnäst.</p>",
        },
        {
            "key": "closed",
            "title": "Ärendet stängs efter ett nej",
            "debrief": "<p>Ett nej som sägs inför arbetsgivaren säger lite. Och även ett nej "
            "som sägs fritt avslutar samtalet, inte din skyldighet att föra vidare det du såg: "
            "pass hos arbetsgivaren och en växande skuld är indikatorer som gäller alla på "
            "arbetsplatsen.</p>",
        },
        {
            "key": "broken-trust",
            "title": "Ett löfte du inte kunde hålla",
            "debrief": "<p>Om Viktor får stanna och om han får ersättning avgörs av andra, "
            "enligt regler du inte styr över. När löftet brister gör förtroendet det också — "
            "för dig och för nästa tjänsteperson han möter. Berätta vad du kan göra, vad andra "
            "beslutar och vad som brukar hända härnäst.</p>",
        },
        {
            "key": "at-risk",
            "title": "Någon utsattes för fara",
            "debrief": "<p>Steget du valde varnade dem som kontrollerar Viktor. Att "
            "konfrontera en misstänkt förövare och att kontakta familjen utan samtycke är de "
            "två drag som oftast förvandlar en oro till fara. Läs vad du borde ha gjort i "
            "stället, och gör om fallet.</p>",
        },
    ],
}

CAR_WASH_LESSON = [
    CAR_WASH_WARNING,
    (
        "text",
        "<p>This case follows a pattern the Council of the Baltic Sea States' task force "
        "reported around 2011: labour exploitation, men as victims, and victims who refuse "
        "help. Viktor is fictional. Play it through: you commit to each choice before you see "
        "what it leads to, and you can play it again.</p>",
    ),
    ("branching_case", CAR_WASH),
    (
        "text",
        "<h2>What the case teaches</h2>"
        "<p>Three reflexes carry over to every role. <strong>First, separate for a routine "
        "reason.</strong> Speaking to everyone protects the one person who might talk: the "
        "employer cannot tell who asked for it. Use an interpreter with no link to the "
        "employer; a co-worker or the owner's relative is not an interpreter.</p>"
        "<p><strong>Second, do not make help depend on a disclosure.</strong> Viktor's “no” is "
        "not the end. Information he can keep, in his language, about his rights and how to "
        "reach support, and an honest account of what would happen next, are what make a "
        "later “yes” possible. Promise nothing that someone else decides.</p>"
        "<p><strong>Third, pass on what you saw, written as observations.</strong> His wish "
        "about help for himself is respected; the concern about the workplace is not his to "
        "carry. In Sweden the support line for professionals at the Swedish Gender Equality "
        "Agency gives advice in a case, and the police decide whether to investigate; at a "
        "mission abroad your focal point knows the routes.</p>"
        "<p>And two moves are never made: confronting the suspected exploiter, and contacting "
        "the family without the person's consent. Both feel like action; both warn the people "
        "in control. [CHECK]</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Separate the person for a routine reason, with an independent interpreter",
                "Inform, promise nothing others decide, and leave a way back",
                "Record observations and consult, even after a “no”",
                "Never confront a suspected exploiter; never contact the family without consent",
            ],
        },
    ),
]

CAR_WASH_LESSON_SV = [
    CAR_WASH_WARNING_SV,
    (
        "text",
        "<p>Fallet följer ett mönster som Östersjöstaternas råds aktionsgrupp rapporterade "
        "omkring 2011: arbetskraftsexploatering, män som offer och offer som tackar nej till "
        "hjälp. Viktor är påhittad. Spela igenom fallet: du bestämmer dig för varje val innan "
        "du ser vad det leder till, och du kan spela det igen.</p>",
    ),
    ("branching_case", CAR_WASH_SV),
    (
        "text",
        "<h2>Vad fallet lär</h2>"
        "<p>Tre reflexer gäller i alla yrkesroller. <strong>För det första: ta personen åt "
        "sidan av ett rutinskäl.</strong> Att tala med alla skyddar den enda som kanske vill "
        "berätta — arbetsgivaren kan inte veta vem som bad om samtalet. Använd en tolk utan "
        "koppling till arbetsgivaren; en arbetskamrat eller ägarens släkting är ingen tolk.</p>"
        "<p><strong>För det andra: gör inte hjälpen beroende av att personen berättar.</strong> "
        "Viktors nej är inte slutet. Information som han kan behålla, på hans språk, om hans "
        "rättigheter och hur han når stöd, och en ärlig beskrivning av vad som skulle hända "
        "härnäst, är det som gör ett senare ja möjligt. Lova inget som någon annan beslutar "
        "om.</p>"
        "<p><strong>För det tredje: för vidare det du såg, formulerat som iakttagelser.</strong> "
        "Hans vilja när det gäller hjälp till honom själv respekteras; oron för arbetsplatsen "
        "är inte hans att bära. I Sverige ger Jämställdhetsmyndighetens stödtelefon för "
        "yrkesverksamma råd i ett ärende, och polisen avgör om brott ska utredas; på en "
        "beskickning utomlands känner er kontaktperson vägarna.</p>"
        "<p>Och två drag görs aldrig: att konfrontera den misstänkta förövaren och att "
        "kontakta familjen utan personens samtycke. Båda känns som handlingskraft; båda varnar "
        "dem som har kontrollen. [CHECK]</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Ta personen åt sidan av ett rutinskäl, med en oberoende tolk",
                "Informera, lova inget som andra beslutar om och lämna en väg tillbaka",
                "Dokumentera iakttagelser och konsultera, även efter ett nej",
                "Konfrontera aldrig en misstänkt förövare; kontakta aldrig familjen utan samtycke",
            ],
        },
    ),
]

CAR_WASH_CHECKS = (
    [
        "The two safety rules (never confront a suspected exploiter; never contact the family "
        "without consent) as stated in a public guideline; the WHO recommendations (2003) ask "
        "interviewers to treat the potential for harm as extreme and to respect the person's "
        "own assessment of the risks"
    ],
    [
        "De två säkerhetsreglerna (konfrontera aldrig en misstänkt förövare; kontakta aldrig "
        "familjen utan samtycke) så som de uttrycks i en offentlig vägledning; WHO:s "
        "rekommendationer (2003) ber den som intervjuar att utgå från att risken för skada är "
        "mycket stor och att respektera personens egen bedömning av riskerna"
    ],
)
CAR_WASH_SOURCES = [SEED_CBSS, WHO_2003, SUPPORT_LINE, CBSS_HANDBOOK]

# Module 4, lesson 1: the support chain --------------------------------------------------------
# The NSP complements the MMM through support providers it certifies; it is not a state
# referral service and endorses no training (CURRICULUM.md, defect 2). Contacts depend on role
# and place (defect 3); numbers stand only on the dated reference card.

REFERENCE_CARD = (
    "callout",
    {
        "kind": "info",
        "title": "Reference card: contacts in Sweden, as of December 2026 [CHECK]",
        "text": "<ul><li>Support line for professionals (NSPM, Swedish Gender Equality Agency): "
        "020-39 00 00, weekdays in office hours.</li><li>Urgent but not an emergency: the "
        "police, 114 14, or the social services' out-of-hours service.</li><li>Immediate "
        "danger: 112.</li><li>Kvinnofridslinjen, for women subjected to threats and violence: "
        "020-50 50 50.</li></ul><p>Source: the Swedish Gender Equality Agency's pages, read "
        "December 2026. 020 numbers are Swedish freephone numbers: from abroad, go through "
        "your focal point.</p>",
    },
)

REFERENCE_CARD_SV = (
    "callout",
    {
        "kind": "info",
        "title": "Referenskort: kontakter i Sverige, december 2026 [CHECK]",
        "text": "<ul><li>Stödtelefon för yrkesverksamma (NSPM, Jämställdhetsmyndigheten): "
        "020-39 00 00, vardagar under kontorstid.</li><li>Brådskande men inte akut: polisen, "
        "114 14, eller socialjouren.</li><li>Akut fara: 112.</li><li>Kvinnofridslinjen, för "
        "kvinnor som utsatts för hot och våld: 020-50 50 50.</li></ul><p>Källa: "
        "Jämställdhetsmyndighetens webbsidor, lästa december 2026. 020-nummer är svenska "
        "avgiftsfria nummer: från utlandet går du via kontaktpersonen.</p>",
    },
)

FIRST_CALL_BY_ROLE = (
    "audience_variant",
    {
        "audiences": ["consular-staff"],
        "content": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "At a mission abroad",
                    "text": "<p>Your first contact is your mission's focal point for "
                    "trafficking. The Ministry for Foreign Affairs is one of the actors in the "
                    "MMM's process, and the focal point knows the routes to it, to Swedish "
                    "authorities and to support in the country where you serve. Do not hand an "
                    "applicant a Swedish 020 number: it may not be reachable from abroad. "
                    "[CHECK]</p>",
                },
            )
        ],
    },
)

FIRST_CALL_BY_ROLE_SV = (
    "audience_variant",
    {
        "audiences": ["consular-staff"],
        "content": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "På en beskickning utomlands",
                    "text": "<p>Din första kontakt är beskickningens kontaktperson för "
                    "människohandel. Utrikesdepartementet är en av aktörerna i MMM:s process, "
                    "och kontaktpersonen känner vägarna dit, till svenska myndigheter och till "
                    "stöd i landet där du tjänstgör. Ge inte en sökande ett svenskt 020-nummer: "
                    "det går kanske inte att nå från utlandet. [CHECK]</p>",
                },
            )
        ],
    },
)

ROLES_IN_SWEDEN = (
    "audience_variant",
    {
        "audiences": [
            "police",
            "migration-officers",
            "prosecutors",
            "judges",
            "social-services",
            "ngo-support",
        ],
        "content": [
            (
                "text",
                "<h3>Your part of the chain in Sweden</h3><ul>"
                "<li><strong>Police and prosecutors</strong> lead preliminary investigations. "
                "The MMM treats the opening of a preliminary investigation as the point where "
                "a person is formally identified, and the police can use the Preliminary "
                "Investigation Ordinance (förundersökningskungörelsen) to see what "
                "information the person must be given. [CHECK]</li>"
                "<li><strong>The Swedish Migration Agency</strong> decides on the reflection "
                "period and on temporary residence permits for victims, and takes part in the "
                "national method support team.</li>"
                "<li><strong>Social services</strong> have the ultimate responsibility for "
                "people in the municipality and a special responsibility for children, "
                "whatever their legal status; they assess the need for protection and "
                "support.</li>"
                "<li><strong>Support organisations</strong> certified in the National Support "
                "Programme can offer complementary support when society does not otherwise "
                "provide it.</li>"
                "<li><strong>Judges</strong> meet the chain when a person who may be a victim "
                "stands before the court as an injured party, a witness or a defendant: the "
                "rights listed above follow the person into the courtroom.</li></ul>",
            )
        ],
    },
)

ROLES_IN_SWEDEN_SV = (
    "audience_variant",
    {
        "audiences": [
            "police",
            "migration-officers",
            "prosecutors",
            "judges",
            "social-services",
            "ngo-support",
        ],
        "content": [
            (
                "text",
                "<h3>Din del av kedjan i Sverige</h3><ul>"
                "<li><strong>Polis och åklagare</strong> leder förundersökningar. Enligt MMM "
                "är det när en förundersökning inleds som en person formellt identifieras, och "
                "polisen kan använda förundersökningskungörelsen för att se vilken information "
                "personen ska få. [CHECK]</li>"
                "<li><strong>Migrationsverket</strong> beslutar om betänketid och om "
                "tidsbegränsade uppehållstillstånd för brottsoffer, och ingår i det nationella "
                "metodstödsteamet.</li>"
                "<li><strong>Socialtjänsten</strong> har det yttersta ansvaret för dem som "
                "vistas i kommunen och ett särskilt ansvar för barn, oavsett deras rättsliga "
                "ställning; den bedömer behovet av skydd och stöd.</li>"
                "<li><strong>Stödorganisationer</strong> som certifierats inom Nationella "
                "stödprogrammet kan ge kompletterande stöd när samhället inte står för det på "
                "annat sätt.</li>"
                "<li><strong>Domare</strong> möter kedjan när en person som kan vara utsatt "
                "står inför rätta som målsägande, vittne eller tilltalad: rättigheterna ovan "
                "följer med personen in i rättssalen.</li></ul>",
            )
        ],
    },
)

SUPPORT_CHAIN = [
    (
        "text",
        "<h2>The MMM: Sweden's national referral mechanism</h2>"
        "<p>A person who may be a victim meets many authorities, and each one holds one link of "
        "the chain. In Sweden the chain is described in the <strong>MMM</strong>, <em>Manual vid "
        "misstanke om människohandel</em>, Sweden's national referral mechanism. It sets out the "
        "support and protection process in six steps, from the first suspicion to a safe "
        "return, and who is responsible at each step: social services, the Police Authority, "
        "the Prosecution Authority, the Migration Agency, the Work Environment Authority, "
        "health care, the Civil Society Platform against trafficking and the Ministry for "
        "Foreign Affairs. The Swedish Gender Equality Agency publishes it.</p>"
        "<h2>NSPM: the national coordinator</h2>"
        "<p>Since 2018 the Swedish Gender Equality Agency (Jämställdhetsmyndigheten) has "
        "coordinated the national work against trafficking for all purposes, through its unit "
        "<strong>NSPM</strong>. It convenes the national method support team (NMT) of the "
        "authorities concerned, co-finances and coordinates the regional coordinators against "
        "prostitution and trafficking, and staffs a <strong>support line for "
        "professionals</strong> who suspect trafficking or need advice in a case. It also "
        "finances the National Support Programme and the return programme.</p>"
        "<h2>NSP: the National Support Programme</h2>"
        "<p>The <strong>National Support Programme (NSP)</strong> is run by the Civil Society "
        "Platform against trafficking. It <em>complements</em> the MMM: it funds support — "
        "such as a first period of rest, rehabilitation, and support towards integration — "
        "given by support providers it has certified and quality-assures, when the need is not "
        "met by society through the actors of the MMM. Accompanying children are included. It is not a state referral service "
        "and it does not certify training.</p>"
        "<h2>Consent and the first steps</h2>"
        "<p>With the person's consent, a regional coordinator is contacted to make sure they get "
        "their rights. Without consent you can still consult — the support line or a regional "
        "coordinator — about the process in general, as long as you do not disclose who the "
        "person is. Early on, the person is to be told about their rights: among them the "
        "possibility of a temporary residence permit, the right to compensation, the right to "
        "an interpreter, and free legal support as an injured party through a "
        "<em>målsägandebiträde</em> (counsel for the injured party).</p>"
        "<h2>Example</h2>"
        "<p>A social worker meets a woman who says she was brought to Sweden to sell sex and "
        "wants to leave, but not to report anyone. The social worker tells her what support "
        "exists and what a report would mean, then calls the support line without giving her "
        "name. The next day the woman agrees that the regional coordinator may be contacted; "
        "the chain starts with her consent, not with the report.</p>",
    ),
    FIRST_CALL_BY_ROLE,
    ROLES_IN_SWEDEN,
    REFERENCE_CARD,
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "The MMM is Sweden's national referral mechanism: six steps and who does what",
                "NSPM at the Swedish Gender Equality Agency coordinates and runs a support line for professionals",
                "The NSP complements the MMM through certified support providers; it is not a referral service",
                "Consult without the person's identity; refer with their consent",
            ],
        },
    ),
]

SUPPORT_CHAIN_SV = [
    (
        "text",
        "<h2>MMM: Sveriges nationella hänvisningsmekanism</h2>"
        "<p>Den som kan vara utsatt möter många myndigheter, och var och en håller i en länk av "
        "kedjan. I Sverige beskrivs kedjan i <strong>MMM</strong>, <em>Manual vid misstanke om "
        "människohandel</em>, Sveriges motsvarighet till en National Referral Mechanism. Den "
        "beskriver stöd- och skyddsprocessen i sex steg, från den första misstanken till ett "
        "tryggt återvändande, och vem som ansvarar i varje steg: socialtjänsten, "
        "Polismyndigheten, Åklagarmyndigheten, Migrationsverket, Arbetsmiljöverket, hälso- och "
        "sjukvården, Plattformen Civila Sverige mot människohandel och Utrikesdepartementet. "
        "Jämställdhetsmyndigheten ger ut den.</p>"
        "<h2>NSPM: den nationella samordnaren</h2>"
        "<p>Sedan 2018 samordnar Jämställdhetsmyndigheten det nationella arbetet mot "
        "människohandel för alla ändamål, genom enheten <strong>NSPM</strong>. Myndigheten "
        "sammankallar det nationella metodstödsteamet (NMT) med de berörda myndigheterna, "
        "samordnar och delfinansierar regionkoordinatorerna mot prostitution och människohandel "
        "och bemannar en <strong>stödtelefon för yrkesverksamma</strong> som misstänker "
        "människohandel eller behöver råd i ett ärende. Den finansierar också Nationella "
        "stödprogrammet och återvändandeprogrammet.</p>"
        "<h2>NSP: Nationella stödprogrammet</h2>"
        "<p><strong>Nationella stödprogrammet (NSP)</strong> drivs av Plattformen Civila "
        "Sverige mot människohandel. Det <em>kompletterar</em> MMM: programmet bekostar stöd — "
        "till exempel en första tids vila, rehabilitering och stöd till integration — som ges "
        "av stödgivare som programmet har certifierat och kvalitetssäkrar, när samhället inte "
        "tillgodoser behovet genom aktörerna i MMM. Medföljande barn omfattas. Programmet är ingen statlig hänvisningstjänst och certifierar inga "
        "utbildningar.</p>"
        "<h2>Samtycke och de första stegen</h2>"
        "<p>Med personens samtycke kontaktas en regionkoordinator, som ser till att personen får "
        "sina rättigheter tillgodosedda. Utan samtycke kan du ändå rådfråga — stödtelefonen "
        "eller en regionkoordinator — om processen i allmänhet, så länge du inte röjer vem "
        "personen är. Tidigt ska personen få veta vilka rättigheter hon eller han har, bland "
        "annat möjligheten till tidsbegränsat uppehållstillstånd, rätten till skadestånd, "
        "rätten till tolk och rätten till kostnadsfritt juridiskt stöd genom ett "
        "<em>målsägandebiträde</em>.</p>"
        "<h2>Exempel</h2>"
        "<p>En socialsekreterare möter en kvinna som säger att hon fördes till Sverige för att "
        "sälja sex och vill ta sig ur det, men inte anmäla någon. Socialsekreteraren berättar "
        "vilket stöd som finns och vad en anmälan skulle innebära, och ringer sedan "
        "stödtelefonen utan att nämna kvinnans namn. Dagen därpå går kvinnan med på att "
        "regionkoordinatorn kontaktas; kedjan börjar med hennes samtycke, inte med "
        "anmälan.</p>",
    ),
    FIRST_CALL_BY_ROLE_SV,
    ROLES_IN_SWEDEN_SV,
    REFERENCE_CARD_SV,
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "MMM är Sveriges nationella hänvisningsmekanism: sex steg och vem som gör vad",
                "NSPM vid Jämställdhetsmyndigheten samordnar och har en stödtelefon för yrkesverksamma",
                "NSP kompletterar MMM genom certifierade stödgivare; det är ingen hänvisningstjänst",
                "Rådfråga utan att röja personens identitet; slussa vidare med personens samtycke",
            ],
        },
    ),
]

SUPPORT_CHAIN_CHECKS = (
    [
        "The support line for professionals: 020-39 00 00, weekdays in office hours; urgent "
        "contacts: police 114 14, social services' out-of-hours service, emergency 112",
        "Kvinnofridslinjen 020-50 50 50: still taking calls about trafficking",
        "Whether Swedish 020 numbers can be reached from abroad",
        "MMM: formal identification when a preliminary investigation is opened; the information "
        "the police give under the Preliminary Investigation Ordinance",
    ],
    [
        "Stödtelefonen för yrkesverksamma: 020-39 00 00, vardagar under kontorstid; brådskande "
        "kontakter: polisen 114 14, socialjouren, akut 112",
        "Kvinnofridslinjen 020-50 50 50: tar fortfarande emot samtal om människohandel",
        "Om svenska 020-nummer går att nå från utlandet",
        "MMM: formell identifiering när en förundersökning inleds; den information polisen ger "
        "enligt förundersökningskungörelsen",
    ],
)
SUPPORT_CHAIN_SOURCES = [
    MMM,
    BSR_TRM,
    NSPM,
    SUPPORT_LINE,
    NSP_PAGE,
    SEED_PLATFORM,
    KVINNOFRIDSLINJEN,
    CBSS_HANDBOOK,
]

# Module 4, lesson 2: reflection period, residence and return ----------------------------------

REFLECTION_AND_RETURN = [
    (
        "text",
        "<h2>Time to recover and decide</h2>"
        "<p>A person who has just left exploitation is rarely ready to decide whether to take "
        "part in a criminal case against the people who controlled them. The Council of Europe "
        "Convention (2005, article 13) therefore requires a <strong>recovery and reflection "
        "period</strong> of at least 30 days when there are reasonable grounds to believe that "
        "a person is a victim; during it, an expulsion order may not be enforced.</p>"
        "<p>In Sweden this is the <strong>betänketid</strong>: a temporary residence permit for "
        "30 days, so that the person can recover and, in peace, decide whether to take part in "
        "the legal process. The application is made to the Swedish Migration Agency. Since "
        "1 August 2022 the social welfare board can apply, as well as the head of a preliminary "
        "investigation. [CHECK] The reflection period serves the investigation too: a person "
        "who has had time to recover is better able to give an account.</p>"
        "<h2>A permit for the time of the case</h2>"
        "<p>A person without a right to stay in Sweden can be granted a <strong>temporary "
        "residence permit</strong> of at least six months, applied for by the head of the "
        "preliminary investigation at the police or the Prosecution Authority, when the reflection "
        "period ends or earlier. The Migration Agency grants it when it is needed for the "
        "preliminary investigation or the trial, the person has clearly shown that they intend "
        "to cooperate, has broken off contact with the suspects, and public order and security "
        "do not speak against it. It can be renewed. During it, as during the reflection "
        "period, the person has access to social services and health care. [CHECK]</p>"
        "<h2>A safe return, if the person chooses it</h2>"
        "<p>Return is not a rescue in itself. People who go home after exploitation often face "
        "great challenges — economic problems, social injustice, discrimination, conflict — "
        "and these raise the risk of being exploited again. In Sweden the <strong>return programme</strong> "
        "(Återvändandeprogrammet) is run by the International Organization for Migration's "
        "office in Helsinki and financed by the Swedish Gender Equality Agency; the regional "
        "coordinators are the contact point for applications. Taking part is voluntary, and "
        "the decision must be an informed one: based on enough accurate information about the "
        "programme, the alternatives and the risks. The programme supports the journey and "
        "reintegration after it.</p>"
        "<p>For a child separated from their family, return happens only if the authorities "
        "in Sweden and in the home country judge it to be in the child's best interests, and "
        "social services in Sweden remain responsible until the home country's authorities "
        "have taken over.</p>"
        "<p>Return has long been part of Swedish anti-trafficking work: the EQUAL partnership of "
        "2005–2008 made a network for return one of its three themes, and the Civil Society "
        "Platform's plan for 2017 aimed at support “from identification to preventing "
        "re-trafficking”, families included.</p>"
        "<h2>Example</h2>"
        "<p>A man identified at a berry farm says he wants to go home tomorrow. Before anything "
        "is booked, he should hear, in his language, what the reflection period would give "
        "him, what the return programme can do before and after the journey, and whether the "
        "recruiter who holds his debt lives in his home town. The choice is his; making it "
        "informed is yours.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "A reflection period gives time to recover and decide about the legal process",
                "A temporary residence permit can follow for the time of the investigation and trial",
                "Return is voluntary and informed; the return programme supports it and reintegration",
                "A separated child returns only if it is in the child's best interests",
            ],
        },
    ),
]

REFLECTION_AND_RETURN_SV = [
    (
        "text",
        "<h2>Tid att återhämta sig och bestämma sig</h2>"
        "<p>Den som nyss har tagit sig ur exploatering är sällan redo att avgöra om hon eller "
        "han vill medverka i en brottmålsprocess mot dem som hade kontrollen. Europarådets "
        "konvention (2005, artikel 13) kräver därför en <strong>återhämtnings- och "
        "betänketid</strong> på minst 30 dagar när det finns rimliga skäl att tro att en person "
        "är offer; under den tiden får ett avlägsnandebeslut inte verkställas.</p>"
        "<p>I Sverige är det <strong>betänketid</strong>: ett tidsbegränsat uppehållstillstånd "
        "på 30 dagar, så att personen kan återhämta sig och i lugn och ro ta ställning till sin "
        "medverkan i rättsprocessen. Ansökan görs hos Migrationsverket. Sedan den 1 augusti 2022 "
        "kan socialnämnden ansöka, liksom förundersökningsledaren. [CHECK] Betänketiden gagnar "
        "också utredningen: den som har fått tid att återhämta sig har lättare att berätta.</p>"
        "<h2>Ett tillstånd för tiden ärendet pågår</h2>"
        "<p>Den som saknar rätt att vistas i Sverige kan beviljas ett <strong>tidsbegränsat "
        "uppehållstillstånd</strong> på minst sex månader. Det söks av förundersökningsledaren "
        "hos polisen eller Åklagarmyndigheten när betänketiden löpt ut, eller tidigare. "
        "Migrationsverket beviljar det när det behövs för förundersökningen eller "
        "huvudförhandlingen, personen tydligt har visat att hon eller han vill samarbeta, har "
        "brutit kontakten med de misstänkta, och hänsyn till allmän ordning och säkerhet inte "
        "talar emot det. Tillståndet kan förnyas. Under tiden har personen, liksom under "
        "betänketiden, tillgång till socialtjänst och hälso- och sjukvård. [CHECK]</p>"
        "<h2>Ett tryggt återvändande, om personen väljer det</h2>"
        "<p>Att återvända är ingen räddning i sig. Den som åker hem efter exploatering står "
        "ofta inför stora utmaningar — ekonomiska problem, sociala orättvisor, diskriminering, "
        "konflikter — och de ökar risken att exploateras igen. I Sverige drivs <strong>Återvändandeprogrammet</strong> "
        "av Internationella migrationsorganisationens (IOM) kontor i Helsingfors och "
        "finansieras av Jämställdhetsmyndigheten; regionkoordinatorerna är kontaktpunkt för "
        "ansökningar. Deltagandet är frivilligt, och beslutet ska vara välgrundat: fattat på "
        "tillräcklig och korrekt information om programmet, om alternativen och om riskerna. "
        "Programmet ger stöd inför och under resan och till återintegrering efteråt.</p>"
        "<p>Ett barn som har skilts från sin familj återvänder bara om myndigheterna i Sverige "
        "och i hemlandet bedömer att det är för barnets bästa, och socialtjänsten i Sverige har "
        "ansvaret tills myndigheterna i hemlandet har tagit över.</p>"
        "<p>Återvändandet har länge varit en del av det svenska arbetet mot människohandel: "
        "EQUAL-partnerskapet 2005–2008 "
        "hade ett nätverk för återvändande som ett av sina tre temaområden, och Plattformen "
        "Civila Sveriges plan för 2017 syftade till stöd ”från identifikation till att motverka "
        "re-trafficking”, familjerna inräknade.</p>"
        "<h2>Exempel</h2>"
        "<p>En man som identifierats på en bärgård säger att han vill åka hem i morgon. Innan "
        "något bokas ska han, på sitt språk, få höra vad betänketiden skulle ge honom, vad "
        "Återvändandeprogrammet kan göra före och efter resan, och om rekryteraren som han är "
        "skyldig pengar bor i hans hemort. Valet är hans; att det blir välgrundat är ditt "
        "ansvar.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Betänketid ger tid att återhämta sig och ta ställning till rättsprocessen",
                "Ett tidsbegränsat uppehållstillstånd kan följa för tiden utredning och rättegång pågår",
                "Återvändande är frivilligt och välgrundat; Återvändandeprogrammet stöder resan och återintegreringen",
                "Ett barn som skilts från sin familj återvänder bara om det är för barnets bästa",
            ],
        },
    ),
]

REFLECTION_AND_RETURN_CHECKS = (
    [
        "Who may apply for the reflection period (social welfare board since 1 August 2022; "
        "head of the preliminary investigation) and its length of 30 days",
        "The temporary residence permit of at least six months and its four conditions "
        "(Aliens Act ch. 5 s. 15)",
    ],
    [
        "Vem som får ansöka om betänketid (socialnämnden sedan den 1 augusti 2022; "
        "förundersökningsledaren) och att den är 30 dagar",
        "Det tidsbegränsade uppehållstillståndet på minst sex månader och dess fyra villkor "
        "(5 kap. 15 § utlänningslagen)",
    ],
)
REFLECTION_AND_RETURN_SOURCES = [
    COE_CONVENTION,
    REFLECTION_PERIOD,
    MMM,
    BSR_TRM,
    RETURN_PROGRAMME,
    SEED_EQUAL,
    SEED_PLATFORM,
]

# Module 5: non-punishment basics --------------------------------------------------------------
# Only the basics, and the principle framed as it is (CURRICULUM.md, defect 4): no penalty for
# unlawful acts committed as a direct consequence of being trafficked. The NP course goes deep.

NP_BY_ROLE = (
    "audience_variant",
    {
        "audiences": ["consular-staff", "migration-officers"],
        "content": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "In a visa, permit or asylum file",
                    "text": "<p>The principle comes up when a file shows forged or borrowed "
                    "papers used on an earlier journey, false information in an earlier "
                    "application (often dictated by a recruiter), an earlier overstay or "
                    "unauthorised work, or an entry ban that followed from any of these. When "
                    "there are signs that such an act was part of the person's exploitation, "
                    "do not treat it only as a ground for refusal: record the possible link "
                    "and pass it on. How it weighs in the decision is for the deciding "
                    "authority under the rules that apply. [CHECK]</p>",
                },
            )
        ],
    },
)

NP_BY_ROLE_SV = (
    "audience_variant",
    {
        "audiences": ["consular-staff", "migration-officers"],
        "content": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "I ett viserings-, tillstånds- eller asylärende",
                    "text": "<p>Principen blir aktuell när ett ärende visar förfalskade eller "
                    "lånade handlingar vid en tidigare resa, oriktiga uppgifter i en tidigare "
                    "ansökan (ofta dikterade av en rekryterare), en tidigare överskriden "
                    "vistelse eller otillåtet arbete, eller ett inreseförbud som följt av något "
                    "av detta. Finns det tecken på att handlingen var en del av exploateringen "
                    "ska du inte bara se den som skäl för avslag: dokumentera den möjliga "
                    "kopplingen och för den vidare. Hur den vägs in i beslutet avgör den "
                    "beslutande myndigheten enligt de regler som gäller. [CHECK]</p>",
                },
            )
        ],
    },
)

NP_JUSTICE = (
    "audience_variant",
    {
        "audiences": ["police", "prosecutors", "judges"],
        "content": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "For police, prosecutors and judges",
                    "text": "<p>The principle applies at every stage. The police record the "
                    "link between the offence and the exploitation early; the prosecutor "
                    "weighs it in deciding whether to prosecute; the court weighs it at trial "
                    "and in sentencing. In <em>V.C.L. and A.N. v. the United Kingdom</em> "
                    "(2021) the European Court of Human Rights found violations of articles 4 "
                    "and 6 of the Convention where two boys found working in cannabis "
                    "factories were prosecuted despite credible suspicion that they had been "
                    "trafficked, without a prompt assessment of that suspicion.</p>",
                },
            )
        ],
    },
)

NP_JUSTICE_SV = (
    "audience_variant",
    {
        "audiences": ["police", "prosecutors", "judges"],
        "content": [
            (
                "callout",
                {
                    "kind": "info",
                    "title": "För polis, åklagare och domare",
                    "text": "<p>Principen gäller i varje led. Polisen dokumenterar tidigt "
                    "kopplingen mellan brottet och exploateringen; åklagaren väger in den i "
                    "frågan om åtal; domstolen väger in den vid prövningen och vid "
                    "straffmätningen. I <em>V.C.L. och A.N. mot Förenade kungariket</em> "
                    "(2021) fann Europadomstolen brott mot artiklarna 4 och 6 i "
                    "Europakonventionen när två pojkar som hittats arbetande i "
                    "cannabisodlingar åtalades trots en trovärdig misstanke om att de utsatts "
                    "för människohandel, utan att misstanken snabbt hade utretts.</p>",
                },
            )
        ],
    },
)

NON_PUNISHMENT = [
    (
        "text",
        "<h2>The crime behind the crime</h2>"
        "<p>People who are trafficked are often made to break the law. They travel on forged "
        "or borrowed papers, give false information in an application, stay or work without a "
        "permit, or commit crimes on someone else's orders: shoplifting, pickpocketing, "
        "cannabis cultivation, selling drugs, fraud. When you meet them, you may first meet the "
        "offence.</p>"
        "<p>The <strong>non-punishment principle</strong> says that a victim of trafficking "
        "should not be penalised for unlawful acts they were compelled to commit as a direct "
        "consequence of being trafficked. It is laid down in article 26 of the Council of "
        "Europe Convention (2005) and article 8 of Directive 2011/36/EU; the OSCE's "
        "recommendations of 2013 explain how states should put it into practice.</p>"
        "<h2>What it is, and what it is not</h2><ul>"
        "<li>It is about <strong>penalties for acts linked to the trafficking</strong>. The "
        "question is whether the offence was a direct consequence of being trafficked — not "
        "whether the person is a “good” victim.</li>"
        "<li>It is <strong>not a general immunity</strong>. An offence that has nothing to do "
        "with the exploitation is judged like any other.</li>"
        "<li>It has to be <strong>raised early</strong>, not after the trafficker's trial. It "
        "only works if someone asks how the offence came about; the European Court of Human "
        "Rights has required a prompt assessment once there is credible suspicion that a "
        "suspect was trafficked (<em>V.C.L. and A.N. v. the United Kingdom</em>, 2021). The "
        "Swedish Civil Society Platform calls this seeing “the crime behind the crime”; its "
        "plan for 2017 proposed working with the police's national operational department "
        "(NOA) and the national rapporteur to raise knowledge of the principle.</li>"
        "<li>A person can be a <strong>suspect and a victim at the same time</strong>. For a "
        "child, no means is needed for trafficking, and child protection comes first.</li></ul>"
        "<h2>What every role can do</h2>"
        "<p>Whatever your role, four steps: notice when an offence or an irregularity may be "
        "part of someone's exploitation; ask how it came about — who decided, who kept the "
        "proceeds, what would have happened if the person had refused; record the possible "
        "link in your own words; and pass it on to those who decide. Do not promise that there "
        "will be no consequences — that is not yours to promise — but do not let the offence "
        "hide the person.</p>"
        "<h2>Example</h2>"
        "<p>At a border check, a woman is found with a forged passport. She says the “agency” "
        "that found her a job provided it and keeps her real one until her debt is paid. The "
        "forged passport is an offence; it is also an indicator. The officer records both "
        "what was found and what she said about how, so that whoever decides next can see the "
        "possible link.</p>",
    ),
    NP_BY_ROLE,
    NP_JUSTICE,
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "No penalty for unlawful acts a victim was compelled to commit as a direct consequence of being trafficked",
                "Not a general immunity: the link between the act and the exploitation is what counts",
                "Ask how the offence came about, record the possible link and pass it on — early",
                "The course on non-punishment in practice goes further for police, prosecutors, migration officers and judges",
            ],
        },
    ),
]

NON_PUNISHMENT_SV = [
    (
        "text",
        "<h2>Brottet bakom brottet</h2>"
        "<p>Den som utsätts för människohandel tvingas ofta att bryta mot lagen. Personen reser "
        "på förfalskade eller lånade handlingar, lämnar oriktiga uppgifter i en ansökan, "
        "vistas eller arbetar utan tillstånd eller begår brott på någon annans order: "
        "snatteri, fickstölder, cannabisodling, narkotikaförsäljning, bedrägerier. När du möter "
        "personen kan det vara brottet du möter först.</p>"
        "<p><strong>Principen om icke-bestraffning</strong> innebär att den som utsatts för "
        "människohandel inte ska straffas för olagliga handlingar som hon eller han tvingats "
        "till som en direkt följd av människohandeln. Principen finns i artikel 26 i "
        "Europarådets konvention (2005) och artikel 8 i direktiv 2011/36/EU; OSCE:s "
        "rekommendationer från 2013 beskriver hur staterna bör tillämpa den.</p>"
        "<h2>Vad principen är, och vad den inte är</h2><ul>"
        "<li>Den gäller <strong>påföljder för handlingar som hänger ihop med "
        "människohandeln</strong>. Frågan är om brottet var en direkt följd av människohandeln "
        "— inte om personen är ett ”skötsamt” offer.</li>"
        "<li>Den är <strong>ingen allmän immunitet</strong>. Ett brott som inte har med "
        "exploateringen att göra bedöms som vilket brott som helst.</li>"
        "<li>Den måste <strong>tas upp tidigt</strong>, inte efter rättegången mot "
        "människohandlaren. Den fungerar bara om någon frågar hur brottet kom till; "
        "Europadomstolen har krävt en skyndsam bedömning så snart det finns en trovärdig "
        "misstanke om att en misstänkt har utsatts för människohandel (<em>V.C.L. och A.N. mot "
        "Förenade kungariket</em>, 2021). Plattformen Civila Sverige mot människohandel kallar "
        "det att se ”brottet bakom brottet”; i sin plan för 2017 föreslog den ett samarbete "
        "med polisens nationella operativa avdelning (NOA) och den nationella rapportören för "
        "att öka kunskapen om principen.</li>"
        "<li>En person kan vara <strong>misstänkt och offer på samma gång</strong>. För barn "
        "krävs inget medel för människohandel, och skyddet av barnet kommer först.</li></ul>"
        "<h2>Vad alla yrkesroller kan göra</h2>"
        "<p>Oavsett roll: fyra steg. Lägg märke till när ett brott eller en oegentlighet kan "
        "vara en del av någons exploatering. Fråga hur det kom till — vem bestämde, vem behöll "
        "vinsten, vad hade hänt om personen hade sagt nej? Dokumentera den möjliga kopplingen "
        "med egna ord. För den vidare till dem som beslutar. Lova inte att det inte blir några "
        "följder — det är inte ditt löfte att ge — men låt inte brottet skymma människan.</p>"
        "<h2>Exempel</h2>"
        "<p>Vid en gränskontroll påträffas en kvinna med ett förfalskat pass. Hon säger att "
        "”byrån” som ordnade hennes arbete gav henne det och behåller hennes riktiga pass tills "
        "skulden är betald. Det förfalskade passet är ett brott; det är också en indikator. "
        "Polisen dokumenterar både vad som hittades och vad hon sa om hur det gick till, så att "
        "den som beslutar härnäst kan se den möjliga kopplingen.</p>",
    ),
    NP_BY_ROLE_SV,
    NP_JUSTICE_SV,
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Ingen påföljd för olagliga handlingar som offret tvingats till som en direkt följd av människohandeln",
                "Ingen allmän immunitet: det är kopplingen mellan handlingen och exploateringen som räknas",
                "Fråga hur brottet kom till, dokumentera den möjliga kopplingen och för den vidare — tidigt",
                "Kursen om icke-bestraffning i praktiken går djupare för polis, åklagare, migrationshandläggare och domare",
            ],
        },
    ),
]

NON_PUNISHMENT_CHECKS = (
    [
        "How the EU Visa Code and the Swedish Aliens Act let the decision-maker take into "
        "account that an earlier overstay, false statement or entry ban followed from "
        "trafficking"
    ],
    [
        "Hur viseringskodexen och utlänningslagen låter beslutsfattaren beakta att en tidigare "
        "överskriden vistelse, oriktig uppgift eller ett inreseförbud var en följd av "
        "människohandel"
    ],
)
NON_PUNISHMENT_SOURCES = [COE_ARTICLE_26, EU_DIRECTIVE_2011, OSCE_2013, ECTHR_VCL, SEED_PLATFORM]

# Module 6: your role, limits, safety and wellbeing -------------------------------------------


def _by_role(items, lang):
    """One audience variant per role: ``items`` are (audiences, (title_en, title_sv),
    (text_en, text_sv)); the step that differs by role, shown to that role only."""
    return [
        (
            "audience_variant",
            {
                "audiences": audiences,
                "content": [
                    ("callout", {"kind": "info", "title": title[lang], "text": text[lang]})
                ],
            },
        )
        for audiences, title, text in items
    ]


FIRST_STEP_BY_ROLE = [
    (
        ["consular-staff"],
        ("Your first step: consular staff", "Ditt första steg: konsulär personal"),
        (
            "<p>Speak with the applicant alone during a routine step, give written information "
            "on rights and on help that can be reached from where they will be, and tell your "
            "mission's focal point. The application is decided under its own rules; a refusal "
            "alone protects no one.</p>",
            "<p>Tala med den sökande ensam under ett rutinmoment, ge skriftlig information om "
            "rättigheter och om hjälp som går att nå där personen kommer att vara, och "
            "informera beskickningens kontaktperson. Ansökan avgörs enligt sina egna regler; "
            "ett avslag ensamt skyddar ingen.</p>",
        ),
    ),
    (
        ["police"],
        ("Your first step: police", "Ditt första steg: polis"),
        (
            "<p>Secure immediate safety, separate the person from anyone who may control them, "
            "and follow your routine for a suspected trafficking case, which may mean a "
            "preliminary investigation. When the person may be a child, social services are "
            "to be told at once. [CHECK]</p>",
            "<p>Se till att personen är i säkerhet, skilj personen från den som kan ha "
            "kontrollen och följ er rutin vid misstänkt människohandel, vilket kan innebära att "
            "en förundersökning inleds. När personen kan vara ett barn ska socialtjänsten "
            "underrättas genast. [CHECK]</p>",
        ),
    ),
    (
        ["migration-officers"],
        ("Your first step: migration officers", "Ditt första steg: migrationshandläggare"),
        (
            "<p>Give the person a safe chance to talk, with an independent interpreter, record "
            "the indicators in the file, and follow your agency's routine for suspected "
            "trafficking; the support line for professionals gives advice in a case.</p>",
            "<p>Ge personen en trygg möjlighet att berätta, med en oberoende tolk, dokumentera "
            "indikatorerna i ärendet och följ Migrationsverkets rutin vid misstänkt "
            "människohandel; stödtelefonen för yrkesverksamma ger råd i ett ärende.</p>",
        ),
    ),
    (
        ["prosecutors", "judges"],
        ("Your first step: prosecutors and judges", "Ditt första steg: åklagare och domare"),
        (
            "<p>A prosecutor who leads a preliminary investigation can apply for a temporary "
            "residence permit for the injured party and weighs the non-punishment principle in "
            "deciding whether to prosecute. A judge sees to it that the rights of a person who "
            "may be a victim — an interpreter, counsel for the injured party — are respected in "
            "the courtroom. [CHECK]</p>",
            "<p>En åklagare som leder en förundersökning kan ansöka om tidsbegränsat "
            "uppehållstillstånd för målsäganden och väger in principen om icke-bestraffning i "
            "frågan om åtal. En domare ser till att rättigheterna för den som kan vara utsatt — "
            "tolk, målsägandebiträde — respekteras i rättssalen. [CHECK]</p>",
        ),
    ),
    (
        ["social-services"],
        ("Your first step: social services", "Ditt första steg: socialtjänsten"),
        (
            "<p>Assess the need for protection and support, offer the regional coordinator's "
            "help with the person's consent, and remember the special responsibility for "
            "children whatever their legal status.</p>",
            "<p>Bedöm behovet av skydd och stöd, erbjud regionkoordinatorns hjälp med "
            "personens samtycke, och kom ihåg det särskilda ansvaret för barn oavsett deras "
            "rättsliga ställning.</p>",
        ),
    ),
    (
        ["ngo-support"],
        ("Your first step: support organisations", "Ditt första steg: stödorganisationer"),
        (
            "<p>Listen, inform about rights and about the MMM's process, and, with the "
            "person's consent, involve the regional coordinator. Complementary support may be "
            "funded through the National Support Programme if your organisation is "
            "certified.</p>",
            "<p>Lyssna, informera om rättigheter och om processen enligt MMM och, med personens "
            "samtycke, koppla in regionkoordinatorn. Kompletterande stöd kan bekostas genom "
            "Nationella stödprogrammet om er organisation är certifierad.</p>",
        ),
    ),
]

ROLE_AND_WELLBEING = [
    (
        "text",
        "<h2>What your role is — and is not</h2>"
        "<p>In every role the core is the same: <strong>notice</strong> the signs, give the "
        "person a <strong>safe chance to talk</strong>, <strong>inform</strong> them of their "
        "rights and of where help is, and <strong>pass the concern on</strong> through your "
        "role's channel. You are not there to prove a crime, to rescue, or to decide for the "
        "person. Knowing the limit is what keeps you useful: an officer who tries to do "
        "everything often does something that puts the person at risk.</p>"
        "<h2>Do no harm</h2>"
        "<p>The WHO's ethical and safety recommendations for interviewing trafficked women "
        "(2003) set out ten principles. They were written for interviewers, researchers and "
        "service providers; adapted to your work with anyone who may be a victim, they "
        "read:</p><ol>"
        "<li><strong>Do no harm</strong>: treat the potential for harm as extreme until you "
        "know otherwise.</li>"
        "<li><strong>Know the subject and assess the risks</strong> before you act.</li>"
        "<li><strong>Have referral information ready</strong>, in the person's language — and "
        "make no promises you cannot keep.</li>"
        "<li><strong>Choose interpreters with care</strong>: never the companion, the "
        "employer or someone from the same network.</li>"
        "<li><strong>Protect identity and confidentiality</strong> throughout.</li>"
        "<li><strong>Get informed consent</strong>: the person knows what the conversation is "
        "for, may refuse to answer and may stop.</li>"
        "<li><strong>Respect the person's own assessment</strong> of their situation and of the "
        "risks to their safety.</li>"
        "<li><strong>Do not re-traumatise</strong>: ask what you need, not everything you could "
        "ask.</li>"
        "<li><strong>Be prepared for an emergency</strong>: know whom to call if the person is "
        "in immediate danger.</li>"
        "<li><strong>Put the information to good use</strong>: record it so that it helps the "
        "person.</li></ol>"
        "<p>Two rules follow that this course repeats because they are the commonest ways to "
        "cause harm: never confront a suspected exploiter, and never contact the family "
        "without the person's consent. Your own safety matters too: do not go alone into a "
        "situation where the people in control are present, and call for help rather than "
        "intervene on your own.</p>"
        "<h2>Looking after yourself</h2>"
        "<p>Hearing accounts of exploitation affects the people who listen. After a hard case "
        "you may find it running through your head, feel irritable, numb or cynical, or sleep "
        "badly. These are common reactions to this work, not a sign that you are unfit for "
        "it. [CHECK] Talk it through with a colleague or your supervisor, use the support your "
        "employer offers, such as occupational health care, and keep the limits of your role "
        "— you are one link of a chain, not the whole chain. The CBSS task force listed "
        "self-reflection among the challenges of this work; knowing your own reactions, and "
        "your own assumptions about who is a “real” victim, is part of doing it well.</p>"
        "<h2>Example</h2>"
        "<p>A week after an interview, a migration officer still thinks about the young woman "
        "who would not say who held her passport. He tells his team leader, who reminds him "
        "that he documented the indicators and passed on the concern, and books a session with "
        "the agency's occupational health service. He did his part; the next link is "
        "someone else's.</p>",
    ),
    *_by_role(FIRST_STEP_BY_ROLE, 0),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Notice, give a safe chance to talk, inform, pass the concern on — not prove, rescue or decide",
                "Do no harm: no promises you cannot keep, independent interpreters, consent, confidentiality",
                "Never confront a suspected exploiter; never contact the family without consent",
                "Reactions to hard cases are common: talk them through and use the support you have",
            ],
        },
    ),
]

ROLE_AND_WELLBEING_SV = [
    (
        "text",
        "<h2>Vad din roll är — och inte är</h2>"
        "<p>I alla yrkesroller är kärnan densamma: <strong>lägg märke till</strong> tecknen, ge "
        "personen en <strong>trygg möjlighet att berätta</strong>, <strong>informera</strong> "
        "om rättigheter och om var hjälp finns, och <strong>för oron vidare</strong> i den "
        "kanal som gäller för din roll. Du är inte där för att bevisa ett brott, rädda någon "
        "eller bestämma åt personen. Att känna gränsen är det som gör dig till nytta: den som "
        "försöker göra allt gör ofta något som utsätter personen för fara.</p>"
        "<h2>Gör ingen skada</h2>"
        "<p>WHO:s etiska och säkerhetsmässiga rekommendationer för intervjuer med kvinnor "
        "utsatta för människohandel (2003) innehåller tio principer. De skrevs för den som "
        "intervjuar, forskar eller ger stöd; anpassade till ditt arbete med alla som kan vara "
        "utsatta lyder de:</p><ol>"
        "<li><strong>Gör ingen skada</strong>: utgå från att risken för skada är mycket stor "
        "tills du vet något annat.</li>"
        "<li><strong>Känn ämnet och bedöm riskerna</strong> innan du agerar.</li>"
        "<li><strong>Ha information om stöd redo</strong>, på personens språk — och lova inget "
        "du inte kan hålla.</li>"
        "<li><strong>Välj tolk med omsorg</strong>: aldrig medresenären, arbetsgivaren eller "
        "någon från samma nätverk.</li>"
        "<li><strong>Skydda identitet och sekretess</strong> hela vägen.</li>"
        "<li><strong>Inhämta informerat samtycke</strong>: personen vet vad samtalet är till "
        "för, får låta bli att svara och får avbryta.</li>"
        "<li><strong>Respektera personens egen bedömning</strong> av sin situation och av "
        "riskerna för sin säkerhet.</li>"
        "<li><strong>Traumatisera inte på nytt</strong>: fråga det du behöver, inte allt du "
        "skulle kunna fråga.</li>"
        "<li><strong>Var beredd på en akut situation</strong>: vet vem du ringer om personen "
        "är i omedelbar fara.</li>"
        "<li><strong>Använd informationen väl</strong>: dokumentera den så att den hjälper "
        "personen.</li></ol>"
        "<p>Två regler följer av detta, och kursen upprepar dem eftersom de är de vanligaste "
        "sätten att orsaka skada: konfrontera aldrig en misstänkt förövare, och kontakta aldrig "
        "familjen utan personens samtycke. Din egen säkerhet räknas också: gå inte ensam in i "
        "en situation där de som har kontrollen finns på plats, och kalla på hjälp i stället "
        "för att ingripa på egen hand.</p>"
        "<h2>Att ta hand om sig själv</h2>"
        "<p>Att höra berättelser om exploatering påverkar den som lyssnar. Efter ett svårt "
        "ärende kan det mala i huvudet, du kan bli lättirriterad, avtrubbad eller cynisk, eller "
        "sova dåligt. Det är vanliga reaktioner på det här arbetet, inte tecken på att du inte "
        "duger till det. [CHECK] Prata igenom det med en kollega eller din chef, använd det "
        "stöd som arbetsgivaren erbjuder, till exempel företagshälsovården, och håll dig inom "
        "din roll — du är en länk i en kedja, inte hela kedjan. Östersjöstaternas råds "
        "aktionsgrupp räknade självreflektion till arbetets utmaningar; att känna sina egna "
        "reaktioner, och sina egna föreställningar om vem som är ett ”riktigt” offer, är en del "
        "av att göra det väl.</p>"
        "<h2>Exempel</h2>"
        "<p>En vecka efter en utredning tänker en handläggare på Migrationsverket fortfarande på "
        "den unga kvinnan som inte ville säga vem som hade hennes pass. Han berättar det för "
        "sin gruppchef, som påminner om att han dokumenterade indikatorerna och förde oron "
        "vidare, och bokar ett samtal med företagshälsovården. Han gjorde sin del; nästa länk "
        "är någon annans.</p>",
    ),
    *_by_role(FIRST_STEP_BY_ROLE, 1),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Lägg märke till, ge en trygg möjlighet att berätta, informera, för oron vidare — inte bevisa, rädda eller bestämma",
                "Gör ingen skada: inga löften du inte kan hålla, oberoende tolk, samtycke, sekretess",
                "Konfrontera aldrig en misstänkt förövare; kontakta aldrig familjen utan samtycke",
                "Reaktioner efter svåra ärenden är vanliga: prata igenom dem och använd det stöd du har",
            ],
        },
    ),
]

ROLE_AND_WELLBEING_CHECKS = (
    [
        "The police's duty to notify social services at once when a child may need protection",
        "What a prosecutor and a judge do for a person who may be a victim (applying for a "
        "temporary residence permit; interpreter and counsel for the injured party in court)",
        "The description of common reactions to hearing accounts of exploitation (secondary "
        "traumatic stress), to be confirmed against an occupational-health source",
    ],
    [
        "Polisens skyldighet att genast underrätta socialtjänsten när ett barn kan behöva skydd",
        "Vad åklagare och domare gör för den som kan vara utsatt (ansökan om tidsbegränsat "
        "uppehållstillstånd; tolk och målsägandebiträde i rätten)",
        "Beskrivningen av vanliga reaktioner på att höra berättelser om exploatering "
        "(sekundär traumatisk stress), bekräftas mot en källa inom företagshälsa",
    ],
)
ROLE_AND_WELLBEING_SOURCES = [WHO_2003, SEED_CBSS, MMM, REFLECTION_PERIOD, SUPPORT_LINE]

# The course ---------------------------------------------------------------------------------

COURSE = {
    "slug": "trafficking-essentials",
    "slug_sv": "manniskohandel-grunderna",
    "title": "Human trafficking and exploitation: the essentials",
    "title_sv": "Människohandel och exploatering: grunderna",
    "summary": "The core course for everyone who may meet a victim of trafficking — consular "
    "staff, police, migration officers, prosecutors, judges, social services and support "
    "staff: what trafficking is in law, how control works and why help is refused, the "
    "support chain in Sweden, the non-punishment principle, and the limits of your role.",
    "summary_sv": "Grundkursen för alla som kan möta den som utsatts för människohandel — "
    "konsulär personal, polis, migrationshandläggare, åklagare, domare, socialtjänst och "
    "stödpersonal: vad människohandel är enligt lagen, hur kontroll fungerar och varför "
    "hjälp avvisas, stöd- och skyddskedjan i Sverige, principen om icke-bestraffning och "
    "gränserna för din roll.",
    "outcomes": [
        "Explain trafficking as act, means and purpose, including the child rule, the "
        "irrelevance of consent and the difference from smuggling",
        "Recognise forms of exploitation and control, and why people who may be victims "
        "refuse help",
        "Describe the support chain in Sweden (MMM, NSPM, NSP, reflection period, return) and "
        "your first step in your role",
        "Apply the basics of the non-punishment principle and the do-no-harm rules",
    ],
    "outcomes_sv": [
        "Förklara människohandel som handling, medel och syfte, inklusive regeln om barn, att "
        "samtycke saknar betydelse och skillnaden mot smuggling",
        "Känna igen former av exploatering och kontroll, och varför den som kan vara utsatt "
        "tackar nej till hjälp",
        "Beskriva stöd- och skyddskedjan i Sverige (MMM, NSPM, NSP, betänketid, återvändande) "
        "och ditt första steg i din yrkesroll",
        "Tillämpa grunderna i principen om icke-bestraffning och reglerna för att inte göra skada",
    ],
    "audiences": [
        "consular-staff",
        "police",
        "migration-officers",
        "prosecutors",
        "judges",
        "social-services",
        "ngo-support",
    ],
    "topics": ["identification", "non-punishment", "threat-risk"],
    "version": "2026.1",
    "issues_certificate": True,
    "certificate_months": 24,
    "modules": [
        {
            "slug": "definition-and-law",
            "title": "What trafficking is in law",
            "title_sv": "Vad människohandel är enligt lagen",
            "summary": "The definition, children and consent, Swedish law, and where smuggling "
            "and exploitation end and trafficking begins.",
            "summary_sv": "Definitionen, barn och samtycke, svensk rätt, och var gränsen går "
            "mellan smuggling, exploatering och människohandel.",
            "lessons": [
                lesson(
                    "act-means-purpose",
                    "Act, means, purpose — and Swedish law",
                    "Handling, medel, syfte — och svensk rätt",
                    (DEFINITION, DEFINITION_SV),
                    DEFINITION_SOURCES,
                    DEFINITION_CHECKS,
                ),
                lesson(
                    "smuggling-trafficking-exploitation",
                    "Smuggling, trafficking, exploitation: where the lines run",
                    "Smuggling, människohandel, exploatering: var gränserna går",
                    (BORDERS, BORDERS_SV),
                    BORDERS_SOURCES,
                    BORDERS_CHECKS,
                ),
            ],
        },
        {
            "slug": "forms-and-trends",
            "title": "Forms and trends",
            "title_sv": "Former och trender",
            "summary": "The purposes of exploitation, the groups at risk, and how to read a "
            "trend or a figure by its date and source.",
            "summary_sv": "Exploateringens ändamål, de utsatta grupperna och hur du läser en "
            "trend eller en siffra utifrån datum och källa.",
            "lessons": [
                lesson(
                    "forms-of-exploitation",
                    "Forms of exploitation, and what changes",
                    "Former av exploatering, och vad som förändras",
                    (FORMS, FORMS_SV),
                    FORMS_SOURCES,
                    FORMS_CHECKS,
                ),
            ],
        },
        {
            "slug": "control-and-reactions",
            "title": "Control, reactions and refusal",
            "title_sv": "Kontroll, reaktioner och nej till hjälp",
            "summary": "How people are controlled, how they react, why help is refused — and "
            "a case to play through.",
            "summary_sv": "Hur människor kontrolleras, hur de reagerar, varför hjälp avvisas — "
            "och ett fall att spela igenom.",
            "lessons": [
                lesson(
                    "how-control-works",
                    "How control works, and why help is refused",
                    "Hur kontroll fungerar, och varför hjälp avvisas",
                    (CONTROL, CONTROL_SV),
                    CONTROL_SOURCES,
                    CONTROL_CHECKS,
                ),
                lesson(
                    "case-the-car-wash",
                    "Case: the man at the car wash",
                    "Fall: mannen på biltvätten",
                    (CAR_WASH_LESSON, CAR_WASH_LESSON_SV),
                    CAR_WASH_SOURCES,
                    CAR_WASH_CHECKS,
                ),
            ],
        },
        {
            "slug": "rights-and-support",
            "title": "Rights and the support chain",
            "title_sv": "Rättigheter och stödkedjan",
            "summary": "The MMM, the national coordinator and the National Support Programme; "
            "the reflection period, residence and a safe return.",
            "summary_sv": "MMM, den nationella samordnaren och Nationella stödprogrammet; "
            "betänketid, uppehållstillstånd och ett tryggt återvändande.",
            "lessons": [
                lesson(
                    "the-support-chain",
                    "The support chain in Sweden",
                    "Stöd- och skyddskedjan i Sverige",
                    (SUPPORT_CHAIN, SUPPORT_CHAIN_SV),
                    SUPPORT_CHAIN_SOURCES,
                    SUPPORT_CHAIN_CHECKS,
                ),
                lesson(
                    "reflection-residence-return",
                    "Reflection period, residence and return",
                    "Betänketid, uppehållstillstånd och återvändande",
                    (REFLECTION_AND_RETURN, REFLECTION_AND_RETURN_SV),
                    REFLECTION_AND_RETURN_SOURCES,
                    REFLECTION_AND_RETURN_CHECKS,
                ),
            ],
        },
        {
            "slug": "non-punishment-basics",
            "title": "Non-punishment: the basics",
            "title_sv": "Icke-bestraffning: grunderna",
            "summary": "Why a victim should not be penalised for acts compelled by the "
            "trafficking, and what every role can do.",
            "summary_sv": "Varför den som utsatts inte ska straffas för handlingar som "
            "människohandeln tvingade fram, och vad alla yrkesroller kan göra.",
            "lessons": [
                lesson(
                    "the-crime-behind-the-crime",
                    "The crime behind the crime",
                    "Brottet bakom brottet",
                    (NON_PUNISHMENT, NON_PUNISHMENT_SV),
                    NON_PUNISHMENT_SOURCES,
                    NON_PUNISHMENT_CHECKS,
                ),
            ],
        },
        {
            "slug": "your-role",
            "title": "Your role, its limits, safety and wellbeing",
            "title_sv": "Din roll, dess gränser, säkerhet och välmående",
            "summary": "What you do and do not do, the do-no-harm principles, your first step "
            "by role, and looking after yourself.",
            "summary_sv": "Vad du gör och inte gör, principerna för att inte göra skada, ditt "
            "första steg i din roll och att ta hand om dig själv.",
            "lessons": [
                lesson(
                    "role-limits-wellbeing",
                    "Your role, its limits and your own wellbeing",
                    "Din roll, dess gränser och ditt eget välmående",
                    (ROLE_AND_WELLBEING, ROLE_AND_WELLBEING_SV),
                    ROLE_AND_WELLBEING_SOURCES,
                    ROLE_AND_WELLBEING_CHECKS,
                ),
            ],
        },
    ],
}
