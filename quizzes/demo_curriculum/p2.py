"""The final assessment of P2 "Victim-centred interviewing" (``courses.demo.curriculum.p2``): a
pool of fourteen questions, seven drawn per attempt, on what the lessons teach — PEACE,
interpreters, counsel and support persons, children, trauma and credibility — and an assessed
branching case, a first interview after an intervention, where letting the "boyfriend"
interpret, or pressing the woman with leading questions until she agrees, fails the case.

No question holds a phone number, a statistic, a section number or a fact still marked for an
expert (Barnahus, the sections of the Penal Code): those stay in the lessons."""

from courses.demo.cases import case_spec
from courses.demo.curriculum.p2 import COURSE
from quizzes.demo import _q, final_settings

COURSE_SLUG = COURSE["slug"]

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": ("Final assessment", "Slutprov"),
    "intro": (
        "<p>Seven questions drawn from the whole course, and a case to walk through. You have "
        "30 minutes and three attempts; you pass with 80%.</p>",
        "<p>Sju frågor från hela kursen, och ett fall att gå igenom. Du har 30 minuter och tre "
        "försök; godkänt från 80 %.</p>",
    ),
    "settings": final_settings(draw_count=7, time_limit_minutes=30),
    "questions": [
        _q(
            "ordering",
            (
                "Put the five stages of the PEACE model in order.",
                "Sätt PEACE-modellens fem steg i ordning.",
            ),
            (
                "PEACE runs from planning and preparation, through engaging the person and "
                "explaining the interview, to the free account and its clarification, the "
                "closure, and finally the evaluation of what was learnt and how it went.",
                "PEACE går från planering och förberedelse, via att etablera kontakt och "
                "förklara förhöret, till den fria berättelsen och förtydligandet av den, "
                "avslutningen och till sist utvärderingen av vad som kom fram och hur det gick.",
            ),
            tags=["peace"],
            points=2,
            steps=[
                ("Planning and preparation", "Planering och förberedelse"),
                ("Engage and explain", "Etablera kontakt och förklara"),
                ("Account", "Berättelsen"),
                ("Closure", "Avslutning"),
                ("Evaluation", "Utvärdering"),
            ],
        ),
        _q(
            "single",
            (
                "In the account stage with a victim-witness, what comes first?",
                "Vad kommer först i berättelsesteget när du förhör ett brottsoffer?",
            ),
            (
                "A free account, listened to without interruption, comes first; open questions "
                "then clarify it one topic at a time. Leading questions and checklists of "
                "yes-or-no questions put the interviewer's words in the witness's mouth.",
                "Först en fri berättelse som du lyssnar på utan att avbryta; sedan förtydligar "
                "öppna frågor den, ett ämne i taget. Ledande frågor och listor med ja- och "
                "nej-frågor lägger förhörsledarens ord i vittnets mun.",
            ),
            tags=["peace", "questioning"],
            options=[
                (
                    "Asking for a free account and listening without interrupting",
                    "Att be om en fri berättelse och lyssna utan att avbryta",
                    True,
                ),
                (
                    "Reading out the suspect's version and asking her to confirm or deny it",
                    "Att läsa upp den misstänktes version och be henne bekräfta eller förneka den",
                    False,
                ),
                (
                    "Going through a list of yes-or-no questions about the indicators",
                    "Att gå igenom en lista med ja- och nej-frågor om indikatorerna",
                    False,
                ),
            ],
        ),
        _q(
            "multiple",
            (
                "Which are leading questions that should be avoided in an interview with a "
                "victim-witness?",
                "Vilka är ledande frågor som ska undvikas i ett förhör med ett brottsoffer?",
            ),
            (
                "A leading question suggests its own answer, such as “He took your passport, "
                "didn't he?”. Open questions such as “Tell me more about the flat” or “What "
                "happened next?” let the witness give the account in her own words.",
                "En ledande fråga antyder sitt eget svar, som ”Han tog väl ditt pass?”. Öppna "
                "frågor som ”Berätta mer om lägenheten” eller ”Vad hände sedan?” låter vittnet "
                "berätta med sina egna ord.",
            ),
            tags=["questioning"],
            points=2,
            options=[
                ("“He took your passport, didn't he?”", "”Han tog väl ditt pass?”", True),
                (
                    "“You were forced to work, weren't you? Just say yes.”",
                    "”Du tvingades väl att arbeta? Säg bara ja.”",
                    True,
                ),
                ("“Tell me more about the flat.”", "”Berätta mer om lägenheten.”", False),
                ("“What happened next?”", "”Vad hände sedan?”", False),
            ],
        ),
        _q(
            "true_false",
            (
                "A woman found at two in the morning during an inspection should be interviewed "
                "at once, while her memory is fresh, even if she is exhausted and has not "
                "eaten.",
                "En kvinna som påträffas klockan två på natten vid en kontroll bör förhöras "
                "genast, medan minnet är färskt, även om hon är utmattad och inte har ätit.",
            ),
            (
                "Planning includes the person's condition: rest, food and medical care come "
                "first, an interpreter is booked and counsel requested, and the interview is "
                "held later the same day. An exhausted witness gives a poorer account.",
                "Planeringen omfattar personens tillstånd: vila, mat och vård kommer först, tolk "
                "bokas och målsägandebiträde begärs, och förhöret hålls senare samma dag. Ett "
                "utmattat vittne ger en sämre berättelse.",
            ),
            tags=["peace", "trauma"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "A woman who came to the station with a man she calls her cousin needs an "
                "interpreter. Who must not interpret?",
                "En kvinna som kom till polisstationen med en man hon kallar sin kusin behöver "
                "tolk. Vem får inte tolka?",
            ),
            (
                "Never let a companion, a relative, another possible victim or anyone linked to "
                "the suspects interpret: they may control her, and what she says can reach the "
                "exploiters. A professional interpreter who has been asked about ties is used.",
                "Låt aldrig en medföljare, en släkting, ett annat möjligt offer eller någon med "
                "koppling till de misstänkta tolka: de kan kontrollera henne, och det hon säger "
                "kan nå gärningspersonerna. Använd en yrkestolk som har tillfrågats om band "
                "till ärendet.",
            ),
            tags=["interpreters"],
            points=2,
            options=[
                ("The man she calls her cousin", "Mannen hon kallar sin kusin", True),
                (
                    "Another woman found in the same flat",
                    "En annan kvinna som påträffades i samma lägenhet",
                    True,
                ),
                (
                    "An interpreter who says she knows the flat's owner",
                    "En tolk som säger att hon känner lägenhetens ägare",
                    True,
                ),
                (
                    "A professional interpreter from another city who knows no one in the case",
                    "En yrkestolk från en annan stad som inte känner någon i ärendet",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "The only interpreter for the language in your town knows the suspect's family. "
                "What do you do?",
                "Den enda tolken i språket på orten känner den misstänktes familj. Vad gör du?",
            ),
            (
                "An interpreter with ties to the suspects cannot be used. An interpreter by "
                "telephone or video from another part of the country is often safer when the "
                "language community is small; waiting is better than a compromised interview.",
                "En tolk med band till de misstänkta kan inte användas. En tolk på telefon eller "
                "video från en annan del av landet är ofta säkrare när språkgruppen är liten; "
                "att vänta är bättre än ett förhör som inte går att lita på.",
            ),
            tags=["interpreters"],
            options=[
                (
                    "Book an interpreter by telephone or video from elsewhere, and wait if "
                    "necessary",
                    "Boka en tolk på telefon eller video från annan ort, och vänta om det behövs",
                    True,
                ),
                (
                    "Use her, but ask her to promise to keep quiet",
                    "Använd henne, men be henne lova att inte säga något",
                    False,
                ),
                (
                    "Hold the interview in a language the victim speaks a little, without an "
                    "interpreter",
                    "Håll förhöret på ett språk som offret talar lite, utan tolk",
                    False,
                ),
            ],
        ),
        _q(
            "matching",
            (
                "Match each person or authority with their part when a possible victim is "
                "interviewed.",
                "Para ihop varje person eller myndighet med dess uppgift när ett möjligt offer "
                "förhörs.",
            ),
            (
                "Counsel for the injured party looks after the victim's interests and can help "
                "claim compensation; the interpreter renders everything exactly and keeps it "
                "confidential; the social services assess a child's need of protection and "
                "support. None of them answers for the victim.",
                "Målsägandebiträdet tar tillvara offrets intressen och kan hjälpa till att "
                "begära skadestånd; tolken återger allt exakt och har tystnadsplikt; "
                "socialtjänsten bedömer ett barns behov av skydd och stöd. Ingen av dem svarar "
                "i offrets ställe.",
            ),
            tags=["counsel", "interpreters", "children"],
            points=2,
            pairs=[
                (
                    ("Counsel for the injured party", "Målsägandebiträdet"),
                    (
                        "Looks after her interests and can help claim compensation",
                        "Tar tillvara hennes intressen och kan hjälpa till att begära skadestånd",
                    ),
                ),
                (
                    ("The social services", "Socialtjänsten"),
                    (
                        "Assess a child's need of protection and support",
                        "Bedömer ett barns behov av skydd och stöd",
                    ),
                ),
                (
                    ("The interpreter", "Tolken"),
                    (
                        "Renders everything said, exactly and in confidence",
                        "Återger allt som sägs, exakt och under tystnadsplikt",
                    ),
                ),
            ],
            extra=[
                (
                    "Answers the questions on the victim's behalf when she is tired",
                    "Svarar på frågorna i offrets ställe när hon är trött",
                )
            ],
        ),
        _q(
            "single",
            (
                "According to Sweden's referral manual, when should counsel for the injured "
                "party be appointed in a trafficking case?",
                "När bör ett målsägandebiträde förordnas i ett människohandelsärende enligt "
                "Manual vid misstanke om människohandel?",
            ),
            (
                "The manual says counsel should be appointed as early as possible once a crime "
                "is reported, and preferably be present at the first interview. The police or "
                "prosecutor asks the court, which appoints a suitable person.",
                "Manualen anger att ett målsägandebiträde bör förordnas så tidigt som möjligt "
                "när en polisanmälan upprättats, och helst närvara redan vid det första "
                "förhöret. Polis eller åklagare begär det hos domstolen, som utser en lämplig "
                "person.",
            ),
            tags=["counsel"],
            options=[
                (
                    "Early, preferably so that counsel is present at the first interview",
                    "Tidigt, helst så att biträdet kan närvara redan vid det första förhöret",
                    True,
                ),
                (
                    "Only once the prosecutor has decided to charge",
                    "Först när åklagaren har beslutat att väcka åtal",
                    False,
                ),
                (
                    "Only if the victim asks for it in writing",
                    "Bara om offret begär det skriftligt",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A woman interviewed as a suspect of using false papers cannot at the same time "
                "be a possible victim of trafficking.",
                "En kvinna som förhörs som misstänkt för att ha använt falska handlingar kan inte "
                "samtidigt vara ett möjligt offer för människohandel.",
            ),
            (
                "See the crime behind the crime: a person may have committed offences because "
                "she was trafficked, and the non-punishment principle exists for exactly that. "
                "A suspect may turn out to be an injured party who needs counsel and support.",
                "Se brottet bakom brottet: en person kan ha begått brott just för att hon "
                "utsatts för människohandel, och principen om icke-bestraffning finns just för "
                "det. En misstänkt kan visa sig vara en målsägande som behöver biträde och stöd.",
            ),
            tags=["counsel", "non-punishment"],
            answer=False,
        ),
        _q(
            "true_false",
            (
                "A sixteen-year-old who says she agreed to travel and to work cannot be a "
                "victim of trafficking, because she consented.",
                "En sextonåring som säger att hon gick med på att resa och arbeta kan inte vara "
                "utsatt för människohandel, eftersom hon samtyckte.",
            ),
            (
                "Under the Palermo Protocol no threat, deception or other improper means has to "
                "be shown when the victim is a child: a child's consent changes nothing. Her "
                "protection comes first, with the social services.",
                "Enligt Palermoprotokollet behöver inget hot, vilseledande eller annat "
                "otillbörligt medel visas när offret är ett barn: barnets samtycke ändrar "
                "ingenting. Hennes skydd kommer först, tillsammans med socialtjänsten.",
            ),
            tags=["children"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "What does EU law on trafficking ask of interviews with a child victim?",
                "Vad kräver EU-rätten om människohandel av förhör med ett barn som är brottsoffer?",
            ),
            (
                "Directive 2011/36/EU asks for interviews by trained professionals, by the same "
                "persons where possible, as few as possible, with a representative or chosen "
                "adult present, and that they may be video-recorded and used as evidence.",
                "Direktiv 2011/36/EU kräver förhör av utbildad personal, av samma personer när "
                "det går, så få som möjligt, med en företrädare eller vald vuxen närvarande, och "
                "att de får spelas in på video och användas som bevis.",
            ),
            tags=["children"],
            points=2,
            options=[
                (
                    "As few interviews as possible, only where strictly necessary",
                    "Så få förhör som möjligt, bara när det är absolut nödvändigt",
                    True,
                ),
                (
                    "Interviews may be video-recorded and used as evidence",
                    "Förhören får spelas in på video och användas som bevis",
                    True,
                ),
                (
                    "Conducted by professionals trained for the purpose",
                    "Förhören hålls av personal som utbildats för det",
                    True,
                ),
                (
                    "The adult who brought the child always sits in",
                    "Den vuxna som kom med barnet sitter alltid med",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "In an asylum interview a fourteen-year-old boy says he was made to work for "
                "the man who brought him, who is waiting outside. What do you do?",
                "Vid en asylutredning berättar en fjortonårig pojke att han tvingades arbeta åt "
                "mannen som tog honom hit, och som väntar utanför. Vad gör du?",
            ),
            (
                "An asylum interview is not a criminal interview, so do not investigate the "
                "crime yourself: note the boy's own words and pass them on to those who protect "
                "children and investigate crime. The man outside may control him and must not "
                "be involved.",
                "En asylutredning är inget förhör i en brottsutredning, så utred inte brottet "
                "själv: anteckna pojkens egna ord och för dem vidare till dem som skyddar barn "
                "och utreder brott. Mannen utanför kan kontrollera honom och ska inte "
                "involveras.",
            ),
            tags=["children", "migration"],
            options=[
                (
                    "Note his own words and pass them on to the police and the social services",
                    "Anteckna hans egna ord och för dem vidare till polisen och socialtjänsten",
                    True,
                ),
                (
                    "Ask the man outside to come in and explain",
                    "Be mannen utanför komma in och förklara",
                    False,
                ),
                (
                    "Question the boy in detail about the crime yourself, so nothing is lost",
                    "Förhör pojken själv i detalj om brottet, så att inget går förlorat",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "When a victim's account of her journey changes between two interviews, this "
                "shows that she is not credible.",
                "När ett offers berättelse om resan ändras mellan två förhör visar det att hon "
                "inte är trovärdig.",
            ),
            (
                "Changing, fragmented accounts are common after trauma, and UNODC's Case Digest "
                "notes that inconsistencies may even show that a victim was not coached. "
                "Clarify the change without accusing; credibility is for the court.",
                "Berättelser som ändras och är fragmentariska är vanliga efter trauma, och "
                "UNODC:s Case Digest konstaterar att motsägelser till och med kan visa att "
                "offret inte instruerats. Förtydliga ändringen utan att anklaga; trovärdigheten "
                "bedöms av domstolen.",
            ),
            tags=["trauma", "credibility"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "A victim's statement has changed before the trial. What helps the investigation?",
                "Ett offers berättelse har ändrats inför rättegången. Vad hjälper utredningen?",
            ),
            (
                "A recorded supplementary interview with counsel present, clarifying the change "
                "with open questions, and evidence beyond testimony — travel, phones, money, "
                "places — all help. Threatening her with a charge for lying produces only the "
                "account you expect.",
                "Ett inspelat kompletterande förhör med biträdet närvarande, där ändringen "
                "förtydligas med öppna frågor, och bevisning utöver utsagan — resor, telefoner, "
                "pengar, platser — hjälper. Att hota henne med åtal för lögn ger bara den "
                "berättelse du väntar dig.",
            ),
            tags=["credibility", "evidence"],
            points=2,
            options=[
                (
                    "A recorded supplementary interview with her counsel present",
                    "Ett inspelat kompletterande förhör med hennes biträde närvarande",
                    True,
                ),
                (
                    "Evidence beyond her testimony, such as travel bookings and phone records",
                    "Bevisning utöver hennes utsaga, som resebokningar och teleuppgifter",
                    True,
                ),
                (
                    "Telling her she will be charged unless she keeps to her first statement",
                    "Att säga att hon åtalas om hon inte håller fast vid sin första berättelse",
                    False,
                ),
            ],
        ),
    ],
}


BOYFRIEND_CASE = case_spec(
    "Ana's first interview",
    "<p>You are a police investigator. During an intervention against sex purchase, officers "
    "found Ana, 22, in a flat. She speaks little Swedish or English. A man who says he is her "
    "boyfriend arrived at the station an hour later and is waiting in reception. Ana has been "
    "given food and a place to rest. You are to plan her first interview as an injured "
    "party.</p>",
    [
        (
            "planning",
            "<p>The boyfriend speaks Ana's language and Swedish. “I can translate,” he says, "
            "“she trusts me. Then she can go home tonight.” A professional interpreter can be "
            "connected by video in two hours.</p>",
            [
                (
                    "Let the boyfriend interpret so that Ana does not have to wait",
                    "not-her-words",
                    "Ana looks at the floor and says, through him, that she was visiting a "
                    "friend and that nothing happened. The boyfriend drives her away.",
                    0,
                    "Never let a companion interpret. The “boyfriend” may be the one who "
                    "controls Ana, and every word she says reaches him. Wait for a "
                    "professional interpreter with no ties to the case, and ask for counsel "
                    "before the interview.",
                ),
                (
                    "Wait for the video interpreter, ask her about ties to the case, and ask "
                    "the prosecutor to request counsel for the injured party",
                    "account",
                    "The interpreter knows no one in the case. Counsel is appointed and joins "
                    "the interview by phone at first, then in person. The boyfriend leaves.",
                    2,
                    "",
                ),
                (
                    "Interview Ana now in the little English she has",
                    "thin-account",
                    "Ana answers “yes” or “I don't know” to most questions.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "account",
            "<p>You have introduced everyone and explained that Ana is not accused of anything. "
            "She begins, stops, cries, and cannot say when she arrived or how many weeks she was "
            "in the flat.</p>",
            [
                (
                    "Offer a break, then ask her to tell it in her own way from the beginning, "
                    "and follow up with open questions",
                    "closure",
                    "After the break Ana describes the flat, the man who held her phone and the "
                    "“debt” she was told to pay off. Dates stay vague; details of places and "
                    "people are many.",
                    2,
                    "",
                ),
                (
                    "Put it to her: “He forced you to sell sex, didn't he? Just say yes and we "
                    "can finish”",
                    "pressed",
                    "Ana says yes. When you ask what happened, she says nothing more.",
                    0,
                    "Never press a traumatised person with leading questions until she "
                    "“admits” an account. Her “yes” is your words, not her evidence, and a "
                    "court will see how it was obtained. Give her a break, ask for a free "
                    "account, and clarify with open questions.",
                ),
                (
                    "Go through your checklist of indicators as yes-or-no questions",
                    "closure",
                    "Ana answers each question briefly. You have ticks on a list but little of "
                    "her own account.",
                    1,
                    "",
                ),
            ],
        ),
        (
            "closure",
            "<p>The interview is drawing to an end. Ana asks what will happen to her now, and "
            "whether she will be sent home.</p>",
            [
                (
                    "Summarise her account and let her correct it; explain the next steps, "
                    "counsel's role and the support she can get, and agree how she can reach "
                    "you safely",
                    "sound-account",
                    "Ana corrects two details of your summary. She leaves with counsel's number "
                    "and a place at a shelter arranged with the social services.",
                    2,
                    "",
                ),
                (
                    "Promise her that she will be allowed to stay in Sweden if she testifies",
                    "sound-account",
                    "Ana is relieved. You have promised something that is not yours to decide.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "sound-account",
            "An account in her own words",
            "<p>You waited for a professional interpreter, had counsel beside Ana, let her give "
            "a free account and clarified it with open questions. The best path also closed by "
            "summarising, explaining the next steps and making no promises that are not yours "
            "to keep.</p>",
        ),
        (
            "thin-account",
            "An account that was never given",
            "<p>Without an interpreter Ana could only agree or not know. Her first interview, "
            "often the most important, produced almost nothing. Book a professional "
            "interpreter and wait for one.</p>",
        ),
        (
            "pressed",
            "An admission, not an account",
            "<p>Pressed with a leading question, Ana said yes, and then nothing more. What you "
            "have is your own version with her agreement, which a court may not trust, and a "
            "witness who has learnt that the police decide what she says.</p>",
        ),
        (
            "not-her-words",
            "Interpreted by the man who controls her",
            "<p>With the “boyfriend” interpreting, Ana could not speak, and he took her away. "
            "A companion never interprets: the interview waits for an interpreter with no ties "
            "to the case.</p>",
        ),
    ],
)

BOYFRIEND_CASE_SV = case_spec(
    "Anas första förhör",
    "<p>Du är utredare vid polisen. Vid ett tillslag mot sexköp påträffade polisen Ana, 22 "
    "år, i en lägenhet. Hon talar lite svenska och engelska. En man som säger att han är "
    "hennes pojkvän kom till polisstationen en timme senare och väntar i receptionen. Ana har "
    "fått mat och möjlighet att vila. Du ska planera hennes första förhör som "
    "målsägande.</p>",
    [
        (
            "planning",
            "<p>Pojkvännen talar Anas språk och svenska. ”Jag kan översätta”, säger han, ”hon "
            "litar på mig. Då kan hon åka hem i kväll.” En yrkestolk kan kopplas upp på video "
            "om två timmar.</p>",
            [
                (
                    "Låt pojkvännen tolka så att Ana slipper vänta",
                    "not-her-words",
                    "Ana tittar i golvet och säger, genom honom, att hon var på besök hos en "
                    "väninna och att ingenting har hänt. Pojkvännen kör i väg med henne.",
                    0,
                    "Låt aldrig en medföljare tolka. ”Pojkvännen” kan vara den som "
                    "kontrollerar Ana, och varje ord hon säger når honom. Vänta på en yrkestolk "
                    "utan band till ärendet, och begär ett målsägandebiträde före förhöret.",
                ),
                (
                    "Vänta på videotolken, fråga henne om band till ärendet och be åklagaren "
                    "begära att ett målsägandebiträde förordnas",
                    "account",
                    "Tolken känner ingen i ärendet. Ett biträde förordnas och deltar först per "
                    "telefon, sedan på plats. Pojkvännen går.",
                    2,
                    "",
                ),
                (
                    "Förhör Ana direkt på den lilla engelska hon kan",
                    "thin-account",
                    "Ana svarar ”ja” eller ”jag vet inte” på de flesta frågor.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "account",
            "<p>Du har presenterat alla och förklarat att Ana inte anklagas för något. Hon "
            "börjar, tystnar, gråter och kan inte säga när hon kom hit eller hur många veckor "
            "hon var i lägenheten.</p>",
            [
                (
                    "Erbjud en paus, be henne sedan berätta på sitt eget sätt från början, och "
                    "följ upp med öppna frågor",
                    "closure",
                    "Efter pausen beskriver Ana lägenheten, mannen som hade hennes telefon och "
                    "”skulden” hon sades vara skyldig. Datumen förblir vaga; detaljerna om "
                    "platser och personer är många.",
                    2,
                    "",
                ),
                (
                    "Lägg fram det för henne: ”Han tvingade dig att sälja sex, eller hur? Säg "
                    "bara ja så kan vi sluta”",
                    "pressed",
                    "Ana säger ja. När du frågar vad som hände säger hon inget mer.",
                    0,
                    "Pressa aldrig en traumatiserad person med ledande frågor tills hon "
                    "”erkänner” en berättelse. Hennes ”ja” är dina ord, inte hennes utsaga, och "
                    "en domstol ser hur det kom till. Ge henne en paus, be om en fri berättelse "
                    "och förtydliga med öppna frågor.",
                ),
                (
                    "Gå igenom din lista med indikatorer som ja- och nej-frågor",
                    "closure",
                    "Ana svarar kort på varje fråga. Du har bockar på en lista men lite av "
                    "hennes egen berättelse.",
                    1,
                    "",
                ),
            ],
        ),
        (
            "closure",
            "<p>Förhöret närmar sig sitt slut. Ana frågar vad som händer med henne nu, och om "
            "hon kommer att skickas hem.</p>",
            [
                (
                    "Sammanfatta hennes berättelse och låt henne rätta dig; förklara nästa "
                    "steg, biträdets roll och vilket stöd hon kan få, och kom överens om hur hon "
                    "kan nå dig på ett säkert sätt",
                    "sound-account",
                    "Ana rättar två detaljer i din sammanfattning. Hon går därifrån med "
                    "biträdets nummer och en plats på ett skyddat boende som ordnats med "
                    "socialtjänsten.",
                    2,
                    "",
                ),
                (
                    "Lova henne att hon får stanna i Sverige om hon vittnar",
                    "sound-account",
                    "Ana blir lättad. Du har lovat något som det inte är du som beslutar om.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "sound-account",
            "En berättelse med hennes egna ord",
            "<p>Du väntade på en yrkestolk, hade ett biträde vid Anas sida, lät henne berätta "
            "fritt och förtydligade med öppna frågor. Den bästa vägen avslutade också med en "
            "sammanfattning, en förklaring av nästa steg och inga löften som inte är dina att "
            "ge.</p>",
        ),
        (
            "thin-account",
            "En berättelse som aldrig blev berättad",
            "<p>Utan tolk kunde Ana bara hålla med eller inte veta. Hennes första förhör, ofta "
            "det viktigaste, gav nästan ingenting. Boka en yrkestolk och vänta på en.</p>",
        ),
        (
            "pressed",
            "Ett medgivande, inte en berättelse",
            "<p>Pressad med en ledande fråga sa Ana ja, och sedan inget mer. Det du har är din "
            "egen version med hennes medhåll, som en domstol kanske inte litar på, och ett "
            "vittne som har lärt sig att polisen bestämmer vad hon ska säga.</p>",
        ),
        (
            "not-her-words",
            "Tolkat av mannen som kontrollerar henne",
            "<p>När ”pojkvännen” tolkade kunde Ana inte tala, och han tog henne med sig. En "
            "medföljare tolkar aldrig: förhöret får vänta på en tolk utan band till "
            "ärendet.</p>",
        ),
    ],
)

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        (
            "Ana's first interview: choose each step, as the investigator would.",
            "Anas första förhör: välj varje steg, som utredaren skulle göra.",
        ),
        (
            "A victim-centred interview waits for an interpreter with no ties to the case, "
            "brings in counsel, asks for a free account and closes without promises. Letting the "
            "boyfriend interpret, or pressing Ana with a leading question, fails the case.",
            "Ett förhör med brottsoffret i centrum väntar på en tolk utan band till ärendet, tar "
            "in ett målsägandebiträde, ber om en fri berättelse och avslutas utan löften. Att "
            "låta pojkvännen tolka, eller att pressa Ana med en ledande fråga, underkänner "
            "fallet.",
        ),
        tags=["case", "interpreters", "questioning"],
        points=3,
        case=(BOYFRIEND_CASE, BOYFRIEND_CASE_SV),
    )
]
