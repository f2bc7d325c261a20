"""PR1 "Prosecuting trafficking and exploitation", for prosecutors (../shared/CURRICULUM.md):
the elements of the offences and the child rule; choosing the charge (trafficking, human
exploitation, procuring, alternative charges) and the charging decision when the suspect may
herself be a victim; evidence beyond the victim's testimony; victims' rights, counsel and
compensation; cross-border cooperation through Eurojust and joint investigation teams. The
final assessment is ``quizzes.demo_curriculum.pr1``.

The seeds say little about prosecution beyond its place in the chain: the EQUAL partnership
counted Åklagarmyndigheten among its partners and wanted more effective prosecution of
traffickers, pimps and sex buyers; Kvinnoforum's work led to an operational plan for police,
prosecutors and social services; the CBSS task force listed "more prosecutions" among the
challenges; the Civil Society Platform asked for the non-punishment article to be known. The
law and the practice come from the public sources each lesson cites. Section numbers and
Swedish routines not confirmed from a source read for the lesson are marked ``CHECK`` where
they are said and listed for the reviewers; nothing here is legal advice on a live case."""

from courses.demo.cases import case_spec
from courses.demo.content import lesson
from courses.demo.sources import (
    CHECK,
    COE_CONVENTION,
    EU_DIRECTIVE_2011,
    EU_DIRECTIVE_2024,
    PALERMO,
    PENAL_CODE_TRAFFICKING,
    PROP_2017_18_123,
    SEED_CBSS,
    SEED_EQUAL,
    SEED_KVINNOFORUM,
    SEED_PLATFORM,
    reference_facts,
    source,
)

# Sources read for this course (December 2026) ------------------------------------------------

UNODC_MANUAL = source(
    "Anti-human trafficking manual for criminal justice practitioners",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2009",
    "http://unodc.org/unodc/en/human-trafficking/2009/anti-human-trafficking-manual.html",
    publisher_sv="FN:s kontor mot narkotika och brottslighet (UNODC)",
    link_text="unodc.org",
)
UNODC_TOOLKIT_CH5 = source(
    "Toolkit to Combat Trafficking in Persons, chapter 5: law enforcement and prosecution "
    "(tools 5.2–5.10 and 5.13–5.18)",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2008",
    "https://www.unodc.org/unodc/en/human-trafficking/2008/electronic-toolkit/"
    "electronic-toolkit-chapter-5-law-enforcement-and-prosecution.html",
    title_sv="Toolkit to Combat Trafficking in Persons, kapitel 5: brottsbekämpning och lagföring "
    "(verktyg 5.2–5.10 och 5.13–5.18)",
    publisher_sv="FN:s kontor mot narkotika och brottslighet (UNODC)",
    link_text="unodc.org",
)
UNODC_CASE_DIGEST = source(
    "Evidential Issues in Trafficking in Persons Cases: Case Digest (kinds of evidence; typical "
    "weaknesses of victim testimony)",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2017",
    "https://sherloc.unodc.org/cld/en/news/items/case-digest.html",
    title_sv="Evidential Issues in Trafficking in Persons Cases: Case Digest (bevisningens slag; "
    "typiska svagheter i offrets utsaga)",
    publisher_sv="FN:s kontor mot narkotika och brottslighet (UNODC)",
    link_text="sherloc.unodc.org",
)
SVJT_NEBELIUS = source(
    "Människohandelsbrottets tillämplighet på köp av sexuell handling av barn och köp av "
    "sexuell tjänst (on the scope of the trafficking offence, chapter 4, section 1a of the "
    "Penal Code), Svensk Juristtidning",
    "Monica Nebelius",
    "2009",
    "http://svjt.se/svjt/2009/906",
    title_sv="Människohandelsbrottets tillämplighet på köp av sexuell handling av barn och köp av "
    "sexuell tjänst, Svensk Juristtidning",
    link_text="svjt.se",
)
MMM_STEP_2 = source(
    "Manual vid misstanke om människohandel (the Swedish national referral mechanism), step 2: "
    "immediate protection; the right to basic information",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM, web page",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/akut-skydd/",
    title_sv="Manual vid misstanke om människohandel, steg 2: akut skydd; rätt till grundläggande "
    "information",
    publisher_sv="Jämställdhetsmyndigheten, NSPM, webbsida",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
MMM_STEP_3 = source(
    "Manual vid misstanke om människohandel, step 3: initial support; 3.3 legal support "
    "(counsel for the injured party)",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM, web page",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/inledande-stod/",
    title_sv="Manual vid misstanke om människohandel, steg 3: inledande stöd; 3.3 rättsligt stöd "
    "(målsägandebiträde)",
    publisher_sv="Jämställdhetsmyndigheten, NSPM, webbsida",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
MMM_STEP_5 = source(
    "Manual vid misstanke om människohandel, step 5: criminal proceedings (the preliminary "
    "investigation, the injured party's interviews)",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM, web page",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/straffrattsligt-forfarande/",
    title_sv="Manual vid misstanke om människohandel, steg 5: straffrättsligt förfarande "
    "(förundersökningen, förhör med målsäganden)",
    publisher_sv="Jämställdhetsmyndigheten, NSPM, webbsida",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
NSPM_JUDGMENTS = source(
    "Vägledande domar (leading judgments): Krachunova v. Bulgaria, no. 18269/18, judgment of "
    "28 November 2023",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM, web page",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/fordjupning-och-rapporter/domar/",
    title_sv="Vägledande domar: Krachunova mot Bulgarien, nr 18269/18, dom den 28 november 2023",
    publisher_sv="Jämställdhetsmyndigheten, NSPM, webbsida",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
CRIME_VICTIM_AUTHORITY_FAQ = source(
    "FAQ: criminal injuries compensation (brottsskadeersättning)",
    "Swedish Crime Victim Authority (Brottsoffermyndigheten), web page",
    "read December 2026",
    "https://www.brottsoffermyndigheten.se/utsatt-for-brott/fragor-och-svar/"
    "faq-brottsskadeersattning",
    title_sv="Vanliga frågor om brottsskadeersättning",
    publisher_sv="Brottsoffermyndigheten, webbsida",
    year_sv="läst december 2026",
    link_text="brottsoffermyndigheten.se",
)
PROP_2013_14_94 = source(
    "Prop. 2013/14:94, En ny brottsskadelag (Government bill for a new Criminal Injuries "
    "Compensation Act)",
    "Government of Sweden",
    "2014",
    "https://rkrattsbaser.gov.se/prop?page=74&post_id=2319",
    title_sv="Prop. 2013/14:94, En ny brottsskadelag",
    publisher_sv="Regeringen",
    link_text="rkrattsbaser.gov.se",
)
EUROJUST_THB_REPORT = source(
    "Eurojust Report on Trafficking in Human Beings: best practice and issues in judicial "
    "cooperation",
    "European Union Agency for Criminal Justice Cooperation (Eurojust)",
    "2021",
    "https://docslib.org/doc/12474929/eurojust-report-on-trafficking-in-human-beings-best-"
    "practice-and-issues-in-judicial-cooperation",
    publisher_sv="Europeiska unionens byrå för straffrättsligt samarbete (Eurojust)",
    link_text="docslib.org",
)
EUROJUST_THB_PAGE = source(
    "Supporting judicial authorities in the fight against trafficking in human beings",
    "European Union Agency for Criminal Justice Cooperation (Eurojust), web page",
    "read December 2026",
    "https://www.eurojust.europa.eu/publication/supporting-judicial-authorities-fight-against-"
    "trafficking-human-beings",
    publisher_sv="Europeiska unionens byrå för straffrättsligt samarbete (Eurojust), webbsida",
    year_sv="läst december 2026",
    link_text="eurojust.europa.eu",
)
JIT_OPTIONS = source(
    "Joint investigation team: tactical options (quoting the Council of the EU's Joint "
    "Investigation Team Manual, 2011)",
    "IASC anti-slavery project (Romania), web page",
    "read December 2026",
    "http://iasc.antisclavie.ro/home/rationale/request/opportunities-enf/joint-team",
    title_sv="Gemensam utredningsgrupp: taktiska möjligheter (med citat ur Europeiska unionens "
    "råds handbok om gemensamma utredningsgrupper, 2011)",
    publisher_sv="IASC-projektet mot slaveri (Rumänien), webbsida",
    year_sv="läst december 2026",
    link_text="iasc.antisclavie.ro",
)
COE_ARTICLE_28 = COE_CONVENTION.at(
    "article 28 (protection of victims, witnesses and collaborators with the judicial authorities)",
    "artikel 28 (skydd för offer, vittnen och personer som samarbetar med rättsväsendet)",
)
DIRECTIVE_ARTICLE_2 = EU_DIRECTIVE_2011.at("article 2 (the offence)", "artikel 2 (brottet)")
DIRECTIVE_VICTIMS = EU_DIRECTIVE_2011.at(
    "articles 9, 11, 12 and 17 (investigation, assistance, protection in proceedings, "
    "compensation)",
    "artiklarna 9, 11, 12 och 17 (utredning, stöd, skydd i förfarandet, ersättning)",
)
DIRECTIVE_ARTICLE_8 = EU_DIRECTIVE_2011.at(
    "article 8 (non-prosecution or non-application of penalties to the victim)",
    "artikel 8 (avstående från lagföring av eller påföljd för offret)",
)
PALERMO_ARTICLE_3 = PALERMO


# The content warning before the cases: coercion into crime and sexual exploitation, threats to
# a family, and a witness under pressure — content.CONTENT_WARNING speaks of sexual
# exploitation only.
CONTENT_WARNING = (
    "callout",
    {
        "kind": "content_warning",
        "title": "This lesson describes exploitation",
        "text": "<p>The case below is built on patterns described in the sources and includes "
        "coercion into crime or into selling sex, debt used as control and threats against a "
        "family. Take a break whenever you need to; the lesson stays where you left it.</p>",
    },
)
CONTENT_WARNING_SV = (
    "callout",
    {
        "kind": "content_warning",
        "title": "Lektionen beskriver exploatering",
        "text": "<p>Fallet nedan bygger på mönster som beskrivs i källorna och handlar om tvång "
        "att begå brott eller att sälja sex, skulder som används för att kontrollera och hot mot "
        "en familj. Ta en paus när du behöver; lektionen finns kvar där du lämnade den.</p>",
    },
)


# Module 1, lesson 1: the elements of the offences --------------------------------------------

ELEMENTS = [
    (
        "text",
        "<h2>Three elements, one purpose</h2><p>The international definition of trafficking in "
        "persons, in article 3 of the Palermo Protocol (2000), is built from three elements. "
        "An <strong>act</strong>: recruiting, transporting, transferring, harbouring or "
        "receiving a person. A <strong>means</strong>: threat or use of force, other forms of "
        "coercion, abduction, fraud, deception, abuse of power or of a position of "
        "vulnerability, or giving payments to someone who controls the person. And a "
        "<strong>purpose</strong>: exploitation. The exploitation need not have happened; "
        "the purpose is enough. A prosecutor who proves the act and the means but cannot show "
        "the purpose has not proved trafficking — and may have proved something else.</p>"
        "<p>EU Directive 2011/36/EU (article 2) follows the same pattern and names the forms "
        "of exploitation at least to be covered, among them forced labour or services "
        "<em>including begging</em>, slavery, servitude, the removal of organs and the "
        "<strong>exploitation of criminal activities</strong>: its recitals give "
        "pickpocketing, shoplifting and drug trafficking as examples. Directive (EU) 2024/1712 "
        "adds forced marriage, illegal adoption and the exploitation of surrogacy; how Sweden "
        f"brings these into national law was still being prepared. {CHECK}</p>"
        "<h2>Consent and the child rule</h2><p>Once an improper means has been used, the "
        "victim's consent to the intended exploitation is irrelevant: a woman who agreed to "
        "sell sex after being deceived about the work or locked into a debt has not "
        "consented to being trafficked. For a <strong>child</strong> — anyone under 18 — no "
        "means needs to be proved at all. The act and the purpose are enough (Palermo "
        "Protocol, article 3(c)). In the courtroom this changes the questions: whether the "
        "girl “went along with it”, or whether she was threatened, is not an element to be "
        "proved when she is 16.</p>"
        "<h2>The Swedish offences</h2><p>The Swedish Penal Code (brottsbalken) has made "
        f"trafficking (människohandel) a crime in chapter 4, section 1a. {CHECK} Its wording "
        "follows the Protocol: a person who, by an improper means such as unlawful coercion "
        "or deception, or by exploiting someone's vulnerable situation, recruits, transports, "
        "harbours or receives a person for the purpose of sexual exploitation, forced labour, "
        "the removal of organs or other exploitation in a situation of distress. A third "
        "paragraph has long made the same act against a person under 18 trafficking even "
        "without an improper means. The 2018 reform (Government bill 2017/18:123) clarified "
        "the improper means and made the offender liable for a child victim even when he was "
        "only <em>negligent</em> about the child's age.</p>"
        "<p>The same reform created a separate, graded offence: <strong>human "
        f"exploitation</strong> (människoexploatering, chapter 4, section 1b). {CHECK} It "
        "punishes exploiting a person in forced labour, in work on manifestly unreasonable "
        "terms or in begging, by unlawful coercion, deception or by exploiting the person's "
        "dependence, defencelessness or difficult situation. No act of recruitment or "
        "transport is needed: it reaches the employer or the “organiser” who exploits without "
        "having moved anyone. For a victim under 18, it is enough that the child was "
        "exploited in one of those activities.</p>"
        "<h2>Reading a file element by element</h2><p>Before you decide how to charge, lay "
        "the file against the elements, one column each: what shows the act, what shows the "
        "means (and whether a means is needed at all, given the victim's age), what shows "
        "the purpose. Gaps in one column tell the police what to look for next. A suspect "
        "who only “gave her a place to stay” has harboured; one who “found him a job” has "
        "recruited — the question is why.</p>",
    ),
    reference_facts([PENAL_CODE_TRAFFICKING]),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Trafficking is an act, a means and a purpose; the exploitation itself need not "
                "have happened",
                "Consent is irrelevant once a means is used; for a child no means is needed",
                "Human exploitation punishes exploiting a person in forced labour, manifestly "
                "unreasonable work or begging, without any act of moving them",
            ],
        },
    ),
]

ELEMENTS_SV = [
    (
        "text",
        "<h2>Tre rekvisit, ett syfte</h2><p>Den internationella definitionen av människohandel "
        "i artikel 3 i Palermoprotokollet (2000) består av tre delar. En "
        "<strong>handling</strong>: att rekrytera, transportera, överföra, inhysa eller ta emot "
        "en person. Ett <strong>medel</strong>: hot om eller användning av våld, andra former "
        "av tvång, bortförande, bedrägeri, vilseledande, missbruk av makt eller av en utsatt "
        "belägenhet, eller betalning till den som har kontroll över personen. Och ett "
        "<strong>syfte</strong>: exploatering. Exploateringen behöver inte ha ägt rum; det "
        "räcker med syftet. En åklagare som kan styrka handlingen och medlet men inte syftet "
        "har inte styrkt människohandel — men kanske ett annat brott.</p>"
        "<p>EU:s direktiv 2011/36/EU (artikel 2) följer samma mönster och räknar upp de former "
        "av exploatering som minst ska omfattas, bland dem tvångsarbete eller tvångstjänster "
        "<em>inklusive tiggeri</em>, slaveri, träldom, avlägsnande av organ och "
        "<strong>utnyttjande för brottslig verksamhet</strong>, där ingressen ger ficktjuveri, "
        "snatteri och narkotikahandel som exempel. Direktiv (EU) 2024/1712 lägger till "
        "tvångsäktenskap, olaglig adoption och exploatering av surrogatmoderskap; hur Sverige "
        f"genomför ändringarna bereddes fortfarande. {CHECK}</p>"
        "<h2>Samtycke och regeln om barn</h2><p>När ett otillbörligt medel har använts saknar "
        "offrets samtycke till den avsedda exploateringen betydelse: en kvinna som gått med på "
        "att sälja sex sedan hon vilseletts om arbetet eller låsts fast i en skuld har inte "
        "samtyckt till människohandeln. För ett <strong>barn</strong> — den som är under 18 år "
        "— behöver inget medel styrkas över huvud taget. Handlingen och syftet räcker "
        "(Palermoprotokollet, artikel 3 c). Det ändrar frågorna i rättssalen: om flickan "
        "”hängde med” eller om hon hotades är inget rekvisit som ska bevisas när hon är 16 "
        "år.</p>"
        "<h2>De svenska brotten</h2><p>Människohandel är straffbart enligt 4 kap. 1 a § "
        f"brottsbalken. {CHECK} Bestämmelsen följer protokollet: den som genom ett otillbörligt "
        "medel, som olaga tvång eller vilseledande eller genom att utnyttja någons utsatta "
        "situation, rekryterar, transporterar, inhyser eller tar emot en person i syfte att "
        "personen ska exploateras för sexuella ändamål, tvångsarbete, avlägsnande av organ "
        "eller på annat sätt i en situation som innebär nödläge. Ett tredje stycke har länge "
        "gjort samma handling mot den som inte fyllt 18 år till människohandel även utan "
        "otillbörligt medel. 2018 års reform (prop. 2017/18:123) förtydligade de otillbörliga "
        "medlen och gjorde gärningspersonen ansvarig även när han bara varit "
        "<em>oaktsam</em> i fråga om barnets ålder.</p>"
        "<p>Samma reform införde ett eget, gradindelat brott: "
        f"<strong>människoexploatering</strong> (4 kap. 1 b § brottsbalken). {CHECK} Den som "
        "genom olaga tvång, vilseledande eller utnyttjande av någons beroendeställning, "
        "skyddslöshet eller svåra situation exploaterar en person i tvångsarbete, arbete "
        "under uppenbart orimliga villkor eller tiggeri döms för brottet. Ingen rekrytering "
        "eller transport krävs: brottet når den arbetsgivare eller ”organisatör” som "
        "exploaterar utan att ha förflyttat någon. Är offret under 18 år räcker det att barnet "
        "har exploaterats i någon av verksamheterna.</p>"
        "<h2>Läs akten rekvisit för rekvisit</h2><p>Innan du bestämmer hur åtalet ska "
        "utformas: lägg akten mot rekvisiten, en kolumn för vart och ett. Vad visar "
        "handlingen, vad visar medlet (och behövs ett medel alls, med tanke på offrets ålder), "
        "vad visar syftet? Luckor i en kolumn säger polisen vad som behöver utredas härnäst. "
        "Den misstänkte som bara ”lät henne bo hos sig” har inhyst; den som ”ordnade ett jobb "
        "åt honom” har rekryterat — frågan är varför.</p>",
    ),
    reference_facts([PENAL_CODE_TRAFFICKING]),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Människohandel är en handling, ett medel och ett syfte; själva exploateringen "
                "behöver inte ha skett",
                "Samtycket saknar betydelse när ett medel har använts; för ett barn krävs inget "
                "medel",
                "Människoexploatering straffar den som exploaterar någon i tvångsarbete, arbete "
                "under uppenbart orimliga villkor eller tiggeri, utan krav på förflyttning",
            ],
        },
    ),
]

ELEMENTS_CHECKS = (
    [
        "Penal Code chapter 4, section 1a (trafficking) and section 1b (human exploitation): "
        "confirm the section numbers and the current wording of the improper means, the purposes "
        "and the child rule; the lesson paraphrases Government bill 2017/18:123's summary and the "
        "2009 wording quoted in Svensk Juristtidning",
        "How and when Directive (EU) 2024/1712's new forms of exploitation (forced marriage, "
        "illegal adoption, exploitation of surrogacy) are brought into Swedish law",
    ],
    [
        "4 kap. 1 a § (människohandel) och 1 b § (människoexploatering) brottsbalken: bekräfta "
        "paragrafnumren och den gällande lydelsen av de otillbörliga medlen, syftena och regeln "
        "om barn; lektionen återger sammanfattningen i prop. 2017/18:123 och 2009 års lydelse "
        "som den citeras i Svensk Juristtidning",
        "Hur och när direktiv (EU) 2024/1712:s nya former av exploatering (tvångsäktenskap, "
        "olaglig adoption, exploatering av surrogatmoderskap) genomförs i svensk rätt",
    ],
)
ELEMENTS_SOURCES = [
    PALERMO_ARTICLE_3,
    DIRECTIVE_ARTICLE_2,
    EU_DIRECTIVE_2024,
    PROP_2017_18_123,
    SVJT_NEBELIUS,
    UNODC_MANUAL,
    SEED_EQUAL,
]


# Module 1, lesson 2: choosing the charge, and the suspect who may be a victim -----------------

CHARGING_CASE = case_spec(
    "Vera at the call flat",
    "<p>You are the prosecutor on duty. The police have arrested Vera, 22, in a flat from "
    "which calls were made to elderly people to trick them into giving their bank codes. The "
    "police want to know whether to hold her as a suspect of fraud.</p>",
    [
        (
            "the-file",
            "<p>The file says Vera made calls from a script for six weeks. In her first "
            "interview she said she owes “the boss” for her journey, that he keeps her "
            "passport “for safety” and that she sleeps in the flat. She has no money and no "
            "phone of her own.</p>",
            [
                (
                    "Direct the police to investigate the trafficking suspicion alongside the "
                    "fraud, and have Vera heard as a possible injured party, with counsel",
                    "assessed",
                    "The police open a line of inquiry into the boss. Vera is told she may also "
                    "be a victim, and a counsel for the injured party is requested for her.",
                    2,
                    "",
                ),
                (
                    "Charge her with fraud now: the calls are recorded and the evidence is strong",
                    "charged-blind",
                    "Vera is charged and held. The boss is not questioned; by the time of "
                    "trial, the flat is empty and the other callers have gone.",
                    0,
                    "Assess the non-punishment principle before you charge someone who may have "
                    "been compelled to commit the offence: ask the police to investigate the "
                    "indicators of trafficking (the debt, the passport, the housing) and record "
                    "how you weighed them.",
                ),
                (
                    "Release her and close her case without further steps",
                    "half-seen",
                    "Vera walks out with nowhere to go but the flat. No one asks who gives the "
                    "orders.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "assessed",
            "<p>Two weeks later: the boss holds the passports of four women, bank records show "
            "the takings passing to his accounts, chat messages give the women their call "
            "lists, and he threatened Vera's brother when she asked to stop. Vera did as she "
            "was told and kept nothing.</p>",
            [
                (
                    "Decide not to prosecute Vera for the calls, with your reasons on file, and "
                    "charge the boss with trafficking for the exploitation of criminal "
                    "activities, with fraud as organiser in the alternative",
                    "crime-behind-the-crime",
                    "Vera is heard as an injured party at the trial. The court has the bank "
                    "records, the chats and the passports, not only her word.",
                    2,
                    "",
                ),
                (
                    "Charge Vera with fraud and ask the court for a lenient sentence because of "
                    "the pressure she was under",
                    "half-seen",
                    "Vera gets a conditional sentence and a criminal record; the boss is charged "
                    "too, and his defence points at her conviction.",
                    1,
                    "",
                ),
                (
                    "Charge Vera and the boss together as co-offenders in the fraud",
                    "co-accused",
                    "Side by side in the dock, Vera says nothing against the man who threatened "
                    "her brother.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "crime-behind-the-crime",
            "The crime behind the crime",
            "<p>You looked at the trafficking before deciding on the fraud, decided on Vera's "
            "part with reasons on file, and charged the man who profited. The evidence beyond "
            "her testimony carried the case.</p>",
        ),
        (
            "half-seen",
            "Half the picture",
            "<p>Vera was either let go without anyone asking who gave the orders, or convicted "
            "for what she was compelled to do. Non-punishment is a decision to make before the "
            "charge, on an investigated file.</p>",
        ),
        (
            "co-accused",
            "A victim in the dock",
            "<p>Charging Vera beside her exploiter silenced the witness the case needed and "
            "punished her for the trafficking itself.</p>",
        ),
        (
            "charged-blind",
            "Charged without looking",
            "<p>The indicators were in the first interview. Charging at once, without having "
            "them investigated, is the error the non-punishment principle exists to prevent — "
            "and it lost the case against the boss.</p>",
        ),
    ],
)

CHARGING_CASE_SV = case_spec(
    "Vera i samtalslägenheten",
    "<p>Du är jourhavande åklagare. Polisen har gripit Vera, 22 år, i en lägenhet där man "
    "ringt äldre människor och lurat dem att lämna ut sina bankkoder. Polisen vill veta om hon "
    "ska anhållas som misstänkt för bedrägeri.</p>",
    [
        (
            "the-file",
            "<p>Av akten framgår att Vera ringt efter ett manus i sex veckor. I det första "
            "förhöret sa hon att hon är skyldig ”chefen” för resan, att han har hennes pass "
            "”för säkerhets skull” och att hon sover i lägenheten. Hon har inga pengar och "
            "ingen egen telefon.</p>",
            [
                (
                    "Ge polisen direktiv att utreda misstanken om människohandel parallellt med "
                    "bedrägeriet och att höra Vera som möjlig målsägande, med målsägandebiträde",
                    "assessed",
                    "Polisen börjar utreda chefen. Vera får veta att hon också kan vara offer, "
                    "och ett målsägandebiträde begärs för henne.",
                    2,
                    "",
                ),
                (
                    "Väck åtal för bedrägeri direkt: samtalen är inspelade och bevisningen stark",
                    "charged-blind",
                    "Vera åtalas och hålls frihetsberövad. Chefen hörs aldrig; när rättegången "
                    "börjar står lägenheten tom och de andra som ringde är borta.",
                    0,
                    "Pröva principen om icke-bestraffning innan du åtalar någon som kan ha "
                    "tvingats begå brottet: låt polisen utreda indikatorerna på människohandel "
                    "(skulden, passet, boendet) och dokumentera hur du vägde dem.",
                ),
                (
                    "Släpp henne och lägg ner ärendet mot henne utan vidare åtgärder",
                    "half-seen",
                    "Vera går ut utan något annat ställe att ta vägen än lägenheten. Ingen "
                    "frågar vem som ger order.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "assessed",
            "<p>Två veckor senare: chefen har fyra kvinnors pass, kontoutdrag visar att "
            "pengarna går till hans konton, chattmeddelanden ger kvinnorna deras ringlistor, "
            "och han hotade Veras bror när hon ville sluta. Vera gjorde som hon blev tillsagd och "
            "behöll ingenting.</p>",
            [
                (
                    "Besluta att inte åtala Vera för samtalen, med skälen dokumenterade, och "
                    "åtala chefen för människohandel för utnyttjande för brottslig verksamhet, "
                    "med bedrägeri som organisatör i andra hand",
                    "crime-behind-the-crime",
                    "Vera hörs som målsägande vid rättegången. Domstolen har kontoutdragen, "
                    "chattarna och passen, inte bara hennes ord.",
                    2,
                    "",
                ),
                (
                    "Åtala Vera för bedrägeri och be rätten om en mild påföljd med hänsyn till "
                    "pressen hon var utsatt för",
                    "half-seen",
                    "Vera döms till villkorlig dom och hamnar i belastningsregistret; chefen "
                    "åtalas också, och hans försvar pekar på hennes dom.",
                    1,
                    "",
                ),
                (
                    "Åtala Vera och chefen tillsammans som medgärningspersoner i bedrägeriet",
                    "co-accused",
                    "Bredvid honom på de tilltalades bänk säger Vera ingenting om mannen som hotat "
                    "hennes bror.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "crime-behind-the-crime",
            "Brottet bakom brottet",
            "<p>Du prövade människohandeln innan du tog ställning till bedrägeriet, beslutade om "
            "Veras del med skälen i akten och åtalade mannen som tjänade pengarna. Bevisningen "
            "utöver hennes utsaga bar målet.</p>",
        ),
        (
            "half-seen",
            "Halva bilden",
            "<p>Vera släpptes utan att någon frågade vem som gav order, eller dömdes för det hon "
            "tvingats göra. Icke-bestraffning är ett beslut som fattas före åtalet, på en "
            "utredd akt.</p>",
        ),
        (
            "co-accused",
            "Ett offer på de tilltalades bänk",
            "<p>Att åtala Vera bredvid den som exploaterade henne tystade det vittne målet "
            "behövde och straffade henne för själva människohandeln.</p>",
        ),
        (
            "charged-blind",
            "Åtalad utan att någon såg efter",
            "<p>Indikatorerna fanns i det första förhöret. Att åtala direkt, utan att låta utreda "
            "dem, är just det fel som principen om icke-bestraffning ska förhindra — och det "
            "fick målet mot chefen att falla.</p>",
        ),
    ],
)

CHOOSING_THE_CHARGE = [
    (
        "text",
        "<h2>Trafficking, exploitation or procuring?</h2><p>Swedish law gives a prosecutor "
        "several offences for the same pattern of facts, and the choice matters. "
        "<strong>Trafficking</strong> (chapter 4, section 1a) needs the act, the means — "
        "unless the victim is a child — and the purpose. <strong>Human exploitation</strong> "
        "(section 1b) needs the exploitation itself, in forced labour, manifestly "
        "unreasonable work or begging, but no act of moving the person. "
        "<strong>Procuring</strong> (koppleri, chapter 6, section 12) punishes promoting or "
        "improperly profiting financially from another person's selling sex; it needs no "
        f"improper means at all. {CHECK} A Swedish thesis (2013) read the judgments on "
        "trafficking for sexual purposes from 2003 to 2012 to ask whether, and why, the "
        "offence changed between the prosecutor's charge and the court's judgment; the 2016 "
        "inquiry reviewed the penalties for trafficking and procuring side by side. The "
        "EQUAL partnership's aim, in the seeds, was to make prosecution of traffickers, "
        "pimps and sex buyers more effective, not to pick the heaviest label.</p>"
        "<h2>Charge in the alternative</h2><p>When the evidence of the means or the purpose "
        "may not hold, you need not choose between overreaching and underreaching. A "
        "prosecutor may frame the charge with an <em>alternative</em> or a "
        "<em>subsidiary</em> offence: trafficking, or in the alternative procuring or human "
        f"exploitation, on the same facts. {CHECK} Write the description of the act so "
        "that it carries the facts each offence needs; the court is bound by the facts you "
        f"allege, not by the label you give them. {CHECK}</p>"
        "<h2>When the suspect may be the victim</h2><p>Traffickers use people for crime: "
        "the Directive names the exploitation of criminal activities, and around 2011 the "
        "Baltic Sea states' task force reported former victims who go on to recruit others. "
        "The same person can be both suspect and victim. The non-punishment principle "
        "(Directive 2011/36/EU, article 8) asks that you be <em>entitled</em> not to "
        "prosecute a victim for offences she was compelled to commit as a direct consequence "
        "of being trafficked. In Sweden that entitlement works through general rules, above "
        f"all the power to waive prosecution (åtalsunderlåtelse). {CHECK} The course "
        "“Non-punishment in practice” covers the principle; here is the charging decision. It "
        "comes <em>before</em> the charge: once indicators appear — a debt, a passport held by "
        "someone else, housing and phone controlled by the person giving orders — have them "
        "investigated, and put on file how you weighed them. The European Court of Human "
        "Rights found in <em>V.C.L. and A.N. v. the United Kingdom</em> (2021) that "
        "prosecuting possible child victims without an assessment of the trafficking "
        f"suspicion breached the Convention. {CHECK}</p>",
    ),
    CONTENT_WARNING,
    ("branching_case", CHARGING_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Match the facts to the offence: trafficking, human exploitation, procuring",
                "Charge in the alternative when one element may not hold; describe the facts "
                "each offence needs",
                "Before charging a possible victim, have the trafficking suspicion investigated "
                "and record how you weighed non-punishment",
            ],
        },
    ),
]

CHOOSING_THE_CHARGE_SV = [
    (
        "text",
        "<h2>Människohandel, människoexploatering eller koppleri?</h2><p>Svensk rätt ger "
        "åklagaren flera brott för samma händelseförlopp, och valet spelar roll. "
        "<strong>Människohandel</strong> (4 kap. 1 a § brottsbalken) kräver handlingen, "
        "medlet — om offret inte är ett barn — och syftet. "
        "<strong>Människoexploatering</strong> (1 b §) kräver själva exploateringen, i "
        "tvångsarbete, arbete under uppenbart orimliga villkor eller tiggeri, men ingen "
        "förflyttning. <strong>Koppleri</strong> (6 kap. 12 §) straffar den som främjar eller "
        "på ett otillbörligt sätt ekonomiskt utnyttjar att någon annan har tillfälliga "
        f"sexuella förbindelser mot ersättning; där krävs inget otillbörligt medel alls. {CHECK} "
        "En svensk uppsats (2013) gick igenom domar om människohandel för sexuella "
        "ändamål 2003–2012 för att se om, och varför, brottsrubriceringen ändrades mellan "
        "åklagarens yrkande och domstolens dom; 2016 års utredning såg över straffskalorna för "
        "människohandel och koppleri sida vid sida. "
        "EQUAL-partnerskapet ville, enligt grunddokumenten, effektivisera lagföringen av "
        "människohandlare, hallickar och sexköpare — inte välja den tyngsta "
        "rubriceringen.</p>"
        "<h2>Åtala alternativt</h2><p>När bevisningen om medlet eller syftet kanske inte "
        "håller behöver du inte välja mellan att ta i för mycket och för lite. Åklagaren kan "
        "framställa ett <em>alternativt</em> yrkande eller ett <em>andrahandsyrkande</em>: "
        "människohandel, alternativt koppleri eller människoexploatering, på samma "
        f"gärning. {CHECK} Skriv gärningsbeskrivningen så att den bär de omständigheter som "
        "varje brott kräver; rätten är bunden av gärningen du påstår, inte av rubriceringen "
        f"du ger den. {CHECK}</p>"
        "<h2>När den misstänkte kan vara offret</h2><p>Människohandlare använder människor "
        "till brott: direktivet räknar utnyttjande för brottslig verksamhet som exploatering, "
        "och omkring 2011 rapporterade Östersjöstaternas aktionsgrupp att tidigare offer själva "
        "börjar rekrytera. Samma person kan vara både misstänkt och offer. Principen om "
        "icke-bestraffning (direktiv 2011/36/EU, artikel 8) kräver att du har "
        "<em>befogenhet</em> att avstå från att lagföra ett offer för brott som hon tvingats "
        "begå som en direkt följd av människohandeln. I Sverige verkar befogenheten genom "
        f"allmänna regler, framför allt åtalsunderlåtelse. {CHECK} Kursen ”Principen om "
        "icke-bestraffning i praktiken” går igenom principen; här gäller det åtalsbeslutet. "
        "Det fattas <em>före</em> åtalet: när indikatorer dyker upp — en skuld, ett pass som "
        "någon annan har, boende och telefon som kontrolleras av den som ger order — låt "
        "utreda dem, och dokumentera i akten hur du vägde dem. Europadomstolen fann i "
        "<em>V.C.L. och A.N. mot Förenade kungariket</em> (2021) att det stred mot "
        "konventionen att lagföra möjliga barnoffer utan att misstanken om människohandel "
        f"hade bedömts. {CHECK}</p>",
    ),
    CONTENT_WARNING_SV,
    ("branching_case", CHARGING_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Matcha omständigheterna mot brottet: människohandel, människoexploatering, "
                "koppleri",
                "Åtala alternativt när ett rekvisit kanske inte håller; beskriv de "
                "omständigheter varje brott kräver",
                "Innan du åtalar ett möjligt offer: låt utreda misstanken om människohandel och "
                "dokumentera hur du vägde icke-bestraffning",
            ],
        },
    ),
]

CHOOSING_THE_CHARGE_CHECKS = (
    [
        "Procuring (koppleri): Penal Code chapter 6, section 12, and its wording, from memory",
        "Alternative and subsidiary charges (alternativt yrkande, andrahandsyrkande) and the "
        "court being bound by the facts alleged, not the legal label (Code of Judicial "
        "Procedure chapter 30, section 3): confirm against the Code and the Prosecution "
        "Authority's guidance",
        "The 2013 Malmö University thesis and SOU 2016:70 are described from their abstracts "
        "and introductions only; what they found on charges changing from trafficking to "
        "procuring needs an expert reading",
        "Waiver of prosecution (åtalsunderlåtelse, Code of Judicial Procedure chapter 20, "
        "section 7) as the Swedish route for non-punishment, as the NP course states it",
        "V.C.L. and A.N. v. the United Kingdom (2021): the holding summarised here was not read "
        "for this lesson; see the NP course's sources",
        "Whether trafficking for the exploitation of criminal activities (the Vera case) falls "
        "under chapter 4, section 1a's “other exploitation in a situation of distress”",
    ],
    [
        "Koppleri: 6 kap. 12 § brottsbalken och dess lydelse, ur minnet",
        "Alternativt yrkande och andrahandsyrkande, och att rätten är bunden av den påstådda "
        "gärningen men inte av rubriceringen (30 kap. 3 § rättegångsbalken): bekräfta mot "
        "balken och Åklagarmyndighetens vägledning",
        "Uppsatsen från Malmö högskola 2013 och SOU 2016:70 beskrivs bara utifrån sina "
        "sammanfattningar och inledningar; vad de fann om åtal som ändrats från människohandel "
        "till koppleri behöver läsas av en expert",
        "Åtalsunderlåtelse (20 kap. 7 § rättegångsbalken) som den svenska vägen för "
        "icke-bestraffning, så som NP-kursen anger den",
        "V.C.L. och A.N. mot Förenade kungariket (2021): domslutet som sammanfattas här lästes "
        "inte för lektionen; se NP-kursens källor",
        "Om människohandel för utnyttjande för brottslig verksamhet (fallet Vera) omfattas av "
        "4 kap. 1 a §:s ”på annat sätt utnyttjas i en situation som innebär nödläge”",
    ],
)
EK_EKERMANN_2013 = source(
    "Människohandel för sexuella ändamål: en problematisk lagstiftning? (change of offence "
    "between the prosecutor's charge and the court's judgment, judgments 2003–2012), "
    "degree thesis in criminology",
    "Cornelia Ek and Andrea Ekermann, Malmö University",
    "2013",
    "https://5dok.org/document/9yn4l6jz-maenniskohandel-foer-sexuella-aendamaal-en-"
    "problematisk-lagstiftning.html",
    title_sv="Människohandel för sexuella ändamål: en problematisk lagstiftning? "
    "(examensarbete i kriminologi)",
    publisher_sv="Cornelia Ek och Andrea Ekermann, Malmö högskola",
    link_text="5dok.org",
)
SOU_2016_70 = source(
    "SOU 2016:70, Ett starkt straffrättsligt skydd mot människohandel och annat utnyttjande av "
    "utsatta personer (inquiry on the criminal-law protection against trafficking, including a "
    "review of the penalties for trafficking and procuring)",
    "Government of Sweden",
    "2016",
    "https://lagen.nu/sou/2016:70",
    title_sv="SOU 2016:70, Ett starkt straffrättsligt skydd mot människohandel och annat "
    "utnyttjande av utsatta personer",
    publisher_sv="Regeringen",
    link_text="lagen.nu",
)
CHOOSING_THE_CHARGE_SOURCES = [
    PROP_2017_18_123,
    SOU_2016_70,
    EK_EKERMANN_2013,
    DIRECTIVE_ARTICLE_8,
    SEED_EQUAL,
    SEED_CBSS,
    SEED_PLATFORM,
]


# Module 2: evidence beyond the victim's testimony ---------------------------------------------

TESTIMONY_CASE = case_spec(
    "The testimony that changed",
    "<p>You prosecute Adrian, 35, for trafficking Mira, 26, for sexual purposes, and in the "
    "alternative for procuring. In her recorded police interviews, with her counsel present, "
    "Mira said Adrian promised her a cleaning job, took her passport and made her sell sex in "
    "flats he rented. The main hearing has begun.</p>",
    [
        (
            "at-trial",
            "<p>On the stand, Mira says Adrian is her boyfriend, that she chose to sell sex and "
            "that the police “misunderstood”. She will not look up. Adrian's defence counsel "
            "asks the court to note that the only witness has withdrawn her account.</p>",
            [
                (
                    "Ask open questions about what has changed since the interviews, hold her "
                    "earlier statements up to her as the procedure allows, and ask for a short "
                    "break to speak with her counsel about her safety",
                    "safety",
                    "Mira answers that she has “had time to think”. In the break, her counsel "
                    "tells you Mira has received messages about her little sister at home.",
                    2,
                    "",
                ),
                (
                    "Tell the court that the witness is lying and that you will consider "
                    "charging her with perjury",
                    "intimidated",
                    "Mira breaks down and the hearing is adjourned. She refuses to come back.",
                    0,
                    "Changing or withdrawn statements are typical of trafficking victims under "
                    "fear, trauma or pressure from the accused. Threatening a possible victim "
                    "with prosecution silences her and helps the trafficker: find out what has "
                    "changed, protect her, and rest the case on the other evidence.",
                ),
                (
                    "Drop the trafficking charge and go on with procuring only",
                    "narrowed",
                    "The court hears procuring. Nobody asks what happened to Mira between the "
                    "interview and the trial.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "safety",
            "<p>The messages came from a number linked to Adrian's brother. Mira is afraid for "
            "her sister. The rest of your evidence: bank transfers from the flats' customers to "
            "Adrian, his messages advertising “new girls”, surveillance of the flats, two "
            "buyers who have given statements, and the passport found in Adrian's car.</p>",
            [
                (
                    "Have the police assess the threat and protect Mira and her sister, ask the "
                    "court for measures that spare her facing Adrian, and lead the case on the "
                    "bank, chat, surveillance and witness evidence",
                    "mosaic",
                    "Mira is heard again without Adrian in the room. The court weighs her "
                    "changed account against the transfers, the adverts, the passport and the "
                    "buyers' statements.",
                    2,
                    "",
                ),
                (
                    "Ask Mira in open court, with Adrian present, whether his brother has "
                    "threatened her",
                    "exposed",
                    "Mira denies it. Adrian hears every word.",
                    0,
                    "",
                ),
                (
                    "Leave the threats aside: they are a matter for another case",
                    "exposed",
                    "The trial goes on. No one protects the sister, and Mira says as little as "
                    "she can.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "mosaic",
            "A case that does not rest on one voice",
            "<p>You treated the changed testimony as information, protected the witness and her "
            "family, and put the mosaic of other evidence before the court. That is what the "
            "investigation was for.</p>",
        ),
        (
            "exposed",
            "Her safety left out",
            "<p>The threat behind the changed testimony was either aired in front of the "
            "accused or ignored. Protection of victims and their families during proceedings "
            "is part of the prosecutor's case, not a separate matter.</p>",
        ),
        (
            "narrowed",
            "The case made smaller",
            "<p>Dropping the heavier charge the moment the witness wavered let the pressure on "
            "her decide the case. Ask why the account changed and look at the rest of the "
            "evidence first.</p>",
        ),
        (
            "intimidated",
            "The witness threatened by the state",
            "<p>A threat of perjury charges did what the trafficker's messages had begun: it "
            "silenced the witness. Inconsistency is a reason to ask, not to accuse.</p>",
        ),
    ],
)

TESTIMONY_CASE_SV = case_spec(
    "Utsagan som ändrades",
    "<p>Du för talan mot Adrian, 35 år, som är åtalad för människohandel för sexuella ändamål "
    "med Mira, 26 år, och alternativt för koppleri. I de inspelade polisförhören, med "
    "målsägandebiträdet närvarande, berättade Mira att Adrian lovat henne ett städjobb, tagit "
    "hennes pass och tvingat henne att sälja sex i lägenheter som han hyrde. "
    "Huvudförhandlingen har börjat.</p>",
    [
        (
            "at-trial",
            "<p>I rätten säger Mira att Adrian är hennes pojkvän, att hon själv valde att sälja "
            "sex och att polisen ”missförstod”. Hon tittar inte upp. Adrians försvarare ber "
            "rätten notera att det enda vittnet har tagit tillbaka sin berättelse.</p>",
            [
                (
                    "Ställ öppna frågor om vad som har ändrats sedan förhören, håll upp hennes "
                    "tidigare uppgifter för henne så som reglerna tillåter och begär en kort "
                    "paus för att tala med målsägandebiträdet om hennes säkerhet",
                    "safety",
                    "Mira svarar att hon ”har fått tänka efter”. I pausen berättar "
                    "målsägandebiträdet att Mira har fått meddelanden om sin lillasyster "
                    "därhemma.",
                    2,
                    "",
                ),
                (
                    "Säg till rätten att vittnet ljuger och att du överväger att åtala henne för "
                    "mened",
                    "intimidated",
                    "Mira bryter ihop och förhandlingen ställs in. Hon vägrar komma tillbaka.",
                    0,
                    "Ändrade eller återtagna uppgifter är typiska för offer för människohandel som "
                    "lever med rädsla, trauma eller press från den tilltalade. Att hota ett "
                    "möjligt offer med åtal tystar henne och hjälper människohandlaren: ta reda "
                    "på vad som har ändrats, skydda henne och låt målet vila på den övriga "
                    "bevisningen.",
                ),
                (
                    "Lägg ner åtalet för människohandel och gå vidare med enbart koppleri",
                    "narrowed",
                    "Rätten prövar koppleri. Ingen frågar vad som hände Mira mellan förhöret "
                    "och rättegången.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "safety",
            "<p>Meddelandena kom från ett nummer som kopplas till Adrians bror. Mira är rädd "
            "för sin syster. Din övriga bevisning: överföringar från lägenheternas kunder till "
            "Adrian, hans meddelanden som gör reklam för ”nya tjejer”, spaning mot "
            "lägenheterna, två sexköpare som har hörts och passet som hittades i Adrians "
            "bil.</p>",
            [
                (
                    "Låt polisen göra en hotbedömning och skydda Mira och hennes syster, begär "
                    "åtgärder hos rätten så att hon slipper möta Adrian, och driv målet på "
                    "bank-, chatt-, spanings- och vittnesbevisningen",
                    "mosaic",
                    "Mira hörs igen utan att Adrian är i rummet. Rätten väger hennes ändrade "
                    "berättelse mot överföringarna, annonserna, passet och sexköparnas "
                    "uppgifter.",
                    2,
                    "",
                ),
                (
                    "Fråga Mira inför öppen rätt, med Adrian närvarande, om hans bror har hotat "
                    "henne",
                    "exposed",
                    "Mira förnekar det. Adrian hör varje ord.",
                    0,
                    "",
                ),
                (
                    "Lämna hoten därhän: de hör till ett annat ärende",
                    "exposed",
                    "Rättegången fortsätter. Ingen skyddar systern, och Mira säger så lite hon "
                    "kan.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "mosaic",
            "Ett mål som inte vilar på en enda röst",
            "<p>Du behandlade den ändrade utsagan som information, skyddade vittnet och hennes "
            "familj och lade fram mosaiken av övrig bevisning för rätten. Det var därför "
            "utredningen gjordes.</p>",
        ),
        (
            "exposed",
            "Hennes säkerhet glömdes bort",
            "<p>Hotet bakom den ändrade utsagan togs antingen upp inför den tilltalade eller "
            "lämnades därhän. Att skydda offer och deras familjer under förfarandet hör till "
            "åklagarens mål, det är ingen separat fråga.</p>",
        ),
        (
            "narrowed",
            "Målet krympte",
            "<p>Att släppa det tyngre åtalet så snart vittnet vacklade lät pressen på henne "
            "avgöra målet. Fråga först varför berättelsen ändrades och se på resten av "
            "bevisningen.</p>",
        ),
        (
            "intimidated",
            "Vittnet hotat av staten",
            "<p>Ett hot om åtal för mened fullbordade det som människohandlarens meddelanden "
            "hade påbörjat: vittnet tystnade. Motsägelser är ett skäl att fråga, inte att "
            "anklaga.</p>",
        ),
    ],
)

BEYOND_TESTIMONY = [
    (
        "text",
        "<h2>Why one voice is not enough</h2><p>A trafficking case built on the victim's "
        "testimony alone stands or falls with a person whom the accused may still be "
        "frightening, who may owe him money, love him, or fear for her family at home. Around "
        "2011 the Baltic Sea states' task force listed victims who refuse help among the "
        "trends, and more prosecutions among the challenges. UNODC's toolkit (2008) describes "
        "three ways of investigating — reactive (starting from a victim's complaint), "
        "proactive (intelligence-led, which does not depend on the victim) and disruptive — "
        "and recommends parallel financial investigations, special investigative techniques, "
        "crime-scene work and joint investigation teams to produce evidence beyond the "
        f"victim's words. {CHECK}</p>"
        "<h2>A mosaic of evidence</h2><p>UNODC's Case Digest on evidential issues (2017), "
        "drawn from cases tried in many countries, speaks of a <em>mosaic</em>: "
        "testimonial evidence (victims, other victims, buyers, neighbours, police), "
        "documentary evidence (financial and business records) and real evidence, none of "
        "them carrying the case alone. As a prosecutor directing a preliminary investigation "
        "(förundersökning), ask the police for:</p><ul>"
        "<li><strong>Money</strong>: transfers, cash deposits, rent for flats, tickets and "
        "fees paid for others, assets — and seizure of proceeds early.</li>"
        "<li><strong>Digital traces</strong>: adverts, chats giving orders, phones, location "
        "data, bookings.</li>"
        "<li><strong>Surveillance</strong>: who comes and goes, who drives, who collects the "
        "money, where the passports are.</li>"
        "<li><strong>Other witnesses</strong>: co-workers, other victims, buyers, landlords, "
        "labour inspectors, doctors.</li></ul>"
        "<h2>When the account changes</h2><p>The Case Digest describes courts that found "
        "victims credible although they contradicted themselves, or even told falsehoods, "
        "because the judges understood why: fear, trauma, the time between the interviews, "
        "family ties to the accused. One court remarked that it would have been worrying if a "
        "young woman who had lived through months of abuse could tell it all in detail and "
        "in order. The answer to a changed account is to ask what changed — a threat, a "
        "visit, a message — to protect the witness, and to let the rest of the mosaic speak. "
        "In Sweden a preliminary investigation into an offence under public prosecution is "
        "to be opened whether or not the victim reports it, as the national referral manual "
        "(MMM) reminds practitioners; a victim's withdrawal does not end your duty to "
        f"investigate. {CHECK}</p>",
    ),
    CONTENT_WARNING,
    ("branching_case", TESTIMONY_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Build the case as a mosaic: money, digital traces, surveillance and other "
                "witnesses besides the victim",
                "A changed or withdrawn account is a reason to ask what changed and to protect "
                "the witness, not to accuse her",
                "The duty to investigate does not depend on the victim's report or her staying "
                "with it",
            ],
        },
    ),
]

BEYOND_TESTIMONY_SV = [
    (
        "text",
        "<h2>Varför en röst inte räcker</h2><p>Ett människohandelsmål som bara bygger på "
        "offrets utsaga står och faller med en person som den tilltalade kanske fortfarande "
        "skrämmer, som kanske är skyldig honom pengar, älskar honom eller fruktar för sin "
        "familj därhemma. Omkring 2011 räknade Östersjöstaternas aktionsgrupp offer som tackar "
        "nej till hjälp till trenderna, och fler lagföringar till utmaningarna. UNODC:s "
        "verktygslåda (2008) beskriver tre sätt att utreda — reaktivt (utifrån ett offers "
        "anmälan), proaktivt (underrättelsestyrt, oberoende av offret) och störande — och "
        "rekommenderar parallella finansiella utredningar, särskilda utredningsmetoder, "
        "brottsplatsundersökningar och gemensamma utredningsgrupper för att få fram bevisning "
        f"utöver offrets ord. {CHECK}</p>"
        "<h2>En mosaik av bevis</h2><p>UNODC:s sammanställning av bevisfrågor i "
        "människohandelsmål (Case Digest, 2017), som bygger på mål från domstolar i många "
        "länder, talar om en <em>mosaik</em>: muntlig bevisning (offer, andra offer, "
        "sexköpare, grannar, poliser), skriftlig bevisning (ekonomiska handlingar och "
        "affärshandlingar) och föremål, där inget ensamt bär målet. Som förundersökningsledare "
        "kan du be polisen om:</p><ul>"
        "<li><strong>Pengarna</strong>: överföringar, kontantinsättningar, hyror för "
        "lägenheter, biljetter och avgifter betalda åt andra, tillgångar — och tidigt beslag "
        "av vinningen.</li>"
        "<li><strong>Digitala spår</strong>: annonser, chattar med order, telefoner, "
        "positionsdata, bokningar.</li>"
        "<li><strong>Spaning</strong>: vem som kommer och går, vem som kör, vem som hämtar "
        "pengarna, var passen finns.</li>"
        "<li><strong>Andra vittnen</strong>: arbetskamrater, andra offer, sexköpare, "
        "hyresvärdar, arbetsmiljöinspektörer, läkare.</li></ul>"
        "<h2>När berättelsen ändras</h2><p>I sammanställningen beskrivs domstolar som fann "
        "offer trovärdiga trots att de motsagt sig själva, eller till och med sagt osanning, "
        "eftersom domarna förstod varför: rädsla, trauma, tiden mellan förhören, "
        "familjeband till den tilltalade. En domstol konstaterade att det hade varit "
        "oroväckande om en ung kvinna som genomlevt månader av övergrepp hade kunnat berätta "
        "allt i detalj och i rätt ordning. Svaret på en ändrad berättelse är att fråga vad som "
        "ändrats — ett hot, ett besök, ett meddelande — att skydda vittnet och att låta resten "
        "av mosaiken tala. I Sverige ska en förundersökning om ett brott som hör under allmänt "
        "åtal inledas oavsett om offret gör en anmälan, vilket Manual vid misstanke om "
        "människohandel (MMM) påminner om; att offret tar tillbaka sina uppgifter upphäver "
        f"inte din skyldighet att utreda. {CHECK}</p>",
    ),
    CONTENT_WARNING_SV,
    ("branching_case", TESTIMONY_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Bygg målet som en mosaik: pengar, digitala spår, spaning och andra vittnen "
                "utöver offret",
                "En ändrad eller återtagen berättelse är ett skäl att fråga vad som ändrats och "
                "att skydda vittnet, inte att anklaga henne",
                "Skyldigheten att utreda hänger inte på offrets anmälan eller på att hon står "
                "fast vid den",
            ],
        },
    ),
]

BEYOND_TESTIMONY_CHECKS = (
    [
        "The short descriptions of reactive, proactive and disruptive investigation are the "
        "author's summary; UNODC's toolkit tools 5.2–5.5 were read by their overview, not in "
        "full",
        "The duty to open a preliminary investigation regardless of a report (Code of Judicial "
        "Procedure chapter 23, section 1) and what a victim's withdrawal changes: confirm the "
        "section and Åklagarmyndigheten's guidance",
        "Holding up earlier statements at the main hearing and hearing a witness without the "
        "accused present (Code of Judicial Procedure chapters 36 and 37): the case says only "
        "“as the procedure allows”; confirm the rules a trainer should name",
    ],
    [
        "De korta beskrivningarna av reaktiv, proaktiv och störande utredning är författarens "
        "sammanfattning; verktygen 5.2–5.5 i UNODC:s verktygslåda lästes i översikten, inte i "
        "sin helhet",
        "Skyldigheten att inleda förundersökning oavsett anmälan (23 kap. 1 § "
        "rättegångsbalken) och vad det innebär när offret tar tillbaka sina uppgifter: "
        "bekräfta paragrafen och Åklagarmyndighetens vägledning",
        "Att hålla upp tidigare uppgifter vid huvudförhandlingen och att höra ett vittne utan "
        "att den tilltalade är närvarande (36 och 37 kap. rättegångsbalken): fallet säger bara "
        "”så som reglerna tillåter”; bekräfta vilka regler en lärare bör nämna",
    ],
)
BEYOND_TESTIMONY_SOURCES = [
    UNODC_TOOLKIT_CH5,
    UNODC_CASE_DIGEST,
    UNODC_MANUAL,
    MMM_STEP_5,
    COE_ARTICLE_28,
    SEED_CBSS,
]


# Module 3: victims' rights, counsel and compensation -------------------------------------------

VICTIMS_RIGHTS = [
    (
        "text",
        "<h2>A victim is a party, not only a witness</h2><p>In Swedish criminal procedure the "
        "person the offence was committed against is the injured party (målsägande). Sweden's "
        "national referral manual for suspected trafficking (Manual vid misstanke om "
        "människohandel, MMM) asks that a victim be told early, and again later when she can "
        "take it in, about her rights in the criminal process: the possibility of a temporary "
        "residence permit, the right to damages, the right to an interpreter and the right to "
        "free legal support from a counsel for the injured party (målsägandebiträde). The "
        "manual also reminds the police that a trusted interviewer, not in uniform, who makes "
        "clear that the victim is not the one accused, makes a good interview possible.</p>"
        "<h2>Counsel for the injured party — early</h2><p>The manual asks for a "
        "målsägandebiträde to be appointed as early as possible once a report has been made, "
        "preferably in time for the first interview. The police or the prosecutor ask the "
        "court to appoint one, and the court may take the victim's own wishes and needs into "
        "account; the state generally bears the cost. Counsel supports the victim through "
        "the investigation and the trial and presents her claim for damages. Asking for "
        "counsel is a step for you to take, not for the victim to find out about. EU Directive "
        "2011/36/EU likewise asks for legal counselling and representation without delay, "
        f"free of charge where the victim lacks the means. {CHECK}</p>"
        "<h2>A permit to stay, and protection</h2><p>A victim from abroad may need to stay in "
        "Sweden for the investigation and the trial; the head of the preliminary "
        "investigation can apply for a temporary residence permit for her under the Aliens "
        f"Act. {CHECK} The Council of Europe Convention (article 28) asks states to protect "
        "victims, witnesses and those who cooperate with the investigation from retaliation "
        "and intimidation, during and after the proceedings, and, when necessary, members of "
        "their families; protection may include physical protection, relocation, a change of "
        "identity and help to find work. Threats to the family at home, a concern the "
        "Swedish civil-society platform raised in 2017, belong in your risk assessment.</p>"
        "<h2>Damages and compensation</h2><p>A victim can claim damages from the offender in "
        "the criminal case; the prosecutor may present the claim if the victim has no "
        f"counsel. {CHECK} In <em>Krachunova v. Bulgaria</em> (2023) the European Court of "
        "Human Rights held, for the first time, that a victim of trafficking has a right under "
        "article 4 of the Convention to claim lost earnings from the trafficker, whatever the "
        "national law says about prostitution: it repairs the harm and keeps the trafficker "
        "from keeping the profits. When the offender cannot pay, the state's criminal injuries "
        "compensation (brottsskadeersättning), decided by the Crime Victim Authority "
        "(Brottsoffermyndigheten) under the Criminal Injuries Compensation Act of 2014, may "
        "step in; an unknown offender does not bar it, but a finding by the prosecutor or the "
        "court that the evidence does not show a crime does. Your decisions on the charge, "
        "on seizing proceeds and on presenting the claim therefore reach the victim's "
        "purse.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "The injured party's file: before the first interview and before trial",
            "intro": "A working aid for the prosecutor, not a form for the victim.",
            "groups": [
                {
                    "heading": "Before the first interview",
                    "indicators": [
                        "Counsel for the injured party requested from the court",
                        "Interpreter booked in the victim's language, not through the suspect",
                        "Information on rights given, and to be repeated later",
                    ],
                },
                {
                    "heading": "During the investigation",
                    "indicators": [
                        "Threats to the victim and the family at home assessed and reviewed",
                        "Temporary residence permit considered for a victim from abroad",
                        "Proceeds traced and seized so that damages can be paid",
                    ],
                },
                {
                    "heading": "Before trial",
                    "indicators": [
                        "The damages claim, lost earnings included, ready to be presented",
                        "Measures to spare the victim facing the accused requested",
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
                "Request counsel for the injured party early, ideally before the first interview",
                "Protection reaches witnesses and, when necessary, their families",
                "Damages include lost earnings; seizing proceeds early keeps them payable",
            ],
        },
    ),
]

VICTIMS_RIGHTS_SV = [
    (
        "text",
        "<h2>Offret är part, inte bara vittne</h2><p>I svensk straffprocess är den som brottet "
        "har begåtts mot målsägande. Manual vid misstanke om människohandel (MMM), Sveriges "
        "nationella hänvisningsmekanism, kräver att offret tidigt, och igen senare när hon "
        "orkar ta till sig det, får veta sina rättigheter i rättsprocessen: möjligheten till "
        "ett tidsbegränsat uppehållstillstånd, rätten till skadestånd, rätten till tolk och "
        "rätten till kostnadsfritt juridiskt stöd genom ett målsägandebiträde. Manualen "
        "påminner också polisen om att en förhörsledare som inte bär uniform och som gör klart "
        "att det inte är offret som är anklagat skapar förutsättningar för ett bra "
        "förhör.</p>"
        "<h2>Målsägandebiträde — tidigt</h2><p>Enligt manualen bör ett målsägandebiträde "
        "förordnas så tidigt som möjligt efter polisanmälan, helst så att biträdet kan närvara "
        "redan vid det första förhöret. Polis eller åklagare begär att domstolen förordnar "
        "ett biträde, och domstolen kan ta hänsyn till offrets egna önskemål och behov; "
        "kostnaden bärs i regel av staten. Biträdet stöttar offret genom utredning och "
        "rättegång och för hennes skadeståndstalan. Att begära ett biträde är ditt ansvar, "
        "inte något offret ska behöva upptäcka själv. EU:s direktiv 2011/36/EU kräver på "
        "samma sätt juridisk rådgivning och företrädare utan dröjsmål, kostnadsfritt när "
        f"offret saknar medel. {CHECK}</p>"
        "<h2>Uppehållstillstånd och skydd</h2><p>Ett offer från ett annat land kan behöva "
        "stanna i Sverige under utredningen och rättegången; förundersökningsledaren kan "
        "ansöka om tidsbegränsat uppehållstillstånd för henne enligt utlänningslagen. "
        f"{CHECK} Europarådets konvention (artikel 28) ålägger staterna att skydda offer, "
        "vittnen och den som samarbetar med utredningen mot hämnd och hot, under och efter "
        "förfarandet, och vid behov deras familjemedlemmar; skyddet kan omfatta fysiskt "
        "skydd, flytt, ny identitet och hjälp att få arbete. Hot mot familjen i hemlandet, "
        "som det svenska civilsamhällets plattform lyfte 2017, hör till din "
        "riskbedömning.</p>"
        "<h2>Skadestånd och ersättning</h2><p>Offret kan kräva skadestånd av gärningspersonen "
        "i brottmålet; åklagaren kan föra talan om anspråket om offret saknar biträde. "
        f"{CHECK} I <em>Krachunova mot Bulgarien</em> (2023) slog Europadomstolen för första "
        "gången fast att ett offer för människohandel enligt artikel 4 i Europakonventionen "
        "har rätt att kräva ersättning för förlorad inkomst från människohandlaren, oavsett "
        "hur nationell rätt ser på prostitution: ersättningen avhjälper skadan och hindrar att "
        "förövaren behåller vinsten. Kan gärningspersonen inte betala kan statens "
        "brottsskadeersättning, som Brottsoffermyndigheten beslutar om enligt 2014 års "
        "brottsskadelag, träda in; att gärningspersonen är okänd hindrar inte ersättning, men "
        "det gör ett ställningstagande av åklagare eller domstol att bevisningen inte visar "
        "att ett brott har begåtts. Dina beslut om åtal, om beslag av vinning och om "
        "skadeståndstalan når alltså ända fram till offrets plånbok.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Målsägandens akt: före första förhöret och före rättegången",
            "intro": "Ett arbetsstöd för åklagaren, inte ett formulär för offret.",
            "groups": [
                {
                    "heading": "Före första förhöret",
                    "indicators": [
                        "Målsägandebiträde begärt hos domstolen",
                        "Tolk bokad på offrets språk, inte via den misstänkte",
                        "Information om rättigheter given, och planerad att upprepas",
                    ],
                },
                {
                    "heading": "Under utredningen",
                    "indicators": [
                        "Hot mot offret och familjen i hemlandet bedömda och omprövade",
                        "Tidsbegränsat uppehållstillstånd övervägt för ett offer från utlandet",
                        "Vinning spårad och i beslag så att skadestånd kan betalas",
                    ],
                },
                {
                    "heading": "Före rättegången",
                    "indicators": [
                        "Skadeståndsanspråket, förlorad inkomst inräknad, klart att framställas",
                        "Åtgärder begärda så att offret slipper möta den tilltalade",
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
                "Begär målsägandebiträde tidigt, helst före det första förhöret",
                "Skyddet omfattar vittnen och vid behov deras familjer",
                "Skadeståndet omfattar förlorad inkomst; tidigt beslag gör att det kan betalas",
            ],
        },
    ),
]

VICTIMS_RIGHTS_CHECKS = (
    [
        "The Act on Counsel for the Injured Party (lag (1988:609) om målsägandebiträde): who may "
        "request counsel, the grounds in trafficking cases, and the state bearing the cost",
        "Directive 2011/36/EU, articles 11, 12 and 17 (assistance, legal counselling and "
        "representation, compensation): wording not read for this lesson",
        "The temporary residence permit applied for by the head of the preliminary "
        "investigation (Aliens Act chapter 5, section 15): confirm the section and who applies",
        "The prosecutor presenting the victim's damages claim in the criminal case (Code of "
        "Judicial Procedure chapter 22, section 2)",
    ],
    [
        "Lagen (1988:609) om målsägandebiträde: vem som kan begära biträde, grunderna i "
        "människohandelsmål och att staten bär kostnaden",
        "Direktiv 2011/36/EU, artiklarna 11, 12 och 17 (stöd, rådgivning och företrädare, "
        "ersättning): lydelsen lästes inte för lektionen",
        "Tidsbegränsat uppehållstillstånd som förundersökningsledaren ansöker om (5 kap. 15 § "
        "utlänningslagen): bekräfta paragrafen och vem som ansöker",
        "Att åklagaren för målsägandens skadeståndstalan i brottmålet (22 kap. 2 § "
        "rättegångsbalken)",
    ],
)
COUNSEL_PAGE = source(
    "Målsägandebiträde i brottmål (counsel for the injured party in criminal cases)",
    "Advokat Charlotte Oskarsson, law firm web page",
    "read December 2026",
    "https://advokatcharlotteoskarsson.se/rattsomraden/malsagandebitrade-i-brottmal/",
    title_sv="Målsägandebiträde i brottmål",
    publisher_sv="Advokat Charlotte Oskarsson, advokatbyråns webbsida",
    year_sv="läst december 2026",
    link_text="advokatcharlotteoskarsson.se",
)
VICTIMS_RIGHTS_SOURCES = [
    MMM_STEP_2,
    MMM_STEP_3,
    MMM_STEP_5,
    COUNSEL_PAGE,
    COE_ARTICLE_28,
    NSPM_JUDGMENTS,
    CRIME_VICTIM_AUTHORITY_FAQ,
    PROP_2013_14_94,
    DIRECTIVE_VICTIMS,
    SEED_PLATFORM,
    SEED_KVINNOFORUM,
]


# Module 4: across borders -----------------------------------------------------------------------

ACROSS_BORDERS = [
    (
        "text",
        "<h2>Why trafficking cases cross borders</h2><p>The people in a trafficking case are "
        "often recruited in one country, moved through another and exploited in a third, and "
        "the money travels further still. Eurojust, the European Union Agency for Criminal "
        "Justice Cooperation in The Hague, describes trafficking as typically committed by "
        "organised crime groups whose profits are hard to trace and confiscate, and notes "
        "that the involvement of states outside the EU adds difficulty. Cooperation across "
        "the Baltic Sea is an old theme of the seeds: the EQUAL partnership (2005–2008) "
        "worked with partnerships in Italy, Latvia and Greece; Kvinnoforum built networks "
        "around the Baltic Sea; the Council of the Baltic Sea States' task force, with eleven "
        "member states and the European Commission, evaluated cooperation between state and "
        "civil actors with UNODC.</p>"
        "<h2>Eurojust</h2><p>Each Member State has a National Member at Eurojust, which lets "
        "prosecutors and judges in different countries work together and coordinate parallel "
        "investigations in the countries where victims are recruited, moved and exploited. "
        "Its 2021 report on trafficking cases sets out the tools: exchanging information "
        "early; triggering investigations in other countries; action days, when arrests and "
        "searches happen on the same day in several countries; "
        "European Investigation Orders for single measures; joint investigation teams; and "
        "ways to settle which country should prosecute. It treats the victims' interests as "
        "part of that choice, and the rescue and protection of victims as part of every "
        "action day. Sweden's desk at Eurojust is staffed through the "
        f"Swedish Prosecution Authority. {CHECK}</p>"
        "<h2>Joint investigation teams</h2><p>A joint investigation team (JIT) is set up by "
        "an agreement between two or more Member States, and possibly other parties, for a "
        "specific purpose and a limited time. Within it, members share information directly, "
        "without formal requests, and ask each other for investigative measures — coercive "
        "ones included — without letters rogatory; they can be present at searches and "
        "interviews in each other's countries, which helps with language and trust; and "
        "Europol and Eurojust can support and help fund the team. What calls for a JIT is "
        "the case's cross-border dimension, not its seriousness: in trafficking it lets the "
        "countries of origin, transit and exploitation investigate the same network at the "
        "same time. Evidence gathered in a JIT must be usable in every country that may try "
        "the case, so agree early how victims will be interviewed and recorded. The Swedish "
        f"legal basis for JITs is a separate act on international cooperation. {CHECK}</p>"
        "<h2>Victims across borders</h2><p>A victim may have gone home before the trial. "
        "Plan for it: a recorded interview with counsel present, a hearing by video link, "
        "contact with support organisations in her country, and a risk assessment that "
        "includes her family there. The CBSS task force's training of consular staff covered "
        "their role in return; a mission can be part of the chain when a witness lives "
        "abroad.</p>"
        "<p><em>Example.</em> Swedish police find six men from the same region working "
        "without pay on building sites; their wages went to a company registered abroad, "
        "and the recruiter is still at home. A JIT with the country of origin lets its "
        "investigators interview the families and the recruiter's other workers, trace the "
        "company's accounts and arrest the recruiter on the same day as the Swedish "
        "employer.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Bring in Eurojust when a case reaches into other countries, early",
                "A JIT fits a case with a cross-border dimension, not just a serious one",
                "Plan the victims' protection and testimony into every cross-border step",
            ],
        },
    ),
]

ACROSS_BORDERS_SV = [
    (
        "text",
        "<h2>Varför människohandelsmål korsar gränser</h2><p>I ett människohandelsmål har "
        "människorna ofta rekryterats i ett land, förts genom ett annat och exploaterats i ett "
        "tredje, och pengarna har färdats ännu längre. Eurojust, Europeiska unionens byrå för "
        "straffrättsligt samarbete i Haag, beskriver människohandel som ett brott som ofta "
        "begås av organiserade kriminella grupper vars vinster är svåra att spåra och "
        "förverka, och konstaterar att det blir svårare när stater utanför EU är inblandade. "
        "Samarbete kring Östersjön är ett gammalt tema i grunddokumenten: EQUAL-partnerskapet "
        "(2005–2008) arbetade med partnerskap i Italien, Lettland och Grekland; Kvinnoforum "
        "byggde nätverk runt Östersjön; Östersjöstaternas råds aktionsgrupp, med elva "
        "medlemsländer och Europeiska kommissionen, utvärderade samarbetet mellan statliga och "
        "civila aktörer tillsammans med UNODC.</p>"
        "<h2>Eurojust</h2><p>Varje medlemsstat har en nationell medlem vid Eurojust, vilket "
        "gör att åklagare och domare i olika länder kan arbeta tillsammans och samordna "
        "parallella utredningar i de länder där offren rekryteras, förflyttas och "
        "exploateras. Byråns rapport om människohandelsmål från 2021 går igenom verktygen: "
        "tidigt informationsutbyte; att få andra länder att inleda utredningar; "
        "aktionsdagar, då gripanden och husrannsakningar sker samma dag i flera länder; "
        "europeiska utredningsorder för enskilda åtgärder; gemensamma "
        "utredningsgrupper; och sätt att avgöra vilket land som ska lagföra. Rapporten räknar "
        "offrens intressen till det valet, och räddning och skydd av offer till varje "
        "aktionsdag. Sveriges kontor vid Eurojust "
        f"bemannas genom Åklagarmyndigheten. {CHECK}</p>"
        "<h2>Gemensamma utredningsgrupper</h2><p>En gemensam utredningsgrupp (JIT) inrättas "
        "genom en överenskommelse mellan två eller flera medlemsstater, och eventuellt andra "
        "parter, för ett särskilt syfte och en begränsad tid. Inom gruppen delar "
        "medlemmarna information direkt, utan formella framställningar, och begär "
        "utredningsåtgärder av varandra — även tvångsåtgärder — utan rättsliga "
        "hjälpframställningar; de kan närvara vid husrannsakningar och förhör i varandras "
        "länder, vilket gör det lättare att överbrygga språket och bygger förtroende; och "
        "Europol och Eurojust kan stötta och delfinansiera gruppen. Det som motiverar en JIT är målets "
        "gränsöverskridande karaktär, inte hur allvarligt brottet är: vid människohandel låter "
        "den ursprungs-, transit- och destinationsländerna utreda samma nätverk samtidigt. "
        "Bevisning som samlas in i en JIT måste kunna användas i varje land där målet kan "
        "komma att prövas, så kom tidigt överens om hur offren ska höras och förhören "
        "dokumenteras. Den svenska rättsliga grunden för gemensamma utredningsgrupper finns i "
        f"en särskild lag om internationellt samarbete. {CHECK}</p>"
        "<h2>Offer på andra sidan gränsen</h2><p>Ett offer kan ha rest hem före rättegången. "
        "Planera för det: ett inspelat förhör med målsägandebiträdet närvarande, förhör via "
        "videolänk, kontakt med stödorganisationer i hennes land och en riskbedömning som "
        "omfattar familjen där. Östersjöstaternas utbildning av konsulär personal tog upp "
        "deras roll vid återvändande; en beskickning kan bli en länk i kedjan när ett vittne "
        "bor utomlands.</p>"
        "<p><em>Exempel.</em> Svensk polis hittar sex män från samma region som arbetar utan "
        "lön på byggarbetsplatser; lönerna har gått till ett bolag registrerat utomlands, och "
        "rekryteraren är kvar i hemlandet. En JIT med ursprungslandet gör att dess utredare "
        "kan höra familjerna och rekryterarens andra arbetare, spåra bolagets konton och gripa "
        "rekryteraren samma dag som den svenska arbetsgivaren.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Koppla in Eurojust tidigt när ett mål sträcker sig till andra länder",
                "En JIT passar ett mål med gränsöverskridande karaktär, inte bara ett allvarligt",
                "Planera offrens skydd och utsagor i varje gränsöverskridande steg",
            ],
        },
    ),
]

ACROSS_BORDERS_CHECKS = (
    [
        "Sweden's national desk at Eurojust and how a Swedish prosecutor reaches it: confirm "
        "with Åklagarmyndigheten",
        "The Swedish legal basis for joint investigation teams (lag (2003:1174) om vissa former "
        "av internationellt samarbete i brottsutredningar) and for European Investigation "
        "Orders: confirm the acts and their current titles",
    ],
    [
        "Sveriges nationella kontor vid Eurojust och hur en svensk åklagare når det: bekräfta "
        "med Åklagarmyndigheten",
        "Den svenska rättsliga grunden för gemensamma utredningsgrupper (lag (2003:1174) om "
        "vissa former av internationellt samarbete i brottsutredningar) och för europeiska "
        "utredningsorder: bekräfta lagarna och deras gällande rubriker",
    ],
)
ACROSS_BORDERS_SOURCES = [
    EUROJUST_THB_PAGE,
    EUROJUST_THB_REPORT,
    JIT_OPTIONS,
    UNODC_TOOLKIT_CH5,
    SEED_EQUAL,
    SEED_KVINNOFORUM,
    SEED_CBSS,
]


# The course -----------------------------------------------------------------------------------

COURSE = {
    "slug": "prosecuting-trafficking",
    "slug_sv": "att-aklaga-for-manniskohandel",
    "title": "Prosecuting trafficking and exploitation",
    "title_sv": "Att åtala människohandel och exploatering",
    "summary": "For prosecutors: the elements of trafficking and human exploitation, the child "
    "rule, choosing and framing the charge — also when the suspect may be a victim — building "
    "the case beyond the victim's testimony, victims' rights and compensation, and working "
    "across borders with Eurojust and joint investigation teams.",
    "summary_sv": "För åklagare: rekvisiten för människohandel och människoexploatering, regeln "
    "om barn, att välja och utforma åtalet — också när den misstänkte kan vara ett offer — att "
    "bygga målet på mer än offrets utsaga, offrens rättigheter och ersättning, och att arbeta "
    "över gränser med Eurojust och gemensamma utredningsgrupper.",
    "outcomes": [
        "Lay a file against the elements of trafficking and human exploitation, the child rule "
        "included",
        "Choose and frame the charge, with alternatives where an element may not hold",
        "Decide on charging a suspect who may be a victim only after the trafficking "
        "suspicion has been investigated",
        "Direct an investigation that does not rest on the victim's testimony alone",
        "Secure counsel, protection and compensation for the injured party",
        "Use Eurojust and joint investigation teams in cross-border cases",
    ],
    "outcomes_sv": [
        "Lägga akten mot rekvisiten för människohandel och människoexploatering, regeln om barn "
        "inräknad",
        "Välja och utforma åtalet, med alternativa yrkanden där ett rekvisit kanske inte håller",
        "Ta ställning till åtal mot en misstänkt som kan vara offer först sedan misstanken om "
        "människohandel har utretts",
        "Leda en utredning som inte vilar enbart på offrets utsaga",
        "Säkra målsägandebiträde, skydd och ersättning för målsäganden",
        "Använda Eurojust och gemensamma utredningsgrupper i gränsöverskridande mål",
    ],
    "audiences": ["prosecutors"],
    "topics": ["identification", "non-punishment"],
    "version": "2026.1",
    "issues_certificate": True,
    "certificate_months": 24,
    "modules": [
        {
            "slug": "the-offences-and-the-charge",
            "title": "The offences and the charge",
            "title_sv": "Brotten och åtalet",
            "summary": "The elements of trafficking and human exploitation, the child rule, and "
            "choosing the charge, also when the suspect may be a victim.",
            "summary_sv": "Rekvisiten för människohandel och människoexploatering, regeln om barn, "
            "och valet av åtal, också när den misstänkte kan vara ett offer.",
            "lessons": [
                lesson(
                    "elements-of-the-offences",
                    "The elements of the offences",
                    "Brottens rekvisit",
                    (ELEMENTS, ELEMENTS_SV),
                    ELEMENTS_SOURCES,
                    ELEMENTS_CHECKS,
                ),
                lesson(
                    "choosing-the-charge",
                    "Choosing the charge",
                    "Att välja åtal",
                    (CHOOSING_THE_CHARGE, CHOOSING_THE_CHARGE_SV),
                    CHOOSING_THE_CHARGE_SOURCES,
                    CHOOSING_THE_CHARGE_CHECKS,
                ),
            ],
        },
        {
            "slug": "evidence-beyond-testimony",
            "title": "Evidence beyond the victim's testimony",
            "title_sv": "Bevisning utöver offrets utsaga",
            "summary": "Money, digital traces, surveillance and witnesses, and what to do when "
            "the testimony changes.",
            "summary_sv": "Pengar, digitala spår, spaning och vittnen, och vad du gör när utsagan "
            "ändras.",
            "lessons": [
                lesson(
                    "building-the-case",
                    "Building the case beyond one voice",
                    "Att bygga målet på mer än en röst",
                    (BEYOND_TESTIMONY, BEYOND_TESTIMONY_SV),
                    BEYOND_TESTIMONY_SOURCES,
                    BEYOND_TESTIMONY_CHECKS,
                ),
            ],
        },
        {
            "slug": "victims-rights",
            "title": "Victims' rights and compensation",
            "title_sv": "Offrens rättigheter och ersättning",
            "summary": "Counsel for the injured party, protection, a permit to stay, damages "
            "and state compensation.",
            "summary_sv": "Målsägandebiträde, skydd, uppehållstillstånd, skadestånd och "
            "brottsskadeersättning.",
            "lessons": [
                lesson(
                    "counsel-protection-compensation",
                    "Counsel, protection and compensation",
                    "Målsägandebiträde, skydd och ersättning",
                    (VICTIMS_RIGHTS, VICTIMS_RIGHTS_SV),
                    VICTIMS_RIGHTS_SOURCES,
                    VICTIMS_RIGHTS_CHECKS,
                ),
            ],
        },
        {
            "slug": "across-borders",
            "title": "Across borders",
            "title_sv": "Över gränserna",
            "summary": "Eurojust, joint investigation teams and victims who live abroad.",
            "summary_sv": "Eurojust, gemensamma utredningsgrupper och offer som bor utomlands.",
            "lessons": [
                lesson(
                    "eurojust-and-joint-investigation-teams",
                    "Eurojust and joint investigation teams",
                    "Eurojust och gemensamma utredningsgrupper",
                    (ACROSS_BORDERS, ACROSS_BORDERS_SV),
                    ACROSS_BORDERS_SOURCES,
                    ACROSS_BORDERS_CHECKS,
                ),
            ],
        },
    ],
}

CASES = [
    (CHARGING_CASE, CHARGING_CASE_SV),
    (TESTIMONY_CASE, TESTIMONY_CASE_SV),
]
"""The course's formative cases, English and Swedish."""
