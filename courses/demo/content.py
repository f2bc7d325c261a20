"""Demo course content, written from the seed documents (CBSS consular training, the Civil
Society Platform's support programme, Kvinnoforum and the EQUAL partnership) in our own words.

Each lesson is a list of ``(block_type, value)`` pairs; ``{image}``, ``{document}`` and
``{document_sv}`` are filled in by the seeding command, and so are the dated reference facts
(``courses.demo.sources.Fact``). Every lesson cites its sources, and a fact still to be
confirmed by an expert is marked [CHECK] (see ``courses.demo.sources``)."""

from datetime import date

from . import consular
from .sources import (
    CBSS_HANDBOOK,
    COE_ARTICLE_26,
    COE_CONVENTION,
    ECTHR_VCL,
    EMERGENCY,
    EU_DIRECTIVE_2011,
    EU_DIRECTIVE_2024,
    KVINNOFRIDSLINJEN,
    KVINNOFRIDSLINJEN_LINE,
    MIGRATION_AGENCY_AU_PAIR,
    NSPM,
    NSPM_SUPPORT_LINE,
    OSCE_2013,
    PALERMO,
    PENAL_CODE_TRAFFICKING,
    POLICE_ESTIMATE,
    PROP_2017_18_123,
    SEED_CBSS,
    SEED_EQUAL,
    SEED_KVINNOFORUM,
    SEED_PLATFORM,
    URGENT_CONTACTS,
    WHO_INTERVIEWING,
    as_cited,
    reference_facts,
    to_confirm,
)

AUDIENCES = [
    ("consular-staff", "Consular and diplomatic staff", "Konsulär och diplomatisk personal"),
    ("police", "Police", "Polis"),
    ("migration-officers", "Migration officers", "Migrationshandläggare"),
    ("prosecutors", "Prosecutors", "Åklagare"),
    ("judges", "Judges", "Domare"),
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

CONTENT_WARNING_SV = (
    "callout",
    {
        "kind": "content_warning",
        "title": "Lektionen beskriver exploatering",
        "text": "<p>Fallbeskrivningen nedan bygger på mönster som stödorganisationer har "
        "rapporterat och innehåller tvång och sexuell exploatering. Ta en paus när du behöver; "
        "lektionen finns kvar där du lämnade den.</p>",
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

# The applicant may be a woman or a man: the Swedish indicators say "den sökande" throughout.
INDICATORS_SV = (
    "indicator_checklist",
    {
        "title": "Indikatorer vid viseringsintervjun",
        "intro": "Ingen enskild indikator bevisar människohandel. Flera tillsammans är skäl att "
        "tala med den sökande ensam och att rådfråga er kontaktperson.",
        "groups": [
            {
                "heading": "Handlingar och resan",
                "indicators": [
                    "Någon annan har ordnat eller betalat ansökan, biljetten eller inbjudan",
                    "Den sökande har inte själv sitt pass eller sina handlingar",
                    "Inbjudan kommer från en arbetsgivare eller förmedling som den sökande inte "
                    "kan beskriva",
                ],
            },
            {
                "heading": "Arbetserbjudandet",
                "indicators": [
                    "Vagt arbete som ”au pair”, ”servitör” eller ”dansare” utan avtal",
                    "Utlovad lön långt över vad arbetet normalt ger",
                    "En skuld för resa eller förmedling som ska betalas innan någon inkomst",
                ],
            },
            {
                "heading": "Beteende och kontroll",
                "indicators": [
                    "En medresenär svarar åt den sökande eller vägrar lämna rummet",
                    "Den sökande verkar inövad, rädd eller osäker på sitt resmål",
                    "Tecken på att familjen i hemlandet är känd av eller i kontakt med "
                    "rekryteraren",
                ],
            },
        ],
    },
)

# Module 1, lesson 1: what trafficking is -----------------------------------------------------

WHAT_IS_TRAFFICKING = [
    (
        "text",
        "<h2>A crime against a person</h2><p>Trafficking in human beings has three elements. "
        "An <strong>act</strong>: someone recruits, transports, transfers, harbours or receives "
        "a person. A <strong>means</strong>: threats, force or other coercion, abduction, fraud, "
        "deception, abuse of power or of a position of vulnerability, or payments to someone who "
        "has control over the person. A <strong>purpose</strong>: exploitation — at least the "
        "prostitution of others or other sexual exploitation, forced labour or services, slavery "
        "or practices similar to it, servitude, or the removal of organs. This is the definition "
        "in article 3 of the UN Palermo Protocol (2000); the Council of Europe Convention (2005) "
        "and EU Directive 2011/36/EU build on it.</p>"
        "<h3>Two rules that change how you listen</h3><ul>"
        "<li><strong>Consent does not count</strong> once any of the means has been used. “She "
        "agreed to go” does not end the question.</li>"
        "<li><strong>For a child</strong> — anyone under 18 — no means is needed: recruiting, "
        "moving or harbouring a child for exploitation is trafficking (Palermo Protocol, "
        "article 3(c)).</li></ul>"
        "<h3>In Swedish law</h3>",
    ),
    reference_facts([PENAL_CODE_TRAFFICKING]),
    (
        "text",
        "<p>In 2024 the EU widened its definition: Directive (EU) 2024/1712 adds forced "
        "marriage, illegal adoption and the exploitation of surrogacy to the forms of "
        "exploitation, and gives member states two years to bring it into national law. "
        "[CHECK: how and when Sweden transposes it]</p>"
        "<h2>Who is affected</h2><p>Trafficking concerns women, girls, boys and men. It is rooted "
        "in poverty and in a lack of equality between women and men. Recruiters often promise "
        "ordinary work — as an au pair or a waitress — and the person ends up in slave-like "
        "conditions.</p>"
        "<p>You may meet an old figure:</p>",
    ),
    reference_facts([POLICE_ESTIMATE]),
    (
        "text",
        "<p>Around 2011 the Council of the Baltic Sea States' task force described a wider "
        "picture: more trafficking within one country, more labour exploitation and forced "
        "begging, more men and children identified as victims, more refined methods of control, "
        "victims who refuse help, and former victims who recruit others.</p>",
    ),
    (
        "figure",
        {
            "image": "{image}",
            "alt_text": "Five dark blue boxes joined by arrows, read from left to right: "
            "Identify, First contact, Refer, Support, Safe future.",
            "caption": "The support chain starts with the person who first notices the signs.",
        },
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "Smuggling is not trafficking — but it can become trafficking",
            "text": "<p>Migrant smuggling is a crime against a state's border: a person pays to "
            "be taken across it, and the smuggler's part usually ends on arrival. Trafficking is "
            "a crime against a person and is about exploitation; it needs no border at all, and "
            "the person may have entered legally, with a visa or a permit.</p><p>The two can "
            "meet. A smuggled person who arrives owing the smugglers money, or who is handed on "
            "to an “employer”, can become a victim of trafficking. Ask what happened after the "
            "border, not only how it was crossed.</p>",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Trafficking is an act, a means and a purpose; for a child the means is not needed",
                "Consent does not count once threats, deception or abuse of vulnerability were used",
                "Smuggling can turn into trafficking, and legal entry does not rule trafficking out",
                "A figure is an estimate from a year and a form of exploitation: say which",
            ],
        },
    ),
]

WHAT_IS_TRAFFICKING_SV = [
    (
        "text",
        "<h2>Ett brott mot en människa</h2><p>Människohandel består av tre delar. En "
        "<strong>handling</strong>: någon rekryterar, transporterar, överför, inhyser eller tar "
        "emot en person. Ett <strong>medel</strong>: hot, våld eller annat tvång, bortförande, "
        "bedrägeri, vilseledande, missbruk av makt eller av någons utsatta belägenhet, eller "
        "betalning till någon som har kontroll över personen. Ett <strong>syfte</strong>: "
        "exploatering — åtminstone att utnyttja andras prostitution eller andra former av "
        "sexuell exploatering, tvångsarbete eller tvångstjänster, slaveri eller slaveriliknande "
        "förhållanden, träldom eller avlägsnande av organ. Så definieras brottet i artikel 3 i "
        "FN:s Palermoprotokoll (2000); Europarådets konvention (2005) och EU:s direktiv "
        "2011/36/EU bygger på den.</p>"
        "<h3>Två regler som ändrar hur du lyssnar</h3><ul>"
        "<li><strong>Samtycke saknar betydelse</strong> när något av medlen har använts. ”Hon "
        "gick med på att resa” avgör ingenting.</li>"
        "<li><strong>För ett barn</strong> — den som är under 18 år — krävs inget medel alls: "
        "att rekrytera, förflytta eller inhysa ett barn i syfte att exploatera det är "
        "människohandel (Palermoprotokollet, artikel 3 c).</li></ul>"
        "<h3>I svensk lag</h3>",
    ),
    reference_facts([PENAL_CODE_TRAFFICKING]),
    (
        "text",
        "<p>År 2024 vidgade EU definitionen: direktiv (EU) 2024/1712 lägger till "
        "tvångsäktenskap, olaglig adoption och exploatering av surrogatmoderskap bland formerna "
        "av exploatering och ger medlemsstaterna två år att införa ändringarna. [CHECK: hur och "
        "när Sverige genomför dem]</p>"
        "<h2>Vilka som drabbas</h2><p>Människohandel drabbar kvinnor, flickor, pojkar och män. "
        "Den bottnar i fattigdom och bristande jämställdhet. Rekryterare lovar ofta vanliga "
        "arbeten — som au pair eller servitris — och personen hamnar i slavliknande "
        "förhållanden.</p>"
        "<p>Du kan stöta på en äldre siffra:</p>",
    ),
    reference_facts([POLICE_ESTIMATE]),
    (
        "text",
        "<p>Omkring 2011 beskrev Östersjöstaternas råds aktionsgrupp en bredare bild: mer "
        "människohandel inom ett och samma land, mer arbetskraftsexploatering och "
        "tvångstiggeri, fler män och barn som identifieras som offer, mer förfinade sätt att "
        "kontrollera offren, offer som tackar nej till hjälp och tidigare offer som själva "
        "rekryterar.</p>",
    ),
    (
        "figure",
        {
            "image": "{image}",
            "alt_text": "Fem mörkblå rutor förbundna med pilar, lästa från vänster till höger, "
            "med engelska etiketter: Identify (identifiera), First contact (första kontakt), "
            "Refer (slussa vidare), Support (stöd), Safe future (en trygg framtid).",
            "caption": "Stödkedjan börjar hos den som först ser tecknen.",
        },
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "Smuggling är inte människohandel — men kan bli det",
            "text": "<p>Människosmuggling är ett brott mot en stats gräns: en person betalar för "
            "att föras över den, och smugglarens del slutar oftast vid ankomsten. "
            "Människohandel är ett brott mot en människa och handlar om exploatering; den kräver "
            "ingen gräns alls, och personen kan ha rest in lagligt, med visering eller "
            "tillstånd.</p><p>De två kan mötas. Den som smugglats och kommer fram med en skuld "
            "till smugglarna, eller lämnas över till en ”arbetsgivare”, kan bli offer för "
            "människohandel. Fråga vad som hände efter gränsen, inte bara hur den passerades."
            "</p>",
        },
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Människohandel är en handling, ett medel och ett syfte; för barn krävs inget medel",
                "Samtycke saknar betydelse när hot, vilseledande eller utnyttjad utsatthet använts",
                "Smuggling kan övergå i människohandel, och laglig inresa utesluter den inte",
                "En siffra är en uppskattning från ett visst år och en viss form: säg vilken",
            ],
        },
    ),
]

WHAT_IS_TRAFFICKING_CHECKS = (
    [
        "Swedish Penal Code ch. 4 s. 1a (no means needed for victims under 18) and s. 1b (human "
        "exploitation, since 2018)",
        "Whether and when Sweden has transposed Directive (EU) 2024/1712",
        "The year of Rikskriminalpolisen's estimate of 400–600 women a year",
    ],
    [
        "4 kap. 1 a § brottsbalken (inget medel krävs när offret är under 18 år) och 1 b § "
        "(människoexploatering, sedan 2018)",
        "Om och när Sverige har genomfört direktiv (EU) 2024/1712",
        "Vilket år Rikskriminalpolisen gjorde uppskattningen 400–600 kvinnor om året",
    ],
)
WHAT_IS_TRAFFICKING_SOURCES = [
    PALERMO,
    COE_CONVENTION,
    EU_DIRECTIVE_2011,
    EU_DIRECTIVE_2024,
    PROP_2017_18_123,
    SEED_EQUAL,
    SEED_KVINNOFORUM,
    SEED_CBSS,
]

# Module 1, lesson 2: the consular filter ---------------------------------------------------
# The written scene replaces a video block whose address was a placeholder: there is no film
# yet, and a link to nowhere is worse than a scene the learner can read.

CONSULAR_FILTER = [
    (
        "text",
        "<p>Regional training of consular and diplomatic staff around the Baltic Sea — twelve "
        "sessions for more than 650 people, run by the Council of the Baltic Sea States' task "
        "force — was built on one observation: the visa section is often the first filter, and "
        "sometimes the only moment when a public official meets a person before they are "
        "exploited abroad. The task force's handbook for embassies followed in 2011.</p>"
        "<p>Your role is not to investigate a crime. It is to notice, to give the applicant a "
        "safe chance to speak, to inform them of their rights and of where to get help, and to "
        "pass the concern on through the right channel — at a mission, your focal point.</p>"
        "<h2>A scene at the visa window</h2><p>The applicant's companion has answered every "
        "question so far. The officer asks the companion to wait outside while the applicant's "
        "fingerprints are taken, then asks, in a calm voice, who will meet the applicant on "
        "arrival and what the work will be.</p><p>The officer accuses no one and promises "
        "nothing. She gives the applicant written information, in a language the applicant "
        "reads, on rights and on where help can be reached from where the applicant will be, "
        "and she notes her concern for the focal point.</p>",
    ),
    consular.FILTER_ROLE,
    (
        "download",
        {
            "document": "{document}",
            "title": "Indicator pocket card (text)",
            "description": "A one-page summary of indicators to keep at the interview desk.",
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
]

CONSULAR_FILTER_SV = [
    (
        "text",
        "<p>Utbildningen av konsulär och diplomatisk personal runt Östersjön — tolv tillfällen "
        "för mer än 650 personer, anordnade av Östersjöstaternas råds aktionsgrupp — byggde på "
        "en iakttagelse: viseringsenheten är ofta det första filtret, och ibland det enda "
        "tillfället då en tjänsteperson möter en människa innan hon eller han exploateras "
        "utomlands. Aktionsgruppens handbok för ambassader kom 2011.</p>"
        "<p>Din uppgift är inte att utreda ett brott. Den är att lägga märke till, ge den "
        "sökande en trygg möjlighet att berätta, informera om rättigheter och om var hjälp "
        "finns, och föra oron vidare i rätt kanal — på en beskickning till er kontaktperson.</p>"
        "<h2>En scen vid viseringsluckan</h2><p>Den sökandes medresenär har svarat på alla "
        "frågor hittills. Handläggaren ber medresenären vänta utanför medan fingeravtrycken tas "
        "och frågar sedan lugnt vem som ska möta den sökande vid ankomsten och vad arbetet "
        "är.</p><p>Handläggaren anklagar ingen och lovar ingenting. Hon ger den sökande skriftlig "
        "information, på ett språk som den sökande läser, om rättigheter och om var hjälp går "
        "att nå där den sökande kommer att befinna sig, och noterar sin oro till "
        "kontaktpersonen.</p>",
    ),
    consular.FILTER_ROLE_SV,
    (
        "download",
        {
            "document": "{document_sv}",
            "title": "Indikatorkort i fickformat (text)",
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

CONSULAR_FILTER_SOURCES = [SEED_CBSS, CBSS_HANDBOOK, *consular.FILTER_SOURCES]

# Module 2, lesson 1: indicators -------------------------------------------------------------

INDICATORS_LESSON = [
    (
        "text",
        "<p>Recruiters often promise ordinary work — au pair, waitress, cleaner, seasonal "
        "worker — and the exploitation only begins after arrival. Look for combinations rather "
        "than a single sign, and write down what you observed, not what you concluded.</p><p>An "
        "indicator is a reason to look closer, never proof. A debt for the journey is common in "
        "honest labour migration too; together with someone else holding the passport and "
        "speaking for the applicant, it is a reason for a private conversation.</p>",
    ),
    INDICATORS,
    consular.BY_PERMIT,
    (
        "callout",
        {
            "kind": "warning",
            "title": "Do not confront a suspected recruiter",
            "text": "<p>Confronting a companion can put the applicant, and the applicant's family "
            "at home, at risk. Separate them for a routine reason and follow your mission's "
            "procedure.</p>",
        },
    ),
]

INDICATORS_LESSON_SV = [
    (
        "text",
        "<p>Rekryterare lovar ofta vanliga arbeten — au pair, servitris, städare, "
        "säsongsarbetare — och exploateringen börjar först efter ankomsten. Leta efter "
        "kombinationer snarare än enskilda tecken, och skriv ner vad du iakttog, inte vad du "
        "drog för slutsats.</p><p>En indikator är ett skäl att se närmare, aldrig ett bevis. En "
        "skuld för resan är vanlig även vid hederlig arbetskraftsmigration; tillsammans med att "
        "någon annan har passet och talar för den sökande är den ett skäl till ett enskilt "
        "samtal.</p>",
    ),
    INDICATORS_SV,
    consular.BY_PERMIT_SV,
    (
        "callout",
        {
            "kind": "warning",
            "title": "Konfrontera inte en misstänkt rekryterare",
            "text": "<p>Att konfrontera en medresenär kan utsätta den sökande, och den sökandes "
            "familj i hemlandet, för fara. Dela på dem av ett rutinskäl och följ beskickningens "
            "rutin.</p>",
        },
    ),
]

INDICATORS_LESSON_SOURCES = [SEED_CBSS, SEED_KVINNOFORUM, *consular.BY_PERMIT_SOURCES]

# Module 2, lesson 2: Marina's case -----------------------------------------------------------
# An au pair from outside the EU needs a residence permit, decided by the Migration Agency and
# applied for from abroad (at a mission, which takes photograph and fingerprints) — not a visa.

AU_PAIR_CASE = [
    CONTENT_WARNING,
    (
        "branching_case",
        {
            "title": "Marina's application",
            "intro": "<p>Decide what you do at each step. You see what follows only once you "
            "have chosen; at the end you can compare your path with the recommended one, and "
            "play the case again.</p>",
            "situations": [
                {
                    "key": "at-the-window",
                    "text": "<p>Marina, 19, comes to the embassy to hand in her application for "
                    "a residence permit as an au pair in Sweden; the Migration Agency will decide "
                    "it. Her papers name an agency, not a host family, although the permit rests "
                    "on an agreement with the family itself. A man who calls himself her cousin "
                    "paid the fee and holds her passport until she reaches the window. She does "
                    "not know the family's name or town.</p>",
                    "image": None,
                    "image_alt": "",
                    "choices": [
                        {
                            "label": "Tell her at once that the application will be refused",
                            "leads_to": "no-plan",
                            "consequence": "Marina picks up her passport without a word and "
                            "leaves with the cousin.",
                            "points": 0,
                            "critical": False,
                            "remediation": "",
                        },
                        {
                            "label": "Ask the cousin why he holds her passport and to explain "
                            "the agency's contract",
                            "leads_to": "recruiter-alerted",
                            "consequence": "The cousin answers for Marina, smoothly. Marina "
                            "looks at the floor and says nothing more.",
                            "points": 0,
                            "critical": True,
                            "remediation": "Never confront a companion you suspect of being a "
                            "recruiter: it alerts him, keeps the applicant silent and can put "
                            "her, and her family at home, at risk. Separate them for a routine "
                            "reason, such as taking her fingerprints, and follow your mission's "
                            "procedure.",
                        },
                        {
                            "label": "Speak with Marina alone: ask open questions and tell her "
                            "about her rights and where to get help",
                            "leads_to": "alone-with-marina",
                            "consequence": "You ask the cousin to wait outside while Marina's "
                            "fingerprints are taken, a routine step. Alone with you, she answers "
                            "more freely.",
                            "points": 2,
                            "critical": False,
                            "remediation": "",
                        },
                    ],
                },
                {
                    "key": "alone-with-marina",
                    "text": "<p>Marina tells you that the agency paid for her journey and that "
                    "she will pay it back from her wages. The cousin keeps her passport “so "
                    "that she does not lose it”. She has never spoken to the family she is "
                    "to live with.</p>",
                    "image": None,
                    "image_alt": "",
                    "choices": [
                        {
                            "label": "Tell her that the debt proves she is being trafficked",
                            "leads_to": "no-plan",
                            "consequence": "Marina says the agency is honest and that you have "
                            "misunderstood. She wants to finish the appointment.",
                            "points": 0,
                            "critical": False,
                            "remediation": "",
                        },
                        {
                            "label": "Ask open questions about the work, the family and her "
                            "documents, without promising anything",
                            "leads_to": "her-family",
                            "consequence": "Marina explains that she does not know what the "
                            "work will be. Then she grows quiet and asks you not to tell "
                            "anyone what she has said.",
                            "points": 2,
                            "critical": False,
                            "remediation": "",
                        },
                    ],
                },
                {
                    "key": "her-family",
                    "text": "<p>Marina says the agency knows where her mother and her younger "
                    "brother live. She is afraid of what could happen to them if she does not "
                    "travel, or if she talks.</p>",
                    "image": None,
                    "image_alt": "",
                    "choices": [
                        {
                            "label": "Call her mother to warn her",
                            "leads_to": "family-exposed",
                            "consequence": "Marina's mother is frightened by a call from an "
                            "embassy. Marina leaves the interview in tears.",
                            "points": 0,
                            "critical": True,
                            "remediation": "Never contact the family without the person's "
                            "consent [CHECK]. A call can reach the recruiters or show them that "
                            "someone knows, and it takes the decision away from her. Ask what "
                            "she fears, respect her own assessment of the risks and plan any "
                            "step with her.",
                        },
                        {
                            "label": "Promise her that her family will be safe",
                            "leads_to": "no-plan",
                            "consequence": "Marina looks relieved, and then doubtful: she "
                            "asks how you could know.",
                            "points": 0,
                            "critical": False,
                            "remediation": "",
                        },
                        {
                            "label": "Ask what she fears for them, give her written "
                            "information on where to get help, and agree with her what you "
                            "record and pass on to the focal point",
                            "leads_to": "referred",
                            "consequence": "Marina keeps the leaflet, which is in a language "
                            "she reads. She agrees that you pass your concern on, and asks "
                            "that her family is not contacted.",
                            "points": 2,
                            "critical": False,
                            "remediation": "",
                        },
                    ],
                },
            ],
            "endings": [
                {
                    "key": "referred",
                    "title": "Marina knows where help is, and your concern is passed on",
                    "debrief": "<p>You gave Marina a safe chance to speak, treated what she "
                    "told you as indicators rather than proof, and planned the next step with "
                    "her. The information about her rights and about help stays with her "
                    "whatever is decided. Record what you saw for the focal point and the "
                    "Migration Agency, which decides the application.</p>",
                },
                {
                    "key": "no-plan",
                    "title": "The conversation ends without a plan",
                    "debrief": "<p>The conversation ended before Marina and you had agreed on "
                    "anything.</p><p>A refusal announced at the window is not protection: the "
                    "embassy does not decide the application, and a refusal alone sends Marina "
                    "back to the recruiter with nothing — she may travel another way, knowing "
                    "nothing about her rights. A debt for the journey is an indicator, a reason "
                    "to look closer, never proof: told she is a victim, Marina defended the "
                    "agency. And nobody at the embassy can guarantee her family's safety: a "
                    "promise you cannot keep costs the trust you need.</p><p>Whichever step it "
                    "was, go back to what works: a safe chance to speak, open questions, "
                    "information on rights and help, and a next step agreed with her.</p>",
                },
                {
                    "key": "recruiter-alerted",
                    "title": "The recruiter is alerted",
                    "debrief": "<p>Questioning the cousin in front of Marina alerted a possible "
                    "recruiter and kept her silent. Whatever he is, he now knows that the "
                    "embassy is looking closer, and Marina may pay for it.</p>",
                },
                {
                    "key": "family-exposed",
                    "title": "The family is exposed",
                    "debrief": "<p>Recruiters often control victims through their families. A "
                    "call Marina did not agree to took the decision from her and could have "
                    "put her mother and brother at risk. Any step should consider the threat "
                    "to relatives at home: ask, do not assume, and involve her in the "
                    "decision.</p>",
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
                        "situation": "<p>Marina arrives with a residence permit card. At "
                        "passport control she is met by the same 'cousin', who holds her "
                        "documents.</p>",
                        "question": "What is your first step as a border or migration officer?",
                        "choices": [
                            {
                                "text": "Interview her separately and check her understanding of "
                                "the job",
                                "feedback": "Right: a separate interview with an interpreter who "
                                "is not linked to the companion.",
                                "is_recommended": True,
                            },
                            {
                                "text": "Let them pass: her permit is valid",
                                "feedback": "A valid permit does not rule out trafficking.",
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
                "Give the person a safe chance to speak before anything is decided",
                "Information about rights and help travels with them",
            ],
        },
    ),
]

AU_PAIR_CASE_SV = [
    CONTENT_WARNING_SV,
    (
        "branching_case",
        {
            "title": "Marinas ansökan",
            "intro": "<p>Bestäm vad du gör i varje steg. Du ser vad som händer först när du "
            "har valt; i slutet kan du jämföra din väg med den rekommenderade och spela fallet "
            "igen.</p>",
            "situations": [
                {
                    "key": "at-the-window",
                    "text": "<p>Marina, 19 år, kommer till ambassaden för att lämna in sin "
                    "ansökan om uppehållstillstånd som au pair i Sverige; Migrationsverket fattar "
                    "beslutet. I hennes handlingar står en förmedling, inte en värdfamilj, trots "
                    "att tillståndet bygger på ett avtal med familjen själv. En man som kallar "
                    "sig hennes kusin har betalat avgiften och håller i hennes pass ända fram "
                    "till luckan. Hon vet inte familjens namn eller ort.</p>",
                    "image": None,
                    "image_alt": "",
                    "choices": [
                        {
                            "label": "Säger genast att ansökan kommer att avslås",
                            "leads_to": "no-plan",
                            "consequence": "Marina tar sitt pass utan ett ord och går därifrån "
                            "med kusinen.",
                            "points": 0,
                            "critical": False,
                            "remediation": "",
                        },
                        {
                            "label": "Frågar kusinen varför han har hennes pass och ber honom "
                            "förklara förmedlingens avtal",
                            "leads_to": "recruiter-alerted",
                            "consequence": "Kusinen svarar smidigt i Marinas ställe. Marina "
                            "tittar ner i golvet och säger inget mer.",
                            "points": 0,
                            "critical": True,
                            "remediation": "Konfrontera aldrig en medresenär som du misstänker "
                            "är rekryterare: det varnar honom, får den sökande att tiga och kan "
                            "utsätta henne, och hennes familj i hemlandet, för fara. Dela på dem "
                            "av ett rutinskäl, till exempel när hennes fingeravtryck tas, och "
                            "följ beskickningens rutin.",
                        },
                        {
                            "label": "Talar med Marina ensam: ställer öppna frågor och berättar om "
                            "hennes rättigheter och var hon kan få hjälp",
                            "leads_to": "alone-with-marina",
                            "consequence": "Du ber kusinen vänta utanför medan Marinas "
                            "fingeravtryck tas, ett rutinmoment. Ensam med dig svarar hon "
                            "friare.",
                            "points": 2,
                            "critical": False,
                            "remediation": "",
                        },
                    ],
                },
                {
                    "key": "alone-with-marina",
                    "text": "<p>Marina berättar att förmedlingen har betalat hennes resa och att "
                    "hon ska betala tillbaka den med sin lön. Kusinen har hennes pass ”så att "
                    "hon inte tappar bort det”. Hon har aldrig talat med familjen som hon ska "
                    "bo hos.</p>",
                    "image": None,
                    "image_alt": "",
                    "choices": [
                        {
                            "label": "Säger att skulden bevisar att hon är utsatt för "
                            "människohandel",
                            "leads_to": "no-plan",
                            "consequence": "Marina säger att förmedlingen är hederlig och att "
                            "du har missförstått. Hon vill avsluta besöket.",
                            "points": 0,
                            "critical": False,
                            "remediation": "",
                        },
                        {
                            "label": "Ställer öppna frågor om arbetet, familjen och hennes "
                            "handlingar, utan att lova något",
                            "leads_to": "her-family",
                            "consequence": "Marina förklarar att hon inte vet vad arbetet ska "
                            "bestå av. Sedan tystnar hon och ber dig att inte berätta för någon "
                            "vad hon har sagt.",
                            "points": 2,
                            "critical": False,
                            "remediation": "",
                        },
                    ],
                },
                {
                    "key": "her-family",
                    "text": "<p>Marina säger att förmedlingen vet var hennes mamma och hennes "
                    "lillebror bor. Hon är rädd för vad som kan hända dem om hon inte reser, "
                    "eller om hon berättar.</p>",
                    "image": None,
                    "image_alt": "",
                    "choices": [
                        {
                            "label": "Ringer hennes mamma och varnar henne",
                            "leads_to": "family-exposed",
                            "consequence": "Marinas mamma blir rädd av ett samtal från en "
                            "ambassad. Marina lämnar samtalet i tårar.",
                            "points": 0,
                            "critical": True,
                            "remediation": "Kontakta aldrig familjen utan personens samtycke "
                            "[CHECK]. Ett samtal kan nå rekryterarna eller visa dem att någon "
                            "vet, och det tar beslutet ifrån henne. Fråga vad hon är rädd för, "
                            "respektera hennes egen bedömning av riskerna och planera varje "
                            "steg tillsammans med henne.",
                        },
                        {
                            "label": "Lovar henne att familjen kommer att vara trygg",
                            "leads_to": "no-plan",
                            "consequence": "Marina ser lättad ut, sedan tveksam: hon frågar hur "
                            "du skulle kunna veta det.",
                            "points": 0,
                            "critical": False,
                            "remediation": "",
                        },
                        {
                            "label": "Frågar vad hon är rädd för, ger henne skriftlig "
                            "information om var hon kan få hjälp och kommer överens med henne om "
                            "vad du dokumenterar och för vidare till kontaktpersonen",
                            "leads_to": "referred",
                            "consequence": "Marina behåller foldern, som är på ett språk hon "
                            "läser. Hon går med på att du för din oro vidare och ber att familjen "
                            "inte kontaktas.",
                            "points": 2,
                            "critical": False,
                            "remediation": "",
                        },
                    ],
                },
            ],
            "endings": [
                {
                    "key": "referred",
                    "title": "Marina vet var hjälpen finns, och din oro förs vidare",
                    "debrief": "<p>Du gav Marina en trygg möjlighet att berätta, behandlade det "
                    "hon sa som indikatorer och inte som bevis, och planerade nästa steg "
                    "tillsammans med henne. Informationen om hennes rättigheter och om hjälp "
                    "följer med henne vad som än beslutas. Dokumentera vad du såg för "
                    "kontaktpersonen och Migrationsverket, som beslutar i ärendet.</p>",
                },
                {
                    "key": "no-plan",
                    "title": "Samtalet slutar utan en plan",
                    "debrief": "<p>Samtalet tog slut innan du och Marina hade kommit överens om "
                    "något.</p><p>Ett avslag som utlovas vid luckan är inget skydd: ambassaden "
                    "beslutar inte i ärendet, och ett avslag ensamt skickar tillbaka Marina till "
                    "rekryteraren utan något — hon kan resa på annat sätt utan att veta något om "
                    "sina rättigheter. En skuld för resan är en indikator, ett skäl att se "
                    "närmare, aldrig ett bevis: när hon fick höra att hon är ett offer försvarade "
                    "Marina förmedlingen. Och ingen på ambassaden kan garantera att familjen är "
                    "trygg: ett löfte du inte kan hålla kostar det förtroende du behöver.</p>"
                    "<p>Vilket steg det än var, gå tillbaka till det som fungerar: en trygg "
                    "möjlighet att berätta, öppna frågor, information om rättigheter och hjälp, "
                    "och ett nästa steg som ni kommer överens om.</p>",
                },
                {
                    "key": "recruiter-alerted",
                    "title": "Rekryteraren är varnad",
                    "debrief": "<p>Att ifrågasätta kusinen inför Marina varnade en möjlig "
                    "rekryterare och fick henne att tiga. Vem han än är vet han nu att "
                    "ambassaden ser närmare på ärendet, och Marina kan få betala för det.</p>",
                },
                {
                    "key": "family-exposed",
                    "title": "Familjen utsätts",
                    "debrief": "<p>Rekryterare kontrollerar ofta offer genom deras familjer. "
                    "Ett samtal som Marina inte hade gått med på tog beslutet ifrån henne och "
                    "kunde ha utsatt hennes mamma och bror för fara. Varje steg ska väga in "
                    "hotet mot anhöriga i hemlandet: fråga, anta inte, och låt henne vara med "
                    "och besluta.</p>",
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
                        "situation": "<p>Marina anländer med ett uppehållstillståndskort. I "
                        "passkontrollen möts hon av samma ”kusin”, som håller i hennes "
                        "handlingar.</p>",
                        "question": "Vad är ditt första steg som gräns- eller "
                        "migrationshandläggare?",
                        "choices": [
                            {
                                "text": "Intervjua henne enskilt och kontrollera vad hon vet om "
                                "arbetet",
                                "feedback": "Rätt: en enskild intervju med en tolk som inte har "
                                "koppling till medresenären.",
                                "is_recommended": True,
                            },
                            {
                                "text": "Släpp igenom dem: hennes tillstånd är giltigt",
                                "feedback": "Ett giltigt tillstånd utesluter inte människohandel.",
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
                "Ge personen en trygg möjlighet att berätta innan något beslutas",
                "Information om rättigheter och hjälp följer med personen",
            ],
        },
    ),
]

AU_PAIR_CASE_CHECKS = (
    [
        "Whether, and how, a Swedish mission interviews an au-pair applicant for the Migration "
        "Agency",
        "That contacting the applicant's family without her consent is a critical error (the "
        "rule of this project's curriculum; confirm it against the WHO ethical and safety "
        "recommendations for interviewing trafficked women, 2003)",
    ],
    [
        "Om, och hur, en svensk beskickning intervjuar en au pair-sökande åt Migrationsverket",
        "Att det är ett allvarligt fel att kontakta den sökandes familj utan hennes samtycke "
        "(en regel i projektets kursplan; bekräfta den mot WHO:s etiska och säkerhetsmässiga "
        "rekommendationer för intervjuer med kvinnor utsatta för människohandel, 2003)",
    ],
)
AU_PAIR_CASE_SOURCES = [MIGRATION_AGENCY_AU_PAIR, SEED_KVINNOFORUM, WHO_INTERVIEWING]

# Module 3, lesson 1: rights and non-punishment ----------------------------------------------
# Not "a person with rights first, an applicant second": the principle is about penalties for
# acts the person was compelled to commit, and at a consular section those acts are in the file.

NON_PUNISHMENT = [
    (
        "text",
        "<p>Victims are often made to break the law: they travel on forged or borrowed papers, "
        "give false information in an application, overstay, work without a permit, or commit "
        "crimes on a trafficker's orders. The <strong>non-punishment principle</strong> says that "
        "a victim should not be penalised for unlawful acts they were compelled to commit as a "
        "direct consequence of being trafficked. It is laid down in article 26 of the Council of "
        "Europe Convention (2005) and article 8 of Directive 2011/36/EU; the OSCE's 2013 "
        "recommendations explain how states should put it into practice.</p>"
        "<h3>Where it meets your work at the consular section</h3><p>The principle is about "
        "penalties. At a visa or permit window it comes up when an applicant's file shows:</p>"
        "<ul><li>forged or borrowed papers used on an earlier journey;</li>"
        "<li>false information in an earlier application, often dictated by a recruiter;</li>"
        "<li>an earlier overstay or unauthorised work;</li>"
        "<li>an entry ban that followed from any of these.</li></ul>"
        "<p>When there are signs that such an act was part of the person's exploitation, do not "
        "treat it only as a ground for refusal: record the possible link, tell your focal point, "
        "and make sure the person gets information on rights and support. How the link weighs in "
        "the decision is for the deciding authority under the rules that apply. [CHECK]</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges", "police"],
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
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "No penalty for unlawful acts a victim was compelled to commit because of being "
                "trafficked",
                "Forged papers, false statements, overstays and entry bans may be part of the story",
                "Record the possible link and pass it on; the deciding authority weighs it",
            ],
        },
    ),
]

NON_PUNISHMENT_SV = [
    (
        "text",
        "<p>Offer tvingas ofta att bryta mot lagen: de reser på förfalskade eller lånade "
        "handlingar, lämnar oriktiga uppgifter i en ansökan, stannar längre än de får, arbetar "
        "utan tillstånd eller begår brott på en människohandlares order. <strong>Principen om "
        "icke-bestraffning</strong> innebär att ett offer inte ska straffas för olagliga "
        "handlingar som hon eller han tvingats till som en direkt följd av människohandeln. "
        "Principen finns i artikel 26 i Europarådets konvention (2005) och artikel 8 i direktiv "
        "2011/36/EU; OSCE:s rekommendationer från 2013 beskriver hur staterna bör tillämpa "
        "den.</p>"
        "<h3>Där den möter ditt arbete på den konsulära enheten</h3><p>Principen handlar om "
        "påföljder. Vid en viserings- eller tillståndslucka blir den aktuell när den sökandes "
        "ärende visar:</p>"
        "<ul><li>förfalskade eller lånade handlingar vid en tidigare resa;</li>"
        "<li>oriktiga uppgifter i en tidigare ansökan, ofta dikterade av en rekryterare;</li>"
        "<li>en tidigare överskriden vistelse eller otillåtet arbete;</li>"
        "<li>ett inreseförbud som följt av något av detta.</li></ul>"
        "<p>När det finns tecken på att en sådan handling var en del av exploateringen ska du "
        "inte bara se den som skäl för avslag: dokumentera den möjliga kopplingen, berätta för "
        "kontaktpersonen och se till att personen får information om rättigheter och stöd. Hur "
        "kopplingen vägs in i beslutet avgör den beslutande myndigheten enligt de regler som "
        "gäller. [CHECK]</p>",
    ),
    (
        "audience_variant",
        {
            "audiences": ["prosecutors", "judges", "police"],
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
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Ingen påföljd för olagliga handlingar som offret tvingats till av människohandeln",
                "Förfalskade handlingar, oriktiga uppgifter, överskridna vistelser och "
                "inreseförbud kan vara en del av berättelsen",
                "Dokumentera den möjliga kopplingen och för den vidare; den beslutande "
                "myndigheten väger in den",
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

# Module 3, lesson 2: referral ----------------------------------------------------------------
# The NSP certifies support providers; it is not a state referral service and endorses no
# training. Numbers live on a dated reference card, never in a graded question, and each says
# for whom and from where it works.

REFERRAL = [
    (
        "text",
        "<p>In Sweden, authorities follow the <strong>MMM</strong> — <em>Manual vid misstanke om "
        "människohandel</em>, Sweden's national referral mechanism — from the first suspicion "
        "to protection. The national coordinator against trafficking is the Swedish Gender "
        "Equality Agency (Jämställdhetsmyndigheten), responsible since 2018; its unit NSPM runs "
        "a support line for professionals who need advice in a case. [CHECK]</p>"
        "<p>The <strong>National Support Programme (NSP)</strong> of the Civil Society Platform "
        "against trafficking complements the MMM. It offers support to victims through support "
        "providers it certifies and quality-assures, and develops methods for men, for families "
        "and for accompanying children. It is not a state referral service.</p>"
        "<h2>Contacts depend on your role and on where the person is</h2><ul>"
        "<li><strong>At a mission abroad</strong>, your first contact is your mission's focal "
        "point for trafficking, who knows the routes to the Ministry for Foreign Affairs, to "
        "Swedish authorities and to support in the country where you serve. Do not hand an "
        "applicant a Swedish 020 freephone number: such numbers may not be reachable from "
        "abroad. [CHECK]</li>"
        "<li><strong>In Sweden, as a professional</strong>, you can call the support line for "
        "professionals, the police, or social services, as the reference card below shows.</li>"
        "<li><strong>For the person</strong>, the right contact depends on who they are: "
        "Kvinnofridslinjen, the national helpline for women subjected to threats and violence, "
        "has also taken calls from possible victims of trafficking since the Safe Trip pilot of "
        "2010–11 — but it is for women. A man needs another route: through the police, social "
        "services or a support provider.</li></ul>"
        "<p>Recruiters often control victims through their families. Any step you take should "
        "consider the threat to relatives at home: ask, do not assume, and involve the person in "
        "the decision.</p>",
    ),
    consular.FROM_ABROAD,
    reference_facts(
        [NSPM_SUPPORT_LINE, URGENT_CONTACTS, EMERGENCY, KVINNOFRIDSLINJEN_LINE],
        title="Reference card: contacts in Sweden [CHECK]",
        note="<p>020 numbers are Swedish freephone numbers: from abroad, use your focal point.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Know the referral route for your role and your place before you need it",
                "Abroad, go through your focal point; never hand out a number the person cannot "
                "call",
                "Assess the risk for the family at home with the person",
            ],
        },
    ),
]

REFERRAL_SV = [
    (
        "text",
        "<p>I Sverige följer myndigheterna <strong>MMM</strong> — <em>Manual vid misstanke om "
        "människohandel</em>, Sveriges nationella hänvisningsmekanism — från den första "
        "misstanken till skydd. Nationell samordnare mot människohandel är "
        "Jämställdhetsmyndigheten, som har haft ansvaret sedan 2018; dess enhet NSPM har en "
        "stödtelefon för yrkesverksamma som behöver råd i ett ärende. [CHECK]</p>"
        "<p><strong>Nationella stödprogrammet (NSP)</strong>, som drivs av Plattformen Civila "
        "Sverige mot människohandel, kompletterar MMM. Programmet ger stöd till utsatta genom "
        "stödgivare som det certifierar och kvalitetssäkrar, och utvecklar metoder för män, för "
        "familjer och för medföljande barn. Det är ingen statlig hänvisningstjänst.</p>"
        "<h2>Vem du kontaktar beror på din roll och på var personen är</h2><ul>"
        "<li><strong>På en beskickning utomlands</strong> är din första kontakt beskickningens "
        "kontaktperson för människohandel, som känner vägarna till Utrikesdepartementet, till "
        "svenska myndigheter och till stöd i landet där du tjänstgör. Ge inte en sökande ett "
        "svenskt 020-nummer: sådana nummer går kanske inte att nå från utlandet. [CHECK]</li>"
        "<li><strong>I Sverige, som yrkesverksam</strong>, kan du ringa stödtelefonen för "
        "yrkesverksamma, polisen eller socialtjänsten, så som referenskortet nedan visar.</li>"
        "<li><strong>För den utsatta</strong> beror rätt kontakt på vem hon eller han är: "
        "Kvinnofridslinjen, den nationella stödtelefonen för kvinnor som utsatts för hot och "
        "våld, tar sedan pilotprojektet Safe Trip 2010–11 också emot samtal från möjliga offer "
        "för människohandel — men den är till för kvinnor. En man behöver en annan väg: via "
        "polisen, socialtjänsten eller en stödgivare.</li></ul>"
        "<p>Rekryterare kontrollerar ofta offren genom deras familjer. Varje steg du tar bör "
        "väga in hotet mot anhöriga i hemlandet: fråga, anta inte, och låt personen vara med och "
        "besluta.</p>",
    ),
    consular.FROM_ABROAD_SV,
    reference_facts(
        [NSPM_SUPPORT_LINE, URGENT_CONTACTS, EMERGENCY, KVINNOFRIDSLINJEN_LINE],
        title="Referenskort: kontakter i Sverige [CHECK]",
        note="<p>020-nummer är svenska avgiftsfria nummer: från utlandet går du via "
        "kontaktpersonen.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Känn till vägen för vidareslussning för din roll och plats innan du behöver den",
                "Utomlands går du via kontaktpersonen; ge aldrig ut ett nummer som personen inte "
                "kan ringa",
                "Bedöm risken för familjen i hemlandet tillsammans med personen",
            ],
        },
    ),
]

REFERRAL_CHECKS = (
    [
        "Jämställdhetsmyndigheten as national coordinator since 2018, and the NSPM support line "
        "for professionals: 020-39 00 00, weekdays in office hours",
        "Urgent contacts: police 114 14, social services' out-of-hours service, emergency 112",
        "Kvinnofridslinjen 020-50 50 50: still taking calls about trafficking",
        "Whether Swedish 020 numbers can be reached from abroad",
        *consular.FROM_ABROAD_CHECKS[0],
    ],
    [
        "Jämställdhetsmyndigheten som nationell samordnare sedan 2018, och NSPM:s stödtelefon "
        "för yrkesverksamma: 020-39 00 00, vardagar under kontorstid",
        "Brådskande kontakter: polisen 114 14, socialjouren, akut 112",
        "Kvinnofridslinjen 020-50 50 50: tar fortfarande emot samtal om människohandel",
        "Om svenska 020-nummer går att nå från utlandet",
        *consular.FROM_ABROAD_CHECKS[1],
    ],
)
REFERRAL_SOURCES = [
    SEED_PLATFORM,
    NSPM,
    KVINNOFRIDSLINJEN,
    SEED_CBSS,
    *consular.FROM_ABROAD_SOURCES,
]


def lesson(slug, title, title_sv, bodies, cited, checks=None):
    """One demo lesson's spec: English and Swedish bodies, each closed by the expert-check
    block of facts still to confirm (if any; for reviewers only), and the sources it cites
    (``Cited``, from ``courses.demo.sources``), which seed_demo makes the lesson's sources
    list: every demo lesson says where its facts come from."""
    return {
        "slug": slug,
        "title": title,
        "title_sv": title_sv,
        "body": _closed(bodies[0], checks, 0),
        "body_sv": _closed(bodies[1], checks, 1),
        "sources": [as_cited(item) for item in cited],
    }


def _closed(body, checks, lang):
    return [*body, to_confirm(checks[lang], lang)] if checks else list(body)


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
            "Recognise combined indicators of trafficking, by permit type, in documents, offers "
            "and behaviour",
            "Hold a private conversation safely, with open questions and an interpreter of your "
            "choosing",
            "Decide lawfully, knowing that a refusal is not protection, and record with care",
            "Refer a possible victim from abroad through the focal point",
        ],
        "outcomes_sv": [
            "Förklara varför viseringsintervjun är ett tillfälle att upptäcka människohandel",
            "Känna igen samverkande indikatorer, efter typ av tillstånd, i handlingar, "
            "erbjudanden och beteende",
            "Föra ett enskilt samtal tryggt, med öppna frågor och en tolk som du själv väljer",
            "Besluta lagenligt, med vetskap om att ett avslag inte är något skydd, och "
            "dokumentera varsamt",
            "Slussa en möjlig utsatt vidare från utlandet via kontaktpersonen",
        ],
        "audiences": ["consular-staff", "migration-officers", "police"],
        "topics": ["identification"],
        "issues_certificate": True,
        "version": "2026.1",
        "certificate_months": 24,
        # Contacts, laws and figures change: checked again within the year.
        "review_by": date(2027, 6, 30),
        "modules": [
            {
                "slug": "understanding-trafficking",
                "title": "Understanding trafficking",
                "title_sv": "Att förstå människohandel",
                "summary": "What trafficking is, who it affects and why consular staff matter.",
                "summary_sv": "Vad människohandel är, vilka som drabbas och varför konsulär "
                "personal spelar roll.",
                "lessons": [
                    lesson(
                        "what-is-trafficking",
                        "What trafficking is — and is not",
                        "Vad människohandel är — och inte är",
                        (WHAT_IS_TRAFFICKING, WHAT_IS_TRAFFICKING_SV),
                        WHAT_IS_TRAFFICKING_SOURCES,
                        WHAT_IS_TRAFFICKING_CHECKS,
                    ),
                    lesson(
                        "the-consular-filter",
                        "The consular section as the first filter",
                        "Konsulatet som första filter",
                        (CONSULAR_FILTER, CONSULAR_FILTER_SV),
                        CONSULAR_FILTER_SOURCES,
                    ),
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
                    lesson(
                        "indicators-at-the-interview",
                        "Indicators at the interview",
                        "Indikatorer vid intervjun",
                        (INDICATORS_LESSON, INDICATORS_LESSON_SV),
                        INDICATORS_LESSON_SOURCES,
                        consular.BY_PERMIT_CHECKS,
                    ),
                    lesson(
                        "case-the-au-pair-offer",
                        "Case: the au pair offer",
                        "Fall: erbjudandet om au pair-arbete",
                        (AU_PAIR_CASE, AU_PAIR_CASE_SV),
                        AU_PAIR_CASE_SOURCES,
                        AU_PAIR_CASE_CHECKS,
                    ),
                    lesson(
                        "case-the-berry-pickers",
                        "Case: twelve berry pickers, one agency",
                        "Fall: tolv bärplockare, en förmedling",
                        (consular.BERRY_PICKERS, consular.BERRY_PICKERS_SV),
                        consular.BERRY_PICKERS_SOURCES,
                        consular.BERRY_PICKERS_CHECKS,
                    ),
                ],
            },
            {
                "slug": "the-private-conversation",
                "title": "The private conversation",
                "title_sv": "Det enskilda samtalet",
                "summary": "Separating for a routine reason, open questions, interpreters and "
                "WHO's ethical and safety principles.",
                "summary_sv": "Att dela på sällskapet av ett rutinskäl, öppna frågor, tolkar och "
                "WHO:s etiska och säkerhetsmässiga principer.",
                "lessons": [
                    lesson(
                        "talking-alone-safely",
                        "Talking with the applicant alone, safely",
                        "Att tala enskilt och tryggt med den sökande",
                        (consular.PRIVATE_CONVERSATION, consular.PRIVATE_CONVERSATION_SV),
                        consular.PRIVATE_CONVERSATION_SOURCES,
                    ),
                ],
            },
            {
                "slug": "deciding-and-recording",
                "title": "Deciding lawfully, recording carefully",
                "title_sv": "Att besluta lagenligt och dokumentera varsamt",
                "summary": "The Visa Code and the Aliens Act: why a refusal is not protection; "
                "what to record and how secrecy protects the person.",
                "summary_sv": "Viseringskodexen och utlänningslagen: varför ett avslag inte är "
                "något skydd; vad du dokumenterar och hur sekretessen skyddar personen.",
                "lessons": [
                    lesson(
                        "deciding-lawfully",
                        "Deciding lawfully: a refusal is not protection",
                        "Att besluta lagenligt: ett avslag är inget skydd",
                        (consular.DECIDING_LAWFULLY, consular.DECIDING_LAWFULLY_SV),
                        consular.DECIDING_LAWFULLY_SOURCES,
                        consular.DECIDING_LAWFULLY_CHECKS,
                    ),
                    lesson(
                        "recording-and-secrecy",
                        "Recording and secrecy",
                        "Dokumentation och sekretess",
                        (consular.RECORDING, consular.RECORDING_SV),
                        consular.RECORDING_SOURCES,
                        consular.RECORDING_CHECKS,
                    ),
                ],
            },
            {
                "slug": "responding-and-referring",
                "title": "Responding and referring",
                "title_sv": "Att agera och slussa vidare",
                "summary": "The non-punishment principle at the consular section, and referral "
                "from abroad: the focal point, the Ministry for Foreign Affairs, the home "
                "country's mechanism, IOM and NGOs.",
                "summary_sv": "Principen om icke-bestraffning på den konsulära enheten, och "
                "vidareslussning från utlandet: kontaktpersonen, Utrikesdepartementet, "
                "hemlandets mekanism, IOM och frivilligorganisationer.",
                "lessons": [
                    lesson(
                        "rights-and-non-punishment",
                        "Rights and non-punishment",
                        "Rättigheter och icke-bestraffning",
                        (NON_PUNISHMENT, NON_PUNISHMENT_SV),
                        NON_PUNISHMENT_SOURCES,
                        NON_PUNISHMENT_CHECKS,
                    ),
                    lesson(
                        "referral-and-risk",
                        "Referral, support and the family at home",
                        "Vidareslussning, stöd och familjen i hemlandet",
                        (REFERRAL, REFERRAL_SV),
                        REFERRAL_SOURCES,
                        REFERRAL_CHECKS,
                    ),
                ],
            },
        ],
    },
]
