"""The final assessment of M1 "Identification in migration cases" (courses.demo.curriculum.m1):
a pool of questions on what the lessons teach, drawn at random for each attempt, and an assessed
branching case — a Dublin transfer — whose critical error is a transfer without an assessment of
the risk of re-trafficking.

No question holds a phone number, a statistic or a fact the lessons still mark for an expert's
confirmation ([CHECK]): those live on the lessons' dated reference cards and review call-outs."""

from courses.demo.cases import choice as _choice
from courses.demo.cases import situation as _situation
from quizzes.demo import _q, final_settings

# The Dublin case: a transfer is a return, and the reflex is to assess the risk first.


DUBLIN_CASE = {
    "title": "Amal's transfer",
    "intro": "<p>Amal, 31, has applied for asylum in Sweden. Her fingerprints show an earlier "
    "application in another EU member state, and a Dublin transfer there is being prepared.</p>",
    "situations": [
        _situation(
            "dublin-interview",
            "<p>In the Dublin interview Amal says that the people who took her to that country "
            "made her work in a house there, without pay, “to pay for the trip”, and that they "
            "still send her messages.</p>",
            [
                _choice(
                    "Record what she said, consult the trafficking coordinator and make sure the "
                    "risk of re-trafficking in that state is assessed before the transfer is "
                    "decided",
                    "her-fear",
                    "Her account is in the file in her own words, the coordinator is involved, "
                    "and the decision will weigh what may happen to her where she is sent.",
                    points=2,
                ),
                _choice(
                    "Go ahead with the transfer: the rules name the responsible state, and its "
                    "authorities can deal with it",
                    "transferred",
                    "Amal is transferred to the state where the people who exploited her are. "
                    "Nobody there knows what she told you.",
                    remediation="A transfer can send a person back to where she was exploited. "
                    "Before a presumed victim is transferred, record the indicators, bring in "
                    "the trafficking coordinator and have the risk of re-trafficking assessed, "
                    "as GRETA's guidance note (2020) asks.",
                ),
                _choice(
                    "Ask her to bring evidence of the exploitation before you write anything down",
                    "her-fear",
                    "She has none: exploitation rarely leaves papers. She falls silent, and you "
                    "have lost her trust and time. You still record what she said.",
                ),
            ],
        ),
        _situation(
            "her-fear",
            "<p>Amal asks whether the police will be told. She is afraid for her son, who lives "
            "with her mother at home.</p>",
            [
                _choice(
                    "Explain what is recorded and who will read it, tell her about support and "
                    "about the reflection period the police can apply for, and let her decide "
                    "about the police",
                    "assessed",
                    "Amal knows what happens with what she says and where to get support. She "
                    "asks for time to think, and her case goes on.",
                    points=2,
                ),
                _choice(
                    "Tell her the transfer will be stopped only if she reports them to the police",
                    "silenced",
                    "It is not true, and it puts a frightened mother under pressure. Amal says "
                    "she made it up.",
                ),
            ],
        ),
    ],
    "endings": [
        {
            "key": "assessed",
            "title": "The risk is weighed before the transfer",
            "debrief": "<p>You treated Amal's account as relevant to the transfer itself, had "
            "the risk of re-trafficking assessed before the decision, and let her decide about "
            "the police with the information she needed. That is what a presumed victim in a "
            "Dublin case is owed.</p>",
        },
        {
            "key": "silenced",
            "title": "Amal takes it back",
            "debrief": "<p>Pressure to report made Amal withdraw her account, so the risk can no "
            "longer be weighed. Protection never depends on a police report; the reflection "
            "period exists so that she can decide with support.</p>",
        },
        {
            "key": "transferred",
            "title": "Transferred without an assessment",
            "debrief": "<p>Amal was sent back to where she was exploited, and no one assessed the "
            "risk. A transfer is a return: ask what will happen to the person where you send "
            "them before the decision, not after.</p>",
        },
    ],
}

DUBLIN_CASE_SV = {
    "title": "Amals överföring",
    "intro": "<p>Amal, 31 år, har sökt asyl i Sverige. Hennes fingeravtryck visar en tidigare "
    "asylansökan i en annan EU-medlemsstat, och en Dublinöverföring dit förbereds.</p>",
    "situations": [
        _situation(
            "dublin-interview",
            "<p>Under Dublinsamtalet berättar Amal att de som förde henne till det landet "
            "tvingade henne att arbeta i ett hus där, utan lön, ”för att betala resan”, och att "
            "de fortfarande skickar meddelanden till henne.</p>",
            [
                _choice(
                    "Dokumentera vad hon sa, rådfråga samordnaren för människohandelsfrågor och "
                    "se till att risken att hon utsätts igen i den staten bedöms innan "
                    "överföringen beslutas",
                    "her-fear",
                    "Hennes berättelse finns i akten med hennes egna ord, samordnaren är "
                    "inkopplad och beslutet kommer att väga in vad som kan hända henne där.",
                    points=2,
                ),
                _choice(
                    "Gå vidare med överföringen: reglerna pekar ut den ansvariga staten, och dess "
                    "myndigheter får ta hand om saken",
                    "transferred",
                    "Amal överförs till den stat där de som exploaterade henne finns. Ingen där "
                    "vet vad hon berättade för dig.",
                    remediation="En överföring kan skicka en person tillbaka dit där hon "
                    "exploaterades. Innan ett förmodat offer överförs ska indikatorerna "
                    "dokumenteras, samordnaren för människohandelsfrågor kopplas in och risken "
                    "att hon utsätts igen bedömas, så som GRETA:s vägledning (2020) begär.",
                ),
                _choice(
                    "Be henne visa bevis på exploateringen innan du skriver ner något",
                    "her-fear",
                    "Hon har inga: exploatering lämnar sällan papper efter sig. Hon tystnar, och "
                    "du har förlorat hennes förtroende och tid. Du dokumenterar ändå det hon sa.",
                ),
            ],
        ),
        _situation(
            "her-fear",
            "<p>Amal frågar om polisen kommer att få veta. Hon är rädd för sin son, som bor hos "
            "hennes mamma i hemlandet.</p>",
            [
                _choice(
                    "Förklara vad som dokumenteras och vem som läser det, berätta om stöd och om "
                    "betänketiden som polisen kan ansöka om, och låt henne själv bestämma om "
                    "polisen",
                    "assessed",
                    "Amal vet vad som händer med det hon berättar och var hon kan få stöd. Hon "
                    "ber om tid att tänka, och ärendet går vidare.",
                    points=2,
                ),
                _choice(
                    "Säg att överföringen bara stoppas om hon polisanmäler dem",
                    "silenced",
                    "Det stämmer inte, och det sätter press på en rädd mamma. Amal säger att hon "
                    "hittade på.",
                ),
            ],
        ),
    ],
    "endings": [
        {
            "key": "assessed",
            "title": "Risken vägs in före överföringen",
            "debrief": "<p>Du behandlade Amals berättelse som relevant för själva överföringen, "
            "såg till att risken att hon utsätts igen bedömdes före beslutet och lät henne "
            "bestämma om polisen med den information hon behövde. Det är vad ett förmodat offer i "
            "ett Dublinärende har rätt till.</p>",
        },
        {
            "key": "silenced",
            "title": "Amal tar tillbaka sin berättelse",
            "debrief": "<p>Pressen att polisanmäla fick Amal att ta tillbaka det hon berättat, "
            "och då går risken inte längre att väga in. Skydd hänger aldrig på en polisanmälan; "
            "betänketiden finns för att hon ska kunna bestämma sig med stöd.</p>",
        },
        {
            "key": "transferred",
            "title": "Överförd utan riskbedömning",
            "debrief": "<p>Amal skickades tillbaka dit där hon exploaterades, och ingen bedömde "
            "risken. En överföring är ett återvändande: fråga vad som händer med personen där du "
            "skickar henne eller honom före beslutet, inte efteråt.</p>",
        },
    ],
}

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        (
            "Amal's transfer: decide at each step; you see the consequence after you choose.",
            "Amals överföring: bestäm dig i varje steg; du ser följden efter ditt val.",
        ),
        (
            "Record the account, bring in the trafficking coordinator and have the risk of "
            "re-trafficking assessed before a Dublin transfer is decided; then let the person "
            "decide about the police, with information on support and the reflection period. "
            "Transferring a presumed victim without that assessment fails the case.",
            "Dokumentera berättelsen, koppla in samordnaren för människohandelsfrågor och se "
            "till att risken att personen utsätts igen bedöms innan en Dublinöverföring "
            "beslutas; låt sedan personen själv bestämma om polisen, med information om stöd "
            "och betänketid. Att överföra ett förmodat offer utan den bedömningen underkänner "
            "fallet.",
        ),
        tags=["case", "dublin", "risk-assessment"],
        points=3,
        case=(DUBLIN_CASE, DUBLIN_CASE_SV),
    ),
]

BERRY_PICKER_CASE = (
    "<p>A seasonal berry picker applies to extend his work permit. The employment contract he "
    "describes — longer days, pay by the kilo, a fee to the recruitment agency — differs from "
    "the one in the file. He says the employer “keeps the passports safe” for the whole "
    "team.</p>",
    "<p>En säsongsanställd bärplockare ansöker om förlängt arbetstillstånd. Anställningsavtalet "
    "han beskriver — längre dagar, betalt per kilo, en avgift till rekryteringsföretaget — "
    "skiljer sig från det som finns i akten. Han säger att arbetsgivaren ”förvarar passen” åt "
    "hela arbetslaget.</p>",
)

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": ("Final assessment", "Slutprov"),
    "intro": (
        "<p>Eight questions drawn from the whole course, and a case to decide step by step. You "
        "have 25 minutes and three attempts; you pass with 80%.</p>",
        "<p>Åtta frågor ur hela kursen, och ett fall där du bestämmer dig steg för steg. Du har "
        "25 minuter och tre försök; godkänt från 80 %.</p>",
    ),
    "settings": final_settings(draw_count=8, time_limit_minutes=25),
    "questions": [
        _q(
            "single",
            (
                "At her asylum interview an applicant mentions a debt to the person who paid for "
                "her journey, which she did not mention at registration. What do you do with "
                "the change?",
                "Under asylutredningen nämner en sökande en skuld till den som betalade hennes "
                "resa, något hon inte sa vid registreringen. Vad gör du med ändringen?",
            ),
            (
                "A late or changing account is common: fear of the recruiter, shame or a debt "
                "keep people silent. Record what changed and what she said about it, and "
                "consult the trafficking coordinator; a debt is an indicator, not proof.",
                "En sen eller ändrad berättelse är vanlig: rädsla för rekryteraren, skam eller "
                "en skuld får människor att tiga. Dokumentera vad som ändrades och vad hon sa "
                "om det, och rådfråga samordnaren; en skuld är en indikator, inget bevis.",
            ),
            tags=["interview", "indicators"],
            options=[
                (
                    "Record what changed and what she said about it, and consult the "
                    "trafficking coordinator",
                    "Dokumentera vad som ändrades och vad hon sa om det, och rådfråga "
                    "samordnaren för människohandelsfrågor",
                    True,
                ),
                (
                    "Note that her account is not credible",
                    "Anteckna att hennes berättelse inte är trovärdig",
                    False,
                ),
                (
                    "Ask her to choose which version is true",
                    "Be henne välja vilken version som är sann",
                    False,
                ),
            ],
        ),
        _q(
            "multiple",
            (
                "Which of these are reasons to talk to the person alone and to consult your "
                "trafficking coordinator?",
                "Vilka av dessa är skäl att tala med personen enskilt och att rådfråga "
                "samordnaren för människohandelsfrågor?",
            ),
            (
                "Someone else holding the person's papers, collecting their money or insisting "
                "on interpreting are signs of control. Travelling through several countries is "
                "common on any migration route and says nothing on its own.",
                "Att någon annan har personens handlingar, hämtar ut pengarna eller vill tolka "
                "är tecken på kontroll. Att resa genom flera länder är vanligt på alla "
                "migrationsvägar och säger ingenting i sig.",
            ),
            tags=["indicators"],
            points=2,
            options=[
                (
                    "Another person keeps the applicant's LMA card",
                    "En annan person har den sökandes LMA-kort",
                    True,
                ),
                (
                    "The daily allowance is collected by someone else",
                    "Dagersättningen hämtas ut av någon annan",
                    True,
                ),
                (
                    "A companion insists on interpreting",
                    "En medföljande vill envist tolka",
                    True,
                ),
                (
                    "The applicant travelled through several countries",
                    "Den sökande har rest genom flera länder",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A valid work permit rules out that its holder is being exploited.",
                "Ett giltigt arbetstillstånd utesluter att innehavaren exploateras.",
            ),
            (
                "No. The Migration Agency found indications that berry pickers holding permits "
                "may have been exploited, with double contracts that hid the real terms. A permit "
                "describes what was applied for, not what happens at work.",
                "Nej. Migrationsverket fann indikationer på att bärplockare med tillstånd "
                "kan ha utnyttjats, med dubbla avtal som dolde de verkliga villkoren. Ett "
                "tillstånd beskriver det som ansöktes om, inte det som händer på arbetsplatsen.",
            ),
            tags=["work-permits"],
            answer=False,
        ),
        _q(
            "single",
            (
                "According to Sweden's national referral mechanism (the MMM), who may identify "
                "a presumed victim of trafficking?",
                "Vem kan enligt Manual vid misstanke om människohandel (MMM) identifiera ett "
                "förmodat offer för människohandel?",
            ),
            (
                "Sweden has no formal procedure giving victim status other than being treated "
                "as an injured party in a preliminary investigation, so anyone with knowledge "
                "of the subject — a migration officer too — may identify a presumed victim and "
                "pass the concern on.",
                "Sverige har inget formellt förfarande som ger status som offer, utöver att "
                "bedömas som målsägande i en förundersökning. Därför kan alla med kunskap på "
                "området — också en migrationshandläggare — identifiera ett förmodat offer och "
                "föra oron vidare.",
            ),
            tags=["referral"],
            options=[
                (
                    "Anyone with knowledge of the subject, a migration officer included",
                    "Alla med kunskap på området, också en migrationshandläggare",
                    True,
                ),
                ("Only the police", "Bara polisen", False),
                ("Only a court", "Bara en domstol", False),
            ],
        ),
        _q(
            "single",
            (
                "The person who came with an applicant offers to interpret at the interview, to "
                "save time. What do you do?",
                "Den som följde med en sökande erbjuder sig att tolka under utredningen, för att "
                "spara tid. Vad gör du?",
            ),
            (
                "Interview the applicant alone with the Agency's interpreter, as always: a "
                "routine that applies to everyone separates them without warning anyone. A "
                "companion may be the person the applicant owes or fears.",
                "Håll utredningen enskilt med verkets tolk, som alltid: en rutin som gäller "
                "alla skiljer dem åt utan att varna någon. Den medföljande kan vara den som den "
                "sökande är skyldig eller rädd för.",
            ),
            tags=["interview", "interpreters"],
            options=[
                (
                    "Interview the applicant alone with the Agency's interpreter, as always",
                    "Håll utredningen enskilt med verkets tolk, som alltid",
                    True,
                ),
                (
                    "Accept if the applicant agrees",
                    "Tacka ja om den sökande går med på det",
                    False,
                ),
                (
                    "First ask the companion about the applicant's debt",
                    "Fråga först den medföljande om den sökandes skuld",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "To help an applicant talk, you may promise her that nothing she says will leave "
                "the room.",
                "För att hjälpa en sökande att berätta får du lova att inget av det hon säger "
                "lämnar rummet.",
            ),
            (
                "No. What matters for her claim goes into the record, and you may need to bring "
                "in others. Explain instead what the record is used for and who may read it — "
                "and promise nothing you cannot keep.",
                "Nej. Det som har betydelse för ansökan ska in i protokollet, och du kan behöva "
                "koppla in andra. Förklara i stället vad protokollet används till och vem som "
                "får läsa det — och lova inget du inte kan hålla.",
            ),
            tags=["interview", "confidentiality"],
            answer=False,
        ),
        _q(
            "ordering",
            (
                "Put the steps in order when signs of trafficking appear in an asylum case.",
                "Sätt stegen i ordning när tecken på människohandel dyker upp i ett asylärende.",
            ),
            (
                "Notice, make it safe to talk, record the person's own words, get advice, and "
                "let the person decide about the police with the information they need. "
                "Skipping the safe conversation or the person's own decision can expose them.",
                "Lägg märke till tecknen, gör det tryggt att berätta, dokumentera personens "
                "egna ord, ta råd och låt personen bestämma om polisen med den information hon "
                "eller han behöver. Att hoppa över det trygga samtalet eller personens eget "
                "beslut kan utsätta personen för fara.",
            ),
            tags=["referral", "interview"],
            points=2,
            steps=[
                ("Notice the signs", "Lägg märke till tecknen"),
                (
                    "Give the person a safe chance to talk, alone",
                    "Ge personen en trygg möjlighet att berätta, enskilt",
                ),
                (
                    "Record what you saw and the person's own words",
                    "Dokumentera vad du såg och personens egna ord",
                ),
                (
                    "Consult the trafficking coordinator",
                    "Rådfråga samordnaren för människohandelsfrågor",
                ),
                (
                    "Let the person decide, with information, about contacting the police",
                    "Låt personen, med information, bestämma om kontakt med polisen",
                ),
            ],
        ),
        _q(
            "single",
            (
                "Is every victim of trafficking a refugee under the 1951 Convention?",
                "Är alla som utsatts för människohandel flyktingar enligt 1951 års konvention?",
            ),
            (
                "No, but a victim may be one — for example when return exposes them to reprisals "
                "or to being trafficked again for a Convention reason, such as membership of a "
                "particular social group (UNHCR Guidelines No. 7). The two questions are "
                "examined separately.",
                "Nej, men en person som utsatts kan vara flykting — till exempel när ett "
                "återvändande innebär risk för hämnd eller för att utsättas igen av ett "
                "konventionsskäl, som tillhörighet till en viss samhällsgrupp (UNHCR:s "
                "riktlinjer nr 7). Frågorna prövas var för sig.",
            ),
            tags=["refugee-status"],
            options=[
                (
                    "No, but a victim may be one, for example when return exposes them to "
                    "reprisals or re-trafficking for a Convention reason",
                    "Nej, men en person som utsatts kan vara det, till exempel när ett "
                    "återvändande innebär risk för hämnd eller för att utsättas igen av ett "
                    "konventionsskäl",
                    True,
                ),
                (
                    "Yes: trafficking is always persecution",
                    "Ja: människohandel är alltid förföljelse",
                    False,
                ),
                (
                    "No: trafficking is a matter for the police, never for asylum",
                    "Nej: människohandel är en polisfråga, aldrig en asylfråga",
                    False,
                ),
            ],
        ),
        _q(
            "multiple",
            (
                "Which risks on return does GRETA's guidance note on international protection "
                "name for a person who has been trafficked?",
                "Vilka risker vid ett återvändande nämner GRETA:s vägledning om internationellt "
                "skydd för den som har utsatts för människohandel?",
            ),
            (
                "Being trafficked again and retribution by the traffickers — for example after "
                "escaping from them. How the person entered Europe, or that they have no "
                "passport, is not such a risk.",
                "Att utsättas för människohandel igen och hämnd från människohandlarna — till "
                "exempel efter att personen flytt från dem. Hur personen reste in i Europa, "
                "eller att hon eller han saknar pass, är ingen sådan risk.",
            ),
            tags=["refugee-status", "risk-assessment"],
            points=2,
            options=[
                ("Being trafficked again", "Att utsättas för människohandel igen", True),
                (
                    "Retribution by the traffickers",
                    "Hämnd från människohandlarna",
                    True,
                ),
                (
                    "Having entered the EU irregularly",
                    "Att ha rest in i EU irreguljärt",
                    False,
                ),
                ("Having no passport", "Att sakna pass", False),
            ],
        ),
        _q(
            "true_false",
            (
                "A presumed victim of trafficking must choose between applying for asylum and "
                "being identified as a victim.",
                "Ett förmodat offer för människohandel måste välja mellan att söka asyl och att "
                "identifieras som offer.",
            ),
            (
                "No. GRETA asks states to allow an asylum application while a presumed victim "
                "is in the identification procedure: the two tracks run side by side.",
                "Nej. GRETA vill att staterna tillåter en asylansökan medan ett förmodat offer "
                "är föremål för identifiering: de två spåren löper parallellt.",
            ),
            tags=["refugee-status", "referral"],
            answer=False,
        ),
        _q(
            "single",
            (
                "A Dublin transfer is being prepared for a man who says the people who brought "
                "him made him work unpaid in the responsible state, and that they are still "
                "there. What comes first?",
                "En Dublinöverföring förbereds för en man som säger att de som förde honom dit "
                "tvingade honom att arbeta utan lön i den ansvariga staten, och att de "
                "fortfarande finns där. Vad kommer först?",
            ),
            (
                "A transfer may send him back to his exploiters. Record his account, bring in "
                "the coordinator and have the risk of re-trafficking assessed before the "
                "transfer is decided — GRETA's guidance note asks for exactly this.",
                "En överföring kan skicka honom tillbaka till dem som exploaterade honom. "
                "Dokumentera hans berättelse, koppla in samordnaren och se till att risken att "
                "han utsätts igen bedöms innan överföringen beslutas — precis det som GRETA:s "
                "vägledning begär.",
            ),
            tags=["dublin", "risk-assessment"],
            options=[
                (
                    "Record his account, consult the coordinator and have the risk assessed "
                    "before the transfer is decided",
                    "Dokumentera berättelsen, rådfråga samordnaren och se till att risken "
                    "bedöms innan överföringen beslutas",
                    True,
                ),
                (
                    "Transfer him: the responsible state will deal with it",
                    "Överför honom: den ansvariga staten får ta hand om saken",
                    False,
                ),
                (
                    "Ask him for written proof of the exploitation first",
                    "Be honom först om skriftliga bevis på exploateringen",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "What is the reflection period for?",
                "Vad är betänketiden till för?",
            ),
            (
                "It gives the person time to recover and to decide whether to cooperate with "
                "the investigating authorities; cooperation is not a condition for it, and it "
                "does not replace the examination of protection needs.",
                "Den ger personen tid att återhämta sig och ta ställning till om hon eller han "
                "vill samarbeta med de brottsutredande myndigheterna; samarbete är inget "
                "villkor för den, och den ersätter inte prövningen av skyddsbehovet.",
            ),
            tags=["reflection-period"],
            options=[
                (
                    "Time to recover and to decide whether to cooperate with the investigation",
                    "Tid att återhämta sig och ta ställning till om man vill samarbeta med "
                    "utredningen",
                    True,
                ),
                (
                    "A reward for giving evidence against the exploiters",
                    "En belöning för att vittna mot exploatörerna",
                    False,
                ),
                (
                    "A replacement for the examination of the asylum claim",
                    "En ersättning för prövningen av asylansökan",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "Telling a person that her asylum claim will be weaker unless she reports the "
                "exploiter to the police is a fair way to encourage cooperation.",
                "Att säga till en person att hennes asylansökan blir svagare om hon inte "
                "polisanmäler exploatören är ett rimligt sätt att uppmuntra samarbete.",
            ),
            (
                "No. It is not true — the claim is examined on its own grounds — and pressure of "
                "that kind makes people withdraw what they have said. The person decides about "
                "the police, with information and support.",
                "Nej. Det stämmer inte — ansökan prövas på sina egna grunder — och sådan press "
                "får människor att ta tillbaka det de har berättat. Personen bestämmer själv "
                "om polisen, med information och stöd.",
            ),
            tags=["reflection-period", "interview"],
            answer=False,
        ),
        _q(
            "single",
            (
                "A young person without documents says he is 16; a colleague thinks he looks "
                "older, and the man with him says he is an adult. What do you do?",
                "En ung person utan handlingar säger att han är 16; en kollega tycker att han "
                "ser äldre ut, och mannen som följer med säger att han är vuxen. Vad gör du?",
            ),
            (
                "When age is uncertain and there are reasons to believe he is a child, he is "
                "treated as a child — with social services, a guardian and a child's "
                "safeguards — until his age is assessed under the rules. Treating a child as an "
                "adult removes every protection.",
                "När åldern är osäker och det finns skäl att anta att han är ett barn "
                "behandlas han som barn — med socialtjänst, god man och ett barns skydd — tills "
                "åldern har bedömts enligt reglerna. Att behandla ett barn som vuxen tar bort "
                "allt skydd.",
            ),
            tags=["children", "age"],
            options=[
                (
                    "Treat him as a child while his age is uncertain, and involve social services "
                    "and a guardian",
                    "Behandla honom som barn medan åldern är osäker, och koppla in "
                    "socialtjänsten och en god man",
                    True,
                ),
                (
                    "Register him as an adult until he can prove his age",
                    "Registrera honom som vuxen tills han kan styrka sin ålder",
                    False,
                ),
                (
                    "Let the man who came with him decide where he lives",
                    "Låt mannen som följde med bestämma var han ska bo",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "For a child to be a victim of trafficking, threats, force or deception must "
                "have been used.",
                "För att ett barn ska vara offer för människohandel måste hot, våld eller "
                "vilseledande ha använts.",
            ),
            (
                "No. For anyone under 18, recruiting, moving or harbouring them for "
                "exploitation is trafficking even without any such means (Palermo Protocol, "
                "article 3(c)), and a child's agreement changes nothing.",
                "Nej. För den som är under 18 år är det människohandel att rekrytera, förflytta "
                "eller inhysa barnet för exploatering även utan sådana medel "
                "(Palermoprotokollet, artikel 3 c), och barnets samtycke ändrar ingenting.",
            ),
            tags=["children", "definitions"],
            answer=False,
        ),
        _q(
            "matching",
            (
                "Match each situation with the right first response.",
                "Para ihop varje situation med rätt första åtgärd.",
            ),
            (
                "Concerns about a child go to social services and the guardian; a person "
                "considering the police learns that a reflection period exists; a transfer "
                "waits for a risk assessment. Calling a family or a suspected exploiter is "
                "never the first response.",
                "Oro för ett barn går till socialtjänsten och gode mannen; en person som "
                "funderar på att gå till polisen får veta att det finns betänketid; en "
                "överföring väntar på en riskbedömning. Att ringa familjen eller en misstänkt "
                "exploatör är aldrig det första steget.",
            ),
            tags=["children", "reflection-period", "dublin"],
            points=2,
            pairs=[
                (
                    (
                        "An unaccompanied child stays out at night, and an “uncle” calls him "
                        "all day",
                        "Ett ensamkommande barn är borta om nätterna, och en ”farbror” ringer "
                        "honom hela dagarna",
                    ),
                    (
                        "Tell social services and the guardian at once",
                        "Underrätta socialtjänsten och gode mannen genast",
                    ),
                ),
                (
                    (
                        "An applicant wants time before deciding whether to talk to the police",
                        "En sökande vill ha tid innan hon bestämmer sig för att tala med polisen",
                    ),
                    (
                        "Tell her a reflection period exists, and offer the coordinator's help",
                        "Berätta att det finns betänketid, och erbjud samordnarens hjälp",
                    ),
                ),
                (
                    (
                        "A transfer to the state where the person says she was exploited",
                        "En överföring till den stat där personen säger att hon exploaterades",
                    ),
                    (
                        "Have the risk of re-trafficking assessed before the decision",
                        "Se till att risken att hon utsätts igen bedöms före beslutet",
                    ),
                ),
            ],
            extra=[
                (
                    "Call the person's family to check the story",
                    "Ring personens familj för att kontrollera uppgifterna",
                )
            ],
        ),
        _q(
            "scenario",
            ("The berry picker's extension", "Bärplockarens förlängning"),
            (
                "Differences between the filed contract and the work described, and an "
                "employer who keeps the passports, are indicators. Talk to him alone with the "
                "Agency's interpreter, record what he says, and consult the coordinator — "
                "without alerting the employer.",
                "Skillnader mellan avtalet i akten och arbetet som beskrivs, och en "
                "arbetsgivare som behåller passen, är indikatorer. Tala med honom enskilt med "
                "verkets tolk, dokumentera vad han säger och rådfråga samordnaren — utan att "
                "varna arbetsgivaren.",
            ),
            tags=["case", "work-permits", "indicators"],
            points=3,
            case=BERRY_PICKER_CASE,
            parts=[
                _q(
                    "true_false",
                    (
                        "Because his permit is valid, no further action is needed.",
                        "Eftersom hans tillstånd är giltigt behöver inget mer göras.",
                    ),
                    ("", ""),
                    answer=False,
                ),
                _q(
                    "single",
                    ("What is the best next step?", "Vad är det bästa nästa steget?"),
                    ("", ""),
                    options=[
                        (
                            "Talk to him alone with the Agency's interpreter, record the "
                            "differences and consult the coordinator",
                            "Tala med honom enskilt med verkets tolk, dokumentera skillnaderna "
                            "och rådfråga samordnaren",
                            True,
                        ),
                        (
                            "Ask the employer to explain the contract",
                            "Be arbetsgivaren förklara avtalet",
                            False,
                        ),
                        (
                            "Refuse the extension at once",
                            "Avslå förlängningen direkt",
                            False,
                        ),
                    ],
                ),
                _q(
                    "multiple",
                    ("Which details are indicators?", "Vilka detaljer är indikatorer?"),
                    ("", ""),
                    options=[
                        (
                            "The contract he describes differs from the one filed",
                            "Avtalet han beskriver skiljer sig från det i akten",
                            True,
                        ),
                        (
                            "The employer keeps the passports",
                            "Arbetsgivaren behåller passen",
                            True,
                        ),
                        (
                            "He is applying for an extension",
                            "Han ansöker om förlängning",
                            False,
                        ),
                    ],
                ),
            ],
        ),
    ],
}
