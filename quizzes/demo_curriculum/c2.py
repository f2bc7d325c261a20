"""The final assessment of C2 "Threat, risk and safe return" (``courses.demo.curriculum.c2``):
a pool of twelve questions, six drawn per attempt, on what the lessons teach — the risk model,
the family at home, consular support abroad, safe return — and an assessed branching case, a
return home, where contacting the family without the person's consent fails the case.

No question holds a phone number, a statistic or a section number: those live in the lessons,
dated and sourced."""

from courses.demo.cases import case_spec
from courses.demo.curriculum.c2 import COURSE
from quizzes.demo import _q, final_settings

COURSE_SLUG = COURSE["slug"]

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": ("Final assessment", "Slutprov"),
    "intro": (
        "<p>Six questions drawn from the whole course, and a case to walk through. You have 25 "
        "minutes and three attempts; you pass with 80%.</p>",
        "<p>Sex frågor från hela kursen, och ett fall att gå igenom. Du har 25 minuter och tre "
        "försök; godkänt från 80 %.</p>",
    ),
    "settings": final_settings(draw_count=6, time_limit_minutes=25),
    "questions": [
        _q(
            "single",
            (
                "In the risk model this course borrows from UNODC, what decides the level of a "
                "risk?",
                "Vad avgör en risks nivå i den riskmodell som kursen lånar från UNODC?",
            ),
            (
                "Likelihood and severity are weighed together: a serious but unlikely harm and a "
                "likely but minor one call for different responses from a harm that is both "
                "likely and serious. The number of indicators says whether to look closer, not "
                "how great the risk is.",
                "Sannolikhet och allvar vägs samman: en allvarlig men osannolik skada och en "
                "trolig men lindrig skada kräver andra åtgärder än en skada som är både trolig "
                "och allvarlig. Antalet indikatorer säger om du ska se närmare, inte hur stor "
                "risken är.",
            ),
            tags=["risk-model"],
            options=[
                (
                    "How likely the harm is and how severe it would be, together",
                    "Hur trolig skadan är och hur allvarlig den skulle bli, tillsammans",
                    True,
                ),
                (
                    "How many indicators of trafficking you have noticed",
                    "Hur många indikatorer på människohandel du har lagt märke till",
                    False,
                ),
                (
                    "Whether the person has reported the crime to the police",
                    "Om personen har anmält brottet till polisen",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A risk assessment made carefully at the first meeting holds until the case is "
                "closed.",
                "En riskbedömning som gjorts noggrant vid första mötet gäller tills ärendet är "
                "avslutat.",
            ),
            (
                "Risk assessment is continuous: a new threat, a companion who comes back, a "
                "decision on the application or a date for travel all change it. Review it at "
                "every contact and after every development.",
                "Riskbedömningen är löpande: ett nytt hot, en medresenär som dyker upp igen, ett "
                "beslut i ärendet eller ett resdatum ändrar den. Se över den vid varje kontakt "
                "och efter varje ny händelse.",
            ),
            tags=["risk-model"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "An applicant discloses that a recruiter holds her passport. Who or what can be "
                "at risk, and belongs in your assessment?",
                "En sökande berättar att en rekryterare har hennes pass. Vem eller vad kan vara "
                "i fara och höra till din bedömning?",
            ),
            (
                "Name the objects of the risk before weighing it: the person, her family, others "
                "recruited with her, you, your colleagues and the interpreter, and the case "
                "itself, which leaked information can spoil. Stopping at the person leaves out "
                "those the network reaches most easily.",
                "Peka ut riskens objekt innan du väger den: personen, hennes familj, andra som "
                "rekryterats med henne, du själv, dina kolleger och tolken, och själva ärendet, "
                "som uppgifter som läcker kan förstöra. Att stanna vid personen lämnar ute dem "
                "som nätverket lättast kommer åt.",
            ),
            tags=["risk-model", "family"],
            points=2,
            options=[
                ("Her family at home", "Hennes familj i hemlandet", True),
                (
                    "Others recruited by the same people",
                    "Andra som rekryterats av samma personer",
                    True,
                ),
                (
                    "The interpreter and your colleagues",
                    "Tolken och dina kolleger",
                    True,
                ),
                (
                    "No one but her: the risk assessment is about the applicant alone",
                    "Ingen annan än hon: riskbedömningen gäller bara den sökande",
                    False,
                ),
            ],
        ),
        _q(
            "ordering",
            (
                "Put the steps of a risk assessment at the mission in order.",
                "Sätt stegen i en riskbedömning på beskickningen i ordning.",
            ),
            (
                "First name who and what is at risk, then weigh likelihood and severity, then "
                "decide the response with the person, write down what was decided, and review "
                "it whenever the situation changes.",
                "Peka först ut vem och vad som är i fara, väg sedan sannolikhet och allvar, "
                "besluta åtgärd tillsammans med personen, dokumentera beslutet och se över det "
                "så snart läget ändras.",
            ),
            tags=["risk-model"],
            points=2,
            steps=[
                ("Name who and what is at risk", "Peka ut vem och vad som är i fara"),
                ("Weigh likelihood and severity", "Väg sannolikhet och allvar"),
                (
                    "Decide the response with the person",
                    "Besluta åtgärd tillsammans med personen",
                ),
                (
                    "Write down what was decided and why",
                    "Dokumentera vad som beslutades och varför",
                ),
                (
                    "Review at the next contact or change",
                    "Se över vid nästa kontakt eller förändring",
                ),
            ],
        ),
        _q(
            "single",
            (
                "In a private conversation an applicant says the agent threatened her mother. "
                "She asks you not to tell anyone. What do you do about the family first?",
                "I ett enskilt samtal berättar en sökande att agenten har hotat hennes mamma. "
                "Hon ber dig att inte berätta för någon. Vad gör du först när det gäller "
                "familjen?",
            ),
            (
                "Ask what she fears, who knows what and what she wants: she knows who talks to "
                "whom at home. A call to the mother can reach the agent within the hour; the "
                "family is contacted only with her consent, in a plan made with her and your "
                "focal point.",
                "Fråga vad hon är rädd för, vem som vet vad och vad hon vill: hon vet vem som "
                "pratar med vem därhemma. Ett samtal till mamman kan nå agenten inom en timme; "
                "familjen kontaktas bara med hennes samtycke, i en plan som görs upp med henne "
                "och er kontaktperson.",
            ),
            tags=["family", "consent"],
            options=[
                (
                    "Ask her what she fears and what she wants, and plan any contact with her",
                    "Fråga vad hon är rädd för och vad hon vill, och planera varje kontakt med "
                    "henne",
                    True,
                ),
                (
                    "Call the mother at once to warn her",
                    "Ring mamman genast och varna henne",
                    False,
                ),
                (
                    "Ask the local police to visit the mother, giving the applicant's name",
                    "Be den lokala polisen besöka mamman och uppge den sökandes namn",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "The person's own view of the risk to themselves and their family must be heard "
                "and respected, even when it differs from yours.",
                "Personens egen bild av risken för sig själv och familjen ska höras och "
                "respekteras, även när den skiljer sig från din.",
            ),
            (
                "WHO's recommendations ask interviewers to listen to and respect each person's "
                "assessment of their situation and of the risks to their safety: they know the "
                "network better than you do. Their fear is information.",
                "WHO:s rekommendationer uppmanar den som intervjuar att lyssna på och respektera "
                "varje persons bedömning av sin situation och av riskerna för sin säkerhet: "
                "personen känner nätverket bättre än du. Rädslan är information.",
            ),
            tags=["consent", "risk-model"],
            answer=True,
        ),
        _q(
            "matching",
            (
                "A woman who lives in Sweden calls the embassy from abroad. Match each problem "
                "with what the mission can do about it.",
                "En kvinna som bor i Sverige ringer ambassaden från utlandet. Para ihop varje "
                "problem med vad beskickningen kan göra åt det.",
            ),
            (
                "A mission can arrange a provisional passport, put the person in touch with a "
                "lawyer, doctor or interpreter, and, when the need cannot be met another way "
                "and it is reasonable, lend money for the journey home, to be repaid. It cannot "
                "investigate the crime: that is for the local police, with her consent.",
                "En beskickning kan ordna ett provisoriskt pass, förmedla kontakt med advokat, "
                "läkare eller tolk och, när behovet inte kan tillgodoses på annat sätt och det "
                "är skäligt, låna ut pengar till hemresan, som ska betalas tillbaka. Den kan "
                "inte utreda brottet: det gör den lokala polisen, med hennes samtycke.",
            ),
            tags=["consular-support"],
            points=2,
            pairs=[
                (
                    ("Her passport has been taken", "Hennes pass har tagits ifrån henne"),
                    ("A provisional passport", "Ett provisoriskt pass"),
                ),
                (
                    (
                        "She has no money for the journey home",
                        "Hon har inga pengar till hemresan",
                    ),
                    (
                        "A loan for the journey, to be repaid",
                        "Ett lån till resan, som ska betalas tillbaka",
                    ),
                ),
                (
                    ("She needs legal advice", "Hon behöver juridisk rådgivning"),
                    (
                        "Contact with a local lawyer",
                        "Kontakt med en advokat på platsen",
                    ),
                ),
            ],
            extra=[
                (
                    "The embassy investigates the crime itself",
                    "Ambassaden utreder själv brottet",
                )
            ],
        ),
        _q(
            "single",
            (
                "A caller from Sweden whispers that she is held in a flat abroad and asks for "
                "help. What do you establish first?",
                "En kvinna från Sverige viskar i telefon att hon hålls i en lägenhet utomlands "
                "och ber om hjälp. Vad tar du reda på först?",
            ),
            (
                "Safety first: whether she can talk safely now, where she is, and whether she "
                "is in immediate danger (then the local emergency services come first). Then a "
                "safe way to stay in touch, and honest information about what the mission can "
                "do.",
                "Säkerheten först: om hon kan prata säkert just nu, var hon är och om hon är i "
                "akut fara (då går den lokala larmtjänsten först). Sedan ett säkert sätt att "
                "hålla kontakten, och ärlig information om vad beskickningen kan göra.",
            ),
            tags=["consular-support", "safety"],
            options=[
                (
                    "Whether she can talk safely now, where she is and whether she is in "
                    "immediate danger",
                    "Om hon kan prata säkert nu, var hon är och om hon är i akut fara",
                    True,
                ),
                (
                    "Her parents' phone number, so that they can be told",
                    "Föräldrarnas telefonnummer, så att de kan underrättas",
                    False,
                ),
                (
                    "Whether she has travel insurance that covers the journey home",
                    "Om hon har en reseförsäkring som täcker hemresan",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "Telling a frightened caller that someone will come and fetch her within the "
                "hour is good practice, because it calms her.",
                "Att säga till en rädd person i telefon att någon kommer och hämtar henne inom "
                "en timme är god praxis, eftersom det lugnar henne.",
            ),
            (
                "WHO's recommendations warn against promises you cannot keep. A rescue that does "
                "not come leaves her waiting and destroys her trust; tell her honestly what the "
                "mission can do, and agree the next step with her.",
                "WHO:s rekommendationer varnar för löften du inte kan hålla. En räddning som "
                "inte kommer lämnar henne väntande och förstör förtroendet; berätta ärligt vad "
                "beskickningen kan göra och kom överens med henne om nästa steg.",
            ),
            tags=["consular-support", "safety"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "A person identified in Sweden has decided to return home. What should be "
                "assessed before the journey?",
                "En person som identifierats i Sverige har bestämt sig för att återvända hem. "
                "Vad bör bedömas före resan?",
            ),
            (
                "IOM recommends assessing vulnerability, risk and the family situation as early "
                "as possible, ideally before the return, with partners in both countries, and "
                "again after arrival. Whether the person's story is believed is not part of a "
                "safe-return assessment.",
                "IOM rekommenderar att sårbarhet, risker och familjesituation bedöms så tidigt "
                "som möjligt, helst före hemresan, med partner i båda länderna, och igen efter "
                "ankomsten. Om personens berättelse blir trodd hör inte till bedömningen inför "
                "ett säkert återvändande.",
            ),
            tags=["return"],
            points=2,
            options=[
                (
                    "The risks at home, such as where the recruiter is",
                    "Riskerna därhemma, till exempel var rekryteraren finns",
                    True,
                ),
                ("The family situation", "Familjesituationen", True),
                (
                    "The person's vulnerability and needs",
                    "Personens sårbarhet och behov",
                    True,
                ),
                (
                    "Whether the person's story is credible enough to deserve help",
                    "Om personens berättelse är trovärdig nog för att förtjäna hjälp",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "A woman wants to go home, but the man who recruited her lives in her home town "
                "and says she still owes him. What is the best advice?",
                "En kvinna vill åka hem, men mannen som rekryterade henne bor i hennes hemstad "
                "och säger att hon fortfarande är skyldig honom pengar. Vilket är det bästa "
                "rådet?",
            ),
            (
                "The choice is not only “go” or “stay”: she can return to another town or a "
                "shelter at first, or later, be met on arrival, and have the plan reviewed "
                "afterwards. The return stays her decision and she can change her mind.",
                "Valet står inte bara mellan ”åka” och ”stanna”: hon kan först återvända till en "
                "annan stad eller ett skyddat boende, eller resa senare, bli mött vid ankomsten "
                "och få planen omprövad efteråt. Återvändandet är fortfarande hennes beslut, och "
                "hon kan ändra sig.",
            ),
            tags=["return", "family"],
            options=[
                (
                    "Plan the return with her and the partners: where to live at first, who "
                    "meets her, and a review after arrival",
                    "Planera återvändandet med henne och partnerna: var hon ska bo först, vem "
                    "som möter henne och en uppföljning efter ankomsten",
                    True,
                ),
                (
                    "Tell her a return is too dangerous and she cannot go",
                    "Säg att ett återvändande är för farligt och att hon inte kan åka",
                    False,
                ),
                (
                    "Book the earliest flight: the sooner she is home, the safer",
                    "Boka första möjliga flyg: ju förr hon är hemma, desto säkrare",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "In IOM's assisted voluntary return programmes, the person's own wish to return "
                "is a precondition.",
                "I IOM:s program för assisterat frivilligt återvändande är personens egen vilja "
                "att återvända en förutsättning.",
            ),
            (
                "IOM treats voluntariness as a precondition of all its assisted voluntary return "
                "and reintegration work, and the Council of Europe Convention asks that a "
                "victim's return be safe and dignified, and preferably voluntary.",
                "IOM ser frivilligheten som en förutsättning för allt sitt arbete med assisterat "
                "frivilligt återvändande och återintegrering, och Europarådets konvention kräver "
                "att ett offers återvändande sker säkert och värdigt, och helst frivilligt.",
            ),
            tags=["return", "consent"],
            answer=True,
        ),
    ],
}


RETURN_CASE = case_spec(
    "Ilona's return",
    "<p>Ilona, 31, was identified in Sweden as a possible victim of labour exploitation in "
    "cleaning. She has decided to go home. A support organisation in Sweden asks, through the "
    "Ministry for Foreign Affairs, for the help of your embassy's focal point in her home "
    "country.</p>",
    [
        (
            "request",
            "<p>The request gives Ilona's home town and her parents' address. It says she wants "
            "to travel soon.</p>",
            [
                (
                    "Ask, through the organisation in Sweden, what Ilona wants her family to "
                    "know, whom she fears and where she wants to live",
                    "what-she-fears",
                    "The answer comes the next day: Ilona has told her parents nothing, and "
                    "there is someone at home she is afraid of.",
                    2,
                    "",
                ),
                (
                    "Phone her parents to say she is coming home and ask them to meet her",
                    "family-told",
                    "Her parents are glad, and tell the neighbours. The woman who recruited "
                    "Ilona lives next door.",
                    0,
                    "Never contact the family without the person's consent. Ask Ilona first, "
                    "through those who support her, what the family may know and whom she "
                    "fears; the recruiter may be closer to the family than you think.",
                ),
                (
                    "Book the earliest possible date: a quick return is the safest",
                    "decided-for-her",
                    "The date is set before anyone has asked what waits for her at home.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "what-she-fears",
            "<p>The woman who recruited Ilona is her parents' neighbour, and says Ilona still "
            "owes her money. Ilona still wants to go home.</p>",
            [
                (
                    "With Ilona and the organisations in both countries, agree a plan: where she "
                    "lives at first, who meets her, support to find work, and a review after "
                    "arrival",
                    "safe-plan",
                    "Ilona chooses to stay with a cousin in another town at first. An "
                    "organisation meets her at the airport and will see her again after two "
                    "weeks; she knows she can change the plan.",
                    2,
                    "",
                ),
                (
                    "Tell the local police in her home town about the recruiter, with Ilona's "
                    "name, before she arrives",
                    "decided-for-her",
                    "A local officer knows the neighbour. Before Ilona lands, the neighbour "
                    "knows she is coming.",
                    0,
                    "",
                ),
                (
                    "Tell Ilona the return is too dangerous and must be cancelled",
                    "decided-for-her",
                    "Ilona feels she has lost control again, and stops answering the "
                    "organisation in Sweden.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "safe-plan",
            "A return planned with her",
            "<p>You asked before you acted, let Ilona decide what her family knows, and planned "
            "the return with partners in both countries, with a review after arrival. That is "
            "what makes a return safe, voluntary and dignified.</p>",
        ),
        (
            "decided-for-her",
            "Decided without her",
            "<p>A date, a report or a cancellation was decided before Ilona and those who "
            "support her had weighed the risk at home. A return is her decision: assess the "
            "risk with her and the partners, then plan.</p>",
        ),
        (
            "family-told",
            "The family told behind her back",
            "<p>The call reached the recruiter through the family. The family is contacted only "
            "with the person's consent, in a plan made with her.</p>",
        ),
    ],
)

RETURN_CASE_SV = case_spec(
    "Ilonas hemresa",
    "<p>Ilona, 31 år, har identifierats i Sverige som möjligt offer för arbetskraftsexploatering "
    "inom städbranschen. Hon har bestämt sig för att åka hem. En stödorganisation i Sverige ber, "
    "via Utrikesdepartementet, om hjälp från kontaktpersonen vid er ambassad i hennes "
    "hemland.</p>",
    [
        (
            "request",
            "<p>Förfrågan anger Ilonas hemstad och föräldrarnas adress. Där står att hon vill "
            "resa snart.</p>",
            [
                (
                    "Fråga, via organisationen i Sverige, vad Ilona vill att familjen ska få "
                    "veta, vem hon är rädd för och var hon vill bo",
                    "what-she-fears",
                    "Svaret kommer dagen därpå: Ilona har inte berättat något för föräldrarna, "
                    "och det finns någon därhemma som hon är rädd för.",
                    2,
                    "",
                ),
                (
                    "Ring föräldrarna och berätta att hon kommer hem och be dem möta henne",
                    "family-told",
                    "Föräldrarna blir glada och berättar det för grannarna. Kvinnan som "
                    "rekryterade Ilona bor i huset bredvid.",
                    0,
                    "Kontakta aldrig familjen utan personens samtycke. Fråga först Ilona, via "
                    "dem som stöttar henne, vad familjen får veta och vem hon är rädd för; "
                    "rekryteraren kan stå familjen närmare än du tror.",
                ),
                (
                    "Boka tidigast möjliga datum: ett snabbt återvändande är det säkraste",
                    "decided-for-her",
                    "Datumet bestäms innan någon har frågat vad som väntar henne därhemma.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "what-she-fears",
            "<p>Kvinnan som rekryterade Ilona är föräldrarnas granne och säger att Ilona "
            "fortfarande är skyldig henne pengar. Ilona vill ändå åka hem.</p>",
            [
                (
                    "Gör upp en plan med Ilona och organisationerna i båda länderna: var hon bor "
                    "till en början, vem som möter henne, stöd att hitta arbete och en "
                    "uppföljning efter ankomsten",
                    "safe-plan",
                    "Ilona väljer att först bo hos en kusin i en annan stad. En organisation "
                    "möter henne på flygplatsen och träffar henne igen efter två veckor; hon vet "
                    "att hon kan ändra planen.",
                    2,
                    "",
                ),
                (
                    "Berätta för polisen i hennes hemstad om rekryteraren, med Ilonas namn, "
                    "innan hon kommer",
                    "decided-for-her",
                    "En lokal polis känner grannen. Innan Ilona landar vet grannen att hon är "
                    "på väg.",
                    0,
                    "",
                ),
                (
                    "Säg till Ilona att återvändandet är för farligt och måste ställas in",
                    "decided-for-her",
                    "Ilona känner att hon har förlorat kontrollen igen och slutar svara "
                    "organisationen i Sverige.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "safe-plan",
            "Ett återvändande planerat med henne",
            "<p>Du frågade innan du handlade, lät Ilona bestämma vad familjen får veta och "
            "planerade hemresan med partner i båda länderna, med uppföljning efter ankomsten. "
            "Det är det som gör ett återvändande säkert, frivilligt och värdigt.</p>",
        ),
        (
            "decided-for-her",
            "Beslutat utan henne",
            "<p>Ett datum, en anmälan eller ett inställt återvändande bestämdes innan Ilona och "
            "de som stöttar henne hade vägt risken därhemma. Återvändandet är hennes beslut: "
            "bedöm risken med henne och partnerna, planera sedan.</p>",
        ),
        (
            "family-told",
            "Familjen fick veta bakom hennes rygg",
            "<p>Samtalet nådde rekryteraren via familjen. Familjen kontaktas bara med personens "
            "samtycke, i en plan som görs upp med henne.</p>",
        ),
    ],
)

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        (
            "Ilona's return: choose each step, as the focal point would.",
            "Ilonas hemresa: välj varje steg, som kontaktpersonen skulle göra.",
        ),
        (
            "A safe return asks first — what the family may know, whom the person fears, where "
            "she wants to live — and plans with her and partners in both countries. Contacting "
            "the family without her consent fails the case: it can reach the recruiter.",
            "Ett säkert återvändande börjar med frågor — vad familjen får veta, vem personen är "
            "rädd för, var hon vill bo — och planeras med henne och partner i båda länderna. "
            "Att kontakta familjen utan hennes samtycke underkänner fallet: det kan nå "
            "rekryteraren.",
        ),
        tags=["case", "return", "family"],
        points=3,
        case=(RETURN_CASE, RETURN_CASE_SV),
    )
]
