"""The final assessment of PR1 "Prosecuting trafficking and exploitation"
(``courses.demo.curriculum.pr1``): seven questions per attempt — an assessed branching case,
always asked, and six drawn from a pool of fourteen on what the lessons teach (the elements and
the child rule, choosing the charge, the charging decision for a suspect who may be a victim,
evidence beyond testimony, victims' rights, cross-border cooperation). In the case, a victim
withdraws, and closing the investigation the moment he withdraws fails it.

No question holds a phone number, a statistic or a section number: those live in the lessons,
marked for the experts where they are still to be confirmed."""

from courses.demo.cases import case_spec
from courses.demo.curriculum.pr1 import COURSE
from quizzes.demo import _q, final_settings

COURSE_SLUG = COURSE["slug"]

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": ("Final assessment", "Slutprov"),
    "intro": (
        "<p>Seven questions from the whole course, one of them a case to walk through. You "
        "have 30 minutes and three attempts; you pass with 80%.</p>",
        "<p>Sju frågor från hela kursen, varav en är ett fall att gå igenom. Du har 30 minuter "
        "och tre försök; godkänt från 80 %.</p>",
    ),
    "settings": final_settings(draw_count=7, time_limit_minutes=30),
    "questions": [
        _q(
            "multiple",
            (
                "Which elements must be proved for trafficking of an adult under the "
                "international definition?",
                "Vilka rekvisit måste styrkas för människohandel med en vuxen enligt den "
                "internationella definitionen?",
            ),
            (
                "Trafficking of an adult is an act (recruiting, moving, harbouring, receiving), "
                "an improper means and a purpose of exploitation. The exploitation itself need "
                "not have happened, and crossing a border is not an element.",
                "Människohandel med en vuxen består av en handling (rekrytera, förflytta, "
                "inhysa, ta emot), ett otillbörligt medel och ett syfte att exploatera. Själva "
                "exploateringen behöver inte ha skett, och en gränspassage är inget rekvisit.",
            ),
            tags=["elements"],
            points=2,
            options=[
                (
                    "An act such as recruiting, transporting or harbouring",
                    "En handling som att rekrytera, transportera eller inhysa",
                    True,
                ),
                (
                    "An improper means such as deception or coercion",
                    "Ett otillbörligt medel som vilseledande eller tvång",
                    True,
                ),
                ("A purpose of exploitation", "Ett syfte att exploatera", True),
                (
                    "That the exploitation has actually taken place",
                    "Att exploateringen faktiskt har ägt rum",
                    False,
                ),
                ("That the victim crossed a border", "Att offret har passerat en gräns", False),
            ],
        ),
        _q(
            "true_false",
            (
                "When the victim is 16, the prosecutor must still prove that an improper means "
                "such as threats or deception was used.",
                "När offret är 16 år måste åklagaren ändå styrka att ett otillbörligt medel, "
                "som hot eller vilseledande, har använts.",
            ),
            (
                "For a child under 18 no means needs to be proved: the act and the purpose are "
                "enough, under the Palermo Protocol and the Swedish trafficking offence alike. "
                "Whether the child went along with it is not an element.",
                "För ett barn under 18 år behöver inget medel styrkas: handlingen och syftet "
                "räcker, både enligt Palermoprotokollet och enligt det svenska brottet. Om "
                "barnet gick med på det är inget rekvisit.",
            ),
            tags=["elements", "children"],
            answer=False,
        ),
        _q(
            "single",
            (
                "A woman agreed to sell sex after the recruiter deceived her about the job and "
                "tied her to a debt. What does her agreement mean for the trafficking charge?",
                "En kvinna gick med på att sälja sex sedan rekryteraren vilselett henne om "
                "arbetet och bundit henne med en skuld. Vad betyder hennes samtycke för åtalet "
                "för människohandel?",
            ),
            (
                "Once an improper means such as deception or debt bondage has been used, the "
                "victim's consent to the intended exploitation is irrelevant. It does not "
                "reduce the offence to procuring or end the case.",
                "När ett otillbörligt medel som vilseledande eller skuldslaveri har använts "
                "saknar offrets samtycke till den avsedda exploateringen betydelse. Det gör inte "
                "brottet till koppleri och avslutar inte målet.",
            ),
            tags=["elements", "consent"],
            options=[
                (
                    "Nothing: consent is irrelevant once an improper means was used",
                    "Ingenting: samtycket saknar betydelse när ett otillbörligt medel har använts",
                    True,
                ),
                (
                    "The charge must be reduced to procuring",
                    "Åtalet måste ändras till koppleri",
                    False,
                ),
                (
                    "There is no crime, because she agreed",
                    "Det finns inget brott, eftersom hon gick med på det",
                    False,
                ),
            ],
        ),
        _q(
            "matching",
            (
                "Match each situation with the offence that fits it best.",
                "Para ihop varje situation med det brott som passar bäst.",
            ),
            (
                "Recruiting by deception for sexual exploitation is trafficking; exploiting a "
                "person in work on manifestly unreasonable terms, without having moved them, is "
                "human exploitation; profiting from another person's selling sex, without an "
                "improper means, is procuring.",
                "Att genom vilseledande rekrytera någon för sexuell exploatering är "
                "människohandel; att exploatera någon i arbete under uppenbart orimliga villkor, "
                "utan att ha förflyttat personen, är människoexploatering; att tjäna pengar på "
                "att någon annan säljer sex, utan otillbörligt medel, är koppleri.",
            ),
            tags=["charging"],
            points=2,
            pairs=[
                (
                    (
                        "He recruited her abroad with a false job offer, to sell sex in Sweden",
                        "Han rekryterade henne utomlands med ett falskt jobberbjudande, för att "
                        "hon skulle sälja sex i Sverige",
                    ),
                    ("Trafficking", "Människohandel"),
                ),
                (
                    (
                        "A restaurant owner keeps a worker who already lives here on twelve-hour "
                        "days for almost no pay, exploiting his dependence",
                        "En krögare låter en arbetare som redan bor här arbeta tolv timmar om "
                        "dagen för nästan ingen lön och utnyttjar hans beroendeställning",
                    ),
                    ("Human exploitation", "Människoexploatering"),
                ),
                (
                    (
                        "She rents out flats to women who sell sex and takes a share of their "
                        "earnings; no coercion or deception is shown",
                        "Hon hyr ut lägenheter till kvinnor som säljer sex och tar en del av "
                        "deras inkomster; inget tvång eller vilseledande visas",
                    ),
                    ("Procuring", "Koppleri"),
                ),
            ],
            extra=[("Assault", "Misshandel")],
        ),
        _q(
            "single",
            (
                "The evidence of the means in a trafficking case is weak, but the facts clearly "
                "show procuring. How do you frame the charge?",
                "Bevisningen om medlet i ett människohandelsmål är svag, men omständigheterna "
                "visar tydligt koppleri. Hur utformar du åtalet?",
            ),
            (
                "Charge trafficking with procuring in the alternative, describing the facts "
                "each offence needs. You neither give up the heavier charge nor risk an "
                "acquittal if one element does not hold.",
                "Åtala för människohandel med koppleri som alternativt yrkande och beskriv de "
                "omständigheter varje brott kräver. Du ger inte upp det tyngre åtalet och "
                "riskerar inte en friande dom om ett rekvisit inte håller.",
            ),
            tags=["charging"],
            options=[
                (
                    "Trafficking, with procuring in the alternative",
                    "Människohandel, med koppleri som alternativt yrkande",
                    True,
                ),
                (
                    "Trafficking only: an alternative charge shows weakness",
                    "Enbart människohandel: ett alternativt yrkande visar svaghet",
                    False,
                ),
                (
                    "Procuring only, and leave the trafficking suspicion out of the file",
                    "Enbart koppleri, och lämna misstanken om människohandel utanför akten",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "A woman arrested at a flat used for fraud calls says she owes the organiser "
                "for her journey and that he keeps her passport. What do you do before "
                "deciding whether to charge her?",
                "En kvinna som gripits i en lägenhet som används för bedrägerisamtal säger att "
                "hon är skyldig organisatören för resan och att han har hennes pass. Vad gör du "
                "innan du tar ställning till åtal mot henne?",
            ),
            (
                "The debt and the passport are indicators of trafficking. Have the trafficking "
                "suspicion investigated and record how you weighed non-punishment before you "
                "decide: charging first is the error the principle exists to prevent.",
                "Skulden och passet är indikatorer på människohandel. Låt utreda misstanken om "
                "människohandel och dokumentera hur du vägde icke-bestraffning innan du "
                "beslutar: att åtala först är just det fel principen ska förhindra.",
            ),
            tags=["non-punishment", "charging"],
            options=[
                (
                    "Have the trafficking suspicion investigated and weigh non-punishment",
                    "Låta utreda misstanken om människohandel och väga in icke-bestraffning",
                    True,
                ),
                (
                    "Charge her with fraud; her circumstances can be raised at sentencing",
                    "Åtala henne för bedrägeri; omständigheterna kan tas upp vid straffmätningen",
                    False,
                ),
                (
                    "Charge her together with the organiser as co-offenders",
                    "Åtala henne tillsammans med organisatören som medgärningsperson",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "The non-punishment principle means that a person identified as a victim can "
                "never be prosecuted for any offence.",
                "Principen om icke-bestraffning innebär att en person som identifierats som "
                "offer aldrig kan lagföras för något brott.",
            ),
            (
                "It is not an immunity. It covers offences the victim was compelled to commit as "
                "a direct consequence of being trafficked; an offence committed freely, outside "
                "the exploitation, can still be prosecuted.",
                "Principen ger ingen straffrihet för allt. Den gäller brott som offret "
                "tvingats begå som en direkt följd av människohandeln; ett brott som begåtts "
                "fritt, utanför exploateringen, kan fortfarande lagföras.",
            ),
            tags=["non-punishment"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "Which evidence can support a trafficking case beyond the victim's testimony?",
                "Vilken bevisning kan stödja ett människohandelsmål utöver offrets utsaga?",
            ),
            (
                "Money trails, digital traces, surveillance and other witnesses build a mosaic "
                "that does not stand or fall with one frightened person. The accused's general "
                "reputation proves none of the elements.",
                "Penningflöden, digitala spår, spaning och andra vittnen bygger en mosaik som "
                "inte står och faller med en enda rädd människa. Den tilltalades allmänna rykte "
                "styrker inget av rekvisiten.",
            ),
            tags=["evidence"],
            points=2,
            options=[
                (
                    "Bank transfers and rent paid for the flats",
                    "Banköverföringar och hyror för lägenheterna",
                    True,
                ),
                (
                    "Chat messages giving orders, and adverts",
                    "Chattmeddelanden med order, och annonser",
                    True,
                ),
                (
                    "Surveillance of who comes, goes and collects the money",
                    "Spaning på vem som kommer, går och hämtar pengarna",
                    True,
                ),
                (
                    "Statements of buyers, co-workers or other victims",
                    "Uppgifter från sexköpare, arbetskamrater eller andra offer",
                    True,
                ),
                (
                    "The accused's bad reputation in the neighbourhood",
                    "Den tilltalades dåliga rykte i området",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "At the main hearing the injured party says the accused is her boyfriend and "
                "that the police misunderstood her. What is your first response?",
                "Vid huvudförhandlingen säger målsäganden att den tilltalade är hennes pojkvän "
                "och att polisen missförstod henne. Vad gör du först?",
            ),
            (
                "A changed account is typical when a victim is afraid or under pressure. Ask "
                "what has changed, check her safety with her counsel, and rest the case on the "
                "other evidence as well; accusing her silences her.",
                "En ändrad berättelse är typisk när ett offer är rädd eller utsatt för press. "
                "Fråga vad som har ändrats, kontrollera hennes säkerhet med "
                "målsägandebiträdet och låt målet vila också på den övriga bevisningen; att "
                "anklaga henne tystar henne.",
            ),
            tags=["evidence", "testimony"],
            options=[
                (
                    "Ask what has changed and check her safety with her counsel",
                    "Fråga vad som har ändrats och kontrollera hennes säkerhet med "
                    "målsägandebiträdet",
                    True,
                ),
                (
                    "Tell the court she is lying and raise a perjury charge",
                    "Säga till rätten att hon ljuger och ta upp frågan om åtal för mened",
                    False,
                ),
                (
                    "Withdraw the trafficking charge at once",
                    "Genast lägga ner åtalet för människohandel",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A preliminary investigation into trafficking can be opened and continued even "
                "though the victim has not reported the crime.",
                "En förundersökning om människohandel kan inledas och fortsätta även om offret "
                "inte har anmält brottet.",
            ),
            (
                "Trafficking falls under public prosecution: an investigation is opened when "
                "there is reason to believe such a crime has been committed, whether or not the "
                "victim reports it, as the national referral manual reminds practitioners.",
                "Människohandel hör under allmänt åtal: en förundersökning inleds när det finns "
                "anledning att anta att ett sådant brott har begåtts, oavsett om offret anmäler "
                "det, vilket den nationella manualen påminner om.",
            ),
            tags=["evidence", "investigation"],
            answer=True,
        ),
        _q(
            "single",
            (
                "When should counsel for the injured party (målsägandebiträde) be requested for "
                "a presumed victim of trafficking?",
                "När bör målsägandebiträde begäras för ett förmodat offer för människohandel?",
            ),
            (
                "The national referral manual asks for counsel to be appointed as early as "
                "possible after the report, preferably in time for the first interview. Police "
                "or prosecutor ask the court; the victim should not have to find out herself.",
                "Den nationella manualen kräver att ett målsägandebiträde förordnas så tidigt som "
                "möjligt efter anmälan, helst till det första förhöret. Polis eller åklagare "
                "begär det hos domstolen; offret ska inte behöva ta reda på det själv.",
            ),
            tags=["victims-rights"],
            options=[
                (
                    "As early as possible, preferably before the first interview",
                    "Så tidigt som möjligt, helst före det första förhöret",
                    True,
                ),
                (
                    "When the charge has been brought",
                    "När åtal har väckts",
                    False,
                ),
                (
                    "Only if the victim asks for it herself",
                    "Bara om offret själv ber om det",
                    False,
                ),
            ],
        ),
        _q(
            "multiple",
            (
                "What can a victim of trafficking claim or be given in the Swedish criminal "
                "process and after it?",
                "Vad kan ett offer för människohandel kräva eller få i den svenska "
                "straffprocessen och efter den?",
            ),
            (
                "Damages from the offender, lost earnings included (Krachunova v. Bulgaria); "
                "state criminal injuries compensation when the offender cannot pay; and "
                "protection that can reach her family. A share of fines is not a victim's "
                "right.",
                "Skadestånd från gärningspersonen, förlorad inkomst inräknad (Krachunova mot "
                "Bulgarien); brottsskadeersättning från staten när gärningspersonen inte kan "
                "betala; och skydd som kan omfatta familjen. En andel av böterna är ingen "
                "rättighet för offret.",
            ),
            tags=["victims-rights", "compensation"],
            points=2,
            options=[
                (
                    "Damages from the offender, including lost earnings",
                    "Skadestånd från gärningspersonen, också för förlorad inkomst",
                    True,
                ),
                (
                    "Criminal injuries compensation from the state if the offender cannot pay",
                    "Brottsskadeersättning från staten om gärningspersonen inte kan betala",
                    True,
                ),
                (
                    "Protection from retaliation that can extend to her family",
                    "Skydd mot hämnd som kan omfatta hennes familj",
                    True,
                ),
                (
                    "A share of the fines the court imposes",
                    "En andel av de böter som rätten dömer ut",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A joint investigation team should be considered only for the most serious "
                "cases, whatever their cross-border dimension.",
                "En gemensam utredningsgrupp bör bara övervägas i de allvarligaste målen, oavsett "
                "hur gränsöverskridande de är.",
            ),
            (
                "It is the case's cross-border dimension, not its seriousness, that calls for a "
                "joint investigation team: it lets the countries of origin, transit and "
                "exploitation investigate the same network together.",
                "Det är målets gränsöverskridande karaktär, inte hur allvarligt det är, som "
                "motiverar en gemensam utredningsgrupp: den låter ursprungs-, transit- och "
                "destinationsländerna utreda samma nätverk tillsammans.",
            ),
            tags=["cross-border"],
            answer=False,
        ),
        _q(
            "ordering",
            (
                "Put the steps of a charging decision in a case where the suspect may be a "
                "victim in order.",
                "Sätt stegen i ett åtalsbeslut där den misstänkte kan vara offer i ordning.",
            ),
            (
                "First notice the indicators, then have the trafficking suspicion investigated, "
                "weigh whether the offence was compelled as a direct consequence of the "
                "trafficking, decide, and put the reasons on file.",
                "Uppmärksamma först indikatorerna, låt sedan utreda misstanken om "
                "människohandel, väg om brottet begicks under tvång som en direkt följd av "
                "människohandeln, besluta och dokumentera skälen i akten.",
            ),
            tags=["non-punishment", "charging"],
            points=2,
            steps=[
                (
                    "Notice the indicators of trafficking in the file",
                    "Uppmärksamma indikatorerna på människohandel i akten",
                ),
                (
                    "Have the trafficking suspicion investigated",
                    "Låta utreda misstanken om människohandel",
                ),
                (
                    "Weigh whether the offence was compelled by the trafficking",
                    "Väga om brottet framtvingades av människohandeln",
                ),
                ("Decide on the charge", "Besluta i åtalsfrågan"),
                ("Put the reasons on file", "Dokumentera skälen i akten"),
            ],
        ),
    ],
}


WITHDRAWAL_CASE = case_spec(
    "Andrei withdraws",
    "<p>You lead a preliminary investigation into the owner of a building firm. Andrei, 41, "
    "told the police that the owner kept the workers' passports, paid nothing after deducting "
    "“debts” for travel and housing, and locked them in at night. Three weeks later Andrei "
    "calls the police: “I made it up. I want to go home.”</p>",
    [
        (
            "withdrawal",
            "<p>The investigator asks whether the case can now be closed, since the only "
            "complainant has withdrawn.</p>",
            [
                (
                    "Keep the investigation open: ask what other evidence there is and what "
                    "happened to make Andrei withdraw, and make sure he has counsel and support",
                    "look-further",
                    "The police find that the owner's brother visited Andrei's room the day "
                    "before he called. Andrei's counsel is appointed the same week.",
                    2,
                    "",
                ),
                (
                    "Close the preliminary investigation: without his testimony there is no case",
                    "closed",
                    "The case is closed. The owner hires new workers from the same village.",
                    0,
                    "Do not close a trafficking case the moment the victim withdraws. Withdrawal "
                    "is often the result of fear or pressure; ask why, protect him, and look for "
                    "the evidence beyond his testimony — money, documents, other workers.",
                ),
                (
                    "Have him interviewed again at once and tell him that lying to the police "
                    "is a crime",
                    "pressed",
                    "Andrei stops answering his phone.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "look-further",
            "<p>The payroll shows wages paid into an account held by the owner's relative; "
            "phone data place the owner at the barracks every night; five co-workers are "
            "willing to talk; labour inspectors photographed the locked doors. Andrei still "
            "wants to go home before the trial.</p>",
            [
                (
                    "Secure his account before he leaves — a recorded interview with counsel "
                    "present, a hearing by video link later — and charge the owner on all the "
                    "evidence, with human exploitation in the alternative",
                    "built-case",
                    "Andrei goes home with counsel's number and a date for a video hearing. The "
                    "court has the payroll, the phone data, the photographs and five "
                    "witnesses.",
                    2,
                    "",
                ),
                (
                    "Let him go home without any arrangement, and try the case on the documents "
                    "alone",
                    "thin",
                    "The documents show the money but not the locked doors or the threats; the "
                    "defence says the workers chose the arrangement.",
                    1,
                    "",
                ),
                (
                    "Ask for Andrei to be detained so that he cannot leave before the trial",
                    "pressed",
                    "Andrei, who has committed no crime, spends days locked in again — this "
                    "time by the state.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "built-case",
            "A case built beyond one witness",
            "<p>You kept the investigation open, asked why he withdrew, protected him, and "
            "built the case on money, data, inspectors and co-workers, with his account "
            "secured. That is what the duty to investigate asks.</p>",
        ),
        (
            "thin",
            "A thinner case than it had to be",
            "<p>The evidence beyond his testimony was found, but his own account was lost when "
            "he left. Plan for a witness who goes home: record, and arrange a video hearing.</p>",
        ),
        (
            "pressed",
            "Pressure instead of protection",
            "<p>Threatening or detaining a victim treats him as the suspect. He withdrew under "
            "pressure; more pressure from the state will not bring back his trust.</p>",
        ),
        (
            "closed",
            "Closed on the first setback",
            "<p>The investigation ended because the victim withdrew, as the owner intended. A "
            "trafficking case is not his private complaint: look for the evidence beyond his "
            "word.</p>",
        ),
    ],
)

WITHDRAWAL_CASE_SV = case_spec(
    "Andrei tar tillbaka",
    "<p>Du leder en förundersökning mot ägaren till en byggfirma. Andrei, 41 år, har berättat "
    "för polisen att ägaren tog arbetarnas pass, inte betalade något efter avdrag för "
    "”skulder” för resa och boende och låste in dem på nätterna. Tre veckor senare ringer "
    "Andrei polisen: ”Jag hittade på alltihop. Jag vill åka hem.”</p>",
    [
        (
            "withdrawal",
            "<p>Utredaren frågar om ärendet nu kan läggas ner, eftersom den ende målsäganden har "
            "tagit tillbaka sina uppgifter.</p>",
            [
                (
                    "Håll förundersökningen öppen: fråga vilken annan bevisning som finns och "
                    "vad som fick Andrei att ta tillbaka, och se till att han har "
                    "målsägandebiträde och stöd",
                    "look-further",
                    "Polisen tar reda på att ägarens bror besökte Andreis rum dagen innan han "
                    "ringde. Ett målsägandebiträde förordnas samma vecka.",
                    2,
                    "",
                ),
                (
                    "Lägg ner förundersökningen: utan hans utsaga finns inget mål",
                    "closed",
                    "Ärendet läggs ner. Ägaren anställer nya arbetare från samma by.",
                    0,
                    "Lägg inte ner ett människohandelsärende så fort offret tar tillbaka. Det "
                    "beror ofta på rädsla eller påtryckningar; fråga varför, skydda honom och "
                    "sök bevisningen utöver hans utsaga — pengar, handlingar, andra arbetare.",
                ),
                (
                    "Låt höra honom igen direkt och säg att det är brottsligt att ljuga för "
                    "polisen",
                    "pressed",
                    "Andrei slutar svara i telefon.",
                    0,
                    "",
                ),
            ],
        ),
        (
            "look-further",
            "<p>Lönelistorna visar löner som betalats till ett konto som tillhör en släkting "
            "till ägaren; telefondata placerar ägaren vid baracken varje natt; fem "
            "arbetskamrater vill berätta; arbetsmiljöinspektörer fotograferade de låsta "
            "dörrarna. Andrei vill fortfarande åka hem före rättegången.</p>",
            [
                (
                    "Säkra hans berättelse innan han reser — ett inspelat förhör med "
                    "målsägandebiträdet närvarande, förhör via videolänk senare — och åtala "
                    "ägaren på all bevisning, med människoexploatering som alternativt yrkande",
                    "built-case",
                    "Andrei reser hem med biträdets nummer och ett datum för förhör via "
                    "videolänk. Rätten har lönelistorna, telefondata, fotografierna och fem "
                    "vittnen.",
                    2,
                    "",
                ),
                (
                    "Låt honom resa hem utan någon plan och driv målet enbart på handlingarna",
                    "thin",
                    "Handlingarna visar pengarna men inte de låsta dörrarna eller hoten; "
                    "försvaret säger att arbetarna själva valde upplägget.",
                    1,
                    "",
                ),
                (
                    "Begär att Andrei tas i förvar så att han inte kan resa före rättegången",
                    "pressed",
                    "Andrei, som inte har begått något brott, blir inlåst i flera dagar igen — "
                    "den här gången av staten.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "built-case",
            "Ett mål byggt på mer än ett vittne",
            "<p>Du höll förundersökningen öppen, frågade varför han tog tillbaka, skyddade honom "
            "och byggde målet på pengar, data, inspektörer och arbetskamrater, med hans "
            "berättelse säkrad. Det är vad utredningsskyldigheten kräver.</p>",
        ),
        (
            "thin",
            "Ett tunnare mål än det behövde bli",
            "<p>Bevisningen utöver hans utsaga togs fram, men hans egen berättelse gick förlorad "
            "när han reste. Planera för ett vittne som åker hem: spela in och ordna förhör via "
            "videolänk.</p>",
        ),
        (
            "pressed",
            "Press i stället för skydd",
            "<p>Att hota eller frihetsberöva ett offer behandlar honom som misstänkt. Han tog "
            "tillbaka under press; mer press från staten ger inte tillbaka hans förtroende.</p>",
        ),
        (
            "closed",
            "Nedlagt vid första motgången",
            "<p>Utredningen upphörde för att offret tog tillbaka, precis som ägaren ville. Ett "
            "människohandelsärende är inte hans privata klagomål: sök bevisningen utöver hans "
            "ord.</p>",
        ),
    ],
)

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        (
            "Andrei withdraws: choose each step, as the prosecutor leading the investigation "
            "would.",
            "Andrei tar tillbaka: välj varje steg, som åklagaren som leder förundersökningen "
            "skulle göra.",
        ),
        (
            "A withdrawal is a reason to ask why and to look for evidence beyond the victim's "
            "word — money, data, inspectors, co-workers — while protecting him and securing his "
            "account. Closing the case the moment he withdraws fails it.",
            "Att offret tar tillbaka är ett skäl att fråga varför och att söka bevisning utöver "
            "hans ord — pengar, data, inspektörer, arbetskamrater — samtidigt som han skyddas "
            "och hans berättelse säkras. Att lägga ner ärendet så fort han tar tillbaka "
            "underkänner fallet.",
        ),
        tags=["case", "evidence", "victims-rights"],
        points=3,
        case=(WITHDRAWAL_CASE, WITHDRAWAL_CASE_SV),
    )
]
