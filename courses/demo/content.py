"""Demo course content, written from the seed documents (CBSS consular training, the Civil
Society Platform's support programme, Kvinnoforum and the EQUAL partnership) in our own words.

Each lesson is a list of ``(block_type, value)`` pairs; ``{image}`` and ``{document}`` are
filled in by the seeding command."""

AUDIENCES = [
    ("consular-staff", "Consular and diplomatic staff", "Konsulär och diplomatisk personal"),
    ("police", "Police", "Polis"),
    ("migration-officers", "Migration officers", "Migrationshandläggare"),
    ("judges-prosecutors", "Judges and prosecutors", "Domare och åklagare"),
    ("social-services", "Social services", "Socialtjänst"),
    ("ngo-support", "NGO support staff", "Stödpersonal i idéburna organisationer"),
]

TOPICS = [
    ("identification", "Identification of victims", "Identifiering av offer"),
    ("non-punishment", "The non-punishment principle", "Principen om icke-bestraffning"),
    ("threat-risk", "Threat and risk assessment", "Hot- och riskbedömning"),
]

ORGANISATIONS = [
    ("Embassy of Sweden, Kyiv (demo)", "consulate"),
    ("Police Region Stockholm (demo)", "police"),
    ("Migration Agency, Malmö office (demo)", "migration"),
    ("Support Programme partner NGO (demo)", "ngo"),
]

CONTENT_WARNING = (
    "callout",
    {
        "kind": "content_warning",
        "title": "This lesson describes exploitation",
        "text": "<p>The case material below is based on patterns reported by support "
        "organisations and includes coercion and sexual exploitation. Take a break whenever you "
        "need to; the lesson stays where you left it.</p>",
    },
)

INDICATORS = (
    "indicator_checklist",
    {
        "title": "Indicators at the visa interview",
        "intro": "No single indicator proves trafficking. Several together are a reason to talk "
        "to the applicant alone and to consult your focal point.",
        "groups": [
            {
                "heading": "Documents and the journey",
                "indicators": [
                    "Someone else has arranged or paid for the application, ticket or invitation",
                    "The applicant does not hold their own passport or papers",
                    "The invitation comes from an employer or agency the applicant cannot describe",
                ],
            },
            {
                "heading": "The job offer",
                "indicators": [
                    "Vague work such as 'au pair', 'waitress' or 'dancer' with no contract",
                    "Promised pay far above what the work normally earns",
                    "A debt to repay for travel or placement before any income",
                ],
            },
            {
                "heading": "Behaviour and control",
                "indicators": [
                    "A companion answers for the applicant or will not leave the room",
                    "The applicant seems scripted, frightened or unsure of their destination",
                    "Signs that family at home are known to, or in contact with, the recruiter",
                ],
            },
        ],
    },
)

INDICATORS_SV = (
    "indicator_checklist",
    {
        "title": "Indikatorer vid viseringsintervjun",
        "intro": "Ingen enskild indikator bevisar människohandel. Flera tillsammans är skäl att tala med den sökande ensam och att rådfråga er kontaktperson.",
        "groups": [
            {
                "heading": "Dokument och resan",
                "indicators": [
                    "Någon annan har ordnat eller betalat ansökan, biljetten eller inbjudan",
                    "Den sökande har inte själv sitt pass eller sina handlingar",
                    "Inbjudan kommer från en arbetsgivare eller förmedling som den sökande inte kan beskriva",
                ],
            },
            {
                "heading": "Arbetserbjudandet",
                "indicators": [
                    "Vagt arbete som ”au pair”, ”servitris” eller ”dansare” utan kontrakt",
                    "Utlovad lön långt över vad arbetet normalt ger",
                    "En skuld för resa eller förmedling som ska betalas innan någon inkomst",
                ],
            },
            {
                "heading": "Beteende och kontroll",
                "indicators": [
                    "En medresenär svarar åt den sökande eller vägrar lämna rummet",
                    "Den sökande verkar inövad, rädd eller osäker på vart hon ska",
                    "Tecken på att familjen i hemlandet är känd av eller i kontakt med rekryteraren",
                ],
            },
        ],
    },
)

SV_CONSULAR_FILTER = [
    (
        "text",
        "<p>Utbildningen av konsulär och diplomatisk personal runt Östersjön — tolv tillfällen för mer än 650 personer — byggde på en iakttagelse: viseringsansökan är ofta det första, och ibland enda, tillfället då en tjänsteperson möter en människa innan hon exploateras utomlands.</p><p>Din uppgift är inte att utreda ett brott. Den är att lägga märke till, ge den sökande en trygg möjlighet att berätta, informera om rättigheter och var hjälp finns, och föra oron vidare i rätt kanal.</p>",
    ),
    (
        "video",
        {
            "title": "Att inleda ett samtal vid viseringsluckan",
            "video": "https://vimeo.com/frontline-academy-demo",
            "transcript": "<p>Berättare: Den sökandes medresenär har svarat på alla frågor hittills. Handläggaren ber medresenären vänta utanför medan fingeravtrycken tas och frågar sedan lugnt vem som ska möta henne vid ankomsten och vad arbetet är.</p><p>Handläggaren anklagar ingen och lovar ingenting; hon ger den sökande en broschyr med numret till den nationella stödlinjen och noterar sin oro till kontaktpersonen.</p>",
        },
    ),
    (
        "download",
        {
            "document": "{document}",
            "title": "Indikatorkort i fickformat (text, engelska)",
            "description": "En sammanfattning av indikatorerna att ha vid intervjuplatsen.",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Lägg märke till, ge en trygg möjlighet att berätta, informera, slussa vidare",
                "Du behöver inga bevis för att föra en oro vidare",
            ],
        },
    ),
]

SV_INDICATORS_LESSON = [
    (
        "text",
        "<p>Rekryterare lovar ofta vanliga arbeten — au pair, servitris, städare, säsongsarbetare — och exploateringen börjar först efter ankomsten. Leta efter kombinationer snarare än enskilda tecken, och skriv ner vad du iakttog, inte vad du drog för slutsats.</p>",
    ),
    INDICATORS_SV,
    (
        "callout",
        {
            "kind": "warning",
            "title": "Konfrontera inte en misstänkt rekryterare",
            "text": "<p>Att konfrontera en medresenär kan utsätta den sökande och hennes familj i hemlandet för fara. Dela på dem av ett rutinskäl och följ beskickningens rutin.</p>",
        },
    ),
]

SV_AU_PAIR_CASE = [
    (
        "callout",
        {
            "kind": "content_warning",
            "title": "Lektionen beskriver exploatering",
            "text": "<p>Fallbeskrivningen nedan bygger på mönster som stödorganisationer har rapporterat och innehåller tvång och sexuell exploatering. Ta en paus när du behöver; lektionen finns kvar där du lämnade den.</p>",
        },
    ),
    (
        "case_scenario",
        {
            "title": "Marinas ansökan",
            "situation": "<p>Marina, 19 år, söker visum för att arbeta som au pair. Inbjudan kommer från en förmedling, inte en familj. En man som kallar sig hennes kusin har betalat avgiften och håller i hennes pass ända fram till luckan. Hon vet inte familjens namn eller ort.</p>",
            "question": "Vad gör du först?",
            "choices": [
                {
                    "text": "Avslår visumet direkt eftersom ärendet är misstänkt",
                    "feedback": "Ett avslag ensamt skickar tillbaka Marina till rekryteraren utan något: hon kan resa på annat sätt och har inte fått veta något om sina rättigheter.",
                    "is_recommended": False,
                },
                {
                    "text": "Talar med Marina ensam, ställer öppna frågor och ger henne information om stödlinjen",
                    "feedback": "Ja. Att ta henne åt sidan för ett rutinmoment ger henne en trygg möjlighet att berätta; informationen följer med henne vad som än beslutas.",
                    "is_recommended": True,
                },
                {
                    "text": "Ber kusinen förklara förmedlingens kontrakt",
                    "feedback": "Det varnar en möjlig rekryterare och får Marina att tiga.",
                    "is_recommended": False,
                },
            ],
        },
    ),
    (
        "audience_variant",
        {
            "audiences": ["police", "migration-officers"],
            "content": [
                (
                    "case_scenario",
                    {
                        "title": "Vid gränsen: Marina kommer fram",
                        "situation": "<p>Marina anländer med giltigt visum. I passkontrollen möts hon av samma ”kusin”, som håller i hennes handlingar.</p>",
                        "question": "Vad är ditt första steg som gräns- eller migrationshandläggare?",
                        "choices": [
                            {
                                "text": "Intervjua henne enskilt och kontrollera vad hon vet om arbetet",
                                "feedback": "Rätt: en enskild intervju med en tolk som inte har koppling till medresenären.",
                                "is_recommended": True,
                            },
                            {
                                "text": "Släpp igenom dem: visumet är giltigt",
                                "feedback": "Ett giltigt visum utesluter inte människohandel.",
                                "is_recommended": False,
                            },
                        ],
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Ge personen en trygg möjlighet att berätta innan du beslutar",
                "Information om rättigheter och hjälp följer med personen",
            ],
        },
    ),
]

SV_NON_PUNISHMENT = [
    (
        "text",
        "<p>Ett offer kan ha använt falska handlingar, arbetat utan tillstånd eller begått andra brott för att hon eller han tvingades till det. <strong>Principen om icke-bestraffning</strong> innebär att offret inte ska straffas för brott som var en direkt följd av människohandeln.</p><p>För konsulär personal betyder det: en misstänkt utsatt behandlas först som en person med rättigheter — till information, stöd och skydd — och först därefter som sökande.</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["judges-prosecutors", "police"],
            "content": [
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "För utredare och åklagare",
                        "text": "<p>Dokumentera tidigt kopplingen mellan brottet och exploateringen, så att principen kan tillämpas när beslut om åtal fattas.</p>",
                    },
                )
            ],
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Brott som människohandeln tvingat fram ska inte straffas",
                "Behandla personen först som någon med rättigheter",
            ],
        },
    ),
]

SV_REFERRAL = [
    (
        "text",
        "<p>Det nationella stödprogrammet (NSP) erbjuder stöd till personer som utsatts för människohandel och arbetar med certifiering och kvalitetssäkring av stödet. Känn till beskickningens kontaktperson och vägen från identifiering till skydd.</p><p>Rekryterare kontrollerar ofta offren genom deras familjer. Varje steg du tar bör väga in hotet mot anhöriga i hemlandet: fråga, anta inte, och låt personen vara med och besluta.</p>",
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "Stödlinje",
            "text": "<p>Kvinnofridslinjen, 020-50 50 50, den nationella stödtelefonen för kvinnor som utsatts för hot och våld, tar också emot samtal från möjliga offer för människohandel.</p>",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Känn till vägen för vidareslussning innan du behöver den",
                "Bedöm risken för familjen i hemlandet tillsammans med personen",
            ],
        },
    ),
]

COURSES = [
    {
        "slug": "identifying-victims-consular",
        "slug_sv": "identifiera-offer-konsular",
        "title": "Identifying victims of trafficking — consular staff",
        "title_sv": "Att identifiera offer för människohandel — konsulär personal",
        "summary": "The consular section is often the first filter against trafficking. Learn to "
        "recognise the indicators at a visa interview, respond safely and refer a possible victim "
        "to support — before the journey starts.",
        "summary_sv": "Den konsulära sektionen är ofta det första filtret mot människohandel. Lär "
        "dig känna igen indikatorer vid viseringsintervjun, agera säkert och slussa en möjlig "
        "utsatt vidare till stöd — innan resan börjar.",
        "outcomes": [
            "Explain why visa interviews are a point where trafficking can be detected",
            "Recognise combined indicators of trafficking in documents, offers and behaviour",
            "Hold a safe follow-up conversation and refer a possible victim to support",
        ],
        "outcomes_sv": [
            "Förklara varför viseringsintervjun är ett tillfälle att upptäcka människohandel",
            "Känna igen samverkande indikatorer i dokument, erbjudanden och beteende",
            "Föra ett säkert uppföljande samtal och slussa en möjlig utsatt vidare till stöd",
        ],
        "audiences": ["consular-staff", "migration-officers", "police"],
        "topics": ["identification"],
        "minutes": 95,
        "version": "2026.1",
        "certificate_months": 24,
        "modules": [
            {
                "slug": "understanding-trafficking",
                "title": "Understanding trafficking",
                "title_sv": "Att förstå människohandel",
                "summary": "What trafficking is, who it affects and why consular staff matter.",
                "summary_sv": "Vad människohandel är, vilka som drabbas och varför konsulär "
                "personal spelar roll.",
                "lessons": [
                    {
                        "slug": "what-is-trafficking",
                        "title": "What trafficking is — and is not",
                        "title_sv": "Vad människohandel är — och inte är",
                        "minutes": 15,
                        "body": [
                            (
                                "text",
                                "<h2>A crime against a person</h2><p>Trafficking in human beings "
                                "is the recruitment, transport or harbouring of a person by means "
                                "such as threats, deception or abuse of a vulnerable position, for "
                                "the purpose of exploitation. It is rooted in poverty and in a "
                                "lack of equality between women and men, and it has grown in the "
                                "Baltic Sea region since the early 1990s.</p><p>Swedish police "
                                "have estimated that between 400 and 600 women are trafficked to "
                                "Sweden every year, with an unknown number of children. Exploitation "
                                "is no longer only sexual: forced labour, begging and crime are "
                                "increasing, and more men and children are identified.</p>",
                            ),
                            (
                                "figure",
                                {
                                    "image": "{image}",
                                    "alt_text": "A chain of five boxes from left to right: "
                                    "identification, first contact, referral, support and "
                                    "protection, safe return or residence.",
                                    "caption": "The support chain starts with the person who "
                                    "first notices the signs.",
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "info",
                                    "title": "Smuggling is not trafficking",
                                    "text": "<p>Smuggling is a crime against a state's border "
                                    "and ends on arrival. Trafficking is a crime against a person "
                                    "and continues through exploitation — the person may have "
                                    "entered legally, with a visa.</p>",
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "heading": "Key takeaways",
                                    "points": [
                                        "Trafficking is about exploitation, not about crossing a border",
                                        "Women, men and children are trafficked for many forms of exploitation",
                                        "Legal entry with a visa does not rule trafficking out",
                                    ],
                                },
                            ),
                        ],
                        "body_sv": [
                            (
                                "text",
                                "<h2>Ett brott mot en människa</h2><p>Människohandel är när "
                                "någon rekryterar, transporterar eller tar emot en person genom "
                                "till exempel hot, vilseledning eller genom att utnyttja personens "
                                "utsatta läge, i syfte att exploatera henne eller honom. Problemet "
                                "bottnar i fattigdom och bristande jämställdhet och har vuxit i "
                                "Östersjöregionen sedan början av 1990-talet.</p><p>Polisen har "
                                "bedömt att mellan 400 och 600 kvinnor årligen förs till Sverige "
                                "i människohandel, och därtill ett okänt antal barn. Exploateringen "
                                "är inte längre bara sexuell: tvångsarbete, tiggeri och brott ökar, "
                                "och fler män och barn identifieras.</p>",
                            ),
                            (
                                "figure",
                                {
                                    "image": "{image}",
                                    "alt_text": "En kedja av fem rutor från vänster till höger: "
                                    "identifiering, första kontakt, vidareslussning, stöd och "
                                    "skydd, tryggt återvändande eller uppehåll.",
                                    "caption": "Stödkedjan börjar hos den som först ser tecknen.",
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "info",
                                    "title": "Smuggling är inte människohandel",
                                    "text": "<p>Smuggling är ett brott mot statens gräns och "
                                    "upphör vid ankomsten. Människohandel är ett brott mot en "
                                    "människa och fortsätter genom exploateringen — personen kan "
                                    "ha rest in lagligt, med visum.</p>",
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "heading": "Att ta med sig",
                                    "points": [
                                        "Människohandel handlar om exploatering, inte om gränspassage",
                                        "Kvinnor, män och barn utsätts för många former av exploatering",
                                        "Laglig inresa med visum utesluter inte människohandel",
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "the-consular-filter",
                        "title": "The consular section as the first filter",
                        "title_sv": "Konsulatet som första filter",
                        "minutes": 15,
                        "body_sv": SV_CONSULAR_FILTER,
                        "body": [
                            (
                                "text",
                                "<p>Regional training of consular and diplomatic staff around the "
                                "Baltic Sea — twelve sessions for more than 650 people — was built "
                                "on one observation: the visa application is often the first, and "
                                "sometimes the only, moment when a public official meets a person "
                                "before they are exploited abroad.</p><p>Your role is not to "
                                "investigate a crime. It is to notice, to give the applicant a "
                                "safe chance to speak, to inform them of their rights and where "
                                "to get help, and to pass the concern on through the right "
                                "channel.</p>",
                            ),
                            (
                                "video",
                                {
                                    "title": "Opening a conversation at the visa window",
                                    "video": "https://vimeo.com/frontline-academy-demo",
                                    "transcript": "<p>Narrator: The applicant's companion has "
                                    "answered every question so far. The officer asks the "
                                    "companion to wait outside while the applicant's fingerprints "
                                    "are taken, then asks, in a calm voice, who will meet her on "
                                    "arrival and what the work will be.</p><p>The officer does "
                                    "not accuse anyone and makes no promises; she gives the "
                                    "applicant a leaflet with the national helpline number and "
                                    "notes her concern for the focal point.</p>",
                                },
                            ),
                            (
                                "download",
                                {
                                    "document": "{document}",
                                    "title": "Indicator pocket card (text)",
                                    "description": "A one-page summary of indicators to keep at "
                                    "the interview desk.",
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "heading": "Key takeaways",
                                    "points": [
                                        "Notice, give a safe chance to speak, inform, refer",
                                        "You do not need proof to pass on a concern",
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "slug": "recognising-indicators",
                "title": "Recognising indicators",
                "title_sv": "Att känna igen indikatorer",
                "summary": "Indicators in documents, job offers and behaviour, and how to weigh them.",
                "summary_sv": "Indikatorer i dokument, arbetserbjudanden och beteende, och hur "
                "de vägs samman.",
                "lessons": [
                    {
                        "slug": "indicators-at-the-interview",
                        "title": "Indicators at the interview",
                        "title_sv": "Indikatorer vid intervjun",
                        "minutes": 20,
                        "body_sv": SV_INDICATORS_LESSON,
                        "body": [
                            (
                                "text",
                                "<p>Recruiters often promise ordinary work — au pair, waitress, "
                                "cleaner, seasonal worker — and the exploitation only begins "
                                "after arrival. Look for combinations rather than a single sign, "
                                "and write down what you observed, not what you concluded.</p>",
                            ),
                            INDICATORS,
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Do not confront a suspected recruiter",
                                    "text": "<p>Confronting a companion can put the applicant and "
                                    "her family at home at risk. Separate them for a routine "
                                    "reason and follow your mission's procedure.</p>",
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "case-the-au-pair-offer",
                        "title": "Case: the au pair offer",
                        "title_sv": "Fall: erbjudandet om au pair-arbete",
                        "minutes": 20,
                        "body_sv": SV_AU_PAIR_CASE,
                        "body": [
                            CONTENT_WARNING,
                            (
                                "case_scenario",
                                {
                                    "title": "Marina's application",
                                    "situation": "<p>Marina, 19, applies for a visa to work as an "
                                    "au pair. The invitation is from an agency, not a family. A man "
                                    "who calls himself her cousin paid the fee and holds her "
                                    "passport until the window. She does not know the family's "
                                    "name or town.</p>",
                                    "question": "What do you do first?",
                                    "choices": [
                                        {
                                            "text": "Refuse the visa at once because the case is suspicious",
                                            "feedback": "A refusal alone sends Marina back to the "
                                            "recruiter with nothing: she may travel another way "
                                            "and has learnt nothing about her rights.",
                                            "is_recommended": False,
                                        },
                                        {
                                            "text": "Speak with Marina alone, ask open questions and give her the helpline information",
                                            "feedback": "Yes. Separating her for a routine step "
                                            "gives her a safe chance to speak; the information "
                                            "stays with her whatever is decided.",
                                            "is_recommended": True,
                                        },
                                        {
                                            "text": "Ask the cousin to explain the agency's contract",
                                            "feedback": "This alerts a possible recruiter and keeps "
                                            "Marina silent.",
                                            "is_recommended": False,
                                        },
                                    ],
                                },
                            ),
                            (
                                "audience_variant",
                                {
                                    "audiences": ["police", "migration-officers"],
                                    "content": [
                                        (
                                            "case_scenario",
                                            {
                                                "title": "At the border: Marina arrives",
                                                "situation": "<p>Marina arrives with a valid "
                                                "visa. At passport control she is met by the same "
                                                "'cousin', who holds her documents.</p>",
                                                "question": "What is your first step as a border "
                                                "or migration officer?",
                                                "choices": [
                                                    {
                                                        "text": "Interview her separately and check her understanding of the job",
                                                        "feedback": "Right: a separate interview "
                                                        "with an interpreter who is not linked to "
                                                        "the companion.",
                                                        "is_recommended": True,
                                                    },
                                                    {
                                                        "text": "Let them pass: the visa is valid",
                                                        "feedback": "A valid visa does not rule "
                                                        "out trafficking.",
                                                        "is_recommended": False,
                                                    },
                                                ],
                                            },
                                        )
                                    ],
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "heading": "Key takeaways",
                                    "points": [
                                        "Give the person a safe chance to speak before deciding",
                                        "Information about rights and help travels with them",
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "slug": "responding-and-referring",
                "title": "Responding and referring",
                "title_sv": "Att agera och slussa vidare",
                "summary": "Safe responses, the non-punishment principle and referral to support.",
                "summary_sv": "Säkra åtgärder, principen om icke-bestraffning och "
                "vidareslussning till stöd.",
                "lessons": [
                    {
                        "slug": "rights-and-non-punishment",
                        "title": "Rights and non-punishment",
                        "title_sv": "Rättigheter och icke-bestraffning",
                        "minutes": 15,
                        "body_sv": SV_NON_PUNISHMENT,
                        "body": [
                            (
                                "text",
                                "<p>A victim may have used false papers, worked without a permit "
                                "or committed other offences because they were compelled to. The "
                                "<strong>non-punishment principle</strong> means that they should "
                                "not be punished for offences that were a direct consequence of "
                                "being trafficked.</p><p>For consular staff this means: a "
                                "suspected victim is treated first as a person with rights, "
                                "including information, support and protection, and only then as "
                                "an applicant.</p>",
                            ),
                            (
                                "audience_variant",
                                {
                                    "audiences": ["judges-prosecutors", "police"],
                                    "content": [
                                        (
                                            "callout",
                                            {
                                                "kind": "info",
                                                "title": "For investigators and prosecutors",
                                                "text": "<p>Record the link between the offence "
                                                "and the exploitation early, so the principle "
                                                "can be applied when charging decisions are made.</p>",
                                            },
                                        )
                                    ],
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "heading": "Key takeaways",
                                    "points": [
                                        "Offences compelled by trafficking should not be punished",
                                        "Treat the person first as someone with rights",
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "referral-and-risk",
                        "title": "Referral, support and the family at home",
                        "title_sv": "Vidareslussning, stöd och familjen i hemlandet",
                        "minutes": 10,
                        "body_sv": SV_REFERRAL,
                        "body": [
                            (
                                "text",
                                "<p>The National Support Programme offers assisted support to "
                                "people subjected to trafficking, and works on certification and "
                                "quality assurance of that support. Know your mission's focal "
                                "point and the route from identification to protection.</p><p>"
                                "Recruiters often control victims through their families. Any "
                                "step you take should consider the threat to relatives at home: "
                                "ask, do not assume, and involve the person in the decision.</p>",
                            ),
                            (
                                "callout",
                                {
                                    "kind": "info",
                                    "title": "Helpline",
                                    "text": "<p>The Swedish national helpline for women subjected "
                                    "to threats and violence, 020-50 50 50, also takes calls from "
                                    "possible victims of trafficking.</p>",
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "heading": "Key takeaways",
                                    "points": [
                                        "Know the referral route before you need it",
                                        "Assess the risk for the family at home with the person",
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "non-punishment-principle",
        "slug_sv": "principen-om-icke-bestraffning",
        "title": "The non-punishment principle in practice",
        "title_sv": "Principen om icke-bestraffning i praktiken",
        "summary": "When a victim has committed offences because they were trafficked: how police, "
        "prosecutors and judges apply the principle.",
        "summary_sv": "När en utsatt har begått brott på grund av människohandeln: hur polis, "
        "åklagare och domare tillämpar principen.",
        "outcomes": ["Apply the non-punishment principle to a case file"],
        "outcomes_sv": ["Tillämpa principen om icke-bestraffning på ett ärende"],
        "audiences": ["police", "judges-prosecutors", "migration-officers"],
        "topics": ["non-punishment"],
        "minutes": 30,
        "version": "2026.1",
        # No final assessment yet: a certificate must rest on one (issue 16).
        "issues_certificate": False,
        "modules": [
            {
                "slug": "the-principle",
                "title": "The principle",
                "title_sv": "Principen",
                "summary": "",
                "summary_sv": "",
                "lessons": [
                    {
                        "slug": "compelled-offences",
                        "title": "Compelled offences",
                        "title_sv": "Brott under tvång",
                        "minutes": 15,
                        "body": [
                            (
                                "text",
                                "<p>Victims are increasingly used for crime — theft, drug "
                                "handling, begging — and some former victims go on to recruit "
                                "others. The principle asks whether the offence was a direct "
                                "consequence of the trafficking situation.</p>",
                            ),
                            (
                                "key_takeaways",
                                {
                                    "heading": "Key takeaways",
                                    "points": ["Ask how the offence is linked to the exploitation"],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "case-the-shoplifting-charge",
                        "title": "Case: the shoplifting charge",
                        "title_sv": "Fall: åtalet för snatteri",
                        "minutes": 15,
                        "body": [
                            (
                                "case_scenario",
                                {
                                    "title": "A group of young shoplifters",
                                    "situation": "<p>Three teenagers without Swedish papers are "
                                    "arrested for shoplifting. They hand over everything they take "
                                    "to an adult who lodges them.</p>",
                                    "question": "What should the investigation establish first?",
                                    "choices": [
                                        {
                                            "text": "Whether they are controlled by the adult",
                                            "feedback": "Yes: that decides whether they are "
                                            "suspects or victims.",
                                            "is_recommended": True,
                                        },
                                        {
                                            "text": "The value of the goods",
                                            "feedback": "Relevant later, but it does not tell you "
                                            "who is exploited.",
                                            "is_recommended": False,
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            }
        ],
    },
    {
        "slug": "threat-and-risk-assessment",
        "slug_sv": "hot-och-riskbedomning",
        "title": "Threat and risk assessment",
        "title_sv": "Hot- och riskbedömning",
        "summary": "Assess the threats to a victim and to their family before any step is taken. "
        "Builds on the identification course.",
        "summary_sv": "Bedöm hoten mot en utsatt och mot familjen innan någon åtgärd vidtas. "
        "Bygger på kursen om identifiering.",
        "outcomes": ["Make a structured threat and risk assessment with the person concerned"],
        "outcomes_sv": ["Göra en strukturerad hot- och riskbedömning tillsammans med den berörda"],
        "audiences": ["consular-staff", "police", "social-services", "ngo-support"],
        "topics": ["threat-risk"],
        "minutes": 30,
        "version": "2026.1",
        # No final assessment yet: a certificate must rest on one (issue 16).
        "issues_certificate": False,
        "prerequisites": ["identifying-victims-consular"],
        "modules": [
            {
                "slug": "assessing-risk",
                "title": "Assessing risk",
                "title_sv": "Att bedöma risker",
                "summary": "",
                "summary_sv": "",
                "lessons": [
                    {
                        "slug": "sources-of-threat",
                        "title": "Sources of threat",
                        "title_sv": "Källor till hot",
                        "minutes": 15,
                        "body": [
                            (
                                "text",
                                "<p>Threats come from recruiters, from debts, from the person's "
                                "own community and from the risk of being trafficked again on "
                                "return. Ask the person what they fear; they know the network "
                                "better than you do.</p>",
                            ),
                            (
                                "key_takeaways",
                                {
                                    "heading": "Key takeaways",
                                    "points": [
                                        "Ask the person what they fear, for themselves and their family"
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "planning-safe-steps",
                        "title": "Planning safe steps",
                        "title_sv": "Att planera säkra steg",
                        "minutes": 15,
                        "body": [
                            (
                                "text",
                                "<p>Plan each step — a phone call, a referral, a return — with "
                                "the person, and review it when circumstances change.</p>",
                            ),
                        ],
                    },
                ],
            }
        ],
    },
]
