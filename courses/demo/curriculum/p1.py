"""P1 "First response", for police officers, border police included (../shared/CURRICULUM.md):
where the police meet trafficking — sex-purchase interventions, inspections and border
control — immediate safety, starting a preliminary investigation (förundersökning) and
securing evidence early, and children, who go to social services at once.

Written in our own words from the seeds and the public sources each lesson cites: UNODC's
manual for criminal-justice practitioners (2009) and its toolkit (2008), the Frontex training
for border guards, Sweden's referral manual (MMM), the Swedish Police Authority's own accounts
of interventions, Socialstyrelsen's guidance on reporting concern for a child, and the law as
the lessons quote it. Section numbers, current wordings and authority routines the sources did
not confirm are marked ``CHECK`` and listed for the reviewers."""

from courses.demo.cases import case_spec
from courses.demo.content import CONTENT_WARNING, CONTENT_WARNING_SV, lesson
from courses.demo.sources import (
    CHECK,
    EMERGENCY,
    NSPM_SUPPORT_LINE,
    SEED_CBSS,
    SEED_EQUAL,
    SEED_KVINNOFORUM,
    SEED_PLATFORM,
    URGENT_CONTACTS,
    reference_facts,
    source,
)

# Sources read for this course (December 2026) --------------------------------------------------

UNODC_MANUAL = source(
    "Anti-human trafficking manual for criminal justice practitioners (overview of the modules; "
    "the module on indicators for first responders and border police)",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2009",
    "http://unodc.org/unodc/en/human-trafficking/2009/anti-human-trafficking-manual.html",
    title_sv="Anti-human trafficking manual for criminal justice practitioners (översikt över "
    "modulerna; modulen om indikatorer för första linjen och gränspolis)",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
    link_text="unodc.org",
)
UNODC_MODULE_7 = source(
    "Anti-human trafficking manual for criminal justice practitioners, Module 7: Crime scene and "
    "physical evidence examinations in trafficking in persons investigations",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2009",
    "https://docplayer.net/3697952-Anti-human-trafficking-manual-for-criminal-justice-"
    "practitioners-module-7.html",
    title_sv="Anti-human trafficking manual for criminal justice practitioners, modul 7: "
    "brottsplatsundersökning och fysisk bevisning i utredningar om människohandel",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
    link_text="docplayer.net",
)
UNODC_TOOLKIT = source(
    "Toolkit to Combat Trafficking in Persons, chapter 5 (law enforcement and prosecution) and "
    "chapter 6 (victim identification)",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2008",
    "https://www.unodc.org/unodc/en/human-trafficking/2008/electronic-toolkit/electronic-"
    "toolkit-to-combat-trafficking-in-persons---index.html",
    title_sv="Toolkit to Combat Trafficking in Persons, kapitel 5 (brottsbekämpning och åtal) och "
    "kapitel 6 (identifiering av offer)",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
    link_text="unodc.org",
)
PALERMO_UNGIFT = source(
    "Human trafficking: the definition of the Trafficking in Persons Protocol (consent, and "
    "children under 18)",
    "UN.GIFT (UN Global Initiative to Fight Human Trafficking), web page",
    "read December 2026",
    "http://www.ungift.org/about/human-trafficking.html",
    title_sv="Människohandel: definitionen i protokollet om handel med människor (samtycke, och "
    "barn under 18 år)",
    publisher_sv="UN.GIFT (FN:s globala initiativ mot människohandel), webbsida",
    year_sv="läst december 2026",
    link_text="ungift.org",
)
FRONTEX_TRAINING = source(
    "Combating human trafficking at the border: training for EU border guards (the "
    "anti-trafficking training manual of 2011: awareness, identification, interviewing)",
    "Frontex, European Border and Coast Guard Agency, web page",
    "read December 2026",
    "https://frontex.europa.eu/media-centre/focus/combating-human-trafficking-at-the-border-"
    "training-for-eu-border-guards-rRzpfI",
    title_sv="Combating human trafficking at the border: training for EU border guards "
    "(utbildningsmanualen mot människohandel från 2011: medvetenhet, identifiering, intervju)",
    publisher_sv="Frontex, Europeiska gräns- och kustbevakningsbyrån, webbsida",
    year_sv="läst december 2026",
    link_text="frontex.europa.eu",
)
FRONTEX_MANUAL_SUMMARY = source(
    "Frontex training manual for border guards (first and second line; guiding principles for "
    "child victims)",
    "Teamwork against trafficking for labour exploitation (EU-funded project), web page",
    "read December 2026",
    "https://www.teamwork-against-trafficking-for-labour-exploitation.nl/examples/frontex-"
    "training-manual-for-border-guards",
    title_sv="Frontex utbildningsmanual för gränsbevakare (första och andra linjen; vägledande "
    "principer för barn som utsatts)",
    publisher_sv="Teamwork against trafficking for labour exploitation (EU-finansierat projekt), "
    "webbsida",
    year_sv="läst december 2026",
)
EC_GUIDELINES_2013 = source(
    "Guidelines for the identification of victims of trafficking in human beings, especially "
    "for consular services and border guards",
    "European Commission, DG Home Affairs",
    "2013",
    "https://pdfslide.net/download/link/guidelines-for-the-identification-of-victims-of-"
    "trafficking-in-human-",
    title_sv="Guidelines for the identification of victims of trafficking in human beings, "
    "especially for consular services and border guards (riktlinjer för identifiering av offer, "
    "särskilt för konsulära tjänster och gränsbevakare)",
    publisher_sv="Europeiska kommissionen, GD Inrikes frågor",
    link_text="pdfslide.net",
)
MCADAM_2012 = source(
    "Marika McAdam, “Who's Who at the Border? A rights-based approach to identifying human "
    "trafficking at international borders”, Anti-Trafficking Review, issue 1",
    "Global Alliance Against Traffic in Women (GAATW)",
    "2012",
    "https://antitraffickingreview.org/index.php/atrjournal/article/download/30/50?inline=1",
    publisher_sv="Global Alliance Against Traffic in Women (GAATW)",
    link_text="antitraffickingreview.org",
)
MMM_IDENTIFICATION = source(
    "Manual vid misstanke om människohandel (Sweden's national referral mechanism), step 1: "
    "identification",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), web edition",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/identifiering/",
    title_sv="Manual vid misstanke om människohandel, steg 1: identifiering",
    publisher_sv="Jämställdhetsmyndigheten, webbutgåva",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
MMM_ACUTE_PROTECTION = source(
    "Manual vid misstanke om människohandel, step 2: acute protection (the first hours; the "
    "right to basic information)",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), web edition",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/akut-skydd/",
    title_sv="Manual vid misstanke om människohandel, steg 2: akut skydd (de första timmarna; "
    "rätten till grundläggande information)",
    publisher_sv="Jämställdhetsmyndigheten, webbutgåva",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
MMM_INITIAL_SUPPORT = source(
    "Manual vid misstanke om människohandel, step 3: initial support (legal support: counsel for "
    "the injured party)",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), web edition",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/inledande-stod/",
    title_sv="Manual vid misstanke om människohandel, steg 3: inledande stöd (rättsligt stöd: "
    "målsägandebiträde)",
    publisher_sv="Jämställdhetsmyndigheten, webbutgåva",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
MMM_ACTORS = source(
    "Manual vid misstanke om människohandel, section 7: the responsibilities of each actor "
    "(social services, police, border police)",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), web edition",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/enskilda-aktorers-ansvar/",
    title_sv="Manual vid misstanke om människohandel, avsnitt 7: enskilda aktörers ansvar "
    "(socialtjänsten, polisen, gränspolisen)",
    publisher_sv="Jämställdhetsmyndigheten, webbutgåva",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
POLICE_INSPECTION_2013 = source(
    "Inspektion av polismyndigheternas förmåga att utreda ärenden om människohandel för sexuella "
    "ändamål och köp av sexuell tjänst (Tillsynsrapport 2013:7; inspection of the police "
    "authorities' ability to investigate trafficking for sexual purposes and the purchase of "
    "sexual services)",
    "Swedish National Police Board (Rikspolisstyrelsen)",
    "2013",
    "https://docplayer.se/amp/8207247-Inspektion-av-polismyndigheternas-formaga-att-utreda-"
    "arenden-om-manniskohandel-for-sexuella-andamal-och-kop-av-sexuell-tjanst.html",
    title_sv="Inspektion av polismyndigheternas förmåga att utreda ärenden om människohandel för "
    "sexuella ändamål och köp av sexuell tjänst (Tillsynsrapport 2013:7)",
    publisher_sv="Rikspolisstyrelsen",
    link_text="docplayer.se",
)
POLICE_OST_2021 = source(
    "“18 anmälningar efter insats mot människohandel i polisregion Öst” (reports after an "
    "operation against trafficking in police region East), news article",
    "Swedish Police Authority (Polismyndigheten)",
    "November 2021",
    "https://polisen.se/aktuellt/nyheter/2021/november/insats-mot-manniskohandel-i-polisregion-"
    "ost/",
    title_sv="”18 anmälningar efter insats mot människohandel i polisregion Öst”, nyhet",
    publisher_sv="Polismyndigheten",
    year_sv="november 2021",
    link_text="polisen.se",
)
POLICE_SYD_2021 = source(
    "“Insats mot prostitution och människohandel” (an operation against prostitution and "
    "trafficking in police region South), press release",
    "Swedish Police Authority (Polismyndigheten)",
    "November 2021",
    "https://polisen.se/aktuellt/pressmeddelanden/2021/november/insats-mot-prostitution-och-"
    "manniskohandel/",
    title_sv="”Insats mot prostitution och människohandel”, pressmeddelande",
    publisher_sv="Polismyndigheten",
    year_sv="november 2021",
    link_text="polisen.se",
)
POLICE_SYD_DEC_2021 = source(
    "“Ökat fokus på prostitution och människohandel” (increased focus on prostitution and "
    "trafficking: the follow-up of the operation in police region South), news article",
    "Swedish Police Authority (Polismyndigheten)",
    "December 2021",
    "https://polisen.se/aktuellt/nyheter/2021/december/okat-fokus-pa-prostitution-och-"
    "manniskohandel/",
    title_sv="”Ökat fokus på prostitution och människohandel”, nyhet",
    publisher_sv="Polismyndigheten",
    year_sv="december 2021",
    link_text="polisen.se",
)
TT_GOTHENBURG = source(
    "“Misstänkt sexhandel på 30 adresser i Göteborg” (suspected sex trade at addresses in "
    "Gothenburg: the police region West operation “Nos Videre”), news agency report",
    "TT, published by Vimmerby Tidning",
    "read December 2026",
    "https://vimmerbytidning.se/nyheter/inrikes/brott-straff/artikel/misstankt-sexhandel-pa-30-"
    "adresser-i-goteborg/9lyy3gpl",
    title_sv="”Misstänkt sexhandel på 30 adresser i Göteborg”, nyhetstelegram",
    publisher_sv="TT, publicerad av Vimmerby Tidning",
    year_sv="läst december 2026",
    link_text="vimmerbytidning.se",
)
GRETA_SWEDEN_2014 = source(
    "GRETA publishes first report on Sweden, press release (first evaluation round, GRETA(2014)11)",
    "Council of Europe, Group of Experts on Action against Trafficking in Human Beings (GRETA)",
    "2014",
    "http://www.coe.int/t/dghl/monitoring/trafficking/Docs/Press_releases/PR_SWE_en.asp",
    title_sv="GRETA publishes first report on Sweden, pressmeddelande (första "
    "utvärderingsomgången, GRETA(2014)11)",
    publisher_sv="Europarådets expertgrupp mot människohandel (GRETA)",
    link_text="coe.int",
)
GRETA_SWEDEN_2018 = source(
    "Publication of GRETA's second report on Sweden, news release",
    "Council of Europe, GRETA",
    "2018",
    "https://www.coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/"
    "content/pubication-of-second-greta-report-on-sweden",
    title_sv="Publication of GRETA's second report on Sweden, nyhet",
    publisher_sv="Europarådets expertgrupp mot människohandel (GRETA)",
    link_text="coe.int",
)
LAWLINE_FU = source(
    "“Vem tar beslut om att inleda förundersökning?” and “Beslut om inledd och nedlagd "
    "förundersökning” (who decides to open a preliminary investigation, and how: Code of "
    "Judicial Procedure, chapter 23, sections 1–3), answers",
    "Lawline (lawline.se), legal Q&amp;A service",
    "read December 2026",
    "https://lawline.se/answers/vem-tar-beslut-om-att-inleda-forundersokning",
    title_sv="”Vem tar beslut om att inleda förundersökning?” och ”Beslut om inledd och nedlagd "
    "förundersökning” (rättegångsbalken 23 kap. 1–3 §§), svar",
    publisher_sv="Lawline (lawline.se), juridisk frågetjänst",
    year_sv="läst december 2026",
    link_text="lawline.se",
)
RB_23_1942 = source(
    "Kungl. Maj:ts proposition nr 5 (1942), the draft Code of Judicial Procedure, chapter 23 "
    "“Om förundersökning”, sections 1–4 (historical wording)",
    "Riksdagen, via Wikisource",
    "1942",
    "https://sv.wikisource.org/wiki/Sida:Rd_1942_C_5_1_5_K_Majts_prop_2_5.djvu/416",
    title_sv="Kungl. Maj:ts proposition nr 5 (1942), förslaget till rättegångsbalk, 23 kap. "
    "”Om förundersökning”, 1–4 §§ (historisk lydelse)",
    publisher_sv="Riksdagen, via Wikisource",
    link_text="sv.wikisource.org",
)
ALIENS_ACT_5_15 = source(
    "SFS 2007:322, Lag om ändring i utlänningslagen (2005:716): chapter 5, section 15 (temporary "
    "residence permit for a preliminary investigation or trial, and for a reflection period, on "
    "the application of the head of the preliminary investigation)",
    "Government of Sweden, Swedish Code of Statutes",
    "2007",
    "https://www.lagboken.se/Lagboken/start/sfs/sfs/2007/301-400/d_125622-sfs-2007_322-lag-om-"
    "andring-i-utlanningslagen-2005_716",
    title_sv="SFS 2007:322, Lag om ändring i utlänningslagen (2005:716): 5 kap. 15 § "
    "(tidsbegränsat uppehållstillstånd för förundersökning eller huvudförhandling, och för "
    "betänketid, på ansökan av förundersökningsledaren)",
    publisher_sv="Svensk författningssamling",
    link_text="lagboken.se",
)
NMT_TUT_FORM = source(
    "Ansökan om TUT eller betänketid (the application form for a temporary residence permit or a "
    "reflection period, for heads of preliminary investigations)",
    "Nationellt metodstödsteam mot prostitution och människohandel (NMT), web page",
    "read December 2026",
    "https://www.nmtsverige.se/yrkesverksamma/ansokan-om-tut-eller-betanketid",
    title_sv="Ansökan om TUT eller betänketid (blankett för förundersökningsledare)",
    publisher_sv="Nationellt metodstödsteam mot prostitution och människohandel (NMT), webbsida",
    year_sv="läst december 2026",
    link_text="nmtsverige.se",
)
SOCIALSTYRELSEN_REPORTING = source(
    "Anmäla oro för barn. Stöd för anmälningsskyldiga och andra anmälare (reporting concern for "
    "a child: the duty of authorities, the police among them, under chapter 14, section 1 of "
    "the Social Services Act 2001:453)",
    "National Board of Health and Welfare (Socialstyrelsen)",
    "2014",
    "http://docplayer.se/6422928-Anmala-oro-for-barn-stod-for-anmalningsskyldiga-och-andra-"
    "anmalare.html",
    title_sv="Anmäla oro för barn. Stöd för anmälningsskyldiga och andra anmälare (14 kap. 1 § "
    "socialtjänstlagen 2001:453)",
    publisher_sv="Socialstyrelsen",
    link_text="docplayer.se",
)
KUNSKAPSGUIDEN_CHILDREN = source(
    "Människohandel: stöd och skydd till barn (trafficking: support and protection for children)",
    "Kunskapsguiden.se, web page",
    "read December 2026",
    "https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/manniskohandel/stod-och-"
    "skydd-till-barn/",
    title_sv="Människohandel: stöd och skydd till barn",
    publisher_sv="Kunskapsguiden.se, webbsida",
    year_sv="läst december 2026",
    link_text="kunskapsguiden.se",
)
OPERATION_KVINNOFRID = source(
    "Ge akut skydd och stöd vid misstanke om människohandel (acute protection and support when "
    "trafficking is suspected: each actor's part)",
    "Operation Kvinnofrid (Stockholm region), web page",
    "read December 2026",
    "https://www.operationkvinnofrid.se/stod-for-yrkesverksamma/manniskohandel/akut-skydd/",
    title_sv="Ge akut skydd och stöd vid misstanke om människohandel",
    publisher_sv="Operation Kvinnofrid (Stockholmsregionen), webbsida",
    year_sv="läst december 2026",
    link_text="operationkvinnofrid.se",
)
LANSSTYRELSEN_2017 = source(
    "Människohandel med barn: genomlysning av polisärenden 2015–2016 (Rapport 2017:12; "
    "trafficking in children: a review of police cases), foreword",
    "County Administrative Board of Stockholm (Länsstyrelsen i Stockholms län)",
    "2017",
    "https://studylibsv.com/doc/912318/m%C3%A4nniskohandel-med-barn",
    title_sv="Människohandel med barn: genomlysning av polisärenden 2015–2016 (Rapport 2017:12), "
    "förord",
    publisher_sv="Länsstyrelsen i Stockholms län",
    link_text="studylibsv.com",
)


# Module 1, lesson 1: sex-purchase interventions and inspections --------------------------------

FLAT_CASE = case_spec(
    "The flat and the phone",
    "<p>You are part of a planned evening operation against the purchase of sexual services. "
    "Colleagues in plain clothes have just stopped a man leaving a flat; he admits he paid for "
    "sex. You and a colleague go up to the flat. A young woman, Andra, opens the door. Behind "
    "her stands a man who says he is her boyfriend. He holds two phones, one of them hers, and "
    "answers every question you put to her.</p>",
    [
        (
            "at-the-door",
            "<p>Andra looks at the boyfriend before she says anything. She speaks a little "
            "English; he speaks her language and offers to “help with the translating”.</p>",
            [
                (
                    "Ask the boyfriend to wait in the other room with your colleague, and talk "
                    "to Andra alone with a telephone interpreter who has no link to him",
                    "alone",
                    "The boyfriend protests but goes. With the interpreter on the line, Andra "
                    "answers for herself for the first time. She keeps glancing at the door.",
                    2,
                    "",
                ),
                (
                    "Let the boyfriend translate: it is quicker, and she seems to trust him",
                    "silenced",
                    "Andra says, through him, that she is fine and lives here with him. She says "
                    "nothing else. You leave with the buyer's statement and nothing from her.",
                    0,
                    "",
                ),
                (
                    "Tell the boyfriend, in front of her, that you know he is her pimp and that "
                    "he will be arrested, and demand her phone from him",
                    "confronted",
                    "The boyfriend says something sharp to Andra in their language. She goes "
                    "silent, then says she has a boyfriend and wants nothing from the police.",
                    0,
                    "Never confront a suspected exploiter in front of the person: he learns "
                    "what the police suspect, and she learns what talking will cost her. "
                    "Separate them first, let her speak alone with an independent interpreter, "
                    "and leave the suspicion to the investigation.",
                ),
            ],
        ),
        (
            "alone",
            "<p>Andra says she came for a job in a café that did not exist. She owes the "
            "boyfriend for the journey and the flat, and he “keeps her phone safe”: he writes "
            "the advertisements and answers the buyers. She asks what will happen to her, and "
            "says she cannot go back to him without the money.</p>",
            [
                (
                    "Tell her, through the interpreter, that buying sex is the crime, not what "
                    "she has done; offer contact with social services tonight; report what you "
                    "have seen to the head of the investigation so that the phones and the flat "
                    "can be secured; and note her words",
                    "secured",
                    "Social services' out-of-hours team comes to meet her. The investigator "
                    "decides to seize both phones and search the flat. Andra has not promised "
                    "anything, but she has a place to sleep that is not his.",
                    2,
                    "",
                ),
                (
                    "Give the phones back to the boyfriend: they are his property, and she has "
                    "not made a complaint",
                    "evidence-lost",
                    "The boyfriend leaves with both phones. By the next day the advertisements "
                    "are gone, and so is Andra.",
                    0,
                    "",
                ),
                (
                    "Take her name and leave: she is an adult, and it is her choice",
                    "silenced",
                    "Andra stays in the flat. Nobody has told her what help exists or that she "
                    "is not the one who broke the law.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "secured",
            "Safe tonight, evidence secured",
            "<p>You separated Andra from the man who controlled her, let her speak through an "
            "independent interpreter, told her she had done nothing criminal, brought in social "
            "services and gave the investigation what it needs: the phones, the advertisements, "
            "the flat and her first words, noted as she said them. None of it depended on her "
            "agreeing to testify that night.</p>",
        ),
        (
            "silenced",
            "She never spoke for herself",
            "<p>Andra was heard only through the man who controls her, or not at all. Whatever "
            "she wanted to say, she could not say it with him listening. Separate first, use an "
            "interpreter with no link to anyone at the scene, and tell her about help and her "
            "rights whatever she answers.</p>",
        ),
        (
            "evidence-lost",
            "The evidence walked out",
            "<p>The phones held the advertisements, the buyers' messages and the money: evidence "
            "of the crime that does not depend on Andra's testimony. Report to the head of the "
            "investigation at once so that a decision on seizure can be made before anything "
            "leaves the flat.</p>",
        ),
        (
            "confronted",
            "The suspect warned",
            "<p>Confronting the boyfriend in front of Andra told him what the police knew and "
            "told her what talking would cost. He had time to frighten her into silence. "
            "Separate first; the suspicion belongs in the investigation, not on the "
            "doorstep.</p>",
        ),
    ],
)

FLAT_CASE_SV = case_spec(
    "Lägenheten och telefonen",
    "<p>Du deltar i en planerad kvällsinsats mot köp av sexuell tjänst. Civilklädda kolleger "
    "har just stoppat en man som kom ut från en lägenhet; han medger att han betalade för sex. "
    "Du och en kollega går upp till lägenheten. En ung kvinna, Andra, öppnar. Bakom henne står "
    "en man som säger att han är hennes pojkvän. Han har två telefoner i handen, den ena "
    "hennes, och svarar på varje fråga du ställer till henne.</p>",
    [
        (
            "at-the-door",
            "<p>Andra tittar på pojkvännen innan hon säger något. Hon kan lite engelska; han "
            "talar hennes språk och erbjuder sig att ”hjälpa till med översättningen”.</p>",
            [
                (
                    "Be pojkvännen vänta i rummet intill med din kollega, och tala med Andra "
                    "enskilt med en telefontolk som inte har någon koppling till honom",
                    "alone",
                    "Pojkvännen protesterar men går. Med tolken i telefonen svarar Andra för "
                    "första gången själv. Hon sneglar hela tiden mot dörren.",
                    2,
                    "",
                ),
                (
                    "Låt pojkvännen tolka: det går fortare, och hon verkar lita på honom",
                    "silenced",
                    "Andra säger, genom honom, att hon mår bra och bor här med honom. Mer säger "
                    "hon inte. Ni går därifrån med sexköparens uppgifter och ingenting från "
                    "henne.",
                    0,
                    "",
                ),
                (
                    "Säg till pojkvännen, så att hon hör, att du vet att han är hennes hallick "
                    "och att han kommer att gripas, och kräv att han lämnar över hennes telefon",
                    "confronted",
                    "Pojkvännen säger något skarpt till Andra på deras språk. Hon tystnar och "
                    "säger sedan att hon har en pojkvän och inte vill ha något med polisen att "
                    "göra.",
                    0,
                    "Konfrontera aldrig en misstänkt exploatör så att den utsatta hör det: han "
                    "får veta vad polisen misstänker, och hon får veta vad det kostar att prata. "
                    "Skilj dem åt först, låt henne tala enskilt med en oberoende tolk, och "
                    "överlåt misstanken åt utredningen.",
                ),
            ],
        ),
        (
            "alone",
            "<p>Andra berättar att hon kom hit för ett jobb på ett kafé som inte fanns. Hon är "
            "skyldig pojkvännen för resan och lägenheten, och han ”förvarar hennes telefon”: det "
            "är han som skriver annonserna och svarar sexköparna. Hon frågar vad som ska hända "
            "med henne och säger att hon inte kan gå tillbaka till honom utan pengarna.</p>",
            [
                (
                    "Berätta via tolken att det är köpet av sex som är brottet, inte något hon "
                    "har gjort; erbjud kontakt med socialtjänsten i kväll; rapportera det du sett "
                    "till förundersökningsledaren så att telefonerna och lägenheten kan säkras; "
                    "och anteckna hennes egna ord",
                    "secured",
                    "Socialjouren kommer och möter henne. Förundersökningsledaren beslutar om "
                    "beslag av båda telefonerna och husrannsakan i lägenheten. Andra har inte "
                    "lovat något, men hon har någonstans att sova som inte är hos honom.",
                    2,
                    "",
                ),
                (
                    "Lämna tillbaka telefonerna till pojkvännen: de är hans egendom, och hon har "
                    "inte gjort någon anmälan",
                    "evidence-lost",
                    "Pojkvännen går därifrån med båda telefonerna. Nästa dag är annonserna "
                    "borta, och Andra också.",
                    0,
                    "",
                ),
                (
                    "Skriv upp hennes namn och gå: hon är vuxen, och det är hennes val",
                    "silenced",
                    "Andra blir kvar i lägenheten. Ingen har berättat för henne vilken hjälp som "
                    "finns eller att det inte är hon som har brutit mot lagen.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "secured",
            "Trygg i natt, bevisningen säkrad",
            "<p>Du skilde Andra från mannen som kontrollerade henne, lät henne tala via en "
            "oberoende tolk, berättade att hon inte gjort något brottsligt, kopplade in "
            "socialtjänsten och gav utredningen det den behöver: telefonerna, annonserna, "
            "lägenheten och hennes första ord, antecknade som hon sa dem. Inget av det hängde på "
            "att hon samma kväll gick med på att vittna.</p>",
        ),
        (
            "silenced",
            "Hon fick aldrig tala själv",
            "<p>Andra hördes bara genom mannen som kontrollerar henne, eller inte alls. Vad hon "
            "än ville säga kunde hon inte säga det medan han lyssnade. Skilj dem åt först, "
            "använd en tolk utan koppling till någon på platsen, och berätta om hjälp och om "
            "hennes rättigheter vad hon än svarar.</p>",
        ),
        (
            "evidence-lost",
            "Bevisningen gick ut genom dörren",
            "<p>Telefonerna innehöll annonserna, köparnas meddelanden och pengarna: bevisning om "
            "brottet som inte hänger på Andras berättelse. Rapportera genast till "
            "förundersökningsledaren så att beslut om beslag kan fattas innan något lämnar "
            "lägenheten.</p>",
        ),
        (
            "confronted",
            "Den misstänkte varnad",
            "<p>Att konfrontera pojkvännen inför Andra talade om för honom vad polisen visste "
            "och för henne vad det skulle kosta att prata. Han hann skrämma henne till tystnad. "
            "Skilj dem åt först; misstanken hör hemma i utredningen, inte i dörröppningen.</p>",
        ),
    ],
)

INTERVENTIONS = [
    (
        "text",
        "<h2>Where trafficking is found</h2><p>People trafficked for sexual purposes are found "
        "in prostitution. That is why an inspection by the National Police Board in 2013 warned "
        "that police authorities which do not work against the purchase of sexual services risk "
        "making their work against trafficking for sexual purposes considerably harder. The "
        "same report found that most of the sex trade had moved to the internet, and that none "
        "of the inspected authorities kept up continuous, structured surveillance there. In Sweden it is the purchase of a "
        f"sexual service that is a crime, not the sale {CHECK}: the woman or man in the flat "
        "is not the one you are there to stop. The seeds of this course say the same from "
        "another side: the EQUAL partnership of 2005–2008, in which the Police Authority in "
        "Västra Götaland took part, named weak cooperation on prosecuting “traffickers, pimps "
        "and sex buyers” as a core problem.</p>"
        "<h2>How an operation looks</h2><p>The Swedish Police Authority has described its "
        "operations openly. In police region East in November 2021, officers in plain clothes "
        "watched an address, stopped the buyer as he left and questioned him in the patrol "
        "car, while colleagues went in to talk with the two women in the room. In police "
        "region West, an operation combined interventions against buyers, outreach contact "
        "with people selling sex through online advertisements, and surveillance of rented "
        "rooms and flats after tips from neighbours; the people in prostitution were offered "
        "help from social services to leave. Police region South described the aim of its "
        "operation the same year as identifying and prosecuting buyers, procurers and "
        "traffickers — and finding and helping the particularly vulnerable victims among those "
        "in prostitution. In the follow-up, local police areas also carried out workplace "
        "inspections: the other door through which officers meet people who may be "
        "exploited.</p>"
        "<h2>Signs, not proof</h2><p>UNODC's manual for criminal-justice practitioners (2009) "
        "gives first responders and border police lists of indicators: signs that trafficking "
        "<em>may</em> have taken place, which should trigger further inquiry, not proof that "
        "it has. In a flat or a workplace, look at who holds the phones, the passports and the "
        "money; who wrote the advertisement; whether the person can say where she is; whether "
        "she is moved between towns; and whether she speaks for herself. Recruitment often "
        "begins with a promise of ordinary work — as an au pair or a waitress — that turns "
        "into something else, as Kvinnoforum described it.</p>"
        "<h2>At the door</h2><ul>"
        "<li><strong>Separate</strong> the person from anyone who may control her before you "
        "ask anything that matters.</li>"
        "<li><strong>Use an interpreter with no link</strong> to anyone at the scene — never a "
        "companion, “boyfriend”, landlord or employer.</li>"
        "<li><strong>Do not confront</strong> a suspected exploiter in front of her: he learns "
        "what you suspect, she learns what talking costs.</li>"
        "<li><strong>Tell her what she is</strong>: not a suspect but a person the law protects, "
        "with a right to information and support whatever she answers tonight.</li>"
        "<li><strong>Think evidence</strong> from the first minute: phones, advertisements, "
        "money and the flat itself (the third module of this course).</li></ul>",
    ),
    (
        "indicator_checklist",
        {
            "title": "In the flat or at the workplace: what to notice",
            "intro": "None of these proves trafficking. Each is a reason to separate, ask more "
            "and note what you saw, in the words you heard.",
            "groups": [
                {
                    "heading": "Control",
                    "indicators": [
                        "Someone else holds her phone, passport or money",
                        "Someone else answers for her, or “translates”",
                        "She does not know the address or the town",
                    ],
                },
                {
                    "heading": "Debt and movement",
                    "indicators": [
                        "A debt for the journey, the flat or the advertisements",
                        "She has recently been moved from another town or country",
                        "The advertisements are written and answered by someone else",
                    ],
                },
            ],
        },
    ),
    CONTENT_WARNING,
    ("branching_case", FLAT_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Work against the purchase of sex is also work against trafficking: victims are "
                "found in prostitution",
                "Separate first, with an interpreter who has no link to anyone at the scene",
                "Never confront a suspected exploiter in front of the person",
            ],
        },
    ),
]

INTERVENTIONS_SV = [
    (
        "text",
        "<h2>Där människohandeln finns</h2><p>Personer som utsätts för människohandel för "
        "sexuella ändamål återfinns i prostitution. Därför varnade Rikspolisstyrelsens "
        "inspektionsgrupp 2013 för att en polismyndighet som inte arbetar mot köp av sexuell "
        "tjänst riskerar att avsevärt försvåra sitt arbete mot människohandel för sexuella "
        "ändamål. Samma rapport konstaterade att merparten av sexhandeln hade flyttat ut på "
        "internet och att ingen av de inspekterade myndigheterna bedrev kontinuerlig och "
        "strukturerad spaning där. I Sverige är det köpet av en "
        f"sexuell tjänst som är brottsligt, inte försäljningen {CHECK}: kvinnan eller mannen i "
        "lägenheten är inte den ni är där för att stoppa. Kursens grunddokument säger samma sak "
        "från ett annat håll: EQUAL-partnerskapet 2005–2008, där Polismyndigheten i Västra "
        "Götaland deltog, pekade ut den bristande samverkan kring lagföring av "
        "”människohandlare, hallickar och sexköpare” som ett kärnproblem.</p>"
        "<h2>Hur en insats ser ut</h2><p>Polismyndigheten har själv beskrivit sina insatser. I "
        "polisregion Öst i november 2021 spanade civilklädda poliser mot en adress, grep "
        "sexköparen när han gick därifrån och förhörde honom i polisbilen, medan kolleger gick "
        "in och talade med de två kvinnorna i rummet. I polisregion Väst kombinerade en insats "
        "ingripanden mot sexköpare, uppsökande kontakt med personer som säljer sex via "
        "annonser på nätet och spaning mot hyresrum och lägenheter efter tips från grannar; de "
        "som var i prostitution erbjöds hjälp från socialtjänsten att ta sig ur situationen. "
        "Polisregion Syd beskrev samma år målet med sin insats som att identifiera och lagföra "
        "sexköpare, kopplare och människohandlare — och att upptäcka och hjälpa de särskilt "
        "utsatta brottsoffer som finns i prostitutionen. I de lokala insatser som följde gjordes också "
        "arbetsplatskontroller: den andra vägen in där poliser möter människor som kan vara "
        "exploaterade.</p>"
        "<h2>Tecken, inte bevis</h2><p>UNODC:s handbok för rättsväsendet (2009) ger den första "
        "linjen och gränspolisen listor med indikatorer: tecken på att människohandel <em>kan</em> "
        "ha förekommit, som ska leda till fler frågor — inte bevis för att den har gjort det. I "
        "en lägenhet eller på en arbetsplats: se efter vem som har telefonerna, passen och "
        "pengarna; vem som skrivit annonsen; om personen kan säga var hon är; om hon flyttas "
        "mellan orter; och om hon talar för sig själv. Rekryteringen börjar ofta med löftet om "
        "ett vanligt arbete — som au pair eller servitris — som blir något annat, så som "
        "Kvinnoforum har beskrivit det.</p>"
        "<h2>I dörren</h2><ul>"
        "<li><strong>Skilj åt</strong> personen och den som kan kontrollera henne innan du frågar "
        "något som spelar roll.</li>"
        "<li><strong>Använd en tolk utan koppling</strong> till någon på platsen — aldrig en "
        "medresenär, ”pojkvän”, hyresvärd eller arbetsgivare.</li>"
        "<li><strong>Konfrontera inte</strong> en misstänkt exploatör inför henne: han får veta "
        "vad du misstänker, hon får veta vad det kostar att prata.</li>"
        "<li><strong>Säg vad hon är</strong>: inte misstänkt, utan en person som lagen skyddar, "
        "med rätt till information och stöd vad hon än svarar i kväll.</li>"
        "<li><strong>Tänk bevisning</strong> från första minuten: telefoner, annonser, pengar och "
        "själva lägenheten (kursens tredje modul).</li></ul>",
    ),
    (
        "indicator_checklist",
        {
            "title": "I lägenheten eller på arbetsplatsen: det du ska lägga märke till",
            "intro": "Inget av detta bevisar människohandel. Vart och ett är ett skäl att skilja "
            "åt, fråga vidare och anteckna vad du såg, med de ord du hörde.",
            "groups": [
                {
                    "heading": "Kontroll",
                    "indicators": [
                        "Någon annan har hennes telefon, pass eller pengar",
                        "Någon annan svarar åt henne, eller ”översätter”",
                        "Hon vet inte adressen eller vilken ort hon är på",
                    ],
                },
                {
                    "heading": "Skuld och förflyttning",
                    "indicators": [
                        "En skuld för resan, lägenheten eller annonserna",
                        "Hon har nyligen flyttats från en annan ort eller ett annat land",
                        "Annonserna skrivs och besvaras av någon annan",
                    ],
                },
            ],
        },
    ),
    CONTENT_WARNING_SV,
    ("branching_case", FLAT_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Arbetet mot sexköp är också arbete mot människohandel: offren finns i "
                "prostitutionen",
                "Skilj åt först, med en tolk som saknar koppling till någon på platsen",
                "Konfrontera aldrig en misstänkt exploatör inför den utsatta",
            ],
        },
    ),
]

INTERVENTIONS_CHECKS = (
    [
        "In Sweden the purchase of a sexual service is a crime and the sale is not (the Penal "
        "Code, chapter 6, section 11, on the purchase of a sexual service): confirm the current "
        "provision",
    ],
    [
        "I Sverige är köp av sexuell tjänst brottsligt men inte försäljning (6 kap. 11 § "
        "brottsbalken om köp av sexuell tjänst): bekräfta gällande bestämmelse",
    ],
)
INTERVENTIONS_SOURCES = [
    POLICE_INSPECTION_2013,
    POLICE_OST_2021,
    POLICE_SYD_2021,
    POLICE_SYD_DEC_2021,
    TT_GOTHENBURG,
    UNODC_MANUAL,
    SEED_EQUAL,
    SEED_KVINNOFORUM,
]


# Module 1, lesson 2: border control -------------------------------------------------------------

BORDER_CASE = case_spec(
    "The ticket someone else bought",
    "<p>You work in border control at an airport, on a flight arriving from outside the "
    "Schengen area. A young woman, Mira, hands over a passport that gives her age as 19. "
    "Travelling with her is an older man who calls himself her “agent”. He holds her return "
    "ticket and the hotel booking, and he paid for both.</p>",
    [
        (
            "first-line",
            "<p>Mira cannot say which hotel she is going to or what she will do in Sweden. The "
            "agent answers for her: “She is a tourist, I look after her.”</p>",
            [
                (
                    "Refer them to the second line, and make sure Mira is interviewed apart "
                    "from the agent, with an interpreter who is not him",
                    "second-line",
                    "In the second line, a colleague keeps the agent in another room. Mira sits "
                    "down with you and a telephone interpreter.",
                    2,
                    "",
                ),
                (
                    "Let them through: her documents are in order",
                    "waved-through",
                    "Mira and the agent leave the airport together. No one has asked her "
                    "anything she could answer freely.",
                    0,
                    "",
                ),
                (
                    "Take them both to the second line and let the agent interpret for her, "
                    "since he speaks her language",
                    "exposed",
                    "Through the agent, Mira says she is a tourist. Everything she says, and "
                    "everything you ask, he hears.",
                    0,
                    "The person who arranged the journey must never interpret or sit in on the "
                    "interview: he controls what she dares to say and learns what you suspect. "
                    "Interview her apart, with an independent interpreter.",
                ),
            ],
        ),
        (
            "second-line",
            "<p>Alone with you, Mira says she was promised work in a “massage salon”. She owes "
            "the agent for the ticket and the passport, “which he made”. Then she says she "
            "finished school last spring and turned seventeen in the summer.</p>",
            [
                (
                    "Treat her as a child: contact social services at once, keep her apart from "
                    "the agent, and report the suspected crime so that an investigation can "
                    "start and the documents can be secured",
                    "child-protected",
                    "The social services' on-call team takes over Mira's care that night. The "
                    "passport, the ticket and the agent's phone are secured, and the "
                    "trafficking unit is told.",
                    2,
                    "",
                ),
                (
                    "Refuse her entry and put her on the return flight, alone",
                    "sent-back",
                    "Mira flies back the same evening, to the town where the agent found her. "
                    "No one there knows she is coming.",
                    0,
                    "",
                ),
                (
                    "Give the passport back to the agent and let them go on: on paper she is "
                    "an adult",
                    "exposed",
                    "The agent takes Mira's passport and her arm, and they leave.",
                    0,
                    "A possible child is never handed back to the adult who may control her. "
                    "Her own account that she is seventeen outweighs a passport the agent "
                    "made: treat her as a child and call social services at once.",
                ),
            ],
        ),
    ],
    [
        (
            "child-protected",
            "A child, protected",
            "<p>You separated Mira from the agent, let her speak through an independent "
            "interpreter and took her words about her age seriously. Social services took over "
            "her care, and the investigation got the documents and the phone. The trafficking "
            "of a child needs no threat or deceit to be proved: the purpose of exploitation is "
            "enough.</p>",
        ),
        (
            "sent-back",
            "Returned without protection",
            "<p>A refusal of entry decides the border crossing, not the risk. Mira went back "
            "to where she was recruited, alone and still in debt. A possible child victim is "
            "protected first; what happens to her next is decided with social services.</p>",
        ),
        (
            "waved-through",
            "Waved through",
            "<p>Documents in order are not the end of the question when someone else paid, "
            "booked and speaks for the traveller. Refer to the second line and talk to the "
            "traveller alone.</p>",
        ),
        (
            "exposed",
            "Left with the agent",
            "<p>The agent heard everything or took her with him. Separate the traveller from "
            "the escort, use an independent interpreter, and never hand a possible child back "
            "to the adult who brought her.</p>",
        ),
    ],
)

BORDER_CASE_SV = case_spec(
    "Biljetten som någon annan köpte",
    "<p>Du arbetar i gränskontrollen på en flygplats, vid ett flyg som kommer från ett land "
    "utanför Schengenområdet. En ung kvinna, Mira, lämnar fram ett pass där det står att hon "
    "är 19 år. Med henne reser en äldre man som kallar sig hennes ”agent”. Han har hennes "
    "returbiljett och hotellbokningen, och det är han som har betalat båda.</p>",
    [
        (
            "first-line",
            "<p>Mira kan inte säga vilket hotell hon ska bo på eller vad hon ska göra i Sverige. "
            "Agenten svarar åt henne: ”Hon är turist, jag tar hand om henne.”</p>",
            [
                (
                    "Hänvisa dem till andra linjen, och se till att Mira intervjuas skild från "
                    "agenten, med en tolk som inte är han",
                    "second-line",
                    "I andra linjen håller en kollega agenten i ett annat rum. Mira sätter sig "
                    "med dig och en telefontolk.",
                    2,
                    "",
                ),
                (
                    "Släpp igenom dem: hennes handlingar är i ordning",
                    "waved-through",
                    "Mira och agenten lämnar flygplatsen tillsammans. Ingen har frågat henne "
                    "något som hon kunde svara fritt på.",
                    0,
                    "",
                ),
                (
                    "Ta båda till andra linjen och låt agenten tolka åt henne, eftersom han "
                    "talar hennes språk",
                    "exposed",
                    "Genom agenten säger Mira att hon är turist. Allt hon säger, och allt du "
                    "frågar, hör han.",
                    0,
                    "Den som ordnat resan får aldrig tolka eller sitta med i intervjun: han styr "
                    "vad hon vågar säga och får veta vad du misstänker. Intervjua henne för sig, "
                    "med en oberoende tolk.",
                ),
            ],
        ),
        (
            "second-line",
            "<p>När ni är ensamma berättar Mira att hon blivit lovad arbete på en "
            "”massagesalong”. Hon är skyldig agenten för biljetten och passet, ”som han "
            "ordnade”. Sedan säger hon att hon gick ut skolan i våras och fyllde sjutton i "
            "somras.</p>",
            [
                (
                    "Behandla henne som ett barn: kontakta socialtjänsten genast, håll henne "
                    "skild från agenten och anmäl det misstänkta brottet så att en "
                    "förundersökning kan inledas och handlingarna säkras",
                    "child-protected",
                    "Socialjouren tar över omsorgen om Mira samma natt. Passet, biljetten och "
                    "agentens telefon säkras, och människohandelsgruppen underrättas.",
                    2,
                    "",
                ),
                (
                    "Neka henne inresa och sätt henne på returflyget, ensam",
                    "sent-back",
                    "Mira flyger tillbaka samma kväll, till staden där agenten hittade henne. "
                    "Ingen där vet att hon är på väg.",
                    0,
                    "",
                ),
                (
                    "Lämna tillbaka passet till agenten och låt dem fortsätta: på papperet är "
                    "hon vuxen",
                    "exposed",
                    "Agenten tar Miras pass och hennes arm, och de går.",
                    0,
                    "Ett möjligt barn lämnas aldrig tillbaka till den vuxne som kan kontrollera "
                    "henne. Hennes egen uppgift att hon är sjutton väger tyngre än ett pass som "
                    "agenten ordnat: behandla henne som ett barn och ring socialtjänsten "
                    "genast.",
                ),
            ],
        ),
    ],
    [
        (
            "child-protected",
            "Ett barn som fick skydd",
            "<p>Du skilde Mira från agenten, lät henne tala via en oberoende tolk och tog "
            "hennes ord om åldern på allvar. Socialtjänsten tog över omsorgen om henne, och "
            "utredningen fick handlingarna och telefonen. Människohandel med ett barn kräver "
            "inget hot eller vilseledande för att vara styrkt: syftet att exploatera räcker.</p>",
        ),
        (
            "sent-back",
            "Skickad tillbaka utan skydd",
            "<p>Ett beslut om avvisning avgör gränspassagen, inte risken. Mira åkte tillbaka "
            "dit hon rekryterades, ensam och fortfarande skuldsatt. Ett möjligt barn som utsatts "
            "skyddas först; vad som sedan händer avgörs tillsammans med socialtjänsten.</p>",
        ),
        (
            "waved-through",
            "Insläppt utan frågor",
            "<p>Handlingar i ordning avslutar inte frågan när någon annan har betalat, bokat och "
            "talar för den resande. Hänvisa till andra linjen och tala med den resande "
            "enskilt.</p>",
        ),
        (
            "exposed",
            "Kvar hos agenten",
            "<p>Agenten hörde allt, eller tog henne med sig. Skilj den resande från "
            "ledsagaren, använd en oberoende tolk, och lämna aldrig tillbaka ett möjligt barn "
            "till den vuxne som tog hit henne.</p>",
        ),
    ],
)

BORDER_CONTROL = [
    (
        "text",
        "<h2>The border as a point of detection</h2><p>Frontex, the EU's border agency, notes "
        "that border guards are often the only law-enforcement officers a victim of trafficking "
        "meets on the way. Its training manual for border guards (2011) has three modules: "
        "awareness; identification, for the <strong>first line</strong>, to recognise possible "
        "victims and possible traffickers; and interviewing, for the <strong>second line</strong>, "
        "where a fuller conversation shows whether a person may be a victim and what help and "
        "referral they need. The European Commission followed its EU strategy against "
        "trafficking of June 2012 with guidelines for identification addressed especially to "
        f"consular services and border guards {CHECK}.</p>"
        "<h2>What the first line can see</h2><p>Many indicators describe exploitation that has "
        "already happened; at the border it usually has not. Marika McAdam's article on "
        "identification at borders (2012) makes the point that many people who end up "
        "trafficked begin their journey as irregular or smuggled migrants, and that border "
        "officers get little guidance on recognising a person who is at risk before any "
        "exploitation has occurred. She argues for a rights-based role: the first line "
        "upholds the border without jeopardising the rights of those it stops, and without "
        "missing the chance to pass a person to specialists who can identify them. In practice, "
        "look at the journey itself: who paid for the ticket and booked the stay; who holds the "
        "passport; whether the traveller can say where she is going and why; whether a "
        "companion answers for her; whether the story of a job abroad is vague or too good.</p>"
        "<h2>The second line</h2><ul>"
        "<li><strong>Apart</strong>: interview the traveller away from any escort or "
        "“agent”, who should neither interpret nor sit in.</li>"
        "<li><strong>With an independent interpreter</strong>, in a language she understands "
        "well.</li>"
        "<li><strong>Open questions</strong> about the journey, the job, the debt and who keeps "
        "her documents, and her own words noted down.</li>"
        "<li><strong>Rights and help</strong> explained whatever the outcome at the border: a "
        "refusal of entry decides the crossing, not the risk.</li>"
        "<li><strong>Evidence</strong>: tickets, bookings, documents and the escort's phone may "
        "matter to an investigation; report to the head of the investigation before they "
        "leave.</li></ul>"
        "<h2>Smuggled, and possibly trafficked</h2><p>Smuggling is a crime against the state's "
        "border; trafficking is a crime against the person. The two can overlap: a person who "
        "paid to be moved can be deceived, indebted and exploited on arrival. Consent to the "
        "journey does not settle the question — and for anyone under 18, no threat, force or "
        "deceit needs to be shown at all: moving or receiving a child for the purpose of "
        "exploitation is trafficking in itself, as the UN protocol's definition says.</p>"
        "<h2>Children at the border</h2><p>The Frontex manual sets out guiding principles for "
        "child victims: explain their rights, do no harm, ensure their safety, approach them "
        "sensitively and listen actively. A passport is one piece of information about age; "
        "what the young person says is another. When a traveller may be a child, she goes to "
        f"social services, not back to the adult who brought her {CHECK}.</p>",
    ),
    CONTENT_WARNING,
    ("branching_case", BORDER_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "The first line notices and refers; the second line interviews the traveller "
                "apart from any escort",
                "Someone else paid, booked and speaks for her: look closer, even when the "
                "documents are in order",
                "A possible child goes to social services, never back to the escort",
            ],
        },
    ),
]

BORDER_CONTROL_SV = [
    (
        "text",
        "<h2>Gränsen som upptäcktspunkt</h2><p>Frontex, EU:s gränsbyrå, konstaterar att "
        "gränspolisen ofta är de enda brottsbekämpande tjänstemän som ett offer för "
        "människohandel möter under resan. Byråns utbildningsmanual för gränsbevakare (2011) "
        "har tre moduler: medvetenhet; identifiering, för <strong>första linjen</strong>, för "
        "att känna igen möjliga offer och möjliga människohandlare; och intervju, för "
        "<strong>andra linjen</strong>, där ett längre samtal ska visa om en person kan vara "
        "offer och vilken hjälp och vidareslussning hon eller han behöver. Europeiska "
        "kommissionen följde upp EU:s strategi mot människohandel från juni 2012 med riktlinjer "
        "för identifiering som särskilt vänder sig till konsulära tjänster och gränsbevakare "
        f"{CHECK}.</p>"
        "<h2>Vad första linjen kan se</h2><p>Många indikatorer beskriver exploatering som "
        "redan har skett; vid gränsen har den oftast inte det. Marika McAdam påpekar i sin "
        "artikel om identifiering vid gränser (2012) att många som till slut utsätts för "
        "människohandel börjar resan som irreguljära eller smugglade migranter, och att "
        "gränstjänstemän får lite vägledning i att känna igen den som riskerar att utnyttjas "
        "innan något har hänt. Hon förordar en rättighetsbaserad roll: första linjen värnar "
        "gränsen utan att kränka rättigheterna hos dem den stoppar, och utan att missa "
        "tillfället att lämna över en person till specialister som kan identifiera henne. I "
        "praktiken: titta på själva resan. Vem betalade biljetten och bokade vistelsen? Vem har "
        "passet? Kan den resande säga vart hon ska och varför? Svarar en medresenär åt henne? "
        "Är berättelsen om ett jobb utomlands vag, eller för bra för att vara sann?</p>"
        "<h2>Andra linjen</h2><ul>"
        "<li><strong>Enskilt</strong>: intervjua den resande skild från ledsagare eller "
        "”agent”, som varken ska tolka eller sitta med.</li>"
        "<li><strong>Med en oberoende tolk</strong>, på ett språk hon behärskar väl.</li>"
        "<li><strong>Öppna frågor</strong> om resan, arbetet, skulden och vem som har hennes "
        "handlingar — och hennes egna ord antecknade.</li>"
        "<li><strong>Rättigheter och hjälp</strong> förklarade oavsett utgången vid gränsen: ett "
        "beslut om avvisning avgör gränspassagen, inte risken.</li>"
        "<li><strong>Bevisning</strong>: biljetter, bokningar, handlingar och ledsagarens "
        "telefon kan vara viktiga för en utredning; rapportera till förundersökningsledaren "
        "innan de försvinner.</li></ul>"
        "<h2>Smugglad, och kanske utsatt för människohandel</h2><p>Människosmuggling är ett "
        "brott mot statens gräns; människohandel är ett brott mot personen. De kan gå in i "
        "varandra: den som betalat för att ta sig hit kan bli lurad, skuldsatt och exploaterad "
        "vid framkomsten. Att personen gick med på resan avgör inte frågan — och för den som är "
        "under 18 år behöver inget hot, tvång eller vilseledande visas alls: att förflytta "
        "eller ta emot ett barn i syfte att exploatera det är i sig människohandel, enligt "
        "definitionen i FN:s protokoll.</p>"
        "<h2>Barn vid gränsen</h2><p>Frontex manual ger vägledande principer för barn som "
        "utsatts: förklara deras rättigheter, gör ingen skada, se till deras säkerhet, bemöt dem "
        "varsamt och lyssna aktivt. Ett pass är en uppgift om åldern; det den unga själv säger "
        "är en annan. När en resande kan vara ett barn går hon till socialtjänsten, inte "
        f"tillbaka till den vuxne som tog hit henne {CHECK}.</p>",
    ),
    CONTENT_WARNING_SV,
    ("branching_case", BORDER_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Första linjen uppmärksammar och hänvisar; andra linjen intervjuar den resande "
                "skild från ledsagaren",
                "Någon annan har betalat, bokat och talar för henne: se närmare, även när "
                "handlingarna är i ordning",
                "Ett möjligt barn går till socialtjänsten, aldrig tillbaka till ledsagaren",
            ],
        },
    ),
]

BORDER_CONTROL_CHECKS = (
    [
        "The border police's routine when a traveller may be under 18: confirm how the "
        "Police Authority's border police hand a possible child to social services (and the "
        "legal basis for keeping the child apart from the escort meanwhile)",
        "The publication year (2013, as the curriculum brief gives it) and the current edition "
        "of the European Commission's guidelines for consular services and border guards",
    ],
    [
        "Gränspolisens rutin när en resande kan vara under 18 år: bekräfta hur Polismyndighetens "
        "gränspolis lämnar över ett möjligt barn till socialtjänsten (och det rättsliga stödet "
        "för att under tiden hålla barnet skilt från ledsagaren)",
        "Utgivningsåret (2013, enligt projektets kursplan) och gällande utgåva av Europeiska "
        "kommissionens riktlinjer för konsulära tjänster och gränsbevakare",
    ],
)
BORDER_CONTROL_SOURCES = [
    FRONTEX_TRAINING,
    FRONTEX_MANUAL_SUMMARY,
    EC_GUIDELINES_2013,
    MCADAM_2012,
    UNODC_MANUAL,
    PALERMO_UNGIFT,
]


# Module 2: immediate safety -------------------------------------------------------------------

IMMEDIATE_SAFETY = [
    (
        "text",
        "<h2>The first hours</h2><p>Sweden's referral manual for suspected trafficking, the "
        "<em>Manual vid misstanke om människohandel</em> (MMM), calls its second step "
        "<strong>acute protection</strong>: what must happen in the first hours, or the first "
        "day, after a possible victim has been identified. Urgent needs for protection and care "
        "come first, and social services, the police and sometimes health care have to be "
        "brought in to meet them. As a first responder you are usually the one who starts this "
        "chain. The manual is clear that in Sweden no single actor formally identifies victims: "
        "anyone with knowledge of the field may identify a <em>presumed</em> victim, and the "
        "regional coordinators and the national support line of the Gender Equality Agency are "
        "there to help professionals judge a situation.</p>"
        "<h2>Safety comes before the story</h2><p>Before you ask what happened, make sure that "
        "nothing is happening now. Is anyone hurt or ill? Is the person in danger where she "
        "stands? Is the suspected controller still nearby, or on the phone? The seeds of this "
        "course remind us that the danger does not stop with the person in front of you: the "
        "Civil Society Platform against trafficking wrote in 2017 that the need to protect "
        "families in the home country must be part of any threat and risk assessment, and "
        "asked whether the routines in use actually work. Ask who else could be harmed — "
        "children, relatives at home, others in the same flat — and write it down for the "
        "investigator who makes the full risk assessment.</p>"
        "<h2>Information she can use</h2><p>The manual gives the person a right to basic "
        "information early, in a language she understands: about her rights in the criminal "
        "process, the possibility of a temporary residence permit, the right to damages, the "
        "right to an interpreter and the right to free legal support from a counsel for the "
        "injured party (målsägandebiträde). The police can follow the Preliminary "
        "Investigation Ordinance (förundersökningskungörelsen) to see what information must be "
        f"given {CHECK}. Information is also protection: a person who knows that the state "
        "will not treat her as the offender has less reason to trust the people who exploit "
        "her.</p>"
        "<h2>Why help is refused</h2><p>Around 2011 the Baltic Sea states' task force described "
        "more refined methods of control and victims who refuse help because of stigma and how "
        "they see themselves. A refusal at the door is common and does not end your duty: give "
        "the information anyway, leave a way back, record what you saw, and remember that the "
        "investigation of a crime under public prosecution does not depend on her consent. "
        "The same platform planned to work with the police's national operational department "
        "(NOA) on knowledge of the non-punishment principle — on helping officers <em>see the "
        "crime behind the crime</em>: a false passport, an irregular stay "
        "or a shoplifting charge can be the visible part of someone else's exploitation.</p>"
        "<h2>Your own safety, and the interpreter's</h2><p>Exploiters may be close by, and "
        "may know the interpreter's community. Use a telephone interpreter where you can, do "
        "not let anyone from the scene interpret, and tell the interpreter nothing the "
        "conversation does not need. Keep the person and any suspected controller apart, also "
        "in the vehicle and at the station.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "The first hour: a working checklist",
            "intro": "Not a form to read aloud: a reminder of what must be done, in roughly "
            "this order, before you leave the scene.",
            "groups": [
                {
                    "heading": "Now",
                    "indicators": [
                        "No one is hurt or in immediate danger; call for care if needed",
                        "The person is apart from anyone who may control her",
                        "An interpreter with no link to the scene is on the line",
                    ],
                },
                {
                    "heading": "Before you leave",
                    "indicators": [
                        "She has been told her rights and where help is, in her language",
                        "Social services have been contacted, at once if a child may be involved",
                        "What you saw and heard is noted, and the investigator has been told",
                    ],
                },
            ],
        },
    ),
    reference_facts(
        [NSPM_SUPPORT_LINE, URGENT_CONTACTS, EMERGENCY],
        title="Reference card: contacts in Sweden [CHECK]",
        note="<p>As MMM's step on acute protection lists them; check the numbers before you "
        "rely on them, and add your own region's coordinator and social services' out-of-hours "
        "service.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "The first hours are about protection and care: bring in social services and, "
                "if needed, health care",
                "Tell the person her rights early, in a language she understands, whatever she "
                "answers",
                "A refusal of help is common; it does not end the investigation or your duty",
            ],
        },
    ),
]

IMMEDIATE_SAFETY_SV = [
    (
        "text",
        "<h2>De första timmarna</h2><p>Sveriges nationella hänvisningsmekanism, <em>Manual vid "
        "misstanke om människohandel</em> (MMM), kallar sitt andra steg <strong>akut "
        "skydd</strong>: det som måste ske de första timmarna eller det första dygnet efter att "
        "ett förmodat offer har identifierats. Akuta behov av skydd och vård går först, och "
        "socialtjänsten, polisen och ibland hälso- och sjukvården behöver kopplas in för att "
        "tillgodose dem. Som första polis på plats är det oftast du som sätter igång kedjan. "
        "Manualen är tydlig med att ingen enskild aktör i Sverige formellt identifierar offer: "
        "alla som har kunskap inom området kan identifiera ett <em>förmodat</em> offer, och "
        "regionkoordinatorerna och Jämställdhetsmyndighetens nationella stödtelefon finns för "
        "att hjälpa yrkesverksamma att bedöma en situation.</p>"
        "<h2>Säkerheten före berättelsen</h2><p>Innan du frågar vad som har hänt, se till att "
        "inget händer just nu. Är någon skadad eller sjuk? Är personen i fara där hon står? "
        "Finns den misstänkte kontrollanten i närheten, eller i telefonen? Kursens "
        "grunddokument påminner om att faran inte stannar vid personen framför dig: Plattformen "
        "Civila Sverige mot människohandel skrev 2017 att skyddsbehovet för familjer i "
        "hemlandet måste finnas med i hot- och riskbedömningen, och frågade om de rutiner som "
        "används faktiskt fungerar. Fråga vem mer som kan skadas — barn, anhöriga i hemlandet, "
        "andra i samma lägenhet — och anteckna det åt utredaren som gör den fullständiga "
        "riskbedömningen.</p>"
        "<h2>Information hon kan använda</h2><p>Enligt manualen har personen rätt till "
        "grundläggande information tidigt, på ett språk hon förstår: om sina rättigheter i den "
        "straffrättsliga processen, möjligheten till tidsbegränsat uppehållstillstånd, rätten "
        "till skadestånd, rätten till tolk och rätten till kostnadsfritt juridiskt stöd genom "
        "ett målsägandebiträde. Polisen kan använda förundersökningskungörelsen för att se "
        f"vilken information som ska lämnas {CHECK}. Information är också skydd: den som vet att "
        "staten inte behandlar henne som gärningsperson har mindre skäl att lita på dem som "
        "utnyttjar henne.</p>"
        "<h2>Varför hjälp avböjs</h2><p>Omkring 2011 beskrev Östersjöstaternas aktionsgrupp "
        "alltmer förfinade kontrollmetoder och offer som tackar nej till hjälp på grund av "
        "stigma och sin egen självbild. Ett nej i dörren är vanligt och avslutar inte ditt "
        "ansvar: ge informationen ändå, lämna en väg tillbaka, dokumentera det du såg och kom "
        "ihåg att utredningen av ett brott som hör under allmänt åtal inte hänger på hennes "
        "samtycke. Samma plattform planerade att samarbeta med polisens nationella operativa avdelning "
        "(NOA) om kunskapen om principen om icke-bestraffning — om att hjälpa poliser att "
        "<em>se brottet bakom brottet</em>: ett falskt pass, en olaglig "
        "vistelse eller en misstanke om snatteri kan vara den synliga delen av någon annans "
        "exploatering.</p>"
        "<h2>Din egen säkerhet, och tolkens</h2><p>Exploatörerna kan finnas nära och kan känna "
        "till tolkens umgängeskrets. Använd telefontolk när det går, låt ingen från platsen "
        "tolka och berätta inget för tolken som samtalet inte kräver. Håll personen och en "
        "misstänkt kontrollant åtskilda, också i bilen och på stationen.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Den första timmen: en arbetslista",
            "intro": "Inget formulär att läsa upp, utan en påminnelse om vad som ska vara gjort, "
            "ungefär i den här ordningen, innan du lämnar platsen.",
            "groups": [
                {
                    "heading": "Nu",
                    "indicators": [
                        "Ingen är skadad eller i akut fara; tillkalla vård vid behov",
                        "Personen är skild från den som kan kontrollera henne",
                        "En tolk utan koppling till platsen är med i telefon",
                    ],
                },
                {
                    "heading": "Innan du lämnar platsen",
                    "indicators": [
                        "Hon har fått veta sina rättigheter och var hjälp finns, på sitt språk",
                        "Socialtjänsten är kontaktad, genast om ett barn kan vara inblandat",
                        "Det du såg och hörde är antecknat, och utredaren är underrättad",
                    ],
                },
            ],
        },
    ),
    reference_facts(
        [NSPM_SUPPORT_LINE, URGENT_CONTACTS, EMERGENCY],
        title="Referenskort: kontakter i Sverige [CHECK]",
        note="<p>Så som MMM:s steg om akut skydd anger dem; kontrollera numren innan du litar på "
        "dem, och lägg till din regions koordinator och socialjouren.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "De första timmarna handlar om skydd och vård: koppla in socialtjänsten och vid "
                "behov hälso- och sjukvården",
                "Berätta tidigt om personens rättigheter, på ett språk hon förstår, vad hon än "
                "svarar",
                "Att hjälp avböjs är vanligt; det avslutar varken utredningen eller ditt ansvar",
            ],
        },
    ),
]

IMMEDIATE_SAFETY_CHECKS = (
    [
        "That the Preliminary Investigation Ordinance (förundersökningskungörelsen) sets out "
        "the information the police must give a possible victim, as MMM's step 2 says: confirm "
        "the provisions and the Police Authority's current routine",
        "The contacts on the reference card (the NSPM support line, 114 14, 112), as MMM's "
        "acute-protection step lists them in December 2026",
    ],
    [
        "Att förundersökningskungörelsen anger vilken information polisen ska lämna ett "
        "möjligt offer, så som MMM:s steg 2 säger: bekräfta bestämmelserna och Polismyndighetens "
        "gällande rutin",
        "Kontakterna på referenskortet (NSPM:s stödtelefon, 114 14, 112), så som MMM:s steg om "
        "akut skydd anger dem i december 2026",
    ],
)
IMMEDIATE_SAFETY_SOURCES = [
    MMM_ACUTE_PROTECTION,
    MMM_IDENTIFICATION,
    SEED_PLATFORM,
    SEED_CBSS,
    UNODC_TOOLKIT,
]


# Module 3: starting the preliminary investigation and securing evidence -----------------------

INVESTIGATION = [
    (
        "text",
        "<h2>The duty to open an investigation</h2><p>The Code of Judicial Procedure "
        "(rättegångsbalken) obliges the police and prosecutors to open a preliminary "
        "investigation (förundersökning) as soon as there is, on a report or for any other "
        "reason, cause to believe that a crime under public prosecution has been committed "
        f"(chapter 23, section 1) {CHECK}. Trafficking is such a crime. Either the Police "
        "Authority or a prosecutor may decide to open it (section 3), and the decision is "
        "recorded in the file with the name of the person who made it. Once someone can "
        f"reasonably be suspected, a prosecutor normally takes over the lead {CHECK}. The "
        "investigation does not wait for the victim to file a complaint or to promise to testify: what you "
        "saw in the flat or at the border may be enough cause on its own.</p>"
        "<h2>Why it matters to her, too</h2><p>Sweden has no formal status of “victim of "
        "trafficking” beyond being an injured party (målsägande) in a preliminary "
        "investigation, as the MMM manual puts it. In its first report on Sweden (2014) the "
        "Council of Europe's expert group GRETA was concerned that identification depended "
        "largely on the person giving the information needed to start a criminal "
        "investigation, leaving many victims without formal identification and the protection "
        "it brings. Its second report (2018) welcomed Sweden's specialised anti-trafficking "
        "police units. Open the investigation on what you know; do not make support wait for "
        "her statement.</p>"
        "<h2>Evidence beyond testimony</h2><p>UNODC's manual for criminal-justice "
        "practitioners devotes its module 7 to crime scenes and physical evidence in "
        "trafficking investigations. It asks the investigator to think of five kinds of "
        "source: <strong>victims and suspects</strong>; <strong>locations</strong>; "
        "<strong>vehicles</strong>; <strong>documents</strong> found at the scene, on people "
        "or in a vehicle; and <strong>IT and communications equipment</strong>. Evidence of "
        "that kind does not change its story under pressure. In a sex-purchase case it means "
        "the phones that answer the advertisements, the advertisements themselves, cash and "
        "records of payments, keys and rental contracts, travel tickets, and the state of the "
        "flat: the Police Authority's own account of an operation in 2021 described the "
        "condoms, pills, make-up and beer cans on the table by the beds. Preserve the scene, "
        "document it before anything is moved, and let the head of the investigation decide "
        "on seizure and search in time. A medical examination is for health care, and only "
        f"with her informed consent {CHECK}.</p>"
        "<h2>Her first words</h2><p>Write down what the person said, in her own words, when "
        "and through which interpreter, and who else was present. Do not turn the first "
        "contact into a full interview: the formal interview (förhör) is planned later, with "
        "the right interpreter and her counsel. A first account taken under pressure, through "
        "the wrong interpreter, can follow the case all the way to court.</p>"
        "<h2>Counsel and a reflection period</h2><p>Once a crime has been reported, a counsel "
        "for the injured party (målsägandebiträde) should be appointed as early as possible: "
        "the police or the prosecutor asks the court, which appoints a suitable person, taking "
        "account of the person's wishes (MMM, step 3). A foreign national staying in Sweden "
        "can be given a temporary residence permit for a <strong>reflection period</strong> of "
        "30 days, to recover and decide whether to cooperate, and a longer permit of at least "
        "six months when her presence is needed for the investigation or the trial, she has "
        "clearly shown that she wants to cooperate and she has broken off contact with the "
        "suspects. In both cases it is the <strong>head of the preliminary "
        "investigation</strong> who applies (Aliens Act, chapter 5, section 15) "
        f"{CHECK}.</p>"
        "<h2>Working together from the start</h2><p>The seeds of this course record how "
        "Kvinnoforum's project with nine authorities in the Stockholm region led to an "
        "operational plan for cooperation between the police, prosecutors and social services, "
        "and how the EQUAL partnership set out to develop routines for effective prosecution "
        "and coordinated support at the same time. UNODC's toolkit of 2008 likewise treats law "
        "enforcement and victim identification as two chapters of one response.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Open the preliminary investigation on what you know; it does not wait for the "
                "victim's complaint",
                "Secure evidence beyond testimony early: phones, advertisements, documents, "
                "money and the scene",
                "Ask early for a counsel for the injured party; the head of the investigation "
                "applies for a reflection period",
            ],
        },
    ),
]

INVESTIGATION_SV = [
    (
        "text",
        "<h2>Skyldigheten att inleda förundersökning</h2><p>Enligt rättegångsbalken ska en "
        "förundersökning inledas så snart det på grund av angivelse eller av annat skäl finns "
        "anledning att anta att ett brott som hör under allmänt åtal har förövats (23 kap. "
        f"1 §) {CHECK}. Människohandel är ett sådant brott. Beslutet fattas av "
        "Polismyndigheten eller av åklagare (23 kap. 3 §) och antecknas i akten tillsammans med "
        "vem som fattade det. När någon skäligen kan misstänkas tar åklagaren i regel över "
        f"ledningen {CHECK}. Förundersökningen väntar inte på att den utsatta gör en anmälan eller lovar att "
        "vittna: det du såg i lägenheten eller vid gränsen kan räcka som skäl i sig.</p>"
        "<h2>Varför det spelar roll för henne också</h2><p>I Sverige finns ingen formell status "
        "som ”offer för människohandel” utöver att vara målsägande i en förundersökning, som "
        "MMM uttrycker det. I sin första rapport om Sverige (2014) oroade sig Europarådets "
        "expertgrupp GRETA över att identifieringen till stor del hängde på att personen "
        "lämnade de uppgifter som behövdes för att inleda en brottsutredning, vilket lämnade "
        "många offer utan formell identifiering och utan det skydd som följer med den. Den "
        "andra rapporten (2018) välkomnade de särskilda polisgrupperna mot människohandel. "
        "Inled förundersökningen på det du vet; låt inte stödet vänta på hennes berättelse.</p>"
        "<h2>Bevisning utöver vittnesmål</h2><p>UNODC:s handbok för rättsväsendet ägnar sin "
        "modul 7 åt brottsplatser och fysisk bevisning i utredningar om människohandel. Den ber "
        "utredaren tänka på fem slags källor: <strong>offer och misstänkta</strong>; "
        "<strong>platser</strong>; <strong>fordon</strong>; <strong>handlingar</strong> som "
        "hittas på platsen, på personer eller i ett fordon; och <strong>it- och "
        "kommunikationsutrustning</strong>. Sådan bevisning ändrar inte sin berättelse under "
        "press. I ett sexköpsärende betyder det telefonerna som svarar på annonserna, själva "
        "annonserna, kontanter och betalningsuppgifter, nycklar och hyreskontrakt, resebiljetter "
        "och hur lägenheten ser ut: Polismyndighetens egen beskrivning av en insats 2021 "
        "nämnde kondomerna, tabletterna, sminket och ölburkarna på bordet vid sängarna. Bevara "
        "platsen, dokumentera den innan något flyttas, och låt förundersökningsledaren besluta "
        "om beslag och husrannsakan i tid. En läkarundersökning görs av hälso- och sjukvården, "
        f"och bara med hennes informerade samtycke {CHECK}.</p>"
        "<h2>Hennes första ord</h2><p>Anteckna vad personen sa, med hennes egna ord, när och "
        "genom vilken tolk, och vilka andra som var närvarande. Gör inte den första kontakten "
        "till ett fullständigt förhör: förhöret planeras senare, med rätt tolk och hennes "
        "målsägandebiträde. En första berättelse som tagits under press, genom fel tolk, kan "
        "följa ärendet ända in i rättssalen.</p>"
        "<h2>Målsägandebiträde och betänketid</h2><p>När en polisanmälan har upprättats bör ett "
        "målsägandebiträde förordnas så tidigt som möjligt: polis eller åklagare begär det hos "
        "domstolen, som utser en lämplig person och kan ta hänsyn till brottsoffrets egna "
        "önskemål (MMM, steg 3). En utlänning som vistas här kan få ett "
        "tidsbegränsat uppehållstillstånd för <strong>betänketid</strong> i 30 dagar, för att "
        "återhämta sig och ta ställning till om hon vill samarbeta, och ett längre tillstånd om "
        "minst sex månader när hon behövs för förundersökningen eller huvudförhandlingen, klart "
        "har visat att hon vill samarbeta och har brutit kontakten med de misstänkta. I båda "
        "fallen är det <strong>förundersökningsledaren</strong> som ansöker (5 kap. 15 § "
        f"utlänningslagen) {CHECK}.</p>"
        "<h2>Samverkan från början</h2><p>Kursens grunddokument berättar hur Kvinnoforums "
        "projekt med nio myndigheter i Stockholmsregionen ledde fram till en operativ plan för "
        "samverkan mellan polis, åklagare och socialtjänst, och hur EQUAL-partnerskapet ville "
        "utveckla rutiner för effektiv lagföring och samordnat stöd på samma gång. UNODC:s "
        "verktygslåda från 2008 behandlar på samma sätt brottsbekämpning och identifiering av "
        "offer som två kapitel i samma arbete.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Inled förundersökningen på det du vet; den väntar inte på brottsoffrets anmälan",
                "Säkra tidigt bevisning utöver vittnesmål: telefoner, annonser, handlingar, "
                "pengar och platsen",
                "Begär tidigt ett målsägandebiträde; förundersökningsledaren ansöker om betänketid",
            ],
        },
    ),
]

INVESTIGATION_CHECKS = (
    [
        "The current wording of the Code of Judicial Procedure, chapter 23, section 1 (the duty "
        "to open a preliminary investigation), read here from its 1942 draft and from "
        "secondary sources",
        "When the prosecutor takes over the lead of a preliminary investigation (chapter 23, "
        "section 3) and the current conditions",
        "Who may carry out or request a forensic medical examination of a possible victim, and "
        "the consent it requires",
        "The current wording of the Aliens Act, chapter 5, section 15 (read here as amended in "
        "2007: a 30-day reflection period; at least six months for an investigation or trial; "
        "both on the application of the head of the preliminary investigation)",
    ],
    [
        "Gällande lydelse av 23 kap. 1 § rättegångsbalken (skyldigheten att inleda "
        "förundersökning), här läst i 1942 års förslag och i sekundära källor",
        "När åklagaren tar över ledningen av en förundersökning (23 kap. 3 §) och vilka villkor "
        "som gäller i dag",
        "Vem som får utföra eller begära en rättsmedicinsk undersökning av ett möjligt offer, "
        "och vilket samtycke som krävs",
        "Gällande lydelse av 5 kap. 15 § utlänningslagen (här läst i lydelsen från 2007: "
        "betänketid i 30 dagar; minst sex månader för förundersökning eller huvudförhandling; "
        "båda på ansökan av förundersökningsledaren)",
    ],
)
INVESTIGATION_SOURCES = [
    LAWLINE_FU,
    RB_23_1942,
    MMM_IDENTIFICATION,
    MMM_INITIAL_SUPPORT,
    GRETA_SWEDEN_2014,
    GRETA_SWEDEN_2018,
    UNODC_MODULE_7,
    POLICE_OST_2021,
    ALIENS_ACT_5_15,
    NMT_TUT_FORM,
    SEED_KVINNOFORUM,
    SEED_EQUAL,
    UNODC_TOOLKIT,
]


# Module 4: children -----------------------------------------------------------------------------

CHILDREN = [
    (
        "text",
        "<h2>A child is a child first</h2><p>The UN protocol on trafficking treats children "
        "differently from adults. For an adult, trafficking requires an improper means — "
        "threat, force, deceit, abuse of a position of vulnerability and the like. For anyone "
        "under 18, it does not: recruiting, moving, harbouring or receiving a child for the "
        "purpose of exploitation is trafficking even when no such means is used, because a "
        "child cannot give valid consent to her own exploitation. Swedish law follows the "
        f"same rule for trafficking under the Penal Code, chapter 4, section 1a {CHECK}. For a "
        "police officer this means one thing: when the person in front of you may be a child, "
        "you do not need to find a threat or a debt before you act. You need social services, "
        "at once.</p>"
        "<h2>Social services, at once</h2><p>Certain authorities, the police among them, "
        "must report to the municipality's social welfare committee at "
        "once when they learn or suspect that a child is being harmed. Socialstyrelsen's guide "
        "for those who must report describes the duty as it stood under the Social Services "
        f"Act of 2001 (chapter 14, section 1) {CHECK}. The MMM manual gives social services a "
        "special responsibility for children and the ultimate responsibility for everyone "
        "staying in the municipality; Kunskapsguiden adds that this responsibility covers all "
        "children whether or not they have a right to be in Sweden. On a report of concern, "
        "social services make an immediate assessment of the child's need for protection — in "
        "the Stockholm region's routine, the same day or at the latest the day after — and "
        "can decide on immediate care under section 6 of the Care of Young Persons Act "
        "(LVU).</p>"
        "<h2>Why you do not let go</h2><p>Kunskapsguiden warns that children exploited in "
        "trafficking often disappear once social services notice them: the child is an income "
        "for the exploiter and may be picked up and forced to follow, may be emotionally tied "
        "to the people who exploit her, and often has little trust in authorities. A child "
        "handed back to the adult who controls her, even “just for tonight”, may be gone by "
        "the morning. Keep the child apart from that adult and in safe care until social "
        f"services have taken over {CHECK}.</p>"
        "<h2>When the age is uncertain</h2><p>Papers may be false, or made by the very person "
        "who brought the child; the young person's own account, school, birthday and family "
        "may say something else. Treat a person who may be under 18 as a child until the "
        f"question is settled by those whose task it is {CHECK}. The Frontex manual's "
        "principles for child victims — explain their rights, do no harm, ensure safety, "
        "approach sensitively, listen actively — apply on the street and in a flat as much as "
        "at the border.</p>"
        "<h2>Suspect or victim is a false choice</h2><p>A child caught stealing, selling drugs "
        "or guarding a flat can also be a child exploited by someone else. The seeds name "
        "Swedish girls recruited online and unaccompanied children, especially those refused "
        "asylum and living without papers, as groups at particular risk. Seeing “the crime "
        "behind the crime”, in the Civil Society Platform's words, is part of the first "
        "response; how the non-punishment principle then applies is the subject of its own "
        "course.</p>"
        "<h2>Leave the interview to those trained for it</h2><p>Do not interview the child at "
        "the scene beyond what safety requires. Children are heard by specially trained "
        f"interviewers, often at a Barnahus, together with social services {CHECK}. The County "
        "Administrative Board of Stockholm reviewed the police's cases of suspected trafficking "
        "in children from 2015–2016 precisely to find out why so few preliminary "
        "investigations led to prosecution: what the first officer secures, and how, "
        "matters.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "When the person may be under 18",
            "intro": "Any one of these is reason to treat the person as a child and call social "
            "services now.",
            "groups": [
                {
                    "heading": "What you hear",
                    "indicators": [
                        "An age, a school year or a birthday that does not fit the papers",
                        "An adult who insists on the age and answers for the young person",
                    ],
                },
                {
                    "heading": "What you see",
                    "indicators": [
                        "A young person sleeping where she or he works",
                        "Papers held by an adult who is not a parent",
                        "An adult who wants to take the young person away “tonight”",
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
                "For a child, no threat or deceit needs to be shown: exploitation is enough",
                "Call social services at once, and keep the child apart from the adult who may "
                "control her until they take over",
                "When the age is uncertain, treat the person as a child",
            ],
        },
    ),
]

CHILDREN_SV = [
    (
        "text",
        "<h2>Ett barn är först och främst ett barn</h2><p>FN:s protokoll om människohandel "
        "behandlar barn annorlunda än vuxna. För en vuxen förutsätter människohandel ett "
        "otillbörligt medel — hot, våld, vilseledande, utnyttjande av någons utsatta belägenhet "
        "och liknande. För den som är under 18 år gör det inte det: att rekrytera, "
        "transportera, hysa eller ta emot ett barn i syfte att exploatera det är människohandel "
        "även när inget sådant medel används, eftersom ett barn inte kan ge ett giltigt "
        "samtycke till att utnyttjas. Svensk rätt följer samma regel för människohandel enligt "
        f"4 kap. 1 a § brottsbalken {CHECK}. För en polis betyder det en sak: när den du har "
        "framför dig kan vara ett barn behöver du inte hitta ett hot eller en skuld innan du "
        "agerar. Du behöver socialtjänsten, genast.</p>"
        "<h2>Socialtjänsten, genast</h2><p>Vissa myndigheter, polisen bland dem, "
        "är skyldiga att genast anmäla till socialnämnden när de får kännedom om "
        "eller misstänker att ett barn far illa. Socialstyrelsens stöd för "
        "anmälningsskyldiga beskriver skyldigheten så som den gällde enligt 2001 års "
        f"socialtjänstlag (14 kap. 1 §) {CHECK}. MMM ger socialtjänsten ett särskilt ansvar för "
        "barn och det yttersta ansvaret för alla som vistas i kommunen; Kunskapsguiden "
        "tillägger att ansvaret gäller alla barn, oavsett om de har rätt att vistas i Sverige "
        "eller inte. Efter en orosanmälan gör socialtjänsten en omedelbar skyddsbedömning — i "
        "Stockholmsregionens rutin samma dag eller senast dagen därpå — och kan besluta om "
        "omedelbart omhändertagande enligt 6 § lagen med särskilda bestämmelser om vård av unga "
        "(LVU).</p>"
        "<h2>Varför du inte släpper taget</h2><p>Kunskapsguiden varnar för att barn som "
        "utnyttjas i människohandel ofta försvinner när socialtjänsten uppmärksammar dem: barnet "
        "är en inkomstkälla för förövaren och kan hämtas upp och tvingas följa med, kan vara "
        "känslomässigt bundet till dem som utnyttjar det och har ofta lågt förtroende för "
        "myndigheter. Ett barn som lämnas tillbaka till den vuxne som kontrollerar det, även "
        "”bara i natt”, kan vara borta på morgonen. Håll barnet skilt från den vuxne och i "
        f"trygg omsorg tills socialtjänsten har tagit över {CHECK}.</p>"
        "<h2>När åldern är oklar</h2><p>Handlingar kan vara falska, eller ordnade av just den "
        "som tog hit barnet; den ungas egen berättelse, skola, födelsedag och familj kan säga "
        "något annat. Behandla den som kan vara under 18 år som ett barn tills frågan har "
        f"avgjorts av dem som har den uppgiften {CHECK}. Frontex principer för barn som utsatts "
        "— förklara deras rättigheter, gör ingen skada, se till deras säkerhet, bemöt dem "
        "varsamt, lyssna aktivt — gäller på gatan och i en lägenhet lika mycket som vid "
        "gränsen.</p>"
        "<h2>Misstänkt eller offer är ett falskt val</h2><p>Ett barn som ertappas med att stjäla, "
        "sälja narkotika eller vakta en lägenhet kan samtidigt vara ett barn som någon annan "
        "utnyttjar. Grunddokumenten pekar ut svenska flickor som rekryteras över internet och "
        "ensamkommande barn, särskilt de som fått avslag på sin asylansökan och lever "
        "papperslösa, som särskilt utsatta grupper. Att se ”brottet bakom brottet”, med "
        "Plattformen Civila Sveriges ord, hör till den första insatsen; hur principen om "
        "icke-bestraffning sedan tillämpas är ämnet för en egen kurs.</p>"
        "<h2>Lämna samtalet åt dem som är utbildade för det</h2><p>Förhör inte barnet på "
        "platsen mer än säkerheten kräver. Barn hörs av särskilt utbildade förhörsledare, ofta "
        f"på ett Barnahus, tillsammans med socialtjänsten {CHECK}. Länsstyrelsen i Stockholms "
        "län gick igenom polisens ärenden om misstänkt människohandel med barn från 2015–2016 "
        "just för att ta reda på varför så få förundersökningar ledde till åtal: vad den första "
        "polisen säkrar, och hur, spelar roll.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "När personen kan vara under 18 år",
            "intro": "Vart och ett av dessa är skäl att behandla personen som ett barn och ringa "
            "socialtjänsten nu.",
            "groups": [
                {
                    "heading": "Det du hör",
                    "indicators": [
                        "En ålder, en årskurs eller en födelsedag som inte stämmer med "
                        "handlingarna",
                        "En vuxen som envist hävdar åldern och svarar åt den unga",
                    ],
                },
                {
                    "heading": "Det du ser",
                    "indicators": [
                        "En ung person som sover där hon eller han arbetar",
                        "Handlingar som en vuxen som inte är förälder har hand om",
                        "En vuxen som vill ta med sig den unga ”i kväll”",
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
                "För ett barn behöver inget hot eller vilseledande visas: exploateringen räcker",
                "Ring socialtjänsten genast, och håll barnet skilt från den vuxne som kan "
                "kontrollera det tills socialtjänsten tar över",
                "När åldern är oklar: behandla personen som ett barn",
            ],
        },
    ),
]

CHILDREN_CHECKS = (
    [
        "The Penal Code, chapter 4, section 1a: that no improper means is required when the "
        "victim is under 18",
        "The police's duty to report concern for a child: chapter 14, section 1 of the Social "
        "Services Act (2001:453) as described by Socialstyrelsen in 2014; confirm the provision "
        "in the Social Services Act now in force",
        "The legal basis and routine for keeping a possible child in police care, apart from "
        "the adult, until social services take over (e.g. the Police Act)",
        "The routine when a person's age is uncertain: that the police treat the person as a "
        "child until the age is settled, and who settles it",
        "That children are interviewed by specially trained interviewers, often at a Barnahus, "
        "and the current routine for children who may be victims of trafficking",
    ],
    [
        "4 kap. 1 a § brottsbalken: att inget otillbörligt medel krävs när offret är under 18 år",
        "Polisens skyldighet att anmäla oro för barn: 14 kap. 1 § socialtjänstlagen (2001:453) "
        "så som Socialstyrelsen beskrev den 2014; bekräfta bestämmelsen i den socialtjänstlag "
        "som nu gäller",
        "Det rättsliga stödet och rutinen för att hålla ett möjligt barn i polisens omsorg, "
        "skilt från den vuxne, tills socialtjänsten tar över (t.ex. polislagen)",
        "Rutinen när en persons ålder är oklar: att polisen behandlar personen som ett barn tills "
        "åldern är fastställd, och vem som fastställer den",
        "Att barn hörs av särskilt utbildade förhörsledare, ofta på ett Barnahus, och vilken "
        "rutin som gäller för barn som kan vara offer för människohandel",
    ],
)
CHILDREN_SOURCES = [
    PALERMO_UNGIFT,
    SOCIALSTYRELSEN_REPORTING,
    MMM_ACTORS,
    KUNSKAPSGUIDEN_CHILDREN,
    OPERATION_KVINNOFRID,
    FRONTEX_MANUAL_SUMMARY,
    LANSSTYRELSEN_2017,
    SEED_PLATFORM,
]


COURSE = {
    "slug": "first-response",
    "slug_sv": "forsta-insatsen",
    "title": "First response",
    "title_sv": "Första insatsen",
    "summary": "For police officers, border police included: recognise trafficking during "
    "sex-purchase interventions, inspections and border control, make the person safe, start "
    "the preliminary investigation and secure evidence early — and bring in social services at "
    "once when a child may be involved.",
    "summary_sv": "För poliser, gränspolisen inräknad: känn igen människohandel vid "
    "sexköpsingripanden, kontroller och gränskontroll, skydda personen, inled förundersökningen "
    "och säkra bevisning tidigt — och koppla in socialtjänsten genast när ett barn kan vara "
    "inblandat.",
    "outcomes": [
        "Recognise indicators of trafficking during interventions, inspections and border "
        "checks, and treat them as reasons to ask more, not as proof",
        "Separate a possible victim from a suspected controller and talk through an "
        "independent interpreter, without confronting the suspect",
        "Meet the person's urgent needs for protection and information in the first hours",
        "Start a preliminary investigation and secure evidence beyond testimony",
        "Treat a possible child as a child and bring in social services at once",
    ],
    "outcomes_sv": [
        "Känna igen indikatorer på människohandel vid ingripanden, kontroller och "
        "gränskontroll, och se dem som skäl att fråga vidare, inte som bevis",
        "Skilja ett möjligt offer från en misstänkt kontrollant och samtala via en oberoende "
        "tolk, utan att konfrontera den misstänkte",
        "Tillgodose personens akuta behov av skydd och information de första timmarna",
        "Inleda förundersökning och säkra bevisning utöver vittnesmål",
        "Behandla ett möjligt barn som ett barn och koppla in socialtjänsten genast",
    ],
    "audiences": ["police"],
    "topics": ["identification"],
    "version": "2026.1",
    "issues_certificate": True,
    "certificate_months": 24,
    "modules": [
        {
            "slug": "where-police-meet-trafficking",
            "title": "Where police meet trafficking",
            "title_sv": "Där polisen möter människohandel",
            "summary": "Sex-purchase interventions, inspections and border control: what to "
            "notice and how to act at the door.",
            "summary_sv": "Sexköpsingripanden, kontroller och gränskontroll: vad du ska lägga "
            "märke till och hur du agerar i dörren.",
            "lessons": [
                lesson(
                    "interventions-and-inspections",
                    "Sex-purchase interventions and inspections",
                    "Ingripanden mot sexköp och kontroller",
                    (INTERVENTIONS, INTERVENTIONS_SV),
                    INTERVENTIONS_SOURCES,
                    INTERVENTIONS_CHECKS,
                ),
                lesson(
                    "border-control",
                    "Border control: the first and the second line",
                    "Gränskontroll: första och andra linjen",
                    (BORDER_CONTROL, BORDER_CONTROL_SV),
                    BORDER_CONTROL_SOURCES,
                    BORDER_CONTROL_CHECKS,
                ),
            ],
        },
        {
            "slug": "immediate-safety",
            "title": "Immediate safety",
            "title_sv": "Akut skydd",
            "summary": "The first hours: protection, care and information, and why help is "
            "refused.",
            "summary_sv": "De första timmarna: skydd, vård och information, och varför hjälp "
            "avböjs.",
            "lessons": [
                lesson(
                    "the-first-hours",
                    "The first hours: safety before the story",
                    "De första timmarna: säkerheten före berättelsen",
                    (IMMEDIATE_SAFETY, IMMEDIATE_SAFETY_SV),
                    IMMEDIATE_SAFETY_SOURCES,
                    IMMEDIATE_SAFETY_CHECKS,
                ),
            ],
        },
        {
            "slug": "starting-the-investigation",
            "title": "Starting the investigation",
            "title_sv": "Att inleda utredningen",
            "summary": "The duty to open a preliminary investigation, evidence beyond "
            "testimony, counsel and a reflection period.",
            "summary_sv": "Skyldigheten att inleda förundersökning, bevisning utöver "
            "vittnesmål, målsägandebiträde och betänketid.",
            "lessons": [
                lesson(
                    "preliminary-investigation-and-evidence",
                    "The preliminary investigation and early evidence",
                    "Förundersökningen och den tidiga bevisningen",
                    (INVESTIGATION, INVESTIGATION_SV),
                    INVESTIGATION_SOURCES,
                    INVESTIGATION_CHECKS,
                ),
            ],
        },
        {
            "slug": "children",
            "title": "Children: social services at once",
            "title_sv": "Barn: socialtjänsten genast",
            "summary": "No means needed, a duty to report, and never back to the adult who "
            "controls the child.",
            "summary_sv": "Inget medel behövs, en skyldighet att anmäla, och aldrig tillbaka till "
            "den vuxne som kontrollerar barnet.",
            "lessons": [
                lesson(
                    "children-social-services-at-once",
                    "A possible child: social services at once",
                    "Ett möjligt barn: socialtjänsten genast",
                    (CHILDREN, CHILDREN_SV),
                    CHILDREN_SOURCES,
                    CHILDREN_CHECKS,
                ),
            ],
        },
    ],
}

# The cases of the lessons, English and Swedish, for the tests that check their rules.
CASES = [FLAT_CASE, FLAT_CASE_SV, BORDER_CASE, BORDER_CASE_SV]
