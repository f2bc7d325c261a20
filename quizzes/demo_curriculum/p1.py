"""The final assessment of P1 "First response" (``courses.demo.curriculum.p1``): a pool of
seventeen questions, eight drawn per attempt, on what the lessons teach — the door of a flat,
the border's two lines, the first hours, the preliminary investigation and its early evidence,
and children — and an assessed branching case, a workplace inspection, where handing a possible
child back to the adult who controls him fails the case.

No question holds a phone number, a statistic, a section number or a fact the lessons still mark
for an expert ([CHECK]): those live in the lessons, dated and sourced."""

from courses.demo.cases import case_spec
from courses.demo.curriculum.p1 import COURSE
from quizzes.demo import _q, final_settings

COURSE_SLUG = COURSE["slug"]

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": ("Final assessment", "Slutprov"),
    "intro": (
        "<p>Eight questions drawn from the whole course, and a case to walk through. You have "
        "30 minutes and three attempts; you pass with 80%.</p>",
        "<p>Åtta frågor från hela kursen, och ett fall att gå igenom. Du har 30 minuter och tre "
        "försök; godkänt från 80 %.</p>",
    ),
    "settings": final_settings(draw_count=8, time_limit_minutes=30),
    "questions": [
        _q(
            "single",
            (
                "At a sex-purchase intervention a man who says he is the woman's boyfriend holds "
                "her phone and answers your questions for her. What do you do first?",
                "Vid ett sexköpsingripande har en man som säger att han är kvinnans pojkvän "
                "hennes telefon och svarar på dina frågor åt henne. Vad gör du först?",
            ),
            (
                "Separate her from the man who may control her and talk to her alone through an "
                "interpreter with no link to anyone at the scene. Confronting him in front of "
                "her warns him and shows her what talking will cost.",
                "Skilj henne från mannen som kan kontrollera henne och tala med henne enskilt "
                "via en tolk utan koppling till någon på platsen. Att konfrontera honom inför "
                "henne varnar honom och visar henne vad det kostar att prata.",
            ),
            tags=["interventions", "safety"],
            options=[
                (
                    "Separate them and talk to her alone through an independent interpreter",
                    "Skilj dem åt och tala med henne enskilt via en oberoende tolk",
                    True,
                ),
                (
                    "Tell him in front of her that you know he is exploiting her",
                    "Säg till honom inför henne att du vet att han utnyttjar henne",
                    False,
                ),
                (
                    "Let him translate, since he speaks her language",
                    "Låt honom översätta, eftersom han talar hennes språk",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A travelling companion may interpret in the first conversation when no "
                "interpreter is at hand, as long as the officer watches the person's reactions.",
                "En medresenär får tolka i det första samtalet när ingen tolk finns till hands, "
                "så länge polisen iakttar hur personen reagerar.",
            ),
            (
                "Never: a companion, boyfriend, employer or escort may be the person who "
                "controls her. He decides what she dares to say and learns what you suspect. "
                "Use a telephone interpreter with no link to anyone at the scene.",
                "Aldrig: en medresenär, pojkvän, arbetsgivare eller ledsagare kan vara just den "
                "som kontrollerar henne. Han styr vad hon vågar säga och får veta vad du "
                "misstänker. Använd en telefontolk utan koppling till någon på platsen.",
            ),
            tags=["interpreters", "safety"],
            answer=False,
        ),
        _q(
            "true_false",
            (
                "When several indicators of trafficking are present, they prove that the person "
                "is a victim.",
                "När flera indikatorer på människohandel finns bevisar de att personen är ett "
                "offer.",
            ),
            (
                "Indicators are signs that trafficking may have taken place, as UNODC's manual "
                "for criminal-justice practitioners puts it: they are reasons to separate, ask "
                "more and record what you saw, not proof that a crime was committed.",
                "Indikatorer är tecken på att människohandel kan ha förekommit, som UNODC:s "
                "handbok för rättsväsendet uttrycker det: de är skäl att skilja åt, fråga vidare "
                "och dokumentera, inte bevis för att ett brott har begåtts.",
            ),
            tags=["indicators"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "In a flat during a sex-purchase intervention, which of these are indicators "
                "worth noting and asking more about?",
                "Vilka av dessa är indikatorer som är värda att anteckna och fråga vidare om, i "
                "en lägenhet vid ett sexköpsingripande?",
            ),
            (
                "Someone else holding her phone, a debt for the journey or the flat, and "
                "advertisements written and answered by someone else all point to control by "
                "another person. A phone of her own that she answers herself points the other "
                "way, though it settles nothing on its own.",
                "Att någon annan har hennes telefon, en skuld för resan eller lägenheten och "
                "annonser som någon annan skriver och besvarar pekar alla på att någon annan "
                "kontrollerar henne. En egen telefon som hon själv svarar i pekar åt andra hållet, "
                "men avgör ingenting ensam.",
            ),
            tags=["indicators", "interventions"],
            points=2,
            options=[
                (
                    "Someone else holds her phone",
                    "Någon annan har hennes telefon",
                    True,
                ),
                (
                    "She owes someone for the journey and the flat",
                    "Hon är skyldig någon för resan och lägenheten",
                    True,
                ),
                (
                    "The advertisements are written and answered by someone else",
                    "Annonserna skrivs och besvaras av någon annan",
                    True,
                ),
                (
                    "She has a phone of her own and answers it herself",
                    "Hon har en egen telefon och svarar själv i den",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "Why is police work against the purchase of sex also work against trafficking "
                "for sexual purposes?",
                "Varför är polisens arbete mot sexköp också arbete mot människohandel för "
                "sexuella ändamål?",
            ),
            (
                "People trafficked for sexual purposes are found in prostitution. The National "
                "Police Board's inspection of 2013 warned that without work against the purchase "
                "of sex, work against trafficking for sexual purposes risks becoming "
                "considerably harder.",
                "Personer som utsätts för människohandel för sexuella ändamål återfinns i "
                "prostitutionen. Rikspolisstyrelsens inspektion 2013 varnade för att arbetet mot "
                "människohandel för sexuella ändamål riskerar att bli avsevärt svårare utan "
                "arbete mot sexköp.",
            ),
            tags=["interventions"],
            options=[
                (
                    "Because people trafficked for sexual purposes are found in prostitution",
                    "Eftersom personer som utsatts för människohandel för sexuella ändamål "
                    "finns i prostitutionen",
                    True,
                ),
                (
                    "Because every person who sells sex is a victim of trafficking",
                    "Eftersom varje person som säljer sex är offer för människohandel",
                    False,
                ),
                (
                    "Because buyers are usually the traffickers themselves",
                    "Eftersom sexköparna oftast själva är människohandlarna",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "At passport control, a young traveller cannot say where she will stay; the man "
                "with her paid her ticket, holds her booking and answers for her. What does the "
                "first line do?",
                "I passkontrollen kan en ung resande inte säga var hon ska bo; mannen hon reser "
                "med har betalat hennes biljett, har bokningen och svarar åt henne. Vad gör "
                "första linjen?",
            ),
            (
                "The first line notices and refers: the second line interviews the traveller "
                "apart from the escort, with an independent interpreter. Documents in order do "
                "not close the question when someone else paid, booked and speaks for her.",
                "Första linjen uppmärksammar och hänvisar: andra linjen intervjuar den resande "
                "skild från ledsagaren, med en oberoende tolk. Handlingar i ordning avslutar "
                "inte frågan när någon annan har betalat, bokat och talar för henne.",
            ),
            tags=["border"],
            options=[
                (
                    "Refers her to the second line, to be interviewed apart from the man",
                    "Hänvisar henne till andra linjen, för att intervjuas skild från mannen",
                    True,
                ),
                (
                    "Lets them through, since her passport is valid",
                    "Släpper igenom dem, eftersom hennes pass är giltigt",
                    False,
                ),
                (
                    "Asks the man to explain her plans, since he made the bookings",
                    "Ber mannen förklara hennes planer, eftersom han gjorde bokningarna",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A person who agreed to be smuggled into the country cannot become a victim of "
                "trafficking.",
                "Den som gick med på att smugglas in i landet kan inte bli offer för "
                "människohandel.",
            ),
            (
                "Smuggling is a crime against the border, trafficking a crime against the "
                "person, and they overlap: many people who end up trafficked begin as smuggled "
                "or irregular migrants, and can be deceived, indebted and exploited on arrival.",
                "Smuggling är ett brott mot gränsen, människohandel ett brott mot personen, och "
                "de går in i varandra: många som utsätts för människohandel börjar som smugglade "
                "eller irreguljära migranter och kan luras, skuldsättas och exploateras vid "
                "framkomsten.",
            ),
            tags=["border", "definition"],
            answer=False,
        ),
        _q(
            "true_false",
            (
                "Under the UN protocol's definition, moving or receiving a person under 18 for "
                "the purpose of exploitation is trafficking even if no threat, force or deceit "
                "was used.",
                "Enligt definitionen i FN:s protokoll är det människohandel att förflytta eller "
                "ta emot en person under 18 år i syfte att exploatera den, även om inget hot, "
                "tvång eller vilseledande har använts.",
            ),
            (
                "For children no improper means is required, because a child cannot give valid "
                "consent to her own exploitation. An officer does not need to find a threat or a "
                "debt before acting for a possible child.",
                "För barn krävs inget otillbörligt medel, eftersom ett barn inte kan ge ett "
                "giltigt samtycke till att utnyttjas. En polis behöver inte hitta ett hot eller "
                "en skuld innan hon eller han agerar för ett möjligt barn.",
            ),
            tags=["children", "definition"],
            answer=True,
        ),
        _q(
            "ordering",
            (
                "Put the first response at the scene in order.",
                "Sätt den första insatsen på platsen i ordning.",
            ),
            (
                "Safety comes before the story: first make sure no one is hurt or in danger, "
                "then separate the person from a possible controller, bring in an independent "
                "interpreter, tell her her rights and where help is, and record what you saw and "
                "heard for the investigator.",
                "Säkerheten går före berättelsen: se först till att ingen är skadad eller i "
                "fara, skilj sedan personen från en möjlig kontrollant, ta in en oberoende tolk, "
                "berätta om hennes rättigheter och var hjälp finns, och dokumentera det du såg "
                "och hörde åt utredaren.",
            ),
            tags=["safety"],
            points=2,
            steps=[
                (
                    "Make sure no one is hurt or in immediate danger",
                    "Se till att ingen är skadad eller i akut fara",
                ),
                (
                    "Separate the person from a possible controller",
                    "Skilj personen från en möjlig kontrollant",
                ),
                (
                    "Bring in an interpreter with no link to the scene",
                    "Ta in en tolk utan koppling till platsen",
                ),
                (
                    "Tell her her rights and where help is",
                    "Berätta om hennes rättigheter och var hjälp finns",
                ),
                (
                    "Record what you saw and heard, and tell the investigator",
                    "Dokumentera det du såg och hörde, och underrätta utredaren",
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A preliminary investigation into suspected trafficking has to wait until the "
                "victim has made a complaint and agreed to testify.",
                "En förundersökning om misstänkt människohandel måste vänta tills brottsoffret "
                "har gjort en anmälan och gått med på att vittna.",
            ),
            (
                "Trafficking is a crime under public prosecution: the investigation is opened "
                "when there is reason to believe the crime was committed, on what the police "
                "saw or learnt, whether or not the victim complains or testifies.",
                "Människohandel hör under allmänt åtal: förundersökningen inleds när det finns "
                "anledning att anta att brottet har begåtts, på det polisen såg eller fick veta, "
                "oavsett om brottsoffret anmäler eller vittnar.",
            ),
            tags=["investigation"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "UNODC's manual asks investigators to look for physical evidence beyond "
                "testimony. Which of these are sources it names?",
                "UNODC:s handbok ber utredare leta efter fysisk bevisning utöver vittnesmål. "
                "Vilka av dessa är källor som den nämner?",
            ),
            (
                "The manual's module on crime scenes names victims and suspects, locations, "
                "vehicles, documents, and IT and communications equipment. An officer's "
                "impression of whether the person seems credible is not physical evidence.",
                "Handbokens modul om brottsplatser nämner offer och misstänkta, platser, fordon, "
                "handlingar samt it- och kommunikationsutrustning. En polis intryck av om "
                "personen verkar trovärdig är ingen fysisk bevisning.",
            ),
            tags=["evidence", "investigation"],
            points=2,
            options=[
                (
                    "Phones and other communications equipment",
                    "Telefoner och annan kommunikationsutrustning",
                    True,
                ),
                (
                    "Documents found at the scene or on people",
                    "Handlingar som hittas på platsen eller på personer",
                    True,
                ),
                ("Vehicles and locations", "Fordon och platser", True),
                (
                    "The officer's impression of whether she seems a credible victim",
                    "Polisens intryck av om hon verkar vara ett trovärdigt offer",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "How does a possible victim get a counsel for the injured party "
                "(målsägandebiträde)?",
                "Hur får ett möjligt offer ett målsägandebiträde?",
            ),
            (
                "Once a crime has been reported, the police or the prosecutor asks the court, "
                "which appoints a suitable person and can take the person's wishes into "
                "account. It should happen as early as possible, before the formal interview.",
                "När en polisanmälan har upprättats begär polis eller åklagare det hos "
                "domstolen, som utser en lämplig person och kan ta hänsyn till personens "
                "önskemål. Det bör ske så tidigt som möjligt, före förhöret.",
            ),
            tags=["investigation", "rights"],
            options=[
                (
                    "The police or the prosecutor asks the court, as early as possible",
                    "Polis eller åklagare begär det hos domstolen, så tidigt som möjligt",
                    True,
                ),
                (
                    "She must find and pay a lawyer herself",
                    "Hon måste själv hitta och betala en advokat",
                    False,
                ),
                (
                    "Only after she has testified at the trial",
                    "Först när hon har vittnat vid huvudförhandlingen",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "In Sweden, what gives a possible victim of trafficking a formal status as a "
                "victim?",
                "Vad ger i Sverige ett möjligt offer för människohandel en formell status som "
                "offer?",
            ),
            (
                "Sweden's referral manual notes that there is no formal victim status beyond "
                "being an injured party in a preliminary investigation. GRETA warned that "
                "making identification depend on the investigation leaves many victims "
                "without protection.",
                "Sveriges hänvisningsmanual konstaterar att det inte finns någon formell "
                "offerstatus utöver att vara målsägande i en förundersökning. GRETA varnade för "
                "att många offer står utan skydd när identifieringen hänger på utredningen.",
            ),
            tags=["investigation", "identification"],
            options=[
                (
                    "Being an injured party (målsägande) in a preliminary investigation",
                    "Att vara målsägande i en förundersökning",
                    True,
                ),
                (
                    "A certificate from the first officer at the scene",
                    "Ett intyg från den första polisen på platsen",
                    False,
                ),
                (
                    "A decision by the national support line",
                    "Ett beslut av den nationella stödtelefonen",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "At an inspection you find a boy who says he is sixteen. His employer says he "
                "will take the boy home tonight. What do you do?",
                "Vid en kontroll hittar du en pojke som säger att han är sexton. Arbetsgivaren "
                "säger att han tar med pojken hem i kväll. Vad gör du?",
            ),
            (
                "A possible child goes to social services at once and stays apart from the "
                "adult who may control him until they take over. Children exploited in "
                "trafficking often disappear once they have been noticed.",
                "Ett möjligt barn ska till socialtjänsten genast och hållas skilt från den vuxne "
                "som kan kontrollera honom tills socialtjänsten tar över. Barn som utnyttjas i "
                "människohandel försvinner ofta när de har uppmärksammats.",
            ),
            tags=["children"],
            options=[
                (
                    "Contact social services at once and keep him apart from the employer",
                    "Kontakta socialtjänsten genast och håll honom skild från arbetsgivaren",
                    True,
                ),
                (
                    "Let the employer take him home and report to social services tomorrow",
                    "Låt arbetsgivaren ta med honom hem och gör en orosanmälan i morgon",
                    False,
                ),
                (
                    "Ask the employer to show the boy's papers and let them go if they look right",
                    "Be arbetsgivaren visa pojkens papper och låt dem gå om de ser riktiga ut",
                    False,
                ),
            ],
        ),
        _q(
            "matching",
            (
                "Match each actor with their part when police find a possible victim.",
                "Para ihop varje aktör med sin del när polisen hittar ett möjligt offer.",
            ),
            (
                "The first officer protects the person and secures the scene; social services "
                "assess at once a child's need for protection; the court appoints a counsel for "
                "the injured party; the regional coordinators and the national support line "
                "help professionals judge whether someone may be a victim.",
                "Den första polisen skyddar personen och säkrar platsen; socialtjänsten bedömer "
                "genast ett barns behov av skydd; domstolen förordnar målsägandebiträde; "
                "regionkoordinatorerna och den nationella stödtelefonen hjälper yrkesverksamma "
                "att bedöma om någon kan vara offer.",
            ),
            tags=["referral", "children", "investigation"],
            points=2,
            pairs=[
                (
                    ("The first officer at the scene", "Den första polisen på platsen"),
                    (
                        "Protects the person and secures the scene",
                        "Skyddar personen och säkrar platsen",
                    ),
                ),
                (
                    ("Social services", "Socialtjänsten"),
                    (
                        "Assess at once a child's need for protection",
                        "Bedömer genast ett barns behov av skydd",
                    ),
                ),
                (
                    ("The court", "Domstolen"),
                    (
                        "Appoints a counsel for the injured party",
                        "Förordnar ett målsägandebiträde",
                    ),
                ),
                (
                    (
                        "The regional coordinators and the national support line",
                        "Regionkoordinatorerna och den nationella stödtelefonen",
                    ),
                    (
                        "Help professionals judge whether someone may be a victim",
                        "Hjälper yrkesverksamma att bedöma om någon kan vara offer",
                    ),
                ),
            ],
            extra=[
                (
                    "Interprets for the person at the scene",
                    "Tolkar åt personen på platsen",
                )
            ],
        ),
        _q(
            "true_false",
            (
                "If the person refuses help at the door, the matter is closed and there is "
                "nothing more for the police to do.",
                "Om personen avböjer hjälp i dörren är saken avslutad och polisen har inget mer "
                "att göra.",
            ),
            (
                "Refusing help is common, out of fear, stigma or how people see themselves. "
                "Give the information anyway, leave a way back, record what you saw, and "
                "remember that the investigation does not depend on her consent.",
                "Att avböja hjälp är vanligt, av rädsla, stigma eller på grund av den egna "
                "självbilden. Ge informationen ändå, lämna en väg tillbaka, dokumentera det du "
                "såg och kom ihåg att utredningen inte hänger på hennes samtycke.",
            ),
            tags=["safety", "investigation"],
            answer=False,
        ),
        _q(
            "single",
            (
                "Why should a possible child not be left with the adult who brought him, even "
                "“just for tonight”?",
                "Varför ska ett möjligt barn inte lämnas kvar hos den vuxne som tog hit det, "
                "inte ens ”bara i natt”?",
            ),
            (
                "Children exploited in trafficking often disappear once they have been noticed: "
                "the child is an income for the exploiter, may be picked up and forced to "
                "follow, and may be emotionally tied to the people who exploit him.",
                "Barn som utnyttjas i människohandel försvinner ofta när de har uppmärksammats: "
                "barnet är en inkomstkälla för förövaren, kan hämtas upp och tvingas följa med "
                "och kan vara känslomässigt bundet till dem som utnyttjar det.",
            ),
            tags=["children", "safety"],
            options=[
                (
                    "Because children noticed by the authorities often disappear, picked up by "
                    "those who exploit them",
                    "Eftersom barn som myndigheterna uppmärksammat ofta försvinner, upphämtade "
                    "av dem som utnyttjar dem",
                    True,
                ),
                (
                    "Because the adult will always be prosecuted that night",
                    "Eftersom den vuxne alltid åtalas samma natt",
                    False,
                ),
                (
                    "Because the child must be interviewed at once, at the scene",
                    "Eftersom barnet måste förhöras genast, på platsen",
                    False,
                ),
            ],
        ),
    ],
}


KITCHEN_CASE = case_spec(
    "The boy in the storeroom",
    "<p>You take part in a workplace inspection at a restaurant one evening. In the storeroom "
    "behind the kitchen you find a mattress, a bag of clothes and a boy, Tariq, who is washing "
    "up. He has no identity papers. The owner says Tariq is his nephew, that he is eighteen and "
    "only helps out.</p>",
    [
        (
            "storeroom",
            "<p>The owner stands in the doorway and answers every question you ask Tariq.</p>",
            [
                (
                    "Talk to Tariq apart from the owner, with a telephone interpreter, about his "
                    "age, his family, school and where he sleeps",
                    "apart",
                    "A colleague takes the owner to the dining room. Tariq is quiet at first, "
                    "then answers.",
                    2,
                    "",
                ),
                (
                    "Take the owner's word that Tariq is eighteen and his nephew, note it and "
                    "move on",
                    "missed",
                    "The inspection ends. Tariq goes back to the sink.",
                    0,
                    "",
                ),
                (
                    "Arrest Tariq for working without a permit and take him to the station",
                    "treated-as-offender",
                    "Tariq is led out past the owner, who tells him in their language to say "
                    "nothing.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "apart",
            "<p>Tariq says he is sixteen. He came half a year ago, works every day for food and "
            "the mattress, and owes the owner for the journey. The owner comes back and says he "
            "will take the boy home with him tonight and bring him to social services "
            "tomorrow.</p>",
            [
                (
                    "Treat Tariq as a child: contact social services at once, keep him apart "
                    "from the owner until they take over, and report the suspected crime so "
                    "that a preliminary investigation can start",
                    "child-protected",
                    "Social services' out-of-hours team comes to the restaurant. Tariq spends "
                    "the night in a place the owner does not know, and the investigation "
                    "secures the storeroom and the owner's records.",
                    2,
                    "",
                ),
                (
                    "Let the owner take Tariq home tonight and send a report of concern to "
                    "social services tomorrow",
                    "handed-back",
                    "The next day, social services find the restaurant closed. No one knows "
                    "where Tariq is.",
                    0,
                    "A possible child is never handed back to the adult who may control him, "
                    "not even for one night. Children exploited in trafficking often disappear "
                    "once they have been noticed. Contact social services at once and keep the "
                    "child apart from that adult until they take over.",
                ),
                (
                    "Ask Tariq whether he wants to make a complaint against the owner, and act "
                    "only if he does",
                    "missed",
                    "Tariq says no: the owner is family. You leave him in the storeroom.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "child-protected",
            "A child, protected",
            "<p>You talked to Tariq apart from the owner, took his word about his age, brought "
            "in social services at once and kept him out of the owner's reach until they took "
            "over. The investigation did not wait for a complaint from a sixteen-year-old: for "
            "a child, exploitation is enough.</p>",
        ),
        (
            "handed-back",
            "Handed back",
            "<p>Tariq went home with the man who exploits him and was gone by the morning. A "
            "possible child goes to social services at once, never back to the adult who may "
            "control him.</p>",
        ),
        (
            "treated-as-offender",
            "Treated as the offender",
            "<p>Tariq was treated as someone who broke the rules, not as a child someone else "
            "may be exploiting. Suspect or victim is a false choice: see the crime behind the "
            "crime, and call social services.</p>",
        ),
        (
            "missed",
            "Missed",
            "<p>Tariq was heard through the owner, or asked to carry a decision no child should "
            "carry. Talk to him apart, treat him as a child, and act without waiting for his "
            "complaint.</p>",
        ),
    ],
)

KITCHEN_CASE_SV = case_spec(
    "Pojken i förrådet",
    "<p>Du deltar en kväll i en arbetsplatskontroll på en restaurang. I förrådet bakom köket "
    "hittar du en madrass, en påse kläder och en pojke, Tariq, som diskar. Han har inga "
    "id-handlingar. Ägaren säger att Tariq är hans brorson, att han är arton och bara hjälper "
    "till.</p>",
    [
        (
            "storeroom",
            "<p>Ägaren står i dörröppningen och svarar på varje fråga du ställer till Tariq.</p>",
            [
                (
                    "Tala med Tariq skild från ägaren, med telefontolk, om hans ålder, hans "
                    "familj, skolan och var han sover",
                    "apart",
                    "En kollega följer med ägaren ut i matsalen. Tariq är tyst först, sedan "
                    "svarar han.",
                    2,
                    "",
                ),
                (
                    "Godta ägarens ord om att Tariq är arton och hans brorson, anteckna det och "
                    "gå vidare",
                    "missed",
                    "Kontrollen avslutas. Tariq går tillbaka till diskhon.",
                    0,
                    "",
                ),
                (
                    "Grip Tariq för att han arbetar utan tillstånd och ta honom till stationen",
                    "treated-as-offender",
                    "Tariq leds ut förbi ägaren, som säger åt honom på deras språk att inte säga "
                    "något.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "apart",
            "<p>Tariq säger att han är sexton. Han kom för ett halvår sedan, arbetar varje dag "
            "för mat och madrassen och är skyldig ägaren för resan. Ägaren kommer tillbaka och "
            "säger att han tar med pojken hem i kväll och följer honom till socialtjänsten i "
            "morgon.</p>",
            [
                (
                    "Behandla Tariq som ett barn: kontakta socialtjänsten genast, håll honom "
                    "skild från ägaren tills socialtjänsten tar över, och anmäl det misstänkta "
                    "brottet så att en förundersökning kan inledas",
                    "child-protected",
                    "Socialjouren kommer till restaurangen. Tariq sover i natt på ett ställe som "
                    "ägaren inte känner till, och utredningen säkrar förrådet och ägarens "
                    "anteckningar.",
                    2,
                    "",
                ),
                (
                    "Låt ägaren ta med Tariq hem i kväll och skicka en orosanmälan till "
                    "socialtjänsten i morgon",
                    "handed-back",
                    "Nästa dag är restaurangen stängd när socialtjänsten kommer. Ingen vet var "
                    "Tariq är.",
                    0,
                    "Ett möjligt barn lämnas aldrig tillbaka till den vuxne som kan kontrollera "
                    "honom, inte ens för en natt. Barn som utnyttjas i människohandel försvinner "
                    "ofta när de har uppmärksammats. Kontakta socialtjänsten genast och håll "
                    "barnet skilt från den vuxne tills socialtjänsten tar över.",
                ),
                (
                    "Fråga Tariq om han vill anmäla ägaren, och agera bara om han vill det",
                    "missed",
                    "Tariq säger nej: ägaren är släkt. Du lämnar honom kvar i förrådet.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "child-protected",
            "Ett barn som fick skydd",
            "<p>Du talade med Tariq skild från ägaren, tog hans ord om åldern på allvar, kopplade "
            "in socialtjänsten genast och höll honom utom räckhåll för ägaren tills "
            "socialtjänsten tog över. Utredningen väntade inte på en anmälan från en "
            "sextonåring: för ett barn räcker exploateringen.</p>",
        ),
        (
            "handed-back",
            "Tillbaka till ägaren",
            "<p>Tariq åkte hem med mannen som utnyttjar honom och var borta på morgonen. Ett "
            "möjligt barn går till socialtjänsten genast, aldrig tillbaka till den vuxne som kan "
            "kontrollera honom.</p>",
        ),
        (
            "treated-as-offender",
            "Behandlad som gärningsperson",
            "<p>Tariq behandlades som någon som brutit mot reglerna, inte som ett barn som någon "
            "annan kan utnyttja. Misstänkt eller offer är ett falskt val: se brottet bakom "
            "brottet, och ring socialtjänsten.</p>",
        ),
        (
            "missed",
            "Missat",
            "<p>Tariq hördes genom ägaren, eller fick bära ett beslut som inget barn ska behöva "
            "bära. Tala med honom enskilt, behandla honom som ett barn och agera utan att vänta "
            "på hans anmälan.</p>",
        ),
    ],
)

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        (
            "The boy in the storeroom: choose each step, as the officer at the inspection.",
            "Pojken i förrådet: välj varje steg, som polisen vid kontrollen.",
        ),
        (
            "Talk to the young person apart from the adult, treat a possible child as a child, "
            "bring in social services at once and let the investigation start without his "
            "complaint. Handing him back to the adult who may control him fails the case.",
            "Tala med den unga skild från den vuxne, behandla ett möjligt barn som ett barn, "
            "koppla in socialtjänsten genast och låt utredningen börja utan hans anmälan. Att "
            "lämna tillbaka honom till den vuxne som kan kontrollera honom underkänner fallet.",
        ),
        tags=["case", "children", "inspections"],
        points=3,
        case=(KITCHEN_CASE, KITCHEN_CASE_SV),
    )
]
