"""P3 "Threat and risk assessment in investigations", for police (../shared/CURRICULUM.md): risk
assessed continuously from the first contact to after the trial, the victim-witness and the
threats that reach her, the family at home, a child found in forced criminality, re-trafficking,
and the safety of the officers themselves.

The seeds say that protecting the family in the home country belongs in threat and risk
assessment and that today's routines are unclear; they give no model. The model is UNODC's
(module 5 of the manual for criminal-justice practitioners, 2009), the one C2 teaches consular
staff, seen here from the investigator's side; protection comes from article 28 of the Council of
Europe Convention and from the Swedish tools public authorities describe (the Swedish referral
manual, the police, the Crime Victim Authority, the National Board of Health and Welfare's
guidance for social services); the child from V.C.L. and A.N. v. the United Kingdom. Each lesson
cites what it uses; what still needs an expert is marked ``CHECK`` and listed for the reviewers."""

from courses.demo.cases import case_spec
from courses.demo.content import lesson
from courses.demo.curriculum.c2 import BULGARIA_SOP, UNODC_MODULE_5
from courses.demo.sources import (
    CHECK,
    COE_CONVENTION,
    ECTHR_VCL,
    PALERMO,
    SEED_CBSS,
    SEED_PLATFORM,
    source,
)

# Sources read for this course (December 2026) --------------------------------------------------

COE_ARTICLE_28 = COE_CONVENTION.at(
    "article 28 (protection of victims, witnesses and collaborators with the judicial authorities)",
    "artikel 28 (skydd för offer, vittnen och personer som samarbetar med rättsväsendet)",
)
MMM_CRIMINAL_PROCEEDINGS = source(
    "Manual vid misstanke om människohandel (the Swedish referral manual, MMM), step 5: "
    "criminal proceedings",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM, web page",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/straffrattsligt-forfarande/",
    title_sv="Manual vid misstanke om människohandel (MMM), steg 5: Straffrättsligt förfarande",
    publisher_sv="Jämställdhetsmyndigheten, NSPM, webbsida",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
MMM_EARLY_STEPS = source(
    "Manual vid misstanke om människohandel (MMM), step 2: immediate protection, and step 3: "
    "initial support (legal support)",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM, web pages",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/akut-skydd/",
    title_sv="Manual vid misstanke om människohandel (MMM), steg 2: Akut skydd, och steg 3: "
    "Inledande stöd (rättsligt stöd)",
    publisher_sv="Jämställdhetsmyndigheten, NSPM, webbsidor",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
POLICE_PROTECTION = source(
    "Protection for people under threat (Skydd för hotade personer)",
    "Swedish Police Authority (Polismyndigheten), web page",
    "read December 2026",
    "https://polisen.se/utsatt-for-brott/hjalp-och-stod-fran-samhallet/skydd-for-hotade/",
    title_sv="Skydd för hotade personer",
    publisher_sv="Polismyndigheten, webbsida",
    year_sv="läst december 2026",
    link_text="polisen.se",
)
CRIME_VICTIM_AUTHORITY_PROTECTION = source(
    "Protection for your person (Skydd för din person)",
    "Swedish Crime Victim Authority (Brottsoffermyndigheten), web page",
    "read December 2026",
    "https://www.brottsoffermyndigheten.se/utsatt-for-brott/stod-och-skydd/skydd-for-din-person/",
    title_sv="Skydd för din person",
    publisher_sv="Brottsoffermyndigheten, webbsida",
    year_sv="läst december 2026",
    link_text="brottsoffermyndigheten.se",
)
GRETA_SWEDEN_2014 = source(
    "GRETA publishes first report on Sweden (press release on GRETA(2014)11, first evaluation "
    "round)",
    "Council of Europe, Group of Experts on Action against Trafficking in Human Beings (GRETA)",
    "2014",
    "http://www.coe.int/t/dghl/monitoring/trafficking/Docs/Press_releases/PR_SWE_en.asp",
    title_sv="GRETA publishes first report on Sweden (pressmeddelande om GRETA(2014)11, första "
    "utvärderingsomgången)",
    publisher_sv="Europarådet, expertgruppen mot människohandel (GRETA)",
    link_text="coe.int",
)
GRETA_SWEDEN_2018 = source(
    "Publication of GRETA's second report on Sweden (press release)",
    "Council of Europe, Group of Experts on Action against Trafficking in Human Beings (GRETA)",
    "2018",
    "https://www.coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/"
    "content/pubication-of-second-greta-report-on-sweden",
    title_sv="Publication of GRETA's second report on Sweden (pressmeddelande)",
    publisher_sv="Europarådet, expertgruppen mot människohandel (GRETA)",
    link_text="coe.int",
)
OVC_TASK_FORCE_GUIDE = source(
    "Human Trafficking Task Force e-Guide, section 5.2: taking a proactive approach (operational "
    "phase; law enforcement action)",
    "Office for Victims of Crime Training and Technical Assistance Center, US Department of "
    "Justice, web pages",
    "read December 2026",
    "https://www.ovcttac.gov/taskforceguide/eguide/5-building-strong-cases/52-taking-a-"
    "proactive-approach/operational-phase/law-enforcement-action/",
    title_sv="Human Trafficking Task Force e-Guide, avsnitt 5.2: ett proaktivt arbetssätt "
    "(operativ fas; polisinsatsen)",
    publisher_sv="Office for Victims of Crime Training and Technical Assistance Center, USA:s "
    "justitiedepartement, webbsidor",
    year_sv="läst december 2026",
    link_text="ovcttac.gov",
)
KUNSKAPSGUIDEN_CHILDREN = source(
    "Trafficking in children: support and protection (Människohandel med barn: stöd och skydd)",
    "National Board of Health and Welfare (Socialstyrelsen), Kunskapsguiden, web page",
    "read December 2026",
    "https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/manniskohandel-med-barn/"
    "stod-och-skydd/",
    title_sv="Människohandel med barn: Stöd och skydd",
    publisher_sv="Socialstyrelsen, Kunskapsguiden, webbsida",
    year_sv="läst december 2026",
    link_text="kunskapsguiden.se",
)
KUNSKAPSGUIDEN_SUPPORT_FOR_CHILDREN = source(
    "Trafficking: support and protection for children (Människohandel: stöd och skydd till barn)",
    "National Board of Health and Welfare (Socialstyrelsen), Kunskapsguiden, web page",
    "read December 2026",
    "https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/manniskohandel/stod-och-"
    "skydd-till-barn/",
    title_sv="Människohandel: Stöd och skydd till barn",
    publisher_sv="Socialstyrelsen, Kunskapsguiden, webbsida",
    year_sv="läst december 2026",
    link_text="kunskapsguiden.se",
)
VCL_LAW_SOCIETY = source(
    "Trafficked cannabis farm youths held wrongly prosecuted (news report of the judgment of 16 "
    "February 2021)",
    "Law Society of Scotland, legal news",
    "2021",
    "https://www.lawscot.org.uk/news-and-events/legal-news/trafficked-cannabis-farm-youths-"
    "held-wrongly-prosecuted",
    title_sv="Trafficked cannabis farm youths held wrongly prosecuted (nyhetsartikel om domen "
    "den 16 februari 2021)",
    publisher_sv="Law Society of Scotland, juridiska nyheter",
    link_text="lawscot.org.uk",
)
STOCKHOLM_IMMEDIATE_PROTECTION = source(
    "Immediate protection and support when trafficking is suspected: the responsibilities of "
    "each actor",
    "Operation Kvinnofrid (Stockholm region's cooperation against violence), web page",
    "read December 2026",
    "https://www.operationkvinnofrid.se/stod-for-yrkesverksamma/manniskohandel/akut-skydd/",
    title_sv="Ge akut skydd och stöd vid misstanke om människohandel",
    publisher_sv="Operation Kvinnofrid, webbsida",
    year_sv="läst december 2026",
    link_text="operationkvinnofrid.se",
)
IOM_RETRAFFICKING = source(
    "The Causes and Consequences of Re-trafficking: Evidence from the IOM Human Trafficking "
    "Database, as summarised by StopVAW",
    "International Organization for Migration (IOM); summary by The Advocates for Human Rights "
    "(StopVAW)",
    "2011",
    "https://www.stopvaw.org/international_organization_for_migration_report_examining_re-"
    "trafficking_released",
    publisher_sv="Internationella organisationen för migration (IOM); sammanfattning av The "
    "Advocates for Human Rights (StopVAW)",
    link_text="stopvaw.org",
)
VCL_SUMMARY = source(
    "Case of V.C.L. and A.N. v. the United Kingdom: fact summary",
    "UNODC SHERLOC case law database",
    "2021",
    "https://sherloc.unodc.org/cld/case-law-doc/traffickingpersonscrimetype/_irb/2021/"
    "case_ofv.c.l.and_a.n._v._the_united_kingdom_.html",
    title_sv="Case of V.C.L. and A.N. v. the United Kingdom: sammanfattning av omständigheterna",
    publisher_sv="UNODC:s rättsfallsdatabas SHERLOC",
    link_text="sherloc.unodc.org",
)


# The content warning before a case of threats against a witness and her family.
THREATS_WARNING = (
    "callout",
    {
        "kind": "content_warning",
        "title": "This lesson describes threats against a witness and her family",
        "text": "<p>The case below describes intimidation of a woman who reported trafficking "
        "and of her mother, patterns reported by support organisations and investigators. Take "
        "a break whenever you need to; the lesson stays where you left it.</p>",
    },
)
THREATS_WARNING_SV = (
    "callout",
    {
        "kind": "content_warning",
        "title": "Lektionen beskriver hot mot ett vittne och hennes familj",
        "text": "<p>Fallet nedan beskriver hur en kvinna som anmält människohandel och hennes "
        "mamma utsätts för påtryckningar, mönster som stödorganisationer och utredare har "
        "beskrivit. Ta en paus när du behöver; lektionen finns kvar där du lämnade den.</p>",
    },
)


# Module 1: risk through the whole investigation --------------------------------------------------

RISK_THROUGH_THE_INVESTIGATION = [
    (
        "text",
        "<h2>An investigation creates risk as it goes</h2><p>A trafficking investigation does "
        "not only uncover risks; it creates them. The woman who tells you what happened may be "
        "punished for talking. Her family may get a visit. Others still exploited by the same "
        "people may be moved before you find them. Your colleagues and your interpreter may be "
        "watched, and one leaked name can spoil months of work. The UNODC Anti-Human "
        "Trafficking Manual for Criminal Justice Practitioners (2009) gives its module 5 to risk "
        "assessment in trafficking investigations and treats it as <em>continuous</em>: an "
        "assessment belongs to the moment it was made. Sweden's civil-society platform against "
        "trafficking wrote in its plan for 2017 that the protection needs of families in the "
        "home country must be part of threat and risk assessment, and asked which routines are "
        "used and whether they work. The seed documents of this course give no model, so it "
        "uses UNODC's.</p>"
        "<h2>Four questions</h2><ol>"
        "<li><strong>Who or what is at risk?</strong> UNODC calls it the <em>object</em> of the "
        "risk: name it before you weigh anything.</li>"
        "<li><strong>How serious would the harm be?</strong> The severity.</li>"
        "<li><strong>How likely is it</strong>, on what you actually know? The likelihood. "
        "Severity and likelihood together give the level of the risk.</li>"
        "<li><strong>What will you do, and when will you look again?</strong> The response, "
        "and the next review.</li></ol>"
        "<h2>The objects in an investigation</h2><ul>"
        "<li><strong>The victim-witness</strong>: violence, punishment for talking, being moved "
        "or re-trafficked, pressure to withdraw.</li>"
        "<li><strong>Family and dependants</strong>, in Sweden and in the home country, children "
        "above all.</li>"
        "<li><strong>Others exploited by the same network</strong>, who may be moved or punished "
        "when the network learns that the police know.</li>"
        "<li><strong>Officers, interpreters and support workers</strong>.</li>"
        "<li><strong>The investigation itself</strong>: evidence, sources and covert measures "
        "that a leak can destroy.</li></ul>"
        "<h2>Moments that change the risk</h2><p>Bulgaria's procedures for adult victims "
        "describe risk assessment as a process that starts when the person is identified and "
        "continues through the investigation, the prosecution and reintegration; at the first "
        "contact it asks about urgent medical needs and any threat of violence or of "
        "re-trafficking. In a Swedish case the moments to look again come in a familiar order. "
        "A förundersökning must be opened as soon as there is reason to believe that a crime "
        "under public prosecution has been committed, whether or not the victim reports it "
        f"(the Swedish referral manual, MMM; rättegångsbalken, chapter 23, section 1 {CHECK}). "
        "Then come the first interview; arrests and "
        "searches, which tell the network that the police know; decisions on detention and "
        "every release; the charge and the trial; the verdict; and the person's move or return "
        "home. Review the assessment at each of them, write down what you weighed and decided, "
        "and tell the person and her counsel what concerns them.</p>"
        "<h2>Your own team is an object too</h2><p>Networks that control people through threats "
        "also notice who comes to the door. Before an action day, plan for every kind of person "
        "you may find — adults and minors, women and men, people who speak no Swedish — and for "
        "the safety of the team. The task-force guide of the US Office for Victims of Crime "
        "advises having victim support ready immediately after an enforcement action, but not "
        "at the scene, and recalls that anyone in imminent danger requires an immediate "
        "response, even if it may hinder the investigation. Choose an interpreter with no link "
        "to the suspects' circle, and keep officers' and interpreters' private details out of "
        "reach. The Police Authority's own routines for risk and safety before an operation "
        f"govern the details. {CHECK}</p>"
        "<p><em>Example.</em> A woman found during a search says little, but asks twice whether "
        "“they” will know she talked. The object: her, and the sister she mentions at home. "
        "Severity: high. Likelihood: the suspects are still at large and know her family — "
        "medium to high. Response: a safe place tonight, a målsägandebiträde requested, no "
        "contact with the sister without her consent, and a new assessment before the arrests "
        "are made public.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Moments that call for a new assessment",
            "intro": "At each of these, ask the four questions again and write down the answer.",
            "groups": [
                {
                    "heading": "Early",
                    "indicators": [
                        "The first contact, a search or an action day",
                        "The first interview, and every interview after it",
                    ],
                },
                {
                    "heading": "Coercive measures",
                    "indicators": [
                        "Arrests made or made public",
                        "A suspect released, or a detention order lifted",
                    ],
                },
                {
                    "heading": "Later",
                    "indicators": [
                        "The charge, the trial and the verdict",
                        "A move, a new job, or a return to the home country",
                        "A new threat, to the person or to anyone close to her",
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
                "Name who and what is at risk, then weigh severity and likelihood together",
                "An assessment belongs to its moment: review it at every step of the case",
                "The team, the interpreter and the investigation are objects of the risk too",
            ],
        },
    ),
]

RISK_THROUGH_THE_INVESTIGATION_SV = [
    (
        "text",
        "<h2>En utredning skapar risker under arbetets gång</h2><p>En utredning om "
        "människohandel blottlägger inte bara risker, den skapar dem också. Kvinnan som berättar "
        "vad hon varit med om kan straffas för att hon pratat. Hennes familj kan få besök. Andra "
        "som utnyttjas av samma personer kan flyttas innan ni hittar dem. Dina kolleger och "
        "tolken kan bli iakttagna, och ett enda namn som läcker kan förstöra månaders arbete. "
        "UNODC:s handbok för rättsväsendet om människohandel (2009) ägnar sin modul 5 åt "
        "riskbedömning i utredningar om människohandel och beskriver den som <em>löpande</em>: "
        "en bedömning gäller den stund då den gjordes. Plattformen Civila Sverige mot "
        "människohandel skrev i sin verksamhetsplan för 2017 att skyddsbehovet för familjer i "
        "hemlandet måste ingå i hot- och riskbedömningen, och frågade vilka rutiner som används "
        "och om de fungerar. Kursens grunddokument innehåller ingen modell, så kursen använder "
        "UNODC:s.</p>"
        "<h2>Fyra frågor</h2><ol>"
        "<li><strong>Vem eller vad är i fara?</strong> UNODC kallar det riskens <em>objekt</em>: "
        "peka ut det innan du väger något.</li>"
        "<li><strong>Hur allvarlig skulle skadan bli?</strong> Allvaret.</li>"
        "<li><strong>Hur troligt är det</strong>, utifrån det du faktiskt vet? Sannolikheten. "
        "Allvar och sannolikhet tillsammans ger riskens nivå.</li>"
        "<li><strong>Vad gör du, och när ser du över bedömningen nästa gång?</strong> "
        "Åtgärden, och nästa omprövning.</li></ol>"
        "<h2>Riskens objekt i en utredning</h2><ul>"
        "<li><strong>Målsäganden och vittnet</strong>: våld, straff för att ha pratat, att "
        "flyttas eller utnyttjas på nytt, påtryckningar för att ta tillbaka uppgifter.</li>"
        "<li><strong>Familj och anhöriga</strong>, i Sverige och i hemlandet, framför allt "
        "barn.</li>"
        "<li><strong>Andra som utnyttjas av samma nätverk</strong> och som kan flyttas eller "
        "straffas när nätverket förstår att polisen vet.</li>"
        "<li><strong>Poliser, tolkar och stödpersoner</strong>.</li>"
        "<li><strong>Själva utredningen</strong>: bevisning, källor och hemliga tvångsmedel som "
        "en läcka kan förstöra.</li></ul>"
        "<h2>Tillfällen som ändrar risken</h2><p>Bulgariens rutiner för vuxna offer beskriver "
        "riskbedömningen som en process som börjar när personen identifieras och fortsätter "
        "genom utredning, åtal och återintegrering; vid första kontakten frågar den efter akuta "
        "vårdbehov och hot om våld eller om att utsättas för människohandel igen. I ett svenskt "
        "ärende kommer tillfällena att se över bedömningen i en välbekant ordning. En "
        "förundersökning ska inledas så snart det finns anledning att anta att ett brott som "
        "hör under allmänt åtal har begåtts, oavsett om brottsoffret har anmält det eller inte "
        f"(Manual vid misstanke om människohandel, MMM; 23 kap. 1 § rättegångsbalken {CHECK}). "
        "Sedan följer det första förhöret; "
        "gripanden och husrannsakningar, som talar om för nätverket att polisen vet; beslut om "
        "häktning och varje frigivning; åtalet och huvudförhandlingen; domen; och personens "
        "flytt eller återresa. Ompröva bedömningen vid vart och ett av dem, dokumentera vad du "
        "vägde och beslutade, och berätta för personen och hennes målsägandebiträde det som "
        "berör dem.</p>"
        "<h2>Ditt eget team hör också till bedömningen</h2><p>Nätverk som kontrollerar "
        "människor med hot lägger också märke till vem som knackar på. Planera inför en "
        "insats för alla slags personer ni kan påträffa — vuxna och barn, kvinnor och män, "
        "personer som inte talar svenska — och för teamets säkerhet. Den amerikanska "
        "brottsofferbyråns (Office for Victims of Crime) vägledning för insatsgrupper råder "
        "att stöd till offren finns redo direkt efter ett ingripande, men inte på platsen, och "
        "påminner om att den som är i akut fara måste få hjälp genast, även om det kan skada "
        "utredningen. Välj en tolk utan koppling till de misstänktas krets, och håll polisers "
        "och tolkars personuppgifter utom räckhåll. Polismyndighetens egna rutiner för risk- "
        f"och säkerhetsbedömning inför en insats styr detaljerna. {CHECK}</p>"
        "<p><em>Exempel.</em> En kvinna som påträffas vid en husrannsakan säger inte mycket, "
        "men frågar två gånger om ”de” kommer att få veta att hon pratat. Objektet: hon själv, "
        "och systern därhemma som hon nämner. Allvar: högt. Sannolikhet: de misstänkta är på "
        "fri fot och känner hennes familj — medelhög till hög. Åtgärd: en trygg plats i natt, "
        "en begäran om målsägandebiträde, ingen kontakt med systern utan hennes samtycke, och "
        "en ny bedömning innan gripandena blir kända.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Tillfällen som kräver en ny bedömning",
            "intro": "Ställ de fyra frågorna igen vid vart och ett av dem, och dokumentera svaret.",
            "groups": [
                {
                    "heading": "Tidigt",
                    "indicators": [
                        "Första kontakten, en husrannsakan eller en insatsdag",
                        "Första förhöret, och varje förhör därefter",
                    ],
                },
                {
                    "heading": "Tvångsmedel",
                    "indicators": [
                        "Gripanden som görs eller blir kända",
                        "En misstänkt som släpps, eller ett häktningsbeslut som hävs",
                    ],
                },
                {
                    "heading": "Senare",
                    "indicators": [
                        "Åtalet, huvudförhandlingen och domen",
                        "En flytt, ett nytt arbete eller en återresa till hemlandet",
                        "Ett nytt hot, mot personen eller mot någon som står henne nära",
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
                "Peka ut vem och vad som är i fara, och väg sedan allvar och sannolikhet "
                "tillsammans",
                "En bedömning gäller sin stund: ompröva den vid varje steg i ärendet",
                "Teamet, tolken och utredningen är också riskens objekt",
            ],
        },
    ),
]

RISK_THROUGH_THE_INVESTIGATION_CHECKS = (
    [
        "Officer safety: the Police Authority's own routines for risk and safety assessment "
        "before an operation (the lesson names none; the advice on victim support after an "
        "action comes from a US guide)",
        "The duty to open a förundersökning as soon as there is reason to believe a crime under "
        "public prosecution has been committed: rättegångsbalken chapter 23, section 1",
    ],
    [
        "Polissäkerhet: Polismyndighetens egna rutiner för risk- och säkerhetsbedömning inför en "
        "insats (lektionen namnger inga; rådet om stöd till offren efter en insats kommer från en "
        "amerikansk vägledning)",
        "Skyldigheten att inleda förundersökning så snart det finns anledning att anta att ett "
        "brott som hör under allmänt åtal har begåtts: 23 kap. 1 § rättegångsbalken",
    ],
)
RISK_THROUGH_THE_INVESTIGATION_SOURCES = [
    UNODC_MODULE_5,
    BULGARIA_SOP,
    MMM_CRIMINAL_PROCEEDINGS,
    OVC_TASK_FORCE_GUIDE,
    SEED_PLATFORM,
]


# Module 2, lesson 1: protecting the victim-witness ------------------------------------------------

PROTECTING_THE_WITNESS = [
    (
        "text",
        "<h2>Intimidation is the network's answer to an investigation</h2><p>A person who "
        "reports trafficking becomes, in the network's eyes, a threat to be managed. Around "
        "2011 the Baltic Sea states' task force described more refined methods of control, "
        "victims who refuse help and former victims who go on to recruit others. Expect fear, "
        "changing accounts and silence, and read them as information about the risk, not as "
        "proof that the person is unreliable.</p><p>Protection is not a reward for testimony. "
        "In its first report on Sweden (2014), GRETA, the Council of Europe's expert group, was "
        "concerned that identifying victims depended largely on their giving the information "
        "needed to open a criminal investigation, which left many without formal identification "
        "and without the protection and assistance the Convention provides. A woman who is too "
        "frightened to talk today is still a person at risk.</p>"
        "<h2>What the Convention requires</h2><p>Article 28 of the Council of Europe Convention "
        "on Action against Trafficking in Human Beings asks each state to provide effective and "
        "appropriate protection from potential retaliation or intimidation, in particular "
        "during and after the investigation and prosecution, for victims; as appropriate, for "
        "those who report or otherwise cooperate with the investigating or prosecuting "
        "authorities; for witnesses who testify; and, when necessary, for members of their "
        "families. Protection may include physical protection, relocation, identity change and "
        "help in finding work. A child victim is afforded special protection measures that "
        "take the child's best interests into account.</p>"
        "<h2>The tools in Sweden</h2><ul>"
        "<li><strong>A målsägandebiträde, early.</strong> The Swedish referral manual (MMM) "
        "says that in trafficking cases counsel for the injured party should be appointed early "
        "and preferably be present at the first interview; the police or the prosecutor asks "
        "the court to appoint one. Before the interview the injured party is told about the "
        "proceedings, her position in them, and her right to a support person, an interpreter "
        "and counsel.</li>"
        "<li><strong>Trust.</strong> The manual advises that the interviewing officer is not in "
        "uniform and that the person is assured she is not the one accused of a crime.</li>"
        "<li><strong>Protection by the police.</strong> The Police Authority decides whether a "
        "threatened person needs protection and which kind, from how serious the threat is and "
        "how great the risk is that it will be carried out — the same two questions as in "
        "UNODC's model. Witnesses are among those who may be entitled to it. The measures range "
        "from advice, alarms and a contact person at the police to special personal-security "
        "work when nothing else is enough; personal protection by bodyguards is very rare.</li>"
        "<li><strong>A contact ban (kontaktförbud).</strong> When there is a risk that someone "
        "will subject the person or her family to threats, crimes or harassment, a contact ban "
        "can be requested from the police or the prosecutor; the prosecutor decides.</li>"
        "<li><strong>Protected personal data.</strong> A confidentiality marking and protected "
        "registration make her address harder to find; the Swedish Tax Agency decides on "
        "them.</li></ul>"
        "<h2>Treat every threat as evidence</h2><p>A threat meant to stop someone reporting or "
        f"testifying can itself be a crime, <em>övergrepp i rättssak</em>. {CHECK} Document "
        "it — who, when, through whom, in what words — and bring it to the prosecutor who leads "
        "the förundersökning. It is also evidence of how the network controls people. And it "
        "changes the risk: a threat that has been carried through to the family is a reason to "
        "look at everyone else the network can reach.</p>"
        "<p><em>Example.</em> A victim-witness says a stranger photographed her outside the "
        "shelter. Record what she saw, tell the prosecutor and her counsel the same day, "
        "reassess with her where she lives and who knows it, and ask whether anyone at home "
        "has been contacted — without contacting them yourself.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Protection is owed to victims, witnesses and, when necessary, their families — "
                "not only to those who testify",
                "Request a målsägandebiträde early; the person should meet counsel before or at "
                "the first interview",
                "Every threat is evidence, a possible crime and a reason to reassess",
            ],
        },
    ),
]

PROTECTING_THE_WITNESS_SV = [
    (
        "text",
        "<h2>Påtryckningar är nätverkets svar på en utredning</h2><p>Den som anmäler "
        "människohandel blir i nätverkets ögon ett problem som måste hanteras. Östersjöstaternas "
        "aktionsgrupp beskrev omkring 2011 alltmer förfinade kontrollmetoder, offer som tackar "
        "nej till hjälp och tidigare offer som själva börjar rekrytera. Räkna med rädsla, "
        "uppgifter som ändras och tystnad, och läs dem som information om risken — inte som bevis "
        "på att personen är opålitlig.</p><p>Skydd är ingen belöning för att vittna. I sin "
        "första rapport om Sverige (2014) var GRETA, Europarådets expertgrupp, bekymrad över att "
        "identifieringen av offer till stor del hängde på att de lämnade de uppgifter som krävs "
        "för att inleda en brottsutredning. Det lämnade många utan formell identifiering och "
        "utan det skydd och stöd som konventionen ger. En kvinna som är för rädd för att berätta "
        "i dag är fortfarande en person i fara.</p>"
        "<h2>Vad konventionen kräver</h2><p>Artikel 28 i Europarådets konvention om bekämpande "
        "av människohandel ålägger varje stat att ge ett effektivt och ändamålsenligt skydd mot "
        "möjliga hämndaktioner och hot, särskilt under och efter utredning och lagföring, åt "
        "offer; i förekommande fall åt dem som anmäler eller på annat sätt samarbetar med de "
        "utredande eller åtalande myndigheterna; åt vittnen som avger vittnesmål; och vid "
        "behov åt deras familjemedlemmar. Skyddet kan omfatta fysiskt skydd, flytt, ny "
        "identitet och hjälp att få arbete. Ett barn som är offer ska få särskilda skyddsåtgärder "
        "med hänsyn till barnets bästa.</p>"
        "<h2>Verktygen i Sverige</h2><ul>"
        "<li><strong>Målsägandebiträde, tidigt.</strong> Enligt Manual vid misstanke om "
        "människohandel (MMM) bör ett målsägandebiträde förordnas tidigt i "
        "människohandelsärenden och helst närvara redan vid det första förhöret; polis eller "
        "åklagare begär att domstolen förordnar ett. Före förhöret ska målsäganden få veta hur "
        "förfarandet går till, vilken ställning hon har i det och att hon har rätt till "
        "stödperson, tolk och målsägandebiträde.</li>"
        "<li><strong>Förtroende.</strong> Manualen råder att förhörsledaren inte bär uniform och "
        "att personen försäkras om att det inte är hon som anklagas för brott.</li>"
        "<li><strong>Skydd genom polisen.</strong> Polismyndigheten avgör om en hotad person "
        "behöver skydd och i så fall vilket, utifrån hur allvarligt hotet är och hur stor "
        "risken är att det genomförs — samma två frågor som i UNODC:s modell. Vittnen hör till "
        "dem som kan ha rätt till skydd. Åtgärderna sträcker sig från råd, larm och en "
        "kontaktperson hos polisen till särskilt personsäkerhetsarbete när inget annat räcker; "
        "personskydd är mycket ovanligt.</li>"
        "<li><strong>Kontaktförbud.</strong> Finns det risk att någon ska utsätta personen eller "
        "hennes familj för hot, brott eller trakasserier kan kontaktförbud begäras hos "
        "polisen eller åklagaren; åklagaren beslutar.</li>"
        "<li><strong>Skyddade personuppgifter.</strong> Sekretessmarkering och skyddad "
        "folkbokföring gör hennes adress svårare att hitta; Skatteverket beslutar om dem.</li>"
        "</ul>"
        "<h2>Behandla varje hot som bevisning</h2><p>Ett hot som ska hindra någon från att "
        f"anmäla eller vittna kan i sig vara ett brott, övergrepp i rättssak. {CHECK} "
        "Dokumentera det — vem, när, genom vem, med vilka ord — och för det vidare till "
        "åklagaren som leder förundersökningen. Det är också bevisning om hur nätverket "
        "kontrollerar människor. Och det ändrar risken: ett hot som redan har nått familjen är "
        "ett skäl att se över alla andra som nätverket kan nå.</p>"
        "<p><em>Exempel.</em> En målsägande berättar att en okänd man fotograferade henne "
        "utanför det skyddade boendet. Dokumentera vad hon såg, underrätta åklagaren och "
        "målsägandebiträdet samma dag, gör en ny bedömning med henne av var hon bor och vem som "
        "vet det, och fråga om någon därhemma har kontaktats — utan att själv kontakta dem.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Skyddet gäller offer, vittnen och vid behov deras familjer — inte bara den som "
                "vittnar",
                "Begär målsägandebiträde tidigt; personen bör träffa sitt biträde före eller vid "
                "det första förhöret",
                "Varje hot är bevisning, ett möjligt brott och ett skäl att ompröva bedömningen",
            ],
        },
    ),
]

PROTECTING_THE_WITNESS_CHECKS = (
    [
        "Threats to stop someone reporting or testifying as the crime of övergrepp i rättssak "
        "(Swedish Penal Code, chapter 17): confirm the section and its current wording",
    ],
    [
        "Hot för att hindra någon från att anmäla eller vittna som brottet övergrepp i rättssak "
        "(brottsbalken 17 kap.): bekräfta paragrafen och dess gällande lydelse",
    ],
)
PROTECTING_THE_WITNESS_SOURCES = [
    COE_ARTICLE_28,
    GRETA_SWEDEN_2014,
    MMM_CRIMINAL_PROCEEDINGS,
    MMM_EARLY_STEPS,
    POLICE_PROTECTION,
    CRIME_VICTIM_AUTHORITY_PROTECTION,
    UNODC_MODULE_5,
    SEED_CBSS,
]


# Module 2, lesson 2: the family at home ----------------------------------------------------------

FAMILY_CASE = case_spec(
    "Threats at home after the report",
    "<p>You are the investigator in a förundersökning into trafficking for forced labour at a "
    "chain of cleaning firms. Daria, 26, is the injured party; she reported the crime, has been "
    "interviewed twice, and lives in sheltered housing. The main suspect is still at large. "
    "Early on a Monday her målsägandebiträde calls you.</p>",
    [
        (
            "news",
            "<p>Counsel says that two men visited Daria's mother in her home town on Saturday and "
            "told her that Daria “must take back what she said to the Swedish police”. Daria is "
            "in tears and talks of withdrawing. She has not told anyone else.</p>",
            [
                (
                    "Meet Daria with her counsel the same day: ask what happened, who at home "
                    "could be harmed, who knows what, and what she wants",
                    "fears",
                    "Daria tells you the men named the cleaning firm, that her mother lives "
                    "with Daria's 12-year-old brother, and that she does not want her mother "
                    "to know more than she already does.",
                    2,
                    "",
                ),
                (
                    "Phone the mother yourself, through an interpreter, to find out what happened",
                    "family-contacted",
                    "The mother is frightened and tells the men, when they come back, that the "
                    "Swedish police called her. The network now knows Daria is still talking.",
                    0,
                    "Never contact the family without the person's consent. Daria knows who "
                    "talks to whom at home; ask her first, with her counsel, what she fears "
                    "and what she wants, and plan any contact with her.",
                ),
                (
                    "Tell counsel that the case depends on Daria and that she must not "
                    "withdraw now",
                    "pressured",
                    "Daria hears that the investigation needs her more than it cares about "
                    "her mother. She stops answering her counsel's calls.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "fears",
            "<p>Daria wants to go on, but only if something is done for her mother and brother. "
            "She asks what the Swedish police can do in her home country.</p>",
            [
                (
                    "Record the threat as a possible new crime and bring it to the prosecutor "
                    "today; then, only with Daria's consent, seek protection for her family "
                    "through the police's international cooperation channels, and tell her "
                    "honestly what they can and cannot do",
                    "plan",
                    "The prosecutor adds the threat to the case. Daria agrees to what may be "
                    "shared and with whom. The request goes through the Police Authority's "
                    "international channel, and you agree with her and her counsel when you "
                    "will look at the risk again.",
                    2,
                    "",
                ),
                (
                    "Email the police station in her home town directly, with Daria's name and "
                    "her mother's address, and ask them to keep an eye on the house",
                    "exposed",
                    "An officer at the station is a cousin of one of the suspects' recruiters. "
                    "Two days later the men visit again.",
                    0,
                    "",
                ),
                (
                    "Tell Daria that nothing can be done abroad and that she should think about "
                    "whether to go on",
                    "pressured",
                    "Daria withdraws her statement the next week. No one has assessed the "
                    "risk to her mother and brother.",
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
            "<p>You asked before you acted, let Daria decide what may be shared, treated the "
            "threat as evidence and a possible crime, and sought protection for the family "
            "through the proper channel with her consent. Article 28 covers family members "
            "when necessary; the plan now has to be reviewed at every step of the case.</p>",
        ),
        (
            "pressured",
            "Pressure instead of protection",
            "<p>Fear after a threat is information, not disloyalty. Pressing Daria to go on, "
            "or leaving her alone with the choice, left the risk to her family unassessed. "
            "Protection is owed whether or not she testifies.</p>",
        ),
        (
            "exposed",
            "Her name went the wrong way",
            "<p>A direct request to a local station, with names and an address, went to people "
            "no one had vetted. Requests abroad go through the Police Authority's international "
            "channels, and only with the person's consent to what is shared.</p>",
        ),
        (
            "family-contacted",
            "The family contacted behind her back",
            "<p>A well-meant call told the network that the police were still in touch with "
            "Daria, and frightened the family further. The family is contacted only with the "
            "person's consent, in a plan made with her.</p>",
        ),
    ],
)

FAMILY_CASE_SV = case_spec(
    "Hot mot familjen efter anmälan",
    "<p>Du är utredare i en förundersökning om människohandel för tvångsarbete i en kedja av "
    "städfirmor. Daria, 26 år, är målsägande; hon har anmält brottet, hörts två gånger och bor i "
    "ett skyddat boende. Den huvudmisstänkte är på fri fot. Tidigt en måndag ringer hennes "
    "målsägandebiträde.</p>",
    [
        (
            "news",
            "<p>Biträdet berättar att två män i lördags besökte Darias mamma i hemstaden och sa "
            "att Daria ”måste ta tillbaka det hon sagt till svensk polis”. Daria gråter och talar "
            "om att dra sig ur. Hon har inte berättat det för någon annan.</p>",
            [
                (
                    "Träffa Daria och biträdet samma dag: fråga vad som hänt, vem därhemma som "
                    "kan skadas, vem som vet vad och vad hon själv vill",
                    "fears",
                    "Daria berättar att männen nämnde städfirman, att mamman bor med Darias "
                    "tolvårige bror och att hon inte vill att mamman ska få veta mer än hon "
                    "redan vet.",
                    2,
                    "",
                ),
                (
                    "Ring mamman själv, via tolk, för att ta reda på vad som hänt",
                    "family-contacted",
                    "Mamman blir rädd och berättar för männen, när de kommer tillbaka, att "
                    "svensk polis har ringt henne. Nätverket vet nu att Daria fortfarande "
                    "pratar.",
                    0,
                    "Kontakta aldrig familjen utan personens samtycke. Daria vet vem som pratar "
                    "med vem därhemma; fråga henne först, tillsammans med biträdet, vad hon är "
                    "rädd för och vad hon vill, och planera varje kontakt med henne.",
                ),
                (
                    "Säg till biträdet att ärendet hänger på Daria och att hon inte får dra "
                    "sig ur nu",
                    "pressured",
                    "Daria får höra att utredningen behöver henne mer än den bryr sig om hennes "
                    "mamma. Hon slutar svara när biträdet ringer.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "fears",
            "<p>Daria vill fortsätta, men bara om något görs för mamman och brodern. Hon frågar "
            "vad svensk polis kan göra i hennes hemland.</p>",
            [
                (
                    "Dokumentera hotet som ett möjligt nytt brott och för det till åklagaren i "
                    "dag; sök sedan, bara med Darias samtycke, skydd för familjen via polisens "
                    "kanaler för internationellt samarbete, och säg ärligt vad de kan och inte "
                    "kan göra",
                    "plan",
                    "Åklagaren lägger till hotet i ärendet. Daria godkänner vad som får lämnas "
                    "ut och till vem. Framställningen går via Polismyndighetens internationella "
                    "kanal, och ni kommer överens med henne och biträdet om när risken ska "
                    "bedömas igen.",
                    2,
                    "",
                ),
                (
                    "Mejla polisstationen i hennes hemstad direkt, med Darias namn och mammans "
                    "adress, och be dem hålla ett öga på huset",
                    "exposed",
                    "En polis på stationen är kusin till en av de misstänktas rekryterare. Två "
                    "dagar senare kommer männen tillbaka.",
                    0,
                    "",
                ),
                (
                    "Säg till Daria att inget kan göras utomlands och att hon får fundera på om "
                    "hon vill fortsätta",
                    "pressured",
                    "Daria tar tillbaka sina uppgifter veckan därpå. Ingen har bedömt risken för "
                    "mamman och brodern.",
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
            "<p>Du frågade innan du handlade, lät Daria bestämma vad som fick lämnas ut, "
            "behandlade hotet som bevisning och som ett möjligt brott, och sökte skydd för "
            "familjen den rätta vägen och med hennes samtycke. Artikel 28 omfattar vid behov "
            "familjemedlemmar; planen ska nu omprövas vid varje steg i ärendet.</p>",
        ),
        (
            "pressured",
            "Påtryckningar i stället för skydd",
            "<p>Rädsla efter ett hot är information, inte illojalitet. Att pressa Daria att "
            "fortsätta, eller lämna henne ensam med valet, gjorde att ingen bedömde risken för "
            "familjen. Skyddet gäller oavsett om hon vittnar eller inte.</p>",
        ),
        (
            "exposed",
            "Hennes namn hamnade fel",
            "<p>En direkt begäran till en lokal polisstation, med namn och adress, gick till "
            "personer som ingen hade granskat. Framställningar utomlands går via "
            "Polismyndighetens internationella kanaler, och bara med personens samtycke till vad "
            "som lämnas ut.</p>",
        ),
        (
            "family-contacted",
            "Familjen kontaktad bakom hennes rygg",
            "<p>Ett välmenande samtal talade om för nätverket att polisen fortfarande hade "
            "kontakt med Daria, och skrämde familjen ännu mer. Familjen kontaktas bara med "
            "personens samtycke, i en plan som görs upp med henne.</p>",
        ),
    ],
)

FAMILY_AT_HOME = [
    (
        "text",
        "<h2>When the threat goes home</h2><p>A network that cannot reach a witness in Sweden "
        "can reach her family at home. Sweden's civil-society platform against trafficking "
        "aims at support and protection for victims <em>and their families</em>, from "
        "identification to preventing re-trafficking, and its 2017 plan says that the "
        "protection needs of families in the home country must be part of threat and risk "
        "assessment — while asking whether today's routines and manuals work at all. Article 28 "
        "of the Council of Europe Convention covers family members when necessary and asks "
        "states to consider agreements with other states to make that protection real. "
        "Swedish protective measures, such as a contact ban, are decided and enforced in "
        f"Sweden; protection abroad depends on the authorities there. {CHECK}</p>"
        "<h2>What the family may be</h2><p>Do not assume what the family knows or wants. It "
        "may be threatened and frightened, unaware of what happened, in debt to the same "
        "people, or part of the recruitment. Only the person can tell you which, and it can "
        "change during the case.</p>"
        "<h2>Five rules</h2><ol>"
        "<li><strong>Ask her first</strong>, with her målsägandebiträde: who at home could be "
        "harmed, who knows what, and what she wants the family to know.</li>"
        "<li><strong>Never contact the family without her consent</strong> — not to warn them, "
        "not to check her story. A call can reach the network within the hour.</li>"
        "<li><strong>Never send her name abroad without her consent</strong>, and never to "
        "people no one has vetted. Requests for help from the police in another country go "
        f"through the Police Authority's channels for international cooperation. {CHECK}</li>"
        "<li><strong>Treat the threat as evidence</strong>: bring it to the prosecutor leading "
        "the förundersökning. It may be a new crime and it shows how the network controls "
        "people.</li>"
        "<li><strong>Bring in support, with her consent.</strong> The Swedish referral manual "
        "has a regional coordinator against prostitution and trafficking contacted once the "
        "person consents; without consent, the coordinator can still be consulted on the "
        "process in general. Support organisations can help plan for the family.</li></ol>"
        "<h2>If she wants to withdraw</h2><p>A wish to withdraw after a threat is a measure of "
        "the risk, not a betrayal. Do not pressure her. The förundersökning does not depend on "
        "her complaint: it is opened, and can go on, because there is reason to believe a crime "
        "under public prosecution has been committed. That is one reason to build evidence "
        "beyond her testimony from the start — and it means her safety can come first without "
        "the case collapsing.</p>",
    ),
    THREATS_WARNING,
    ("branching_case", FAMILY_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "The family at home belongs in the assessment; ask her who could be harmed",
                "Never contact the family, or send her name abroad, without her consent",
                "A wish to withdraw after a threat measures the risk; protect, do not pressure",
            ],
        },
    ),
]

FAMILY_AT_HOME_SV = [
    (
        "text",
        "<h2>När hotet når hemlandet</h2><p>Ett nätverk som inte kommer åt ett vittne i Sverige "
        "kan komma åt hennes familj därhemma. Plattformen Civila Sverige mot människohandel "
        "arbetar för stöd och skydd till utsatta <em>och deras familjer</em>, från "
        "identifiering till att motverka att de utsätts igen, och dess verksamhetsplan för 2017 "
        "säger att skyddsbehovet för familjer i hemlandet måste ingå i hot- och "
        "riskbedömningen — samtidigt som den frågar om dagens rutiner och manualer alls "
        "fungerar. Artikel 28 i Europarådets konvention omfattar vid behov familjemedlemmar och "
        "uppmanar staterna att överväga avtal med andra stater för att skyddet ska bli verkligt. "
        "Svenska skyddsåtgärder, som kontaktförbud, beslutas och verkställs i Sverige; skyddet "
        f"utomlands hänger på myndigheterna där. {CHECK}</p>"
        "<h2>Vad familjen kan vara</h2><p>Anta inget om vad familjen vet eller vill. Den kan "
        "vara hotad och rädd, ovetande om vad som hänt, skuldsatt till samma personer eller "
        "själv delaktig i rekryteringen. Bara personen själv kan säga vad som gäller, och det "
        "kan ändras medan ärendet pågår.</p>"
        "<h2>Fem regler</h2><ol>"
        "<li><strong>Fråga henne först</strong>, tillsammans med målsägandebiträdet: vem "
        "därhemma kan skadas, vem vet vad, och vad vill hon att familjen ska få veta?</li>"
        "<li><strong>Kontakta aldrig familjen utan hennes samtycke</strong> — inte för att "
        "varna, inte för att kontrollera hennes uppgifter. Ett samtal kan nå nätverket inom en "
        "timme.</li>"
        "<li><strong>Skicka aldrig hennes namn utomlands utan hennes samtycke</strong>, och "
        "aldrig till personer som ingen har granskat. Framställningar om hjälp från polisen i "
        "ett annat land går via Polismyndighetens kanaler för internationellt samarbete. "
        f"{CHECK}</li>"
        "<li><strong>Behandla hotet som bevisning</strong>: för det till åklagaren som leder "
        "förundersökningen. Det kan vara ett nytt brott, och det visar hur nätverket "
        "kontrollerar människor.</li>"
        "<li><strong>Ta in stöd, med hennes samtycke.</strong> Enligt Manual vid misstanke om "
        "människohandel kontaktas en regionkoordinator mot prostitution och människohandel när "
        "personen samtycker; utan samtycke kan regionkoordinatorn ändå rådfrågas om processen i "
        "allmänhet. Stödorganisationer kan hjälpa till att planera för familjen.</li></ol>"
        "<h2>Om hon vill dra sig ur</h2><p>En önskan att dra sig ur efter ett hot är ett mått "
        "på risken, inte ett svek. Pressa henne inte. Förundersökningen hänger inte på hennes "
        "anmälan: den inleds, och kan fortsätta, därför att det finns anledning att anta att ett "
        "brott som hör under allmänt åtal har begåtts. Det är ett skäl att från början bygga "
        "bevisning utöver hennes berättelse — och det betyder att hennes säkerhet kan gå först "
        "utan att ärendet faller.</p>",
    ),
    THREATS_WARNING_SV,
    ("branching_case", FAMILY_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Familjen i hemlandet hör till bedömningen; fråga henne vem som kan skadas",
                "Kontakta aldrig familjen, och skicka aldrig hennes namn utomlands, utan hennes "
                "samtycke",
                "En önskan att dra sig ur efter ett hot mäter risken; skydda, pressa inte",
            ],
        },
    ),
]

FAMILY_AT_HOME_CHECKS = (
    [
        "That Swedish protective measures such as a contact ban reach only as far as Swedish "
        "enforcement, and protection abroad depends on the authorities there",
        "The route for asking the police of another country to protect a family: the Police "
        "Authority's international cooperation channels (the National Operations Department's "
        "international unit, Interpol, Europol) and who decides what may be shared",
    ],
    [
        "Att svenska skyddsåtgärder som kontaktförbud bara når så långt som svensk "
        "verkställighet, och att skyddet utomlands hänger på myndigheterna där",
        "Vägen för att be polisen i ett annat land skydda en familj: Polismyndighetens kanaler "
        "för internationellt samarbete (Nationella operativa avdelningens internationella enhet, "
        "Interpol, Europol) och vem som beslutar vad som får lämnas ut",
    ],
)
FAMILY_AT_HOME_SOURCES = [
    SEED_PLATFORM,
    COE_ARTICLE_28,
    MMM_EARLY_STEPS,
    MMM_CRIMINAL_PROCEEDINGS,
    POLICE_PROTECTION,
]


# Module 3: a child in the network, and re-trafficking -------------------------------------------

GROW_CASE = case_spec(
    "The boy at the cannabis grow",
    "<p>Your team searches a house outside town on a warrant for a cannabis grow. In a back "
    "room you find Adi, 17, who sleeps on a mattress between the plants. He has no passport, "
    "says he owes “the uncle” for his journey, and his phone does not stop ringing. Two adult "
    "suspects are arrested in the kitchen.</p>",
    [
        (
            "found",
            "<p>Adi is frightened and says he only waters the plants. Your colleague wants to "
            "take him in with the adults and interview him as a suspect tonight.</p>",
            [
                (
                    "Keep Adi apart from the adults, treat him as a child who may be a victim "
                    "as well as a suspect, and contact the social services' out-of-hours team "
                    "at once",
                    "night",
                    "Adi is driven separately. The social worker on call starts an assessment "
                    "of his need for immediate protection, and you tell her what you found: "
                    "the debt, the missing passport, the phone.",
                    2,
                    "",
                ),
                (
                    "Take him in with the adults and interview him as a suspect in the drug "
                    "offence; trafficking can be looked at later",
                    "suspect-only",
                    "Adi sits in the van with the men who kept him there and says nothing in "
                    "the interview. The social services are told the next morning.",
                    0,
                    "A 17-year-old is a child: keep him apart from the adults who control him "
                    "and bring in the social services at once. He may be a victim as well as a "
                    "suspect, and that must be assessed before anything else is decided.",
                ),
            ],
        ),
        (
            "night",
            "<p>Close to midnight a man who says he is Adi's cousin arrives at the station and "
            "offers to take him home. The address he gives is a flat that came up in the same "
            "investigation.</p>",
            [
                (
                    "Keep Adi safe until the social services have decided on his protection, "
                    "and tell them about the address, the caller and the risk that Adi "
                    "disappears",
                    "protected",
                    "The social services decide that Adi needs immediate protection and place "
                    "him away from the network's addresses. You note the “cousin” as a lead "
                    "and agree with the social worker when you will speak again.",
                    2,
                    "",
                ),
                (
                    "Release Adi to the cousin: it is late, the cousin is family, and Adi can be "
                    "called in for a new interview",
                    "back-to-network",
                    "Adi leaves with the man. Two days later his phone is switched off and no one "
                    "at the flat has heard of him.",
                    0,
                    "Never release a child to an address linked to the network. A child found in "
                    "forced criminality is first a child at risk: the social services decide on "
                    "his protection, and the police keep him safe until they have.",
                ),
            ],
        ),
    ],
    [
        (
            "protected",
            "A child protected",
            "<p>You saw a child before a suspect, brought in the social services at once, and "
            "kept him from the network while they decided. Adi can now be assessed as a "
            "possible victim by people qualified to do it, as V.C.L. and A.N. v. the United "
            "Kingdom requires before any decision to prosecute — and the assessment of his "
            "risk goes on.</p>",
        ),
        (
            "suspect-only",
            "Only a suspect",
            "<p>Treating Adi as a suspect alone, in front of the men who controlled him, lost "
            "his trust and the chance to protect him that night. Suspect or victim is a false "
            "choice: he can be both, and his age comes first.</p>",
        ),
        (
            "back-to-network",
            "Back to the network",
            "<p>The “cousin” was the network collecting its worker. Children exploited in "
            "trafficking often disappear once the authorities notice them: they are a source of "
            "income, and someone comes for them. Keep the child safe until the social services "
            "have decided on his protection.</p>",
        ),
    ],
)

GROW_CASE_SV = case_spec(
    "Pojken i cannabisodlingen",
    "<p>Ditt team gör husrannsakan i ett hus utanför stan med stöd av ett beslut om en "
    "cannabisodling. I ett bakre rum hittar ni Adi, 17 år, som sover på en madrass mellan "
    "plantorna. Han har inget pass, säger att han är skyldig ”farbrorn” för resan, och hans "
    "telefon ringer hela tiden. Två vuxna misstänkta grips i köket.</p>",
    [
        (
            "found",
            "<p>Adi är rädd och säger att han bara vattnar plantorna. Din kollega vill ta med "
            "honom tillsammans med de vuxna och förhöra honom som misstänkt i kväll.</p>",
            [
                (
                    "Håll Adi åtskild från de vuxna, behandla honom som ett barn som kan vara "
                    "offer och samtidigt misstänkt, och kontakta socialjouren genast",
                    "night",
                    "Adi transporteras för sig. Socialsekreteraren i jouren börjar bedöma om han "
                    "behöver omedelbart skydd, och du berättar vad ni hittade: skulden, passet "
                    "som saknas, telefonen.",
                    2,
                    "",
                ),
                (
                    "Ta med honom tillsammans med de vuxna och förhör honom som misstänkt för "
                    "narkotikabrottet; människohandeln kan utredas senare",
                    "suspect-only",
                    "Adi sitter i bilen med männen som höll honom kvar där och säger ingenting i "
                    "förhöret. Socialtjänsten får veta det nästa morgon.",
                    0,
                    "En 17-åring är ett barn: håll honom åtskild från de vuxna som kontrollerar "
                    "honom och ta in socialtjänsten genast. Han kan vara offer och samtidigt "
                    "misstänkt, och det måste bedömas innan något annat beslutas.",
                ),
            ],
        ),
        (
            "night",
            "<p>Strax före midnatt kommer en man som säger att han är Adis kusin till stationen "
            "och erbjuder sig att ta hem honom. Adressen han uppger är en lägenhet som dykt upp i "
            "samma utredning.</p>",
            [
                (
                    "Håll Adi i säkerhet tills socialtjänsten har beslutat om hans skydd, och "
                    "berätta för dem om adressen, mannen som ringer och risken att Adi "
                    "försvinner",
                    "protected",
                    "Socialtjänsten bedömer att Adi behöver omedelbart skydd och placerar honom "
                    "långt från nätverkets adresser. Du noterar ”kusinen” som ett spår och kommer "
                    "överens med socialsekreteraren om när ni hörs igen.",
                    2,
                    "",
                ),
                (
                    "Släpp Adi till kusinen: det är sent, kusinen är släkt, och Adi kan kallas "
                    "till nytt förhör",
                    "back-to-network",
                    "Adi går därifrån med mannen. Två dagar senare är hans telefon avstängd och "
                    "ingen i lägenheten har hört talas om honom.",
                    0,
                    "Släpp aldrig ett barn till en adress med koppling till nätverket. Ett barn "
                    "som utnyttjas i brottslig verksamhet är först ett barn i fara: "
                    "socialtjänsten beslutar om skyddet, och polisen håller barnet i säkerhet "
                    "tills dess.",
                ),
            ],
        ),
    ],
    [
        (
            "protected",
            "Ett barn som skyddades",
            "<p>Du såg ett barn före en misstänkt, tog in socialtjänsten genast och höll honom "
            "borta från nätverket medan de beslutade. Adi kan nu bedömas som möjligt offer av "
            "personer som är kvalificerade för det, så som V.C.L. och A.N. mot Förenade "
            "kungariket kräver innan något beslut om åtal — och bedömningen av hans risk "
            "fortsätter.</p>",
        ),
        (
            "suspect-only",
            "Bara misstänkt",
            "<p>Att behandla Adi enbart som misstänkt, inför männen som kontrollerade honom, "
            "kostade hans förtroende och chansen att skydda honom den natten. Misstänkt eller "
            "offer är ett falskt val: han kan vara både och, och hans ålder kommer först.</p>",
        ),
        (
            "back-to-network",
            "Tillbaka till nätverket",
            "<p>”Kusinen” var nätverket som hämtade sin arbetskraft. Barn som utnyttjas i "
            "människohandel försvinner ofta när myndigheterna uppmärksammar dem: de är en "
            "inkomstkälla, och någon kommer för att hämta dem. Håll barnet i säkerhet tills "
            "socialtjänsten har beslutat om skyddet.</p>",
        ),
    ],
)

# The content warning before a case of a child in forced criminality.
CHILD_WARNING = (
    "callout",
    {
        "kind": "content_warning",
        "title": "This lesson describes the exploitation of a child",
        "text": "<p>The case below describes a 17-year-old kept to work in a cannabis grow, a "
        "pattern courts and child-protection services have described. Take a break whenever you "
        "need to; the lesson stays where you left it.</p>",
    },
)
CHILD_WARNING_SV = (
    "callout",
    {
        "kind": "content_warning",
        "title": "Lektionen beskriver hur ett barn utnyttjas",
        "text": "<p>Fallet nedan beskriver en 17-åring som hålls kvar för att arbeta i en "
        "cannabisodling, ett mönster som domstolar och den sociala barnavården har beskrivit. Ta "
        "en paus när du behöver; lektionen finns kvar där du lämnade den.</p>",
    },
)

CHILD_IN_THE_NETWORK = [
    (
        "text",
        "<h2>A child at a cannabis grow</h2><p>In <em>V.C.L. and A.N. v. the United Kingdom</em> "
        "(2021) the European Court of Human Rights examined the cases of two Vietnamese boys "
        "whom the police had found working as gardeners in cannabis factories. Both were "
        "charged with drug offences and pleaded guilty; a competent authority later recognised "
        "them as victims of trafficking, yet the prosecution service stood by its decision to "
        "prosecute. The Court found a "
        "violation of article 4 (the prohibition of forced labour) and of article 6 § 1 (the "
        "right to a fair trial). Once the authorities are aware of a credible suspicion that a "
        "person has been trafficked, that person should be assessed promptly by someone "
        "qualified to do it; any decision to prosecute should follow that assessment, and a "
        "prosecutor who departs from it needs clear reasons.</p>"
        "<h2>A child first — and possibly both</h2><p>For a child, no improper means has to be "
        "shown for trafficking: the Palermo Protocol's article 3(c) makes recruiting, moving or "
        "harbouring a child for exploitation trafficking in itself, and the Swedish Penal Code "
        f"follows the same rule. {CHECK} “Suspect or victim” is a false choice: a boy who "
        "waters plants for the people who hold his debt can be both, and his age comes first. "
        "What the non-punishment principle means for him is the subject of its own course. For "
        "the risk assessment, one thing matters most: the network that put him there is the "
        "greatest danger to him, tonight and later.</p>"
        "<h2>The social services decide on protection</h2><p>The National Board of Health and "
        "Welfare's guidance for social services (Kunskapsguiden) recalls that the social "
        "welfare board has a special responsibility for children and young people and for "
        "children who are victims of crime, and that the municipality's ultimate responsibility "
        "covers every child, whether or not the child has a right to be in Sweden. When the "
        "board learns that a child may be at risk, it must at once assess whether the child "
        "needs immediate protection, and consider it again as the child's situation changes. "
        "Stockholm's regional guidance has the social services make that assessment the same "
        "day or the day after a report, and decide on immediate custody under the Care of "
        f"Young Persons Act (LVU) when needed. {CHECK} The police part: report the concern to the "
        "social services at once, keep the child safe and apart from the suspects, and tell "
        "the social services everything you know about the threat.</p>"
        "<h2>Re-trafficking starts the night you find him</h2><p>The same guidance warns that "
        "children exploited in trafficking often disappear once the social services notice "
        "them. The child is often dependent on the perpetrator, and a chain of people behind "
        "may depend on the exploitation going on; the child may also be emotionally tied to "
        "them and distrust the authorities. Continuous cooperation with the police, and with "
        "the child's accommodation, school and guardian, keeps the picture of the threat up to "
        "date. IOM's study of re-trafficking (released in 2011) found that people trafficked as "
        "children were among the most vulnerable to being trafficked again, often within two "
        "years. "
        f"{CHECK} Threats and monitoring by traffickers, difficulty in settling back and distrust "
        "of help were among the risk factors. In 2018 GRETA urged Sweden to intensify its "
        "efforts against child trafficking, including trafficking for forced criminality.</p>"
        "<ul><li>Never release a child to an address linked to the network.</li>"
        "<li>A “relative” who turns up at the station is a risk to assess, and a lead.</li>"
        "<li>Tell the social services about calls, debts and addresses, and agree who will "
        "notice if the child goes missing.</li>"
        "<li>Review the assessment at every move, placement and hearing.</li></ul>",
    ),
    CHILD_WARNING,
    ("branching_case", GROW_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "A 17-year-old is a child: no means is needed, and he can be suspect and victim "
                "at once",
                "The social services decide on protection; the police report at once and keep "
                "the child safe until they have",
                "Children in trafficking often disappear: never release one to the network's "
                "address",
            ],
        },
    ),
]

CHILD_IN_THE_NETWORK_SV = [
    (
        "text",
        "<h2>Ett barn i en cannabisodling</h2><p>I målet <em>V.C.L. och A.N. mot Förenade "
        "kungariket</em> (2021) prövade Europadomstolen fallen med två vietnamesiska pojkar som "
        "polisen hade hittat när de arbetade som odlare i cannabisfabriker. Båda åtalades för "
        "narkotikabrott och erkände; en behörig myndighet bedömde senare att de var offer för "
        "människohandel, men åklagarmyndigheten stod ändå fast vid sitt beslut att åtala. "
        "Domstolen fann att artikel 4 (förbudet "
        "mot tvångsarbete) och artikel 6.1 (rätten till en rättvis rättegång) hade kränkts. Så "
        "snart myndigheterna har en trovärdig misstanke om att en person har utsatts för "
        "människohandel ska personen snabbt bedömas av någon som är kvalificerad för det; ett "
        "beslut om åtal ska komma efter den bedömningen, och en åklagare som avviker från den "
        "behöver tydliga skäl.</p>"
        "<h2>Barn först — och kanske både och</h2><p>När det gäller barn behöver inget "
        "otillbörligt medel visas: enligt artikel 3 c i Palermoprotokollet är det i sig "
        "människohandel att rekrytera, transportera eller hysa ett barn i syfte att utnyttja "
        f"det, och brottsbalken följer samma regel. {CHECK} ”Misstänkt eller offer” är ett "
        "falskt val: en pojke som vattnar plantor åt dem som håller hans skuld kan vara både "
        "och, och hans ålder kommer först. Vad principen om icke-bestraffning betyder för honom "
        "tas upp i en egen kurs. För riskbedömningen är en sak viktigast: nätverket som satte "
        "honom där är den största faran för honom, i natt och senare.</p>"
        "<h2>Socialtjänsten beslutar om skyddet</h2><p>Socialstyrelsens kunskapsstöd för "
        "socialtjänsten (Kunskapsguiden) påminner om att socialnämnden har ett särskilt ansvar "
        "för barn och unga och för barn som utsatts för brott, och att kommunens yttersta "
        "ansvar gäller alla barn, oavsett om barnet har rätt att vistas i Sverige eller inte. "
        "När nämnden får veta att ett barn kan fara illa ska den genast bedöma om barnet "
        "behöver omedelbart skydd, och överväga det igen när barnets situation förändras. "
        "Enligt Stockholmsregionens vägledning gör socialtjänsten den bedömningen samma dag "
        "eller dagen efter en anmälan, och beslutar vid behov om omedelbart omhändertagande "
        f"enligt lagen med särskilda bestämmelser om vård av unga (LVU). {CHECK} Polisens del: "
        "gör en orosanmälan till socialtjänsten genast, håll barnet i säkerhet och åtskilt från "
        "de misstänkta, och berätta för socialtjänsten allt du vet om hotet.</p>"
        "<h2>Risken att utnyttjas igen börjar samma natt</h2><p>Kunskapsguiden varnar också "
        "för att barn som utnyttjas i människohandel ofta försvinner när socialtjänsten "
        "uppmärksammar dem. Barnet står ofta i beroendeställning till förövaren, och en kedja "
        "av personer i bakgrunden kan vara beroende av att utnyttjandet fortsätter; barnet kan "
        "också vara känslomässigt bundet till dem och ha lågt förtroende för myndigheter. "
        "Kontinuerlig samverkan med polisen, och med barnets boende, skola och gode man, håller "
        "hotbilden aktuell. IOM:s studie av re-trafficking (publicerad 2011) visade att de som "
        "utsatts som barn hörde till dem som löpte störst risk att utsättas igen, ofta inom två "
        "år. "
        f"{CHECK} Hot och övervakning från människohandlarna, svårigheter att komma tillbaka in i "
        "livet och misstro mot hjälp fanns bland riskfaktorerna. År 2018 uppmanade GRETA Sverige "
        "att skärpa arbetet mot människohandel med barn, bland annat människohandel i syfte att "
        "tvinga barn att begå brott.</p>"
        "<ul><li>Släpp aldrig ett barn till en adress med koppling till nätverket.</li>"
        "<li>En ”släkting” som dyker upp på stationen är en risk att bedöma, och ett spår.</li>"
        "<li>Berätta för socialtjänsten om samtal, skulder och adresser, och kom överens om vem "
        "som märker om barnet försvinner.</li>"
        "<li>Ompröva bedömningen vid varje flytt, placering och förhör.</li></ul>",
    ),
    CHILD_WARNING_SV,
    ("branching_case", GROW_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "En 17-åring är ett barn: inget medel krävs, och han kan vara misstänkt och "
                "offer på samma gång",
                "Socialtjänsten beslutar om skyddet; polisen anmäler genast och håller barnet i "
                "säkerhet tills dess",
                "Barn i människohandel försvinner ofta: släpp aldrig ett barn till nätverkets "
                "adress",
            ],
        },
    ),
]

CHILD_IN_THE_NETWORK_CHECKS = (
    [
        "The child rule in the Swedish Penal Code (chapter 4, section 1a, second paragraph): "
        "no improper means when the victim is under 18",
        "The social services' protection assessment the same day or the day after a report, and "
        "immediate custody under section 6 of the Care of Young Persons Act (LVU): taken from "
        "Stockholm's regional guidance; confirm against the law and the National Board of Health "
        "and Welfare's regulations",
        "IOM's re-trafficking study (released 2011): read only in a summary, which says many "
        "were "
        "trafficked again within two years; confirm against the report",
    ],
    [
        "Barnregeln i brottsbalken (4 kap. 1 a § andra stycket): inget otillbörligt medel krävs "
        "när offret är under 18 år",
        "Socialtjänstens skyddsbedömning samma dag eller dagen efter en anmälan, och omedelbart "
        "omhändertagande enligt 6 § LVU: hämtat från Stockholmsregionens vägledning; bekräfta mot "
        "lagen och Socialstyrelsens föreskrifter",
        "IOM:s studie om re-trafficking (publicerad 2011): läst bara i en sammanfattning, som "
        "säger att "
        "många utsattes igen inom två år; bekräfta mot rapporten",
    ],
)
CHILD_IN_THE_NETWORK_SOURCES = [
    ECTHR_VCL,
    VCL_SUMMARY,
    VCL_LAW_SOCIETY,
    PALERMO,
    KUNSKAPSGUIDEN_CHILDREN,
    KUNSKAPSGUIDEN_SUPPORT_FOR_CHILDREN,
    STOCKHOLM_IMMEDIATE_PROTECTION,
    IOM_RETRAFFICKING,
    GRETA_SWEDEN_2018,
]


COURSE = {
    "slug": "threat-and-risk-in-investigations",
    "slug_sv": "hot-och-risk-i-utredningar",
    "title": "Threat and risk assessment in investigations",
    "title_sv": "Hot- och riskbedömning i utredningar",
    "summary": "A trafficking investigation creates risks as it goes: for the victim-witness, "
    "her family at home, children found in the network, and the officers themselves. Assess "
    "them continuously, protect without pressure, and keep a child out of the network's reach. "
    "For police.",
    "summary_sv": "En utredning om människohandel skapar risker under arbetets gång: för "
    "målsäganden, hennes familj i hemlandet, barn som påträffas i nätverket och poliserna "
    "själva. Bedöm dem löpande, skydda utan påtryckningar och håll barn utom räckhåll för "
    "nätverket. För polisen.",
    "outcomes": [
        "Assess risk continuously through an investigation: who and what is at risk, how "
        "serious, how likely, and when to look again",
        "Protect a victim-witness from intimidation with the tools Swedish law offers, whether or "
        "not she testifies",
        "Protect the family at home without contacting it or sending names abroad behind the "
        "person's back",
        "Treat a child found in forced criminality as a child at risk, and keep him from the "
        "network",
        "Count the team, the interpreter and the investigation among the objects of the risk",
    ],
    "outcomes_sv": [
        "Bedöma risken löpande genom en utredning: vem och vad som är i fara, hur allvarligt, "
        "hur troligt och när bedömningen ska omprövas",
        "Skydda en målsägande mot påtryckningar med de verktyg svensk rätt ger, oavsett om hon "
        "vittnar eller inte",
        "Skydda familjen i hemlandet utan att kontakta den eller skicka namn utomlands bakom "
        "personens rygg",
        "Behandla ett barn som utnyttjas i brottslig verksamhet som ett barn i fara, och hålla "
        "honom borta från nätverket",
        "Räkna teamet, tolken och utredningen till riskens objekt",
    ],
    "audiences": ["police"],
    "topics": ["threat-risk"],
    "version": "2026.1",
    "issues_certificate": True,
    "certificate_months": 24,
    "modules": [
        {
            "slug": "continuous-risk-assessment",
            "title": "Risk through the whole investigation",
            "title_sv": "Risk genom hela utredningen",
            "summary": "UNODC's risk model from the investigator's side: the objects of the "
            "risk, the moments that change it, and the safety of the team.",
            "summary_sv": "UNODC:s riskmodell sedd från utredarens sida: riskens objekt, de "
            "tillfällen som ändrar den och teamets säkerhet.",
            "lessons": [
                lesson(
                    "risk-through-the-investigation",
                    "An assessment that never stops",
                    "En bedömning som aldrig tar slut",
                    (RISK_THROUGH_THE_INVESTIGATION, RISK_THROUGH_THE_INVESTIGATION_SV),
                    RISK_THROUGH_THE_INVESTIGATION_SOURCES,
                    RISK_THROUGH_THE_INVESTIGATION_CHECKS,
                ),
            ],
        },
        {
            "slug": "the-victim-witness",
            "title": "The victim-witness and her family",
            "title_sv": "Målsäganden och hennes familj",
            "summary": "Intimidation, protection under article 28 and in Swedish law, and "
            "threats that reach the family at home.",
            "summary_sv": "Påtryckningar, skydd enligt artikel 28 och i svensk rätt, och hot som "
            "når familjen i hemlandet.",
            "lessons": [
                lesson(
                    "protecting-the-victim-witness",
                    "Protecting the victim-witness",
                    "Att skydda målsäganden",
                    (PROTECTING_THE_WITNESS, PROTECTING_THE_WITNESS_SV),
                    PROTECTING_THE_WITNESS_SOURCES,
                    PROTECTING_THE_WITNESS_CHECKS,
                ),
                lesson(
                    "the-family-at-home",
                    "When the threat reaches the family at home",
                    "När hotet når familjen i hemlandet",
                    (FAMILY_AT_HOME, FAMILY_AT_HOME_SV),
                    FAMILY_AT_HOME_SOURCES,
                    FAMILY_AT_HOME_CHECKS,
                ),
            ],
        },
        {
            "slug": "children-and-re-trafficking",
            "title": "A child in the network, and re-trafficking",
            "title_sv": "Ett barn i nätverket, och risken att utnyttjas igen",
            "summary": "A 17-year-old in forced criminality: a child first, protected by the "
            "social services, kept from the people who will come for him.",
            "summary_sv": "En 17-åring i brottslig exploatering: ett barn först, skyddat av "
            "socialtjänsten och hållet borta från dem som kommer för att hämta honom.",
            "lessons": [
                lesson(
                    "a-child-in-the-network",
                    "A child at a cannabis grow",
                    "Ett barn i en cannabisodling",
                    (CHILD_IN_THE_NETWORK, CHILD_IN_THE_NETWORK_SV),
                    CHILD_IN_THE_NETWORK_SOURCES,
                    CHILD_IN_THE_NETWORK_CHECKS,
                ),
            ],
        },
    ],
}

# The cases of the lessons, English and Swedish, for the tests that check their rules.
CASES = [FAMILY_CASE, FAMILY_CASE_SV, GROW_CASE, GROW_CASE_SV]
