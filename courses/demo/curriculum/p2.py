"""P2 "Victim-centred interviewing", for police and migration officers (../shared/CURRICULUM.md):
the PEACE model, working with interpreters, counsel for the injured party and support persons,
children (Barnahus), and trauma, memory and credibility.

The seed documents say little about interviewing itself: they give the non-punishment
principle ("see the crime behind the crime"), the groups most exposed and the trends the
Baltic Sea states' task force saw (victims who refuse help, more refined control). The method
comes from UNODC's manual for criminal-justice practitioners (module 8, built on PEACE), WHO's
ethical and safety recommendations (2003), public guidance on interpreters and trauma, Sweden's
referral manual (MMM) and the Prosecution Authority on counsel for the injured party, Swedish
Barnahus pages, and UNODC's Case Digest on evidential issues (2017). Each lesson cites what it
uses; what still needs an expert is marked ``CHECK`` and listed for the reviewers."""

from courses.demo.cases import case_spec
from courses.demo.content import CONTENT_WARNING, CONTENT_WARNING_SV, lesson
from courses.demo.sources import (
    CHECK,
    EU_DIRECTIVE_2011,
    PALERMO,
    SEED_CBSS,
    SEED_EQUAL,
    SEED_PLATFORM,
    WHO_INTERVIEWING,
    source,
)

# Sources read for this course (December 2026) --------------------------------------------------

UNODC_MODULE_8 = source(
    "Anti-human trafficking manual for criminal justice practitioners, Module 8: Interviewing "
    "victims of trafficking in persons who are potential witnesses",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2009",
    "http://docplayer.net/16474907-Anti-human-trafficking-manual-for-criminal-justice-"
    "practitioners-module-8.html",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
    link_text="docplayer.net (copy of the UNODC module)",
)
OPENLEARN_PEACE = source(
    "Investigating a murder with forensic psychology, section 1.2: The PEACE model",
    "The Open University, OpenLearn (free course)",
    "read December 2026",
    "https://www.open.edu/openlearn/mod/oucontent/view.php?id=142138&section=2.2",
    publisher_sv="The Open University, OpenLearn (fri kurs)",
    year_sv="läst december 2026",
    link_text="open.edu",
)
HEUNI_INTERVIEWS = source(
    "Patterns of exploitation, policy brief: investigative interviews with trafficking victims",
    "HEUNI, the European Institute for Crime Prevention and Control",
    "n.d. (read December 2026)",
    "https://issuu.com/heuni/docs/eng_patternsofexpoitation-policybrief-web/s/29956396",
    publisher_sv="HEUNI, Europeiska institutet för kriminalpolitik",
    year_sv="u.å. (läst december 2026)",
    link_text="issuu.com",
)
OVC_INTERPRETERS = source(
    "Human Trafficking Task Force e-Guide, 5.3: Working with interpreters",
    "Office for Victims of Crime Training and Technical Assistance Center (OVC TTAC), US "
    "Department of Justice, web page",
    "read December 2026",
    "https://www.ovcttac.gov/taskforceguide/eguide/5-building-strong-cases/"
    "53-victim-interview-preparation/working-with-interpreters/",
    publisher_sv="Office for Victims of Crime Training and Technical Assistance Center (OVC "
    "TTAC), USA:s justitiedepartement, webbsida",
    year_sv="läst december 2026",
    link_text="ovcttac.gov",
)
OVC_TRAUMA = source(
    "Human Trafficking Task Force e-Guide, 5.3: Trauma-informed victim interviewing",
    "Office for Victims of Crime Training and Technical Assistance Center (OVC TTAC), US "
    "Department of Justice, web page",
    "read December 2026",
    "https://www.ovcttac.gov/taskforceguide/eguide/5-building-strong-cases/"
    "53-victim-interview-preparation/trauma-informed-victim-interviewing/",
    publisher_sv="Office for Victims of Crime Training and Technical Assistance Center (OVC "
    "TTAC), USA:s justitiedepartement, webbsida",
    year_sv="läst december 2026",
    link_text="ovcttac.gov",
)
MMM_INITIAL_SUPPORT = source(
    "Manual vid misstanke om människohandel (the national referral mechanism), step 3: initial "
    "support, 3.3 legal support",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM, web page",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/inledande-stod/",
    title_sv="Manual vid misstanke om människohandel, steg 3: inledande stöd, 3.3 rättsligt stöd",
    publisher_sv="Jämställdhetsmyndigheten, NSPM, webbsida",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
MMM_CRIMINAL_PROCEEDINGS = source(
    "Manual vid misstanke om människohandel (the national referral mechanism), step 5: criminal "
    "proceedings, 5.1 the preliminary investigation",
    "Swedish Gender Equality Agency (Jämställdhetsmyndigheten), NSPM, web page",
    "read December 2026",
    "https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/manual-vid-misstanke-om-"
    "manniskohandel/straffrattsligt-forfarande/",
    title_sv="Manual vid misstanke om människohandel, steg 5: straffrättsligt förfarande, 5.1 "
    "förundersökning",
    publisher_sv="Jämställdhetsmyndigheten, NSPM, webbsida",
    year_sv="läst december 2026",
    link_text="nspm.jamstalldhetsmyndigheten.se",
)
PROSECUTION_AUTHORITY_COUNSEL = source(
    "Målsägandebiträde (counsel for the injured party), glossary entry",
    "Swedish Prosecution Authority (Åklagarmyndigheten), web page",
    "read December 2026",
    "https://www.aklagare.se/ordlista/m/malsagandebitrade/",
    title_sv="Målsägandebiträde, ordlista",
    publisher_sv="Åklagarmyndigheten, webbsida",
    year_sv="läst december 2026",
    link_text="aklagare.se",
)
SOU_2007_6 = source(
    "SOU 2007:6 Målsägandebiträdet – ett aktivt stöd i rättsprocessen (Counsel for the injured "
    "party: active support in the legal process), government inquiry report",
    "Government of Sweden, Ministry of Justice",
    "2007",
    "https://lagen.nu/sou/2007:6",
    title_sv="SOU 2007:6 Målsägandebiträdet – ett aktivt stöd i rättsprocessen",
    publisher_sv="Regeringen, Justitiedepartementet",
    link_text="lagen.nu",
)
FINNISH_COUNSEL = source(
    "“Att bygga upp förtroende mellan människohandelsoffret och den som hjälper är en långsam "
    "process” (Building trust between a trafficking victim and the helper is a slow process), "
    "a counsel's account",
    "Non-Discrimination Ombudsman of Finland (Diskrimineringsombudsmannen), web article",
    "read December 2026",
    "https://syrjinta.fi/sv/-/att-bygga-upp-fortroende-mellan-manniskohandelsoffret-och-den-som-"
    "hjalper-ar-en-langsam-process-1",
    title_sv="”Att bygga upp förtroende mellan människohandelsoffret och den som hjälper är en "
    "långsam process”, ett biträdes berättelse",
    publisher_sv="Diskrimineringsombudsmannen i Finland, webbartikel",
    year_sv="läst december 2026",
    link_text="syrjinta.fi",
)
BARNAHUS_LINKOPING = source(
    "The child at Barnahus: the Barnahus routine in practice",
    "Barnahus Linköping, web page for professionals",
    "read December 2026",
    "https://barnahuslinkoping.se/for-professionella/barnet-i-barnahus/",
    title_sv="Barnet i Barnahus: Barnahusrutinen i praktiken",
    publisher_sv="Barnahus Linköping, webbsida för yrkesverksamma",
    year_sv="läst december 2026",
    link_text="barnahuslinkoping.se",
)
BARNAHUS_ALVSBORG = source(
    "How we cooperate with other authorities",
    "Barnahus Älvsborg, web page",
    "read December 2026",
    "https://barnahusalvsborg.se/om-barnahus/samverkan/",
    title_sv="Hur vi samverkar med andra myndigheter",
    publisher_sv="Barnahus Älvsborg, webbsida",
    year_sv="läst december 2026",
    link_text="barnahusalvsborg.se",
)
BARNAHUS_SODERTALJE = source(
    "Barnahus skapar trygghet för otrygga barn (Barnahus brings safety to children who lack it)",
    "Södertälje Municipality, news article",
    "2018",
    "https://www.sodertalje.se/nyhetsarkiv/2018/barnahus-skapar-trygghet-for-otrygga-barn/",
    title_sv="Barnahus skapar trygghet för otrygga barn",
    publisher_sv="Södertälje kommun, nyhetsartikel",
    link_text="sodertalje.se",
)
CHILD_INTERVIEWS_DIRECTIVE = EU_DIRECTIVE_2011.at(
    "provisions on interviews with child victims in criminal investigations (article 15)",
    "bestämmelserna om förhör med barn som är brottsoffer i brottsutredningar (artikel 15)",
)
UNODC_CASE_DIGEST = source(
    "Case Digest: Evidential Issues in Trafficking in Persons Cases",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2017",
    "https://www.oas.org/ext/es/seguridad/red-prevencion-crimen/Recursos/Biblioteca-Digital/"
    "case-digest-evidential-issues-in-trafficking-in-persons-cases",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
    link_text="oas.org (the Digest's description)",
)
UNODC_CASE_DIGEST_TEXT = source(
    "Case Digest: Evidential Issues in Trafficking in Persons Cases, section “Typical weaknesses "
    "of victim testimony”",
    "United Nations Office on Drugs and Crime (UNODC)",
    "2017",
    "https://text-id.123dok.com/document/nzw8dx20z-typical-weaknesses-of-victim-testimony.html",
    title_sv="Case Digest: Evidential Issues in Trafficking in Persons Cases, avsnittet "
    "”Typical weaknesses of victim testimony”",
    publisher_sv="FN:s kontor mot narkotika och brott (UNODC)",
    link_text="123dok.com (copy of the Digest)",
)


# Module 1: the PEACE model ---------------------------------------------------------------------

PEACE = [
    (
        "text",
        "<h2>Why an interview with a victim is different</h2><p>In a trafficking case the "
        "person who was exploited is often the most important witness, and often the only one "
        "who can tell the story from recruitment to exploitation. Yet she or he may be "
        "exhausted, afraid of the exploiters and of you, ashamed, in debt, or convinced of being "
        "the one who broke the law. UNODC's manual for criminal-justice practitioners (2009) "
        "devotes its module 8 to interviewing victims of trafficking who are potential "
        "witnesses, and builds it on a five-stage model known by its initials: PEACE. The model "
        "comes from police interviewing in the United Kingdom, where it replaced interviews "
        f"aimed at a confession {CHECK}. Its purpose is an accurate and reliable account, not "
        "to make someone say what the interviewer already believes.</p>"
        "<h2>The five stages</h2><ul>"
        "<li><strong>P — Planning and preparation.</strong> What do you know about the person, "
        "the suspected exploitation and any earlier contacts with the authorities? Which "
        "language and dialect does the person speak, and which interpreter, with no ties to "
        "anyone in the case, will you use? Which room is quiet and private, and who needs to "
        "be present? Has counsel for the injured party been requested? Is the person rested, "
        "fed and medically cared for, or should the interview wait?</li>"
        "<li><strong>E — Engage and explain.</strong> Introduce everyone in the room and say "
        "what each one does. Explain why you are talking, what will happen to what is said, "
        "that breaks are allowed, and that the person is not the one accused of a crime. "
        "Sweden's referral manual (MMM) notes that an interviewer out of uniform, and the "
        "reassurance that the person is not accused, make for a better interview.</li>"
        "<li><strong>A — Account.</strong> Ask for a free account first and listen without "
        "interrupting. Then clarify with open questions (“Tell me more about…”, “What happened "
        "next?”), one topic at a time, and summarise in the person's own words. Avoid leading "
        "questions (“He took your passport, didn't he?”): they put your words in the "
        "witness's mouth and weaken the evidence.</li>"
        "<li><strong>C — Closure.</strong> Summarise the main points and let the person correct "
        "them. Say what happens next, who will be in touch, and how to reach you or counsel. "
        "Make no promises you cannot keep.</li>"
        "<li><strong>E — Evaluation.</strong> Afterwards, weigh what you learnt against the "
        "rest of the investigation, decide what must be checked and whether another interview "
        "is needed, and look back at how you yourself did.</li></ul>"
        "<p>With a suspect the account stage also includes challenging it against the other "
        "evidence. With a victim-witness the same stage is about clarifying: a gap or a "
        "contradiction is a question to explore, not a lie to expose (lesson 5).</p>"
        "<h2>Do no harm</h2><p>WHO's ethical and safety recommendations for interviewing "
        "trafficked women (2003) were written for researchers and service providers, but their "
        "principles carry over to an investigation: treat each situation as if the potential "
        "for harm were extreme until there is evidence otherwise; prepare referral information "
        "and make no promises you cannot keep; select and prepare interpreters carefully; "
        "protect the person's identity and what she says; make sure she understands the "
        "purpose of the interview, her right not to answer and her right to stop; and listen "
        "to her own assessment of the risks.</p>"
        "<p>A policy brief from HEUNI notes that there is little research on investigative "
        "interviews with trafficking victims, and advises relying on the general principles of "
        "evidence-based interviewing: respect, rapport, recall rather than recognition, and a "
        "free narrative. It also warns that victims are sometimes met with disbelief or "
        "treated harshly, which destroys the rapport an interview needs.</p>"
        "<p><em>Example.</em> A woman found during an inspection is brought to the station at "
        "two in the morning, in the clothes she worked in. Planning says: not now. Offer rest, "
        "food and medical care, book an interpreter, ask for counsel, and interview her later "
        "the same day, in a room where she can sit near the door.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Before the interview: a planning checklist",
            "intro": "A working aid for the interviewer. Not every point applies every time; "
            "each one you skip should be a decision, not an oversight.",
            "groups": [
                {
                    "heading": "The person",
                    "indicators": [
                        "Rested, fed and medically cared for, or the interview waits",
                        "Language and dialect known; interpreter booked and checked for ties",
                        "Counsel for the injured party requested; support person offered",
                    ],
                },
                {
                    "heading": "The setting",
                    "indicators": [
                        "A quiet, private room; only those who must be there",
                        "No companion, employer or “relative” in the room or within hearing",
                        "Recording arranged, and the person told how it will be used",
                    ],
                },
                {
                    "heading": "The plan",
                    "indicators": [
                        "What you already know, and what you need to learn",
                        "Topics in an order the person can manage; time for breaks",
                        "Referral information ready in a language the person understands",
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
                "PEACE: plan and prepare, engage and explain, account, closure, evaluation",
                "A free account first, then open questions; never lead the witness",
                "Do no harm: safety, consent, confidentiality and no promises you cannot keep",
            ],
        },
    ),
]

PEACE_SV = [
    (
        "text",
        "<h2>Varför ett förhör med ett brottsoffer är annorlunda</h2><p>I ett "
        "människohandelsärende är den som utnyttjats ofta det viktigaste vittnet, och ofta den "
        "enda som kan berätta hela förloppet från rekrytering till exploatering. Samtidigt kan "
        "hon eller han vara utmattad, rädd för gärningspersonerna och för dig, skamsen, "
        "skuldsatt eller övertygad om att det är hon eller han som har brutit mot lagen. "
        "UNODC:s handbok för rättsväsendet (2009) ägnar sin modul 8 åt förhör med "
        "människohandelsoffer som kan bli vittnen, och bygger den på en modell i fem steg som "
        "kallas PEACE efter begynnelsebokstäverna. Modellen kommer från polisens förhörsarbete i "
        f"Storbritannien, där den ersatte förhör som syftade till ett erkännande {CHECK}. Målet "
        "är en korrekt och tillförlitlig berättelse, inte att få någon att säga det som "
        "förhörsledaren redan tror.</p>"
        "<h2>De fem stegen</h2><ul>"
        "<li><strong>P — Planering och förberedelse</strong> (”planning and preparation”). "
        "Vad vet du om personen, om den misstänkta exploateringen och om tidigare kontakter med "
        "myndigheter? Vilket språk och "
        "vilken dialekt talar personen, och vilken tolk, utan band till någon i ärendet, ska ni "
        "använda? Vilket rum är lugnt och avskilt, och vem behöver vara med? Har ni begärt att "
        "ett målsägandebiträde förordnas? Är personen utvilad, har hon eller han ätit och fått "
        "vård, eller bör förhöret vänta?</li>"
        "<li><strong>E — Etablera kontakt och förklara</strong> (”engage and explain”). "
        "Presentera alla i rummet och "
        "vad var och en gör. Förklara varför ni samtalar, vad som händer med det som sägs, att "
        "det går bra att ta pauser och att personen inte är den som misstänks för brott. "
        "Manual vid misstanke om människohandel (MMM) konstaterar att en förhörsledare som inte "
        "bär uniform, och beskedet att personen inte anklagas, ger bättre förutsättningar för "
        "förhöret.</li>"
        "<li><strong>A — Berättelsen</strong> (”account”). Be först om en fri berättelse och "
        "lyssna utan "
        "att avbryta. Förtydliga sedan med öppna frågor (”Berätta mer om …”, ”Vad hände "
        "sedan?”), ett ämne i taget, och sammanfatta med personens egna ord. Undvik ledande "
        "frågor (”Han tog väl ditt pass?”): de lägger dina ord i vittnets mun och försvagar "
        "bevisningen.</li>"
        "<li><strong>C — Avslutning</strong> (”closure”). Sammanfatta det viktigaste och låt "
        "personen rätta "
        "dig. Berätta vad som händer härnäst, vem som hör av sig och hur personen når dig eller "
        "biträdet. Lova inget du inte kan hålla.</li>"
        "<li><strong>E — Utvärdering</strong> (”evaluation”). Väg efteråt det du fått veta mot "
        "resten av "
        "utredningen, bestäm vad som måste kontrolleras och om ett nytt förhör behövs, och "
        "granska hur du själv skötte förhöret.</li></ul>"
        "<p>Med en misstänkt ingår det i berättelsesteget att pröva berättelsen mot den övriga "
        "bevisningen. Med ett brottsoffer som vittne handlar samma steg om att förtydliga: en "
        "lucka eller en motsägelse är en fråga att utforska, inte en lögn att avslöja "
        "(lektion 5).</p>"
        "<h2>Gör ingen skada</h2><p>WHO:s etiska och säkerhetsmässiga rekommendationer för "
        "intervjuer med kvinnor utsatta för människohandel (2003) skrevs för forskare och "
        "stödverksamheter, men principerna gäller också i en utredning: behandla varje situation "
        "som om risken för skada vore extrem tills det finns belägg för motsatsen; ha "
        "information om stöd redo och lova inget du inte kan hålla; välj och förbered tolkar "
        "omsorgsfullt; skydda personens identitet och det hon berättar; se till att hon förstår "
        "syftet med förhöret, sin rätt att inte svara och sin rätt att avbryta; och lyssna på "
        "hennes egen bedömning av riskerna.</p>"
        "<p>En kunskapsöversikt från HEUNI konstaterar att forskningen om förhör med "
        "människohandelsoffer är begränsad, och råder förhörsledare att hålla sig till de "
        "allmänna principerna för evidensbaserade förhör: respekt, förtroende, fritt minne "
        "hellre än igenkänning, och en fri berättelse. Den varnar också för att offer ibland "
        "möts av misstro eller hårdhet, vilket förstör det förtroende som ett förhör kräver.</p>"
        "<p><em>Exempel.</em> En kvinna som påträffats vid en kontroll förs till polisstationen "
        "klockan två på natten, i de kläder hon arbetade i. Planeringen säger: inte nu. Erbjud "
        "vila, mat och vård, boka tolk, begär ett målsägandebiträde och håll förhöret senare "
        "samma dag, i ett rum där hon kan sitta nära dörren.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Före förhöret: en checklista för planeringen",
            "intro": "Ett arbetsstöd för förhörsledaren. Alla punkter passar inte alltid; varje "
            "punkt du hoppar över ska vara ett beslut, inte ett förbiseende.",
            "groups": [
                {
                    "heading": "Personen",
                    "indicators": [
                        "Utvilad, mätt och omhändertagen av vården, annars får förhöret vänta",
                        "Språk och dialekt kända; tolk bokad och kontrollerad för jäv",
                        "Målsägandebiträde begärt; stödperson erbjuden",
                    ],
                },
                {
                    "heading": "Miljön",
                    "indicators": [
                        "Ett lugnt och avskilt rum; bara de som måste vara med",
                        "Ingen medföljare, arbetsgivare eller ”släkting” i rummet eller inom "
                        "hörhåll",
                        "Inspelning ordnad, och personen informerad om hur den används",
                    ],
                },
                {
                    "heading": "Planen",
                    "indicators": [
                        "Vad ni redan vet, och vad ni behöver få veta",
                        "Ämnen i en ordning som personen orkar med; tid för pauser",
                        "Information om stöd redo på ett språk personen förstår",
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
                "PEACE: planera och förbered, etablera kontakt och förklara, berättelsen, "
                "avslutning, utvärdering",
                "Först en fri berättelse, sedan öppna frågor; led aldrig vittnet",
                "Gör ingen skada: säkerhet, samtycke, sekretess och inga löften du inte kan hålla",
            ],
        },
    ),
]

PEACE_CHECKS = (
    [
        "The origin of PEACE (police interviewing in the United Kingdom, replacing "
        "confession-oriented interviews): read in secondary sources (OpenLearn and training "
        "material), not in an official history; confirm, and confirm how the Swedish Police "
        "Authority's own interview training names and teaches the model",
    ],
    [
        "PEACE-modellens ursprung (polisens förhörsarbete i Storbritannien, som ersättning för "
        "förhör inriktade på erkännanden): läst i sekundära källor (OpenLearn och "
        "utbildningsmaterial), inte i en officiell redogörelse; bekräfta, och bekräfta hur "
        "Polismyndighetens egen förhörsutbildning benämner och lär ut modellen",
    ],
)
PEACE_SOURCES = [
    UNODC_MODULE_8,
    OPENLEARN_PEACE,
    WHO_INTERVIEWING,
    HEUNI_INTERVIEWS,
    MMM_CRIMINAL_PROCEEDINGS,
]


# Module 2, lesson 1: working with interpreters -------------------------------------------------

INTERPRETER_CASE = case_spec(
    "The only interpreter",
    "<p>You are a police investigator. During an inspection of a car wash, Pavel, 34, told an "
    "officer in broken English that he works fourteen hours a day, sleeps in the back room "
    "and owes the owner for his journey. Tomorrow morning you are to interview him as an "
    "injured party. His language is spoken by a small community in your town.</p>",
    [
        (
            "arrival",
            "<p>The interpreting agency has one interpreter for the language. When you call "
            "her to book, she mentions that she knows the car-wash owner's family “from church”. "
            "Meanwhile the owner's brother-in-law, who has driven Pavel to the station, offers "
            "to interpret so that “the boy does not have to wait”.</p>",
            [
                (
                    "Accept the brother-in-law's offer: he speaks both languages and Pavel "
                    "seems to know him",
                    "words-reached-the-owner",
                    "Pavel answers in a few words and looks at the brother-in-law before each "
                    "answer. He says that he is fine and that he wants to go back to work.",
                    0,
                    "Never let a companion, relative or anyone linked to the suspects "
                    "interpret. He may be the one who controls Pavel, and everything Pavel says "
                    "reaches the owner. Use a professional interpreter with no ties to anyone "
                    "in the case, even if that means waiting.",
                ),
                (
                    "Thank the brother-in-law and send him away; book an interpreter by "
                    "telephone or video from another part of the country, after asking about "
                    "ties",
                    "briefing",
                    "The agency finds an interpreter in another city who says she knows no one "
                    "in your town. The interview moves to the afternoon. Pavel is given food "
                    "and somewhere to rest.",
                    2,
                    "",
                ),
                (
                    "Interview Pavel now in English, without an interpreter, to save time",
                    "thin-account",
                    "Pavel tries hard. He understands some of your questions and answers "
                    "“yes” to most of them.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "briefing",
            "<p>The remote interpreter is connected. Before Pavel comes in, you have ten "
            "minutes.</p>",
            [
                (
                    "Brief her: the subjects that may come up, interpreting everything in the "
                    "first person without summarising, confidentiality, and telling you at once "
                    "if she realises she knows anyone in the case",
                    "safe-interview",
                    "At the start you introduce her and explain her role and her duty of "
                    "confidentiality to Pavel. Half-way through, Pavel names a cousin who also "
                    "works there; the interpreter confirms she does not know him.",
                    2,
                    "",
                ),
                (
                    "Skip the briefing: she is a professional and knows what to do",
                    "safe-interview",
                    "The interview goes reasonably well, but the interpreter summarises some "
                    "long answers, and you cannot tell afterwards which words were Pavel's.",
                    1,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "safe-interview",
            "An interview Pavel could speak in",
            "<p>You waited for an interpreter with no ties to anyone in the case and prepared "
            "her, so Pavel's words reached you whole and reached no one else. The best path also "
            "briefed the interpreter on subjects, first-person interpreting and confidentiality "
            "before Pavel came in.</p>",
        ),
        (
            "thin-account",
            "An account in someone else's words",
            "<p>Without an interpreter Pavel agreed with your questions rather than answering "
            "them: the account is thin and, in court, easy to attack. Saving a few hours cost "
            "the evidence. Book a professional interpreter, and wait for one if you must.</p>",
        ),
        (
            "words-reached-the-owner",
            "Interpreted by the exploiter's family",
            "<p>With the owner's brother-in-law interpreting, Pavel could not speak freely, and "
            "what he said reached the owner the same day. A companion or relative never "
            "interprets, and an interpreter who knows the suspects' family is replaced.</p>",
        ),
    ],
)

INTERPRETER_CASE_SV = case_spec(
    "Den enda tolken",
    "<p>Du är utredare vid polisen. Vid en kontroll av en biltvätt berättade Pavel, 34 år, "
    "för en polis på knagglig engelska att han arbetar fjorton timmar om dagen, sover i "
    "bakrummet och är skyldig ägaren pengar för resan. I morgon förmiddag ska du hålla "
    "målsägandeförhör med honom. Hans språk talas av en liten grupp människor på orten.</p>",
    [
        (
            "arrival",
            "<p>Tolkförmedlingen har en enda tolk i språket. När du ringer för att boka nämner "
            "hon att hon känner biltvättsägarens familj ”från kyrkan”. Samtidigt erbjuder sig "
            "ägarens svåger, som har kört Pavel till polisstationen, att tolka så att ”pojken "
            "slipper vänta”.</p>",
            [
                (
                    "Ta emot svågerns erbjudande: han talar båda språken och Pavel verkar känna "
                    "honom",
                    "words-reached-the-owner",
                    "Pavel svarar med några få ord och tittar på svågern före varje svar. Han "
                    "säger att han mår bra och vill tillbaka till jobbet.",
                    0,
                    "Låt aldrig en medföljare, en släkting eller någon med koppling till de "
                    "misstänkta tolka. Han kan vara den som kontrollerar Pavel, och allt Pavel "
                    "säger når ägaren. Använd en yrkestolk utan band till någon i ärendet, även "
                    "om det innebär att ni får vänta.",
                ),
                (
                    "Tacka svågern och be honom gå; boka en tolk på telefon eller video från en "
                    "annan del av landet, efter att ha frågat om band till de inblandade",
                    "briefing",
                    "Förmedlingen hittar en tolk i en annan stad som säger att hon inte känner "
                    "någon på er ort. Förhöret flyttas till eftermiddagen. Pavel får mat och "
                    "möjlighet att vila.",
                    2,
                    "",
                ),
                (
                    "Håll förhöret direkt på engelska, utan tolk, för att spara tid",
                    "thin-account",
                    "Pavel anstränger sig. Han förstår en del av frågorna och svarar ”ja” på de "
                    "flesta.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "briefing",
            "<p>Distanstolken är uppkopplad. Innan Pavel kommer in har du tio minuter.</p>",
            [
                (
                    "Gå igenom uppdraget med henne: vilka ämnen som kan komma upp, att allt "
                    "tolkas i jagform utan sammanfattningar, tystnadsplikten, och att hon genast "
                    "säger till om hon inser att hon känner någon i ärendet",
                    "safe-interview",
                    "I början presenterar du tolken och förklarar hennes roll och tystnadsplikt "
                    "för Pavel. Mitt i förhöret nämner Pavel en kusin som också arbetar där; "
                    "tolken bekräftar att hon inte känner honom.",
                    2,
                    "",
                ),
                (
                    "Hoppa över genomgången: hon är yrkestolk och vet vad hon ska göra",
                    "safe-interview",
                    "Förhöret går hyggligt, men tolken sammanfattar några långa svar, och "
                    "efteråt kan du inte avgöra vilka ord som var Pavels.",
                    1,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "safe-interview",
            "Ett förhör där Pavel kunde tala",
            "<p>Du väntade på en tolk utan band till någon i ärendet och förberedde henne, så "
            "att Pavels ord nådde dig i sin helhet och inte nådde någon annan. Den bästa vägen "
            "innehöll också en genomgång med tolken av ämnen, tolkning i jagform och "
            "tystnadsplikt innan Pavel kom in.</p>",
        ),
        (
            "thin-account",
            "En berättelse med någon annans ord",
            "<p>Utan tolk höll Pavel med om dina frågor i stället för att besvara dem: "
            "berättelsen blev tunn och är lätt att angripa i rätten. Några sparade timmar "
            "kostade bevisningen. Boka en yrkestolk, och vänta på en om det behövs.</p>",
        ),
        (
            "words-reached-the-owner",
            "Tolkat av gärningsmannens familj",
            "<p>När ägarens svåger tolkade kunde Pavel inte tala fritt, och det han sa nådde "
            "ägaren samma dag. En medföljare eller släkting tolkar aldrig, och en tolk som "
            "känner de misstänktas familj byts ut.</p>",
        ),
    ],
)

INTERPRETERS = [
    (
        "text",
        "<h2>The interpreter is part of the interview</h2><p>A victim who does not speak "
        "Swedish well is interviewed through an interpreter, and in that room the interpreter's "
        "words are the only ones the investigator hears. If the interpreter is frightened, "
        "biased or connected to the people under investigation, the account you record is not "
        "the person's account, and the person may say nothing at all. WHO's recommendations "
        "(2003) ask interviewers to weigh the risks and benefits of every interpreter and "
        "co-worker, and to screen and prepare them. The task-force guide of the US Office for "
        "Victims of Crime puts the rule plainly: never use another victim, a family member or "
        "anyone with a relationship to the victim, and make sure the interpreter has no ties "
        "to the trafficker, in the country or in the home country, or to anyone else in the "
        "case.</p>"
        "<h2>Who must never interpret</h2><ul>"
        "<li>The companion who came with the person — a “boyfriend”, “cousin”, employer or "
        "“aunt” — however helpful he or she seems. It may be the person who controls the "
        "victim.</li>"
        "<li>Another possible victim from the same place or workplace.</li>"
        "<li>A relative, or someone from a small community who knows the family.</li>"
        "<li>Anyone who, when you ask, turns out to know the suspects, the workplace or the "
        "person.</li></ul>"
        "<h2>Finding and preparing the right interpreter</h2><p>HEUNI's policy brief "
        "recommends a professional interpreter, preferably a registered court or legal "
        "interpreter, chosen with the person's dialect in mind, and an interview planned "
        "together with the interpreter. In Sweden, authorised interpreters and court "
        f"interpreters are authorised by Kammarkollegiet {CHECK}. The OVC guide adds: meet the "
        "interpreter before the interview and go through the subjects that may come up, "
        "because questions about violence or sexual exploitation are hard to interpret; agree "
        "that everything is interpreted exactly, with no summaries; agree on confidentiality "
        "and explain it to the person right after introducing the interpreter. Ask the "
        "interpreter directly whether she or he knows the person, the family, the suspects or "
        "the workplace. When the language community is small, an interpreter by telephone or "
        "video from another part of the country may be safer; the OVC guide notes that some "
        "victims prefer exactly that, or an interpreter of a particular gender.</p>"
        "<h2>Watch the room</h2><p>Signs that something is wrong: the person looks at the "
        "interpreter before answering; the interpretation is much shorter or longer than what "
        "was said; the interpreter and the person talk between themselves; the person falls "
        "silent when a name is mentioned. Stop, take a break, and change interpreter if in "
        "doubt. Write down what happened and why you acted: a defence lawyer may ask.</p>"
        "<p>Migration officers meet the same problem in asylum and permit interviews: the "
        "interpreter is booked by the authority, but the person may recognise her or him from "
        "the community. Ask the person, alone, whether she or he is comfortable with the "
        "interpreter, and take the answer seriously.</p>",
    ),
    CONTENT_WARNING,
    ("branching_case", INTERPRETER_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Never let a companion, relative, another victim or anyone linked to the "
                "suspects interpret",
                "Ask every interpreter about ties to the case, and brief them before the interview",
                "When the community is small, an interpreter from elsewhere, by telephone or "
                "video, may be safer; waiting is better than a compromised interview",
            ],
        },
    ),
]

INTERPRETERS_SV = [
    (
        "text",
        "<h2>Tolken är en del av förhöret</h2><p>Ett brottsoffer som inte talar svenska väl "
        "förhörs genom tolk, och i det rummet är tolkens ord de enda förhörsledaren hör. Om "
        "tolken är rädd, partisk eller har kopplingar till dem som utreds är den berättelse "
        "du dokumenterar inte personens egen, och personen kanske inte säger något alls. WHO:s "
        "rekommendationer (2003) uppmanar den som intervjuar att väga risker och fördelar med "
        "varje tolk och medarbetare, och att granska och förbereda dem. Vägledningen från "
        "amerikanska Office for Victims of Crime säger det rakt ut: använd aldrig ett annat "
        "offer, en familjemedlem eller någon som har en relation till offret, och se till att "
        "tolken saknar band till människohandlaren, i landet eller i hemlandet, och till alla "
        "andra i ärendet.</p>"
        "<h2>Vem som aldrig får tolka</h2><ul>"
        "<li>Den som följde med personen — en ”pojkvän”, ”kusin”, arbetsgivare eller ”moster” "
        "— hur hjälpsam hon eller han än verkar. Det kan vara just den som kontrollerar "
        "offret.</li>"
        "<li>Ett annat möjligt offer från samma ort eller arbetsplats.</li>"
        "<li>En släkting, eller någon i en liten grupp som känner familjen.</li>"
        "<li>Den som, när du frågar, visar sig känna de misstänkta, arbetsplatsen eller "
        "personen.</li></ul>"
        "<h2>Att hitta och förbereda rätt tolk</h2><p>HEUNI:s kunskapsöversikt rekommenderar en "
        "yrkestolk, helst en registrerad rätts- eller juridisk tolk, vald med hänsyn till "
        "personens dialekt, och ett förhör som planeras tillsammans med tolken. I Sverige "
        f"auktoriseras tolkar och rättstolkar av Kammarkollegiet {CHECK}. OVC:s vägledning "
        "tillägger: träffa tolken före förhöret och gå igenom vilka ämnen som kan komma upp, "
        "eftersom frågor om våld eller sexuell exploatering är svåra att tolka; kom överens om "
        "att allt tolkas exakt, utan sammanfattningar; kom överens om tystnadsplikten och "
        "förklara den för personen direkt efter att tolken presenterats. Fråga tolken rakt ut "
        "om hon eller han känner personen, familjen, de misstänkta eller arbetsplatsen. När "
        "språkgruppen är liten kan en tolk på telefon eller video från en annan del av landet "
        "vara säkrare; enligt OVC:s vägledning föredrar en del offer just det, eller en tolk av "
        "ett visst kön.</p>"
        "<h2>Håll ögonen på rummet</h2><p>Tecken på att något är fel: personen tittar på "
        "tolken innan hon eller han svarar; tolkningen är mycket kortare eller längre än det "
        "som sades; tolken och personen pratar sinsemellan; personen tystnar när ett namn "
        "nämns. Avbryt, ta en paus och byt tolk om du tvekar. Anteckna vad som hände och varför "
        "du agerade: en försvarare kan fråga.</p>"
        "<p>Migrationshandläggare möter samma problem vid asylutredningar och "
        "tillståndsärenden: myndigheten bokar tolken, men personen kan känna igen tolken från "
        "sin omgivning. Fråga personen enskilt om hon eller han känner sig trygg med tolken, "
        "och ta svaret på allvar.</p>",
    ),
    CONTENT_WARNING_SV,
    ("branching_case", INTERPRETER_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Låt aldrig en medföljare, en släkting, ett annat offer eller någon med "
                "koppling till de misstänkta tolka",
                "Fråga varje tolk om band till ärendet, och gå igenom uppdraget före förhöret",
                "När språkgruppen är liten kan en tolk från annan ort, på telefon eller video, "
                "vara säkrare; att vänta är bättre än ett förhör som inte går att lita på",
            ],
        },
    ),
]

INTERPRETERS_CHECKS = (
    [
        "Interpreters' authorisation in Sweden (authorised interpreters and court interpreters "
        "authorised by Kammarkollegiet): from general knowledge, not from a source read for "
        "this course; confirm the current system and the Police Authority's and the Migration "
        "Agency's rules for booking and replacing interpreters",
    ],
    [
        "Auktorisation av tolkar i Sverige (auktoriserade tolkar och rättstolkar auktoriseras "
        "av Kammarkollegiet): från allmän kunskap, inte från en källa som lästs för kursen; "
        "bekräfta dagens ordning och Polismyndighetens och Migrationsverkets regler för att "
        "boka och byta tolk",
    ],
)
INTERPRETERS_SOURCES = [OVC_INTERPRETERS, HEUNI_INTERVIEWS, WHO_INTERVIEWING, UNODC_MODULE_8]


# Module 2, lesson 2: counsel for the injured party and support persons ------------------------

COUNSEL = [
    (
        "text",
        "<h2>A lawyer of the victim's own</h2><p>In Swedish criminal procedure the person a "
        "crime was committed against, or who was wronged or harmed by it, is the "
        "<em>målsägande</em>, the injured party. The court may appoint a <strong>counsel for "
        "the injured party</strong> (<em>målsägandebiträde</em>). In the words of the Swedish "
        "Prosecution Authority, counsel's task is to look after the injured party's interests, "
        "to support her or him during the preliminary investigation (<em>förundersökning</em>) "
        "and the trial, and where relevant to help claim compensation. Counsel is appointed by "
        "a court for more serious crimes, such as violent and sexual offences, or when there is "
        "a particular need for counsel for another reason. The government inquiry into the law "
        "on counsel for the injured party (SOU 2007:6) stressed that those who need legal help "
        "and support should have it as soon as possible after a preliminary investigation has "
        f"begun. {CHECK}</p>"
        "<h2>Early — ideally before the first interview</h2><p>Sweden's referral manual for "
        "suspected trafficking (<em>Manual vid misstanke om människohandel</em>, MMM) says that "
        "counsel should be appointed as early as possible once a crime has been reported, and "
        "in trafficking cases preferably be present already at the first interview. The police "
        "or the prosecutor asks the court to appoint counsel; the court appoints a suitable "
        "person and may take the victim's own wishes or particular needs into account. Before "
        "the interview the injured party is to be told about the proceedings and her or his "
        "position in them, and about the right to a support person, to interpretation and to "
        "counsel.</p>"
        "<h2>The support person</h2><p>A support person (<em>stödperson</em>) accompanies the "
        "injured party for personal support during interviews and at the trial: often someone "
        "from a support organisation, sometimes someone the person knows. The support person "
        "does not represent the victim legally and is not there to answer for her. The rule "
        "for interpreters applies here too: a support person must have no link to the "
        f"suspects, and the victim chooses freely. {CHECK}</p>"
        "<h2>Why it matters for the evidence</h2><p>A person whom the exploiters have told that "
        "the police are corrupt, that she will be deported, or that she is the criminal has "
        "every reason to stay silent. Counsel who explains her rights, sits beside her in the "
        "interview and stays through the trial is one of the ways trust is built. A Finnish "
        "counsel has described a young woman who was first interviewed as a suspect of a "
        "crime; it soon emerged that she should be treated as an injured party, possibly a "
        "victim of trafficking. The interviews were kept short, counsel visited her between "
        "them, and at each interview she dared to tell a little more; at the trial, behind a "
        "screen, she gave a detailed account. Trust takes time: plan for more than one "
        "interview.</p>"
        "<h2>Seeing the crime behind the crime</h2><p>The person in front of you may have "
        "committed offences — false papers, work without a permit, selling drugs — because she "
        "or he was trafficked. In its plan for 2017 Sweden's civil-society platform against "
        "trafficking set out to work with the police's national operational department (NOA) on "
        "raising knowledge of the non-punishment principle: to see the crime behind the crime. "
        "When an "
        "interview with a suspect reveals signs of trafficking, stop, inform the prosecutor who "
        "leads the investigation, and make sure the person's rights as a possible injured "
        f"party, counsel included, are looked after. {CHECK}</p>"
        "<p>Cooperation between authorities was one of the three themes of Sweden's EQUAL "
        "partnership against trafficking (2005–2008), in which the Prosecution Authority, the "
        "police and the Migration Agency took part: an interview is one step in a chain, and "
        "counsel, support person, social services and support organisations each hold a link "
        "of it.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Before the first interview with an injured party",
            "intro": "What the person should have been told, in a language she or he "
            "understands — and what you should have arranged.",
            "groups": [
                {
                    "heading": "Told",
                    "indicators": [
                        "How the proceedings work and the person's position in them",
                        "The right to counsel, to a support person and to interpretation",
                        "That she or he is not the one accused, and may ask for breaks",
                    ],
                },
                {
                    "heading": "Arranged",
                    "indicators": [
                        "The prosecutor has asked the court to appoint counsel",
                        "Counsel can attend the first interview, or the interview waits",
                        "Any support person chosen by the person, and checked for links to the "
                        "suspects",
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
                "Counsel for the injured party looks after the victim's interests through the "
                "investigation and trial; in trafficking cases ask for counsel early",
                "Tell the person about the proceedings and the right to counsel, a support "
                "person and interpretation before the interview",
                "Trust grows over several short interviews; a suspect may turn out to be a "
                "victim — see the crime behind the crime",
            ],
        },
    ),
]

COUNSEL_SV = [
    (
        "text",
        "<h2>Ett eget juridiskt ombud</h2><p>I svensk straffprocess kallas den som ett brott "
        "har begåtts mot, eller som har blivit förnärmad eller lidit skada av det, för "
        "<em>målsägande</em>. Domstolen kan förordna ett <strong>målsägandebiträde</strong>. "
        "Med Åklagarmyndighetens ord är biträdets uppgift att ta tillvara målsägandens "
        "intressen, vara till stöd under förundersökning och rättegång och i förekommande fall "
        "hjälpa till att begära skadestånd. Målsägandebiträde utses av domstol vid grövre "
        "brott, till exempel vålds- och sexualbrott, eller när det av någon annan anledning "
        "finns ett särskilt behov av biträde. Utredningen om lagen om målsägandebiträde "
        "(SOU 2007:6) betonade att den som behöver juridisk hjälp och stöd ska få det så snart "
        f"som möjligt efter att en förundersökning inletts. {CHECK}</p>"
        "<h2>Tidigt — helst före det första förhöret</h2><p>Manual vid misstanke om "
        "människohandel (MMM) anger att ett målsägandebiträde bör förordnas så tidigt som "
        "möjligt när en polisanmälan har upprättats, och i människohandelsärenden helst närvara "
        "redan vid det första förhöret. Polis eller åklagare begär att domstolen förordnar ett "
        "biträde; domstolen utser en lämplig person och kan ta hänsyn till brottsoffrets egna "
        "önskemål eller särskilda behov. Före förhöret ska målsäganden få veta hur det "
        "rättsliga förfarandet går till och vilken ställning en målsägande har i det, och "
        "informeras om sin rätt till stödperson, tolkning och målsägandebiträde.</p>"
        "<h2>Stödpersonen</h2><p>En <em>stödperson</em> följer med målsäganden som personligt "
        "stöd vid förhör och under rättegången: ofta någon från en stödorganisation, ibland "
        "någon som personen känner. Stödpersonen företräder inte offret juridiskt och är inte "
        "där för att svara i hennes ställe. Samma regel som för tolkar gäller: en stödperson "
        "får inte ha någon koppling till de misstänkta, och offret väljer själv. "
        f"{CHECK}</p>"
        "<h2>Varför det spelar roll för bevisningen</h2><p>Den som gärningspersonerna har sagt "
        "till att polisen är korrumperad, att hon kommer att utvisas eller att det är hon som "
        "är brottslingen har alla skäl att tiga. Ett biträde som förklarar hennes rättigheter, "
        "sitter bredvid henne i förhöret och finns kvar genom rättegången är ett av sätten att "
        "bygga förtroende. Ett finländskt biträde har beskrivit en ung kvinna som först "
        "förhördes som misstänkt för brott; det visade sig snart att hon borde ses som "
        "målsägande, möjligen utsatt för människohandel. Förhören hölls korta, biträdet "
        "besökte henne mellan förhören, och vid varje tillfälle vågade hon berätta lite mer; "
        "vid huvudförhandlingen berättade hon, bakom en skärm, utförligt om det hon varit med "
        "om. Förtroende tar tid: planera för mer än ett förhör.</p>"
        "<h2>Att se brottet bakom brottet</h2><p>Den du har framför dig kan ha begått brott — "
        "falska handlingar, arbete utan tillstånd, narkotikaförsäljning — just för att hon "
        "eller han har utsatts för människohandel. I sin verksamhetsplan för 2017 ville "
        "Plattformen Civila Sverige mot människohandel samarbeta med polisens nationella "
        "operativa avdelning (Noa) för att öka kunskapen om principen om icke-bestraffning: att "
        "se brottet bakom brottet. När ett förhör med en misstänkt visar tecken på "
        "människohandel ska du "
        "avbryta, underrätta förundersökningsledaren och se till att personens rättigheter som "
        f"möjlig målsägande tillgodoses, målsägandebiträde inräknat. {CHECK}</p>"
        "<p>Samverkan mellan myndigheter var ett av tre temaområden i det svenska "
        "EQUAL-partnerskapet mot människohandel (2005–2008), där Åklagarmyndigheten, polisen och "
        "Migrationsverket deltog: förhöret är ett led i en kedja, och målsägandebiträde, "
        "stödperson, socialtjänst och stödorganisationer håller var sin länk.</p>",
    ),
    (
        "indicator_checklist",
        {
            "title": "Före det första förhöret med en målsägande",
            "intro": "Det personen ska ha fått veta, på ett språk hon eller han förstår — och "
            "det du ska ha ordnat.",
            "groups": [
                {
                    "heading": "Informerat",
                    "indicators": [
                        "Hur förfarandet går till och vilken ställning personen har i det",
                        "Rätten till målsägandebiträde, stödperson och tolk",
                        "Att hon eller han inte är den som anklagas, och får be om pauser",
                    ],
                },
                {
                    "heading": "Ordnat",
                    "indicators": [
                        "Åklagaren har begärt att domstolen förordnar ett målsägandebiträde",
                        "Biträdet kan närvara vid det första förhöret, annars får förhöret vänta",
                        "En eventuell stödperson är vald av personen och kontrollerad för "
                        "kopplingar till de misstänkta",
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
                "Målsägandebiträdet tar tillvara offrets intressen under förundersökning och "
                "rättegång; begär ett biträde tidigt i människohandelsärenden",
                "Informera före förhöret om förfarandet och om rätten till målsägandebiträde, "
                "stödperson och tolk",
                "Förtroende växer under flera korta förhör; en misstänkt kan visa sig vara ett "
                "offer — se brottet bakom brottet",
            ],
        },
    ),
]

COUNSEL_CHECKS = (
    [
        "The legal basis of counsel for the injured party (the Act on Counsel for the Injured "
        "Party, lag (1988:609) om målsägandebiträde, named in SOU 2007:6) and whether it applies "
        "to every trafficking offence: the course states only what the Prosecution Authority "
        "and the MMM say; confirm the current provisions",
        "Support persons (stödperson): their role at interviews during the preliminary "
        "investigation and at trial, and the rule that a support person may not be linked to "
        "the suspects, are stated from general knowledge; confirm against rättegångsbalken and "
        "förundersökningskungörelsen",
        "The step when a suspect interview reveals signs of trafficking (stop, inform the "
        "leader of the preliminary investigation, secure the rights of an injured party): "
        "confirm against the Police Authority's and the Prosecution Authority's routines",
    ],
    [
        "Den rättsliga grunden för målsägandebiträde (lagen (1988:609) om målsägandebiträde, "
        "som SOU 2007:6 nämner) och om den gäller alla människohandelsbrott: kursen återger "
        "bara det Åklagarmyndigheten och MMM säger; bekräfta dagens bestämmelser",
        "Stödperson: rollen vid förhör under förundersökningen och vid rättegång, och regeln "
        "att en stödperson inte får ha koppling till de misstänkta, bygger på allmän kunskap; "
        "bekräfta mot rättegångsbalken och förundersökningskungörelsen",
        "Steget när ett förhör med en misstänkt visar tecken på människohandel (avbryt, "
        "underrätta förundersökningsledaren, tillgodose målsägandens rättigheter): bekräfta "
        "mot Polismyndighetens och Åklagarmyndighetens rutiner",
    ],
)
COUNSEL_SOURCES = [
    PROSECUTION_AUTHORITY_COUNSEL,
    MMM_INITIAL_SUPPORT,
    MMM_CRIMINAL_PROCEEDINGS,
    SOU_2007_6,
    FINNISH_COUNSEL,
    SEED_PLATFORM,
    SEED_EQUAL,
]


# Module 3: children ----------------------------------------------------------------------------

CHILDREN = [
    (
        "text",
        "<h2>A child is a child first</h2><p>When the person you are to interview is under "
        "18, two things change. First, the law: under the Palermo Protocol, recruiting, "
        "transporting or receiving a child for exploitation is trafficking even if no threat, "
        "deception or other improper means was used; the Swedish Penal Code follows the same "
        f"rule {CHECK}. A child's “consent”, or the absence of visible force, tells you nothing "
        "about whether it is trafficking. Second, the order of things: protection comes before "
        "the investigation. The social services (<em>socialtjänsten</em>) must be told at once "
        f"{CHECK} and are responsible for assessing the child's need of protection and support; "
        "the "
        "interview is planned with them.</p>"
        "<p>Sweden's civil-society platform against trafficking named unaccompanied children, "
        "especially those whose asylum applications have been refused, among the groups most "
        "exposed. A child may also be both a suspect and a victim — the 17-year-old found "
        "guarding a cannabis grow, the teenager caught stealing for an adult. “Suspect or "
        "victim” is a false choice: interview the child in a way that respects both "
        "possibilities, and look for the crime behind the crime.</p>"
        f"<h2>Barnahus {CHECK}</h2><p>Across Sweden, <em>Barnahus</em> (“children's houses”) "
        "bring the police, the prosecutor, the social services and health care together "
        "under one roof when a child is suspected of having been subjected to violence or sexual "
        "abuse, so that "
        "the child does not have to be passed from one authority to the next and tell the "
        "story again and again. Södertälje Municipality describes how the first Barnahus "
        "started in 2005 on the government's initiative, and that Swedish Barnahus also take "
        "children who are suspected of having experienced or witnessed violence in close "
        "relationships. The routine that Barnahus Linköping describes is typical:</p><ul>"
        "<li>a <strong>consultation</strong> (<em>samråd</em>) where police, prosecutor, social "
        "services and health care plan together before anything else happens;</li>"
        "<li>the <strong>interview</strong> in a child-friendly room, conducted by police "
        "interviewers specially trained to interview children, while the social worker, the "
        "prosecutor and the child's special representative (<em>särskild företrädare</em>) "
        "follow it on a screen in another room, so that the child tells it once;</li>"
        "<li>the interview <strong>recorded</strong>, to be used as evidence at a trial;</li>"
        "<li>a medical examination on site when needed, and the social services' continuing "
        "assessment of whether the child needs immediate protection.</li></ul>"
        "<p>The prosecutor makes the decisions in the preliminary investigation, including "
        "whether a child is to be interviewed and whether without the parents (Barnahus "
        "Älvsborg). When a guardian is suspected, a court can appoint a special representative "
        "to act for the child instead (Barnahus Jämtland). Not every child is interviewed at "
        "Barnahus: in Södertälje, for example, children up to 15 come to Barnahus, while "
        "those aged 15 to 18 are usually interviewed at the police station. Whether and how "
        "Barnahus take children who may have been trafficked differs between places: ask.</p>"
        "<h2>What EU law asks</h2><p>Directive 2011/36/EU asks member states to make sure "
        "that interviews with a child victim are carried out, where necessary, by or through "
        "professionals trained for the purpose; by the same persons where possible; only "
        "where strictly necessary and as few as possible; that the child may be accompanied "
        "by a representative or an adult of her or his choice unless a reasoned decision "
        "excludes that person; and that interviews may be video-recorded and used as evidence. "
        "In court the child may be heard without being present in the courtroom.</p>"
        "<h2>For migration officers</h2><p>An asylum interview is not a criminal "
        "interview. If a child tells you about exploitation, do not investigate it yourself: "
        "listen, note the child's own words, and make sure the police and the social services "
        f"are told the same day, following your agency's routine {CHECK}. The adult who came "
        "with the child — an “uncle”, an “aunt” — may be the one who controls her or him; "
        "talk to the child without that adult, and never let that adult interpret.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Under 18, no improper means is needed: the child's consent changes nothing",
                "Protection first: tell the social services at once and plan the interview "
                "with them and the prosecutor",
                "As few interviews as possible, by trained interviewers, recorded so that the "
                "child tells it once",
            ],
        },
    ),
]

CHILDREN_SV = [
    (
        "text",
        "<h2>Ett barn är först och främst ett barn</h2><p>När den du ska höra är under 18 år "
        "ändras två saker. Den första är juridiken: enligt Palermoprotokollet är det "
        "människohandel att rekrytera, transportera eller ta emot ett barn för att exploatera "
        "det, även om inget hot, vilseledande eller annat otillbörligt medel har använts; "
        f"brottsbalken följer samma regel {CHECK}. Ett barns ”samtycke”, eller att inget tvång "
        "syns, säger ingenting om huruvida det är människohandel. Den andra är ordningen: "
        f"skyddet kommer före utredningen. Socialtjänsten ska underrättas genast {CHECK} och "
        "ansvarar "
        "för att bedöma barnets behov av skydd och stöd; förhöret planeras tillsammans med "
        "socialtjänsten.</p>"
        "<p>Plattformen Civila Sverige mot människohandel räknade ensamkommande barn, särskilt "
        "de som fått avslag på sin asylansökan, till de mest utsatta grupperna. Ett barn kan "
        "också vara både misstänkt och offer — 17-åringen som påträffas när han vaktar en "
        "cannabisodling, tonåringen som grips för stölder åt en vuxen. ”Misstänkt eller offer” "
        "är ett falskt val: håll förhöret så att båda möjligheterna respekteras, och leta efter "
        "brottet bakom brottet.</p>"
        f"<h2>Barnahus {CHECK}</h2><p>På många håll i Sverige samlar <em>Barnahus</em> polis, "
        "åklagare, socialtjänst och hälso- och sjukvård under samma tak när ett barn "
        "misstänks ha utsatts för våld eller sexuella övergrepp, så att barnet slipper slussas "
        "runt mellan myndigheter och berätta "
        "samma sak gång på gång. Södertälje kommun beskriver hur de första Barnahusen startade "
        "2005 på regeringens initiativ, och att svenska Barnahus också tar emot barn som "
        "misstänks ha utsatts för eller bevittnat våld i nära relationer. Den rutin som "
        "Barnahus Linköping beskriver är typisk:</p><ul>"
        "<li>ett <strong>samråd</strong> där polis, åklagare, socialtjänst och hälso- och "
        "sjukvård planerar tillsammans innan något annat händer;</li>"
        "<li><strong>förhöret</strong> i en barnanpassad miljö, lett av barnutredare hos "
        "polisen med särskild kompetens att förhöra barn, medan socialsekreteraren, åklagaren "
        "och barnets särskilda företrädare följer det via en skärm i ett medhörningsrum, så att "
        "barnet bara behöver berätta en gång;</li>"
        "<li>förhöret <strong>spelas in</strong> för att kunna användas som bevis vid en "
        "rättegång;</li>"
        "<li>läkarundersökning på plats vid behov, och socialtjänstens fortlöpande bedömning "
        "av om barnet behöver omedelbart skydd.</li></ul>"
        "<p>Åklagaren fattar besluten i förundersökningen, bland annat om barnet ska höras och "
        "om det ska ske utan föräldrarna (Barnahus Älvsborg). När en vårdnadshavare är "
        "misstänkt kan tingsrätten förordna en särskild företrädare som tar tillvara barnets "
        "bästa i vårdnadshavarens ställe (Barnahus Jämtland). Alla barn hörs inte på Barnahus: i "
        "Södertälje tas till exempel barn upp till 15 år emot på Barnahus, medan de mellan 15 "
        "och 18 år oftast hörs på polishuset. Om och hur Barnahus tar emot barn som kan vara "
        "utsatta för människohandel skiljer sig mellan orterna: fråga.</p>"
        "<h2>Vad EU-rätten kräver</h2><p>Direktiv 2011/36/EU ålägger medlemsstaterna att se "
        "till att förhör med barn som är brottsoffer vid behov hålls av eller genom personal "
        "som utbildats för det; av samma personer när det går; bara när det är absolut "
        "nödvändigt och så få gånger som möjligt; att barnet får åtföljas av en företrädare "
        "eller en vuxen som barnet själv väljer, om inte ett motiverat beslut utesluter den "
        "personen; och att förhören får spelas in på video och användas som bevis. I rätten "
        "kan barnet höras utan att vara närvarande i rättssalen.</p>"
        "<h2>För migrationshandläggare</h2><p>En asylutredning är inget förhör i en "
        "brottsutredning. Om ett barn berättar om exploatering ska du inte utreda det själv: "
        "lyssna, anteckna barnets egna ord och se till att polisen och socialtjänsten får veta "
        f"det samma dag, enligt myndighetens rutin {CHECK}. Den vuxna som kom med barnet — en "
        "”farbror”, en ”moster” — kan vara den som kontrollerar barnet; tala med barnet utan "
        "den vuxna, och låt aldrig den vuxna tolka.</p>",
    ),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Under 18 år krävs inget otillbörligt medel: barnets samtycke ändrar ingenting",
                "Skyddet först: underrätta socialtjänsten genast och planera förhöret med den "
                "och åklagaren",
                "Så få förhör som möjligt, av utbildade förhörsledare, inspelade så att barnet "
                "bara behöver berätta en gång",
            ],
        },
    ),
]

CHILDREN_CHECKS = (
    [
        "The child rule in the Swedish Penal Code (chapter 4, section 1a: no improper means "
        "required when the victim is under 18), as the curriculum brief states it",
        "Barnahus: described from the pages of individual Barnahus (Linköping, Älvsborg, "
        "Jämtland, Södertälje); whether children who may be trafficked are interviewed at "
        "Barnahus, age limits and the national criteria must be confirmed with the Police "
        "Authority and the Prosecution Authority",
        "The article number (15) of Directive 2011/36/EU's provisions on interviews with child "
        "victims: the text was read in a copy without its heading",
        "The Migration Agency's routine when a child discloses exploitation (report to the "
        "police and to the social services the same day), and the police's and the agency's "
        "duty to tell the social services at once: confirm the routines and the duty to report "
        "(socialtjänstlagen)",
    ],
    [
        "Regeln om barn i brottsbalken (4 kap. 1 a §: inget otillbörligt medel krävs när "
        "offret är under 18 år), så som kursplanen anger den",
        "Barnahus: beskrivet utifrån enskilda Barnahus webbsidor (Linköping, Älvsborg, "
        "Jämtland, Södertälje); om barn som kan vara utsatta för människohandel hörs på "
        "Barnahus, åldersgränser och de nationella kriterierna ska bekräftas med "
        "Polismyndigheten och Åklagarmyndigheten",
        "Artikelnumret (15) för bestämmelserna om förhör med barn i direktiv 2011/36/EU: "
        "texten lästes i en kopia utan rubrik",
        "Migrationsverkets rutin när ett barn berättar om exploatering (underrätta polisen och "
        "socialtjänsten samma dag), och polisens och myndighetens skyldighet att genast "
        "underrätta socialtjänsten: bekräfta rutinerna och anmälningsskyldigheten "
        "(socialtjänstlagen)",
    ],
)
BARNAHUS_JAMTLAND = source(
    "Information for professionals accompanying a child to Barnahus (trygghetsperson)",
    "Barnahus Jämtlands län, web page",
    "read December 2026",
    "https://barnahusjamtlandslan.se/rutiner-riktlinjer/trygghetsperson/",
    title_sv="Information till dig som i din yrkesroll ska följa med ett barn till Barnahus "
    "(trygghetsperson)",
    publisher_sv="Barnahus Jämtlands län, webbsida",
    year_sv="läst december 2026",
    link_text="barnahusjamtlandslan.se",
)
CHILDREN_SOURCES = [
    PALERMO,
    CHILD_INTERVIEWS_DIRECTIVE,
    BARNAHUS_LINKOPING,
    BARNAHUS_ALVSBORG,
    BARNAHUS_JAMTLAND,
    BARNAHUS_SODERTALJE,
    SEED_PLATFORM,
]


# Module 4: trauma, memory and credibility ------------------------------------------------------

CHANGED_STATEMENT_CASE = case_spec(
    "A statement that changes",
    "<p>You are the police investigator in a trafficking case. Elena, 24, was interviewed "
    "twice in the spring, with an interpreter from her home town. She said she came to Sweden "
    "by bus to work in a restaurant, and that the suspect “only” took her wages. The "
    "prosecutor has now received a letter from Elena's counsel: Elena wants to add that she "
    "flew, that her passport was taken at the airport, and that she was first sold to a flat "
    "where she was forced to sell sex. The main hearing is in three weeks.</p>",
    [
        (
            "the-letter",
            "<p>The prosecutor asks you to deal with it. A colleague says: “She has changed her "
            "story. The defence will tear her apart.”</p>",
            [
                (
                    "Call Elena in and tell her that lying to the police is a crime, and that "
                    "she will be charged unless she sticks to her first statement",
                    "pressed",
                    "Elena cries, says she is sorry and that the first statement was true. "
                    "She withdraws the letter. Counsel complains to the prosecutor.",
                    0,
                    "Never threaten or press a victim-witness into an account. A change in a "
                    "traumatised person's statement is a question to explore, with open "
                    "questions and her counsel present, not a lie to punish: pressure produces "
                    "the account you want, not what happened.",
                ),
                (
                    "Hold a supplementary interview with counsel present and a new "
                    "interpreter with no ties to her town; let her give her account freely and "
                    "ask, without accusing, what made her tell it differently",
                    "why-it-changed",
                    "Elena gives a long, hesitant account. She says the first interpreter "
                    "knew her uncle, and that the woman who met her at the airport had told her "
                    "what to say if the police ever asked.",
                    2,
                    "",
                ),
                (
                    "Write in your report that Elena is not credible and recommend that the "
                    "new information is not pursued",
                    "dismissed",
                    "The prosecutor reads your note. The new information about the flat is "
                    "never investigated.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "why-it-changed",
            "<p>Elena's new account names a flat, a date around a holiday, and a phone number "
            "she had to call every evening. The trial is close.</p>",
            [
                (
                    "Look for evidence beyond her testimony: flight bookings, the phone "
                    "number's records, the flat's tenancy, money transfers, other witnesses",
                    "corroborated",
                    "The airline confirms a booking in her name paid by a third person; the "
                    "phone number belongs to a man already known in the investigation.",
                    2,
                    "",
                ),
                (
                    "Send the interview record to the prosecutor and leave it there: her word "
                    "will have to do",
                    "her-word-alone",
                    "The prosecutor has Elena's new account but nothing to support it. The "
                    "defence will make the change the centre of the trial.",
                    1,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "corroborated",
            "An account explained and supported",
            "<p>You treated the change as a question, not a lie: Elena explained it with "
            "counsel beside her and an interpreter she could trust, and the recorded interview "
            "shows how. Evidence beyond her testimony now carries part of the weight, so the "
            "case does not rest on her memory alone.</p>",
        ),
        (
            "her-word-alone",
            "Explained, but alone",
            "<p>The supplementary interview explained why the statement changed, which is a "
            "great deal. But the case still rests on Elena's word; evidence beyond testimony — "
            "travel, phones, money, places — would have lifted that weight from her.</p>",
        ),
        (
            "dismissed",
            "Judged instead of investigated",
            "<p>Inconsistency in a traumatised witness's account is common and may even show "
            "that she has not been coached. Credibility is for the court to assess on all the "
            "evidence; the investigator's task was to find out why the account changed.</p>",
        ),
        (
            "pressed",
            "An account pressed out of her",
            "<p>Threatened with a charge, Elena gave back the account you asked for. The new "
            "information was lost, she lost her trust in the police, and a court that learns how "
            "the statement was obtained may trust none of it.</p>",
        ),
    ],
)

CHANGED_STATEMENT_CASE_SV = case_spec(
    "En berättelse som ändras",
    "<p>Du är utredare vid polisen i ett människohandelsärende. Elena, 24 år, förhördes två "
    "gånger i våras, med en tolk från hennes hemstad. Hon berättade att hon kom till Sverige "
    "med buss för att arbeta på en restaurang och att den misstänkte ”bara” tog hennes lön. "
    "Nu har åklagaren fått ett brev från Elenas målsägandebiträde: Elena vill tillägga att hon "
    "flög hit, att hennes pass togs ifrån henne på flygplatsen och att hon först såldes till "
    "en lägenhet där hon tvingades sälja sex. Huvudförhandlingen är om tre veckor.</p>",
    [
        (
            "the-letter",
            "<p>Åklagaren ber dig ta hand om saken. En kollega säger: ”Hon har ändrat sin "
            "berättelse. Försvaret kommer att slita henne i stycken.”</p>",
            [
                (
                    "Kalla in Elena och säg att det är brottsligt att ljuga för polisen och att "
                    "hon kommer att åtalas om hon inte håller fast vid sin första berättelse",
                    "pressed",
                    "Elena gråter, ber om ursäkt och säger att den första berättelsen var sann. "
                    "Hon tar tillbaka brevet. Biträdet klagar hos åklagaren.",
                    0,
                    "Hota eller pressa aldrig ett brottsoffer till en berättelse. När en "
                    "traumatiserad person ändrar sin berättelse är det en fråga att utforska, "
                    "med öppna frågor och med biträdet närvarande, inte en lögn att straffa: "
                    "press ger den berättelse du vill ha, inte det som hände.",
                ),
                (
                    "Håll ett kompletterande förhör med biträdet närvarande och en ny tolk utan "
                    "band till hennes hemstad; låt henne berätta fritt och fråga, utan att "
                    "anklaga, vad som gjorde att hon berättade annorlunda",
                    "why-it-changed",
                    "Elena lämnar en lång och tveksam berättelse. Hon säger att den första "
                    "tolken kände hennes farbror, och att kvinnan som mötte henne på "
                    "flygplatsen hade sagt åt henne vad hon skulle säga om polisen frågade.",
                    2,
                    "",
                ),
                (
                    "Skriv i din promemoria att Elena inte är trovärdig och föreslå att de nya "
                    "uppgifterna inte utreds",
                    "dismissed",
                    "Åklagaren läser din anteckning. De nya uppgifterna om lägenheten utreds "
                    "aldrig.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "why-it-changed",
            "<p>Elenas nya berättelse pekar ut en lägenhet, ett datum kring en helg och ett "
            "telefonnummer som hon måste ringa varje kväll. Rättegången närmar sig.</p>",
            [
                (
                    "Sök bevisning utöver hennes utsaga: flygbokningar, uppgifter om "
                    "telefonnumret, hyreskontraktet för lägenheten, penningöverföringar, andra "
                    "vittnen",
                    "corroborated",
                    "Flygbolaget bekräftar en bokning i hennes namn som betalats av någon "
                    "annan; telefonnumret tillhör en man som redan förekommer i utredningen.",
                    2,
                    "",
                ),
                (
                    "Skicka förhörsprotokollet till åklagaren och låt det stanna där: hennes "
                    "ord får räcka",
                    "her-word-alone",
                    "Åklagaren har Elenas nya berättelse men inget som stöder den. Försvaret "
                    "kommer att göra ändringen till rättegångens huvudfråga.",
                    1,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "corroborated",
            "En berättelse som förklarats och fått stöd",
            "<p>Du behandlade ändringen som en fråga, inte som en lögn: Elena förklarade den "
            "med biträdet vid sin sida och en tolk hon kunde lita på, och det inspelade förhöret "
            "visar hur. Bevisning utöver hennes utsaga bär nu en del av tyngden, så att målet "
            "inte vilar på hennes minne ensamt.</p>",
        ),
        (
            "her-word-alone",
            "Förklarat, men ensamt",
            "<p>Det kompletterande förhöret förklarade varför berättelsen ändrades, och det är "
            "mycket. Men målet vilar fortfarande på Elenas ord; bevisning utöver utsagan — "
            "resor, telefoner, pengar, platser — hade kunnat lyfta den bördan från henne.</p>",
        ),
        (
            "dismissed",
            "Bedömd i stället för utredd",
            "<p>Motsägelser i ett traumatiserat vittnes berättelse är vanliga och kan till och "
            "med visa att hon inte blivit instruerad. Trovärdigheten bedöms av domstolen mot "
            "all bevisning; utredarens uppgift var att ta reda på varför berättelsen "
            "ändrades.</p>",
        ),
        (
            "pressed",
            "En berättelse som pressats fram",
            "<p>Hotad med åtal gav Elena tillbaka den berättelse du bad om. De nya uppgifterna "
            "gick förlorade, hon förlorade förtroendet för polisen, och en domstol som får veta "
            "hur berättelsen kom till kanske inte litar på någon del av den.</p>",
        ),
    ],
)

TRAUMA = [
    (
        "text",
        "<h2>Why accounts are fragmented</h2><p>People who have been trafficked have often "
        "lived for months or years with fear, violence, exhaustion and control. The task-force "
        "guide of the US Office for Victims of Crime tells interviewers not to be surprised if "
        "a victim denies being a victim; is afraid of what will happen, and of the "
        "interviewer; is distracted, angry or reluctant; fears for safety and privacy, "
        "particularly if others are present; or has unmet medical needs, hunger or lack of "
        "sleep. Around 2011 the Baltic Sea states' task force noted more refined methods of "
        "control and victims who refuse help. None of this is a sign of lying. It is what "
        "exploitation does to people, and the interview has to work with it.</p>"
        "<p>So: short sessions with breaks, more than one interview when needed, the same "
        "interviewer where possible, and a free account before any specific question. Trust "
        "may take several interviews to build, as the Finnish counsel's account in lesson 3 "
        "shows; a first interview that yields little is not the end of the story.</p>"
        "<h2>Inconsistency is not the same as lying</h2><p>UNODC's Case Digest on evidential "
        "issues in trafficking cases (2017), which analysed 135 cases from 31 jurisdictions, "
        "warns that patterns which at first look like weaknesses in a case may be strengths. "
        "That a victim did not flee when she could may show how strong the control was. "
        "Inconsistencies in her testimony may show that she has not been coached and is making "
        "a genuine statement. A threat that sounds too fantastic to believe may be a very real "
        "menace in her cultural context. The Digest's lesson is to weigh any one piece of "
        "evidence against the totality of the circumstances.</p>"
        "<p>One trial court quoted in the Digest found that a young complainant's testimony "
        "contained omissions, lapses of memory, some exaggerations and contradictions, and "
        "still believed her: it would be illusory, the court said, to expect someone who had "
        "lived through months of physical, emotional and sexual abuse to recount it all in "
        "detail and in chronological order, and it would be worrying if she could.</p>"
        "<h2>What the investigator does with a change</h2><ul>"
        "<li><strong>Record</strong> every interview, so that anyone can see later which "
        "question produced which answer, and who was in the room.</li>"
        "<li><strong>Clarify without accusing</strong>: “Earlier you said you came by bus; "
        "today you say you flew. Help me understand.” Then listen. Fear of an interpreter, of "
        "the exploiters or of deportation often explains it.</li>"
        "<li><strong>Never press.</strong> Threats, leading questions and “just say yes and we "
        "can finish” produce the account you expect, not what happened, and a court that "
        "learns how it was obtained may believe none of it.</li>"
        "<li><strong>Look beyond testimony.</strong> Travel bookings, phone records, money "
        "transfers, tenancies, workplaces and other witnesses each carry part of the weight. "
        "The more the case rests on such evidence, the less it rests on the victim's memory "
        "and the less she has to bear in court.</li>"
        "<li><strong>Leave credibility to the court.</strong> Your report describes what was "
        f"said, how and when; the court weighs the evidence as a whole {CHECK}.</li></ul>",
    ),
    CONTENT_WARNING,
    ("branching_case", CHANGED_STATEMENT_CASE),
    (
        "key_takeaways",
        {
            "heading": "Key takeaways",
            "points": [
                "Fragmented, changing accounts are common after trauma and do not by themselves "
                "show lying",
                "Clarify a change with open, non-accusing questions; never press or threaten",
                "Evidence beyond testimony lifts the weight from the victim; credibility is for "
                "the court",
            ],
        },
    ),
]

TRAUMA_SV = [
    (
        "text",
        "<h2>Varför berättelser blir fragmentariska</h2><p>Människor som utsatts för "
        "människohandel har ofta levt i månader eller år med rädsla, våld, utmattning och "
        "kontroll. Vägledningen från amerikanska Office for Victims of Crime uppmanar "
        "förhörsledare att inte bli förvånade om ett offer förnekar att hon eller han är ett "
        "offer; är rädd för vad som ska hända, och för förhörsledaren; är okoncentrerad, arg "
        "eller ovillig; oroar sig för sin säkerhet och integritet, särskilt om andra är "
        "närvarande; eller har obehandlade medicinska behov, är hungrig eller har sovit för "
        "lite. Omkring 2011 beskrev Östersjöstaternas aktionsgrupp alltmer förfinade "
        "kontrollmetoder och offer som tackar nej till hjälp. Inget av detta är tecken på "
        "lögn. Det är vad exploatering gör med människor, och förhöret måste utgå från "
        "det.</p>"
        "<p>Alltså: korta pass med pauser, fler förhör vid behov, samma förhörsledare när det "
        "går, och en fri berättelse före varje specifik fråga. Förtroende kan behöva flera "
        "förhör för att växa, som det finländska biträdets berättelse i lektion 3 visar; ett "
        "första förhör som ger lite är inte slutet på historien.</p>"
        "<h2>Motsägelser är inte detsamma som lögn</h2><p>UNODC:s sammanställning av "
        "bevisfrågor i människohandelsmål (Case Digest, 2017), som analyserade 135 mål från 31 "
        "jurisdiktioner, varnar för att mönster som först ser ut som svagheter kan vara "
        "styrkor. Att ett offer inte flydde när hon kunde kan visa hur stark kontrollen var. "
        "Motsägelser i hennes berättelse kan visa att hon inte har blivit instruerad utan "
        "berättar på egen hand. Ett hot som låter för fantastiskt för att vara sant kan vara "
        "mycket verkligt i hennes kulturella sammanhang. Sammanställningens lärdom är att varje "
        "enskild uppgift ska vägas mot omständigheterna i sin helhet.</p>"
        "<p>En domstol som citeras i sammanställningen konstaterade att en ung målsägandes "
        "berättelse innehöll luckor, minnesluckor, vissa överdrifter och motsägelser, och "
        "trodde ändå på henne: det vore orealistiskt, skrev domstolen, att vänta sig att den "
        "som levt i månader med fysiska, känslomässiga och sexuella övergrepp skulle kunna "
        "återge allt i detalj och i kronologisk ordning, och det vore oroande om hon "
        "kunde.</p>"
        "<h2>Vad utredaren gör när berättelsen ändras</h2><ul>"
        "<li><strong>Spela in</strong> varje förhör, så att vem som helst i efterhand kan se "
        "vilken fråga som gav vilket svar, och vilka som var i rummet.</li>"
        "<li><strong>Förtydliga utan att anklaga</strong>: ”Tidigare sa du att du kom med buss; "
        "i dag säger du att du flög. Hjälp mig att förstå.” Lyssna sedan. Rädsla för en tolk, "
        "för gärningspersonerna eller för utvisning förklarar det ofta.</li>"
        "<li><strong>Pressa aldrig.</strong> Hot, ledande frågor och ”säg bara ja så kan vi "
        "sluta” ger den berättelse du väntar dig, inte det som hände, och en domstol som får "
        "veta hur den kom till kanske inte tror på något av den.</li>"
        "<li><strong>Se bortom utsagan.</strong> Resebokningar, teleuppgifter, "
        "penningöverföringar, hyreskontrakt, arbetsplatser och andra vittnen bär var sin del av "
        "tyngden. Ju mer målet vilar på sådan bevisning, desto mindre vilar det på offrets "
        "minne och desto mindre behöver hon bära i rätten.</li>"
        "<li><strong>Lämna trovärdighetsbedömningen åt domstolen.</strong> Din promemoria "
        "beskriver vad som sades, hur och när; domstolen prövar bevisningen i sin helhet "
        f"{CHECK}.</li></ul>",
    ),
    CONTENT_WARNING_SV,
    ("branching_case", CHANGED_STATEMENT_CASE_SV),
    (
        "key_takeaways",
        {
            "heading": "Att ta med sig",
            "points": [
                "Fragmentariska berättelser som ändras är vanliga efter trauma och visar inte i "
                "sig att någon ljuger",
                "Förtydliga en ändring med öppna frågor som inte anklagar; pressa eller hota "
                "aldrig",
                "Bevisning utöver utsagan lyfter bördan från offret; trovärdigheten bedöms av "
                "domstolen",
            ],
        },
    ),
]

TRAUMA_CHECKS = (
    [
        "Free evaluation of evidence (fri bevisprövning, rättegångsbalken chapter 35, section 1) "
        "as the basis for “credibility is for the court”: stated from general knowledge, "
        "not from a source read for this course; confirm the wording a Swedish prosecutor would "
        "use",
    ],
    [
        "Den fria bevisprövningen (35 kap. 1 § rättegångsbalken) som grund för att "
        "”trovärdigheten bedöms av domstolen”: angiven ur allmän kunskap, inte ur en källa "
        "som lästs för kursen; bekräfta den formulering en svensk åklagare skulle använda",
    ],
)
TRAUMA_SOURCES = [
    OVC_TRAUMA,
    UNODC_CASE_DIGEST,
    UNODC_CASE_DIGEST_TEXT,
    UNODC_MODULE_8,
    FINNISH_COUNSEL,
    SEED_CBSS,
]


COURSE = {
    "slug": "victim-centred-interviewing",
    "slug_sv": "forhor-med-brottsoffret-i-centrum",
    "title": "Victim-centred interviewing",
    "title_sv": "Förhör med brottsoffret i centrum",
    "summary": "Interview a possible victim of trafficking so that the account is reliable and "
    "the person is not harmed: the PEACE model, interpreters with no ties to the case, counsel "
    "and support persons, children, and what trauma does to memory. For police and migration "
    "officers.",
    "summary_sv": "Håll förhör med en person som kan vara utsatt för människohandel så att "
    "berättelsen blir tillförlitlig och personen inte skadas: PEACE-modellen, tolkar utan band "
    "till ärendet, målsägandebiträde och stödperson, barn, och vad trauma gör med minnet. För "
    "polis och migrationshandläggare.",
    "outcomes": [
        "Plan and conduct an interview with a victim-witness through the five stages of PEACE",
        "Choose and brief an interpreter with no ties to the case, and refuse a companion who "
        "offers to interpret",
        "Secure counsel for the injured party and a support person before the first interview",
        "Put a child's protection first and keep interviews few, recorded and by trained staff",
        "Treat a changing account as a question to explore, and look for evidence beyond testimony",
    ],
    "outcomes_sv": [
        "Planera och genomföra ett förhör med ett brottsoffer genom PEACE-modellens fem steg",
        "Välja och förbereda en tolk utan band till ärendet, och avböja när en medföljare "
        "erbjuder sig att tolka",
        "Se till att målsägandebiträde och stödperson finns före det första förhöret",
        "Sätta barnets skydd först och hålla förhören få, inspelade och ledda av utbildad personal",
        "Behandla en berättelse som ändras som en fråga att utforska, och söka bevisning utöver "
        "utsagan",
    ],
    "audiences": ["police", "migration-officers"],
    "topics": ["identification"],
    "version": "2026.1",
    "issues_certificate": True,
    "certificate_months": 24,
    "modules": [
        {
            "slug": "the-peace-model",
            "title": "The PEACE model",
            "title_sv": "PEACE-modellen",
            "summary": "Five stages for an interview that yields a reliable account and does no "
            "harm.",
            "summary_sv": "Fem steg för ett förhör som ger en tillförlitlig berättelse och inte "
            "skadar.",
            "lessons": [
                lesson(
                    "peace-for-victim-witnesses",
                    "PEACE with a victim-witness",
                    "PEACE i förhör med ett brottsoffer",
                    (PEACE, PEACE_SV),
                    PEACE_SOURCES,
                    PEACE_CHECKS,
                ),
            ],
        },
        {
            "slug": "language-counsel-and-support",
            "title": "Interpreters, counsel and support",
            "title_sv": "Tolk, målsägandebiträde och stöd",
            "summary": "Who interprets, who stands beside the victim, and why it decides what "
            "the victim can say.",
            "summary_sv": "Vem som tolkar, vem som står vid offrets sida, och varför det avgör "
            "vad offret kan berätta.",
            "lessons": [
                lesson(
                    "working-with-interpreters",
                    "Working with interpreters",
                    "Att arbeta med tolk",
                    (INTERPRETERS, INTERPRETERS_SV),
                    INTERPRETERS_SOURCES,
                    INTERPRETERS_CHECKS,
                ),
                lesson(
                    "counsel-and-support-persons",
                    "Counsel for the injured party and support persons",
                    "Målsägandebiträde och stödperson",
                    (COUNSEL, COUNSEL_SV),
                    COUNSEL_SOURCES,
                    COUNSEL_CHECKS,
                ),
            ],
        },
        {
            "slug": "children",
            "title": "Interviewing children",
            "title_sv": "Förhör med barn",
            "summary": "Protection first, the child rule, Barnahus, and as few interviews as "
            "possible.",
            "summary_sv": "Skyddet först, regeln om barn, Barnahus och så få förhör som möjligt.",
            "lessons": [
                lesson(
                    "interviewing-children",
                    "When the victim is a child",
                    "När brottsoffret är ett barn",
                    (CHILDREN, CHILDREN_SV),
                    CHILDREN_SOURCES,
                    CHILDREN_CHECKS,
                ),
            ],
        },
        {
            "slug": "trauma-and-credibility",
            "title": "Trauma, memory and credibility",
            "title_sv": "Trauma, minne och trovärdighet",
            "summary": "Why accounts are fragmented and change, and what the investigator does "
            "about it.",
            "summary_sv": "Varför berättelser är fragmentariska och ändras, och vad utredaren "
            "gör åt det.",
            "lessons": [
                lesson(
                    "trauma-memory-and-credibility",
                    "Trauma, memory and a changing account",
                    "Trauma, minne och en berättelse som ändras",
                    (TRAUMA, TRAUMA_SV),
                    TRAUMA_SOURCES,
                    TRAUMA_CHECKS,
                ),
            ],
        },
    ],
}

# The cases of the lessons, English and Swedish, for the tests that check their rules.
CASES = [
    INTERPRETER_CASE,
    INTERPRETER_CASE_SV,
    CHANGED_STATEMENT_CASE,
    CHANGED_STATEMENT_CASE_SV,
]
