"""The final assessment of J1 "Trafficking law in court" (``courses.demo.curriculum.j1``): a
pool of sixteen questions, seven drawn per attempt beside the assessed case (eight in all), on
what the lessons teach — the elements of the offence, the Strasbourg judgments, traumatised
witnesses, non-punishment, the injured party — and the case, a frightened injured party, where
hearing her face to face with the defendant without considering the protective measures the law
allows, or treating a change in her account as proof that she lies, fails the case.

The questions test the law and the steps of a fair process, never a verdict: how a case is
decided is the court's alone. No question holds a phone number, a statistic, a Swedish section
number or anything the lessons mark for an expert to confirm."""

from courses.demo.cases import case_spec
from courses.demo.curriculum.j1 import COURSE
from quizzes.demo import _q, final_settings

COURSE_SLUG = COURSE["slug"]

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": ("Final assessment", "Slutprov"),
    "intro": (
        "<p>Eight questions: a case to walk through, and seven questions drawn from the whole "
        "course. You have 30 minutes and three attempts; you pass with 80%.</p>",
        "<p>Åtta frågor: ett fall att gå igenom och sju frågor från hela kursen. Du har 30 "
        "minuter och tre försök; godkänt från 80 %.</p>",
    ),
    "settings": final_settings(draw_count=8, time_limit_minutes=30),
    "questions": [
        _q(
            "single",
            (
                "Which three elements make up trafficking in persons in the international "
                "definition?",
                "Vilka tre led bygger upp människohandel i den internationella definitionen?",
            ),
            (
                "The Palermo Protocol's definition combines an act (recruitment, transport, "
                "transfer, harbouring or receipt), a means (such as force, deception or abuse "
                "of vulnerability) and a purpose of exploitation. Crossing a border is not one "
                "of them.",
                "Palermoprotokollets definition förenar en handelsåtgärd (rekrytering, "
                "transport, överföring, inhysande eller mottagande), ett otillbörligt medel "
                "(som våld, vilseledande eller utnyttjande av utsatthet) och ett "
                "exploateringssyfte. Att passera en gräns hör inte dit.",
            ),
            tags=["elements"],
            options=[
                (
                    "An act, a means and a purpose of exploitation",
                    "En handelsåtgärd, ett otillbörligt medel och ett exploateringssyfte",
                    True,
                ),
                (
                    "A border crossing, an organised group and a payment",
                    "En gränspassage, en organiserad grupp och en betalning",
                    False,
                ),
                (
                    "A victim's complaint, an injury and a profit",
                    "En anmälan från offret, en skada och en vinst",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "When the victim is a child, the prosecution must still prove that an improper "
                "means, such as force or deception, was used.",
                "När offret är ett barn måste åklagaren ändå bevisa att ett otillbörligt medel, "
                "som våld eller vilseledande, har använts.",
            ),
            (
                "For a victim under eighteen no means needs to be shown: the act and the "
                "purpose of exploitation are enough. Article 3 of the Palermo Protocol says so "
                "in terms.",
                "För ett offer under arton år behöver inget medel visas: handelsåtgärden och "
                "exploateringssyftet räcker. Det säger artikel 3 i Palermoprotokollet "
                "uttryckligen.",
            ),
            tags=["elements", "children"],
            answer=False,
        ),
        _q(
            "true_false",
            (
                "Where one of the improper means has been used, the victim's consent to the "
                "intended exploitation is irrelevant.",
                "Har ett otillbörligt medel använts saknar offrets samtycke till den avsedda "
                "exploateringen betydelse.",
            ),
            (
                "The Palermo Protocol makes consent irrelevant once a means has been used: "
                "consent obtained by deception, coercion or the abuse of vulnerability does "
                "not take the act outside the offence.",
                "Enligt Palermoprotokollet saknar samtycket betydelse när ett medel har "
                "använts: ett samtycke som fåtts genom vilseledande, tvång eller utnyttjande "
                "av utsatthet tar inte gärningen utanför brottet.",
            ),
            tags=["elements", "consent"],
            answer=True,
        ),
        _q(
            "multiple",
            (
                "What did the Grand Chamber hold about trafficking in S.M. v. Croatia?",
                "Vad slog stora kammaren fast om människohandel i S.M. mot Kroatien?",
            ),
            (
                "The Grand Chamber held that the concept covers national as well as "
                "transnational trafficking, whether or not organised crime is involved, and "
                "that whether there was trafficking or forced prostitution is a factual "
                "question to be examined in the light of all the circumstances.",
                "Stora kammaren slog fast att begreppet omfattar både nationell och "
                "gränsöverskridande människohandel, oavsett om organiserad brottslighet är "
                "inblandad, och att frågan om människohandel eller påtvingad prostitution "
                "förelegat är en faktisk fråga som ska prövas mot samtliga omständigheter.",
            ),
            tags=["strasbourg", "elements"],
            points=2,
            options=[
                (
                    "Trafficking within one country falls under article 4",
                    "Människohandel inom ett land omfattas av artikel 4",
                    True,
                ),
                (
                    "It falls under article 4 whether or not organised crime is involved",
                    "Den omfattas av artikel 4 oavsett om organiserad brottslighet är inblandad",
                    True,
                ),
                (
                    "Whether there was trafficking is decided on all the circumstances",
                    "Om människohandel förelegat avgörs utifrån samtliga omständigheter",
                    True,
                ),
                (
                    "Trafficking requires that the victim crossed a border",
                    "Människohandel kräver att offret har passerat en gräns",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "In Chowdury and Others v. Greece the national court had dismissed the "
                "trafficking charge. What did the Strasbourg Court find?",
                "I Chowdury m.fl. mot Grekland hade den nationella domstolen ogillat åtalet för "
                "människohandel. Vad fann Europadomstolen?",
            ),
            (
                "The Greek court reasoned that the strawberry pickers had signed up willingly "
                "and kept some freedom of movement. The Strasbourg Court found that their "
                "situation was one of trafficking and forced labour, and that Greece had failed "
                "to prevent, protect, investigate effectively and punish.",
                "Den grekiska domstolen resonerade att jordgubbsplockarna tagit anställning "
                "frivilligt och behållit viss rörelsefrihet. Europadomstolen fann att deras "
                "situation var människohandel och tvångsarbete, och att Grekland brustit i att "
                "förebygga, skydda, utreda effektivt och straffa.",
            ),
            tags=["strasbourg", "labour-exploitation"],
            options=[
                (
                    "That the workers' situation was trafficking and forced labour, and the "
                    "state had failed in its obligations",
                    "Att arbetarnas situation var människohandel och tvångsarbete, och att "
                    "staten brustit i sina skyldigheter",
                    True,
                ),
                (
                    "That workers who signed up willingly cannot be victims of forced labour",
                    "Att arbetare som tagit anställning frivilligt inte kan vara offer för "
                    "tvångsarbete",
                    False,
                ),
                (
                    "That labour exploitation is outside the definition of trafficking",
                    "Att arbetskraftsexploatering faller utanför definitionen av människohandel",
                    False,
                ),
            ],
        ),
        _q(
            "matching",
            (
                "Match each judgment of the European Court of Human Rights with what it is "
                "known for.",
                "Para ihop varje dom från Europadomstolen med det den är känd för.",
            ),
            (
                "Rantsev brought trafficking within article 4; S.M. v. Croatia criticised "
                "courts that ignored the possible impact of trauma on a victim's account; "
                "Chowdury concerned migrant strawberry pickers; V.C.L. and A.N. asked for an "
                "assessment before a possible victim is prosecuted.",
                "Rantsev förde in människohandel under artikel 4; S.M. mot Kroatien kritiserade "
                "domstolar som bortsåg från traumats möjliga inverkan på offrets berättelse; "
                "Chowdury gällde migrerande jordgubbsplockare; V.C.L. och A.N. krävde en "
                "bedömning innan ett möjligt offer åtalas.",
            ),
            tags=["strasbourg"],
            points=2,
            pairs=[
                (
                    ("Rantsev v. Cyprus and Russia", "Rantsev mot Cypern och Ryssland"),
                    (
                        "Trafficking itself falls within article 4",
                        "Människohandel i sig omfattas av artikel 4",
                    ),
                ),
                (
                    ("S.M. v. Croatia", "S.M. mot Kroatien"),
                    (
                        "The possible impact of trauma on a victim's account must be assessed",
                        "Traumats möjliga inverkan på offrets berättelse måste bedömas",
                    ),
                ),
                (
                    ("Chowdury and Others v. Greece", "Chowdury m.fl. mot Grekland"),
                    (
                        "Strawberry pickers under armed guards: trafficking and forced labour",
                        "Jordgubbsplockare under beväpnade vakter: människohandel och tvångsarbete",
                    ),
                ),
                (
                    (
                        "V.C.L. and A.N. v. the United Kingdom",
                        "V.C.L. och A.N. mot Förenade kungariket",
                    ),
                    (
                        "An assessment before a possible victim is prosecuted",
                        "En bedömning innan ett möjligt offer åtalas",
                    ),
                ),
            ],
            extra=[
                (
                    "Trafficking requires a transnational organised group",
                    "Människohandel kräver en gränsöverskridande organiserad grupp",
                )
            ],
        ),
        _q(
            "single",
            (
                "The injured party's account at the main hearing differs from what she told "
                "the police. How does the court treat the differences?",
                "Målsägandens berättelse vid huvudförhandlingen skiljer sig från det hon sa "
                "till polisen. Hur behandlar rätten skillnaderna?",
            ),
            (
                "Differences are weighed together with all the other evidence and with what is "
                "known about how trauma can affect an account. Neither ignoring them nor "
                "treating them alone as proof of lying is a sound assessment.",
                "Skillnaderna vägs tillsammans med all övrig bevisning och med det som är känt "
                "om hur trauma kan påverka en berättelse. Att bortse från dem är lika "
                "bristfälligt som att ensamt låta dem bevisa att hon ljuger.",
            ),
            tags=["witnesses", "trauma"],
            options=[
                (
                    "It weighs them with all the other evidence and the possible impact of trauma",
                    "Den väger dem mot all övrig bevisning och traumats möjliga inverkan",
                    True,
                ),
                (
                    "It treats them as proof that her testimony is untrue",
                    "Den behandlar dem som bevis för att hennes utsaga är osann",
                    False,
                ),
                (
                    "It ignores them, because victims must be believed",
                    "Den bortser från dem, eftersom offer ska tros",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "UNODC's case digest notes that inconsistencies in a victim's testimony can "
                "sometimes show that the statement was not coached.",
                "UNODC:s rättsfallssammanställning påpekar att motsägelser i ett offers utsaga "
                "ibland kan visa att utsagan inte är inövad.",
            ),
            (
                "The digest warns that patterns which look like weaknesses may strengthen a "
                "case: inconsistencies may show a genuine, uncoached statement, and a victim "
                "who did not flee may have been under strong control.",
                "Sammanställningen varnar för att mönster som ser ut som svagheter kan stärka "
                "ett mål: motsägelser kan visa att en utsaga är äkta och inte inövad, och ett "
                "offer som inte flydde kan ha stått under stark kontroll.",
            ),
            tags=["witnesses", "trauma"],
            answer=True,
        ),
        _q(
            "multiple",
            (
                "Counsel for the injured party says she is terrified of testifying with the "
                "defendant in the room. What belongs to the court's handling of this?",
                "Målsägandebiträdet säger att målsäganden är skräckslagen inför att vittna med "
                "den tilltalade i rummet. Vad hör till rättens hantering av detta?",
            ),
            (
                "The court considers the protective measures the law allows, hears the parties "
                "and balances the measure against the defendant's right to a fair trial. "
                "Deciding her credibility in advance has no place in it.",
                "Rätten överväger de skyddsåtgärder som lagen medger, hör parterna och väger "
                "åtgärden mot den tilltalades rätt till en rättvis rättegång. Att avgöra hennes "
                "trovärdighet i förväg hör inte dit.",
            ),
            tags=["witnesses", "protective-measures"],
            points=2,
            options=[
                (
                    "Consider the protective measures the law allows",
                    "Överväga de skyddsåtgärder som lagen medger",
                    True,
                ),
                ("Hear the parties on the question", "Höra parterna i frågan", True),
                (
                    "Balance any measure against the defendant's right to a fair trial",
                    "Väga en åtgärd mot den tilltalades rätt till en rättvis rättegång",
                    True,
                ),
                (
                    "Decide in advance whether her account is credible",
                    "Avgöra i förväg om hennes berättelse är trovärdig",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "According to V.C.L. and A.N. v. the United Kingdom, international standards "
                "contain a general prohibition on prosecuting victims of trafficking.",
                "Enligt V.C.L. och A.N. mot Förenade kungariket innehåller de internationella "
                "normerna ett allmänt förbud mot att åtala offer för människohandel.",
            ),
            (
                "The Court found no general prohibition. It held instead that a credible "
                "suspicion of trafficking calls for an assessment by a qualified person before "
                "the decision to prosecute, and clear reasons for departing from it.",
                "Domstolen fann inget allmänt förbud. Den slog i stället fast att en grundad "
                "misstanke om människohandel kräver en bedömning av någon med rätt kompetens "
                "före beslutet om åtal, och tydliga skäl för att frångå den.",
            ),
            tags=["non-punishment", "strasbourg"],
            answer=False,
        ),
        _q(
            "single",
            (
                "In V.C.L. and A.N., why did the Court also find the criminal proceedings unfair?",
                "Varför fann Europadomstolen i V.C.L. och A.N. också att brottmålsförfarandet "
                "var orättvist?",
            ),
            (
                "Without any assessment of whether the boys had been trafficked, they may have "
                "been prevented from securing evidence capable of helping their defence; the "
                "Court found a violation of article 6 as well as article 4.",
                "Utan någon bedömning av om pojkarna utsatts för människohandel kan de ha "
                "hindrats från att få fram bevisning som kunde ha hjälpt försvaret; domstolen "
                "fann en kränkning av artikel 6 liksom av artikel 4.",
            ),
            tags=["non-punishment", "strasbourg"],
            options=[
                (
                    "The lack of any assessment of their status may have kept evidence from "
                    "their defence",
                    "Avsaknaden av varje bedömning av deras ställning kan ha berövat försvaret "
                    "bevisning",
                    True,
                ),
                (
                    "They had no interpreter at the trial",
                    "De hade ingen tolk vid rättegången",
                    False,
                ),
                (
                    "The judge had refused to hear their parents",
                    "Domaren hade vägrat höra deras föräldrar",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "What does the non-punishment principle cover?",
                "Vad omfattar principen om icke-bestraffning?",
            ),
            (
                "The EU Directive (article 8) covers criminal activities victims were compelled to "
                "commit as a direct consequence of being trafficked. It is not a general "
                "immunity for every offence a victim commits.",
                "EU-direktivet (artikel 8) omfattar brott som offren tvingats begå som en direkt "
                "följd av människohandeln. Principen är ingen allmän immunitet för varje brott "
                "ett offer begår.",
            ),
            tags=["non-punishment"],
            options=[
                (
                    "Acts victims were compelled to commit as a direct consequence of being "
                    "trafficked",
                    "Handlingar som offren tvingats begå som en direkt följd av människohandeln",
                    True,
                ),
                (
                    "Every offence committed by someone who has ever been trafficked",
                    "Varje brott som begås av någon som någon gång utsatts för människohandel",
                    False,
                ),
                (
                    "Only immigration offences, never other crimes",
                    "Bara utlänningsrättsliga brott, aldrig andra brott",
                    False,
                ),
            ],
        ),
        _q(
            "ordering",
            (
                "At trial, a defendant charged with theft says she was forced by the man who "
                "brought her to Sweden. Put the court's steps in order.",
                "Vid rättegången säger en tilltalad som är åtalad för stöld att hon tvingades "
                "av mannen som tog henne till Sverige. Sätt rättens steg i ordning.",
            ),
            (
                "The court notes the claim, asks whether any assessment of her as a possible "
                "victim has been made, lets the parties address it and considers whether more "
                "evidence is needed, weighs it in deliberation under the law, and shows in the "
                "judgment how it was weighed.",
                "Rätten noterar uppgifterna, frågar om någon bedömning av henne som möjligt "
                "offer har gjorts, låter parterna ta ställning och överväger om mer utredning "
                "behövs, väger uppgifterna vid överläggningen enligt lagen och visar i domen "
                "hur de vägts.",
            ),
            tags=["non-punishment", "process"],
            points=2,
            steps=[
                ("Note the claim", "Notera uppgifterna"),
                (
                    "Ask whether any assessment of her as a possible victim has been made",
                    "Fråga om någon bedömning av henne som möjligt offer har gjorts",
                ),
                (
                    "Let the parties address it, and consider whether more evidence is needed",
                    "Låt parterna ta ställning, och överväg om mer utredning behövs",
                ),
                (
                    "Weigh it in deliberation under the law",
                    "Väg uppgifterna vid överläggningen enligt lagen",
                ),
                (
                    "Show in the judgment how it was weighed",
                    "Visa i domen hur de har vägts",
                ),
            ],
        ),
        _q(
            "single",
            (
                "According to the Swedish referral manual (MMM), when should counsel for the "
                "injured party be appointed for a presumed victim of trafficking?",
                "När bör enligt Manual vid misstanke om människohandel (MMM) ett "
                "målsägandebiträde förordnas för den som förmodas vara offer för "
                "människohandel?",
            ),
            (
                "The manual says counsel should be appointed as early as possible once a "
                "police report has been made; the police or prosecutor applies, and the court "
                "appoints a suitable person, considering the victim's wishes and needs.",
                "Manualen säger att ett målsägandebiträde bör förordnas så tidigt som möjligt "
                "när en polisanmälan har upprättats; polis eller åklagare ansöker, och "
                "domstolen förordnar en lämplig person med hänsyn till offrets önskemål och "
                "behov.",
            ),
            tags=["injured-party"],
            options=[
                (
                    "As early as possible once a police report has been made",
                    "Så tidigt som möjligt när en polisanmälan har upprättats",
                    True,
                ),
                (
                    "Only once the main hearing has been scheduled",
                    "Först när huvudförhandlingen har satts ut",
                    False,
                ),
                (
                    "Only if the defendant has been detained",
                    "Bara om den misstänkte är häktad",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "In Rantsev v. Cyprus and Russia the Court held that trafficking itself falls "
                "within article 4 of the European Convention on Human Rights.",
                "I Rantsev mot Cypern och Ryssland slog Europadomstolen fast att människohandel "
                "i sig omfattas av artikel 4 i Europakonventionen.",
            ),
            (
                "Rantsev brought trafficking within article 4 and set out positive obligations: "
                "an adequate legal framework, protective measures where there is a credible "
                "suspicion of a real and immediate risk, and an effective investigation.",
                "Rantsev förde in människohandel under artikel 4 och angav positiva "
                "skyldigheter: ett ändamålsenligt rättsligt ramverk, skyddsåtgärder vid en "
                "grundad misstanke om en verklig och omedelbar risk, och en effektiv "
                "utredning.",
            ),
            tags=["strasbourg", "state-duties"],
            answer=True,
        ),
        _q(
            "single",
            (
                "In deliberation a lay judge says: “If she had really been forced, she would "
                "have run away when she was left alone.” Which response fits the court's task?",
                "Vid överläggningen säger en nämndeman: ”Om hon verkligen hade varit tvingad "
                "hade hon sprungit därifrån när hon lämnades ensam.” Vilket svar passar "
                "rättens uppgift?",
            ),
            (
                "A failure to flee can also reflect control and fear; the court looks at the "
                "whole situation and all the evidence before drawing a conclusion. The course "
                "never prescribes the verdict, only that nothing relevant is left unweighed.",
                "Att inte fly kan också spegla kontroll och rädsla; rätten ser till hela "
                "situationen och all bevisning innan den drar en slutsats. Kursen föreskriver "
                "aldrig domslutet, bara att inget relevant lämnas ovägt.",
            ),
            tags=["witnesses", "trauma", "process"],
            options=[
                (
                    "Point out that staying can reflect control and fear, and look at all the "
                    "evidence",
                    "Påpeka att den som stannar kan vara kontrollerad och rädd, och se till all "
                    "bevisning",
                    True,
                ),
                (
                    "Agree: not fleeing shows she was not forced",
                    "Hålla med: att hon inte flydde visar att hon inte var tvingad",
                    False,
                ),
                (
                    "Tell the lay judge that victims must always be believed",
                    "Säga till nämndemannen att offer alltid ska tros",
                    False,
                ),
            ],
        ),
    ],
}


WITNESS_CASE = case_spec(
    "A frightened injured party",
    "<p>You preside over a trial for trafficking for forced labour in the cleaning business. "
    "A week before the main hearing, counsel for the injured party, Ana, 29, writes that Ana "
    "is terrified of testifying in the same room as the defendant, who she says threatened "
    "her family.</p>",
    [
        (
            "before-hearing",
            "<p>The defence objects to any special arrangement: the defendant has the right to "
            "confront the witness against him.</p>",
            [
                (
                    "Consider the protective measures the law allows, hear both parties, and "
                    "decide with reasons that balance her protection and the defendant's right "
                    "to a fair trial",
                    "her-account",
                    "After hearing the parties, the court decides that Ana will be heard by "
                    "video link, with the defence able to question her in full. The decision "
                    "gives its reasons.",
                    2,
                    "",
                ),
                (
                    "Grant every measure her counsel asks for at once, without hearing the defence",
                    "her-account",
                    "Ana will be heard by video link, but the defence complains that it was "
                    "never heard on the question.",
                    0,
                    "",
                ),
                (
                    "Rule that she must testify in the courtroom like any witness, without "
                    "considering any measure",
                    "face-to-face",
                    "Ana testifies a few metres from the defendant. She answers in single "
                    "words, looks at him before each answer and asks to stop.",
                    0,
                    "Hearing a frightened witness face to face with the defendant without "
                    "considering the protective measures the law allows puts her at risk and "
                    "gives the court less to weigh. Consider the measures, hear the parties "
                    "and decide with reasons.",
                ),
            ],
        ),
        (
            "her-account",
            "<p>By video link, Ana gives a different month for when she arrived than she gave "
            "the police, and says for the first time that she was hit. The defence argues that "
            "a story that grows is an invented one. Payslips, messages and a co-worker's "
            "statement are also in evidence.</p>",
            [
                (
                    "In deliberation, weigh the changes together with the other evidence and "
                    "what is known about how trauma can affect an account, and give reasons",
                    "weighed",
                    "The court examines what in her account is constant, what the payslips, "
                    "messages and the co-worker's statement support, and why she may not have "
                    "spoken of the blows at first. The judgment sets it out.",
                    2,
                    "",
                ),
                (
                    "Accept everything she says as true, because she is the victim",
                    "uncritical",
                    "The judgment takes her account as given and does not say how it was "
                    "tested against the other evidence.",
                    0,
                    "",
                ),
                (
                    "Treat the changes as proof that she is lying and set her testimony aside",
                    "dismissed",
                    "Her testimony is disregarded on the strength of the changes alone; the "
                    "payslips, the messages and the co-worker's statement are never weighed "
                    "against it.",
                    0,
                    "Inconsistencies in a traumatised witness's account are not in themselves "
                    "proof that she lies. S.M. v. Croatia criticised courts that did not assess "
                    "the possible impact of trauma on a victim's ability to tell her story "
                    "consistently. Weigh the changes with all the other evidence.",
                ),
            ],
        ),
    ],
    [
        (
            "weighed",
            "A fair hearing, and a reasoned assessment",
            "<p>The protective measure was considered, the parties were heard and the decision "
            "balanced both sides. Her changing account was weighed with all the evidence and "
            "with what trauma can do to memory. Whatever the verdict, the reasons show that "
            "nothing the law asks the court to consider was left out.</p>",
        ),
        (
            "uncritical",
            "An account never tested",
            "<p>Protecting a witness does not mean believing her without examination. The "
            "court's task is to weigh her account against the other evidence, whichever way it "
            "points, and to show in the judgment how it did so.</p>",
        ),
        (
            "face-to-face",
            "Heard face to face, without protection",
            "<p>Ana was heard in front of the man she feared without the court considering any "
            "protective measure. Her testimony shrank, and the court had less to weigh. The law "
            "offers measures; considering them is part of a fair trial for both sides.</p>",
        ),
        (
            "dismissed",
            "A testimony dismissed on its changes alone",
            "<p>The changes in her account decided the matter without being weighed against "
            "the payslips, the messages and the co-worker's statement, and without considering "
            "the effect of trauma. That is the kind of assessment the Strasbourg Court found "
            "wanting in S.M. v. Croatia.</p>",
        ),
    ],
)

WITNESS_CASE_SV = case_spec(
    "En rädd målsägande",
    "<p>Du är ordförande i ett mål om människohandel för tvångsarbete i städbranschen. En "
    "vecka före huvudförhandlingen skriver målsägandebiträdet att målsäganden, Ana, 29 år, är "
    "skräckslagen inför att vittna i samma rum som den tilltalade, som hon uppger har hotat "
    "hennes familj.</p>",
    [
        (
            "before-hearing",
            "<p>Försvaret motsätter sig alla särskilda arrangemang: den tilltalade har rätt "
            "att konfronteras med den som vittnar mot honom.</p>",
            [
                (
                    "Överväg de skyddsåtgärder som lagen medger, hör båda parter och besluta "
                    "med skäl som väger hennes skydd mot den tilltalades rätt till en rättvis "
                    "rättegång",
                    "her-account",
                    "Efter att ha hört parterna beslutar rätten att Ana ska höras genom ljud- "
                    "och bildöverföring och att försvaret får ställa alla sina frågor. Beslutet "
                    "är motiverat.",
                    2,
                    "",
                ),
                (
                    "Bevilja genast allt som målsägandebiträdet begär, utan att höra försvaret",
                    "her-account",
                    "Ana hörs genom ljud- och bildöverföring, men försvaret klagar över att det "
                    "aldrig fick yttra sig i frågan.",
                    0,
                    "",
                ),
                (
                    "Besluta att hon ska vittna i rättssalen som vilket vittne som helst, utan "
                    "att överväga någon åtgärd",
                    "face-to-face",
                    "Ana vittnar några meter från den tilltalade. Hon svarar med enstaka ord, "
                    "ser på honom före varje svar och ber att få sluta.",
                    0,
                    "Att höra ett rädt vittne öga mot öga med den tilltalade utan att överväga "
                    "de skyddsåtgärder som lagen medger utsätter henne för fara och ger rätten "
                    "mindre att väga. Överväg åtgärderna, hör parterna och besluta med skäl.",
                ),
            ],
        ),
        (
            "her-account",
            "<p>Genom ljud- och bildöverföring anger Ana en annan månad för när hon kom hit än "
            "den hon angav för polisen, och berättar för första gången att hon blev slagen. "
            "Försvaret hävdar att en berättelse som växer är en påhittad berättelse. "
            "Lönebesked, meddelanden och en arbetskamrats uppgifter finns också i "
            "bevisningen.</p>",
            [
                (
                    "Väg vid överläggningen förändringarna tillsammans med den övriga "
                    "bevisningen och det som är känt om hur trauma kan påverka en berättelse, "
                    "och motivera",
                    "weighed",
                    "Rätten prövar vad i hennes berättelse som är konstant, vad lönebeskeden, "
                    "meddelandena och arbetskamratens uppgifter stöder, och varför hon kanske "
                    "inte talade om slagen först. Domskälen redovisar det.",
                    2,
                    "",
                ),
                (
                    "Godta allt hon säger som sant, eftersom hon är offret",
                    "uncritical",
                    "Domen tar hennes berättelse för given och säger inte hur den prövats mot "
                    "den övriga bevisningen.",
                    0,
                    "",
                ),
                (
                    "Behandla förändringarna som bevis för att hon ljuger och lägg hennes "
                    "utsaga åt sidan",
                    "dismissed",
                    "Hennes utsaga lämnas utan avseende enbart på grund av förändringarna; "
                    "lönebeskeden, meddelandena och arbetskamratens uppgifter vägs aldrig mot "
                    "den.",
                    0,
                    "Motsägelser i en traumatiserad persons berättelse är inte i sig bevis för "
                    "att hon ljuger. S.M. mot Kroatien kritiserade domstolar som inte bedömt "
                    "hur trauma kan ha påverkat offrets förmåga att berätta sammanhängande. Väg "
                    "förändringarna mot all övrig bevisning.",
                ),
            ],
        ),
    ],
    [
        (
            "weighed",
            "En rättvis förhandling och en motiverad bedömning",
            "<p>Skyddsåtgärden övervägdes, parterna hördes och beslutet vägde båda sidor. "
            "Hennes ändrade berättelse vägdes mot all bevisning och mot vad trauma kan göra med "
            "minnet. Oavsett utgång visar domskälen att inget som lagen kräver att rätten "
            "beaktar har fallit bort.</p>",
        ),
        (
            "uncritical",
            "En berättelse som aldrig prövades",
            "<p>Att skydda ett vittne betyder inte att tro henne utan prövning. Rättens uppgift "
            "är att väga hennes berättelse mot den övriga bevisningen, vart den än pekar, och "
            "att visa i domen hur det gjordes.</p>",
        ),
        (
            "face-to-face",
            "Hörd öga mot öga, utan skydd",
            "<p>Ana hördes inför mannen hon var rädd för utan att rätten övervägt någon "
            "skyddsåtgärd. Hennes berättelse krympte, och rätten fick mindre att väga. Lagen "
            "erbjuder åtgärder; att överväga dem hör till en rättvis rättegång för båda "
            "sidor.</p>",
        ),
        (
            "dismissed",
            "En utsaga avfärdad enbart på grund av förändringar",
            "<p>Förändringarna i hennes berättelse fick avgöra utan att vägas mot lönebeskeden, "
            "meddelandena och arbetskamratens uppgifter, och utan hänsyn till traumats verkan. "
            "Det är den sortens bedömning som Europadomstolen fann bristfällig i S.M. mot "
            "Kroatien.</p>",
        ),
    ],
)

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        (
            "A frightened injured party: choose each step, as the presiding judge would.",
            "En rädd målsägande: välj varje steg, som rättens ordförande skulle göra.",
        ),
        (
            "A fair process considers the protective measures the law allows, hears both "
            "parties, and weighs a changing account with all the evidence. Hearing her face to "
            "face without considering any measure, or treating the changes as proof of lying, "
            "fails the case.",
            "En rättvis process överväger de skyddsåtgärder som lagen medger, hör båda parter "
            "och väger en berättelse som ändras mot all bevisning. Att höra henne öga mot öga "
            "utan att överväga någon åtgärd, eller att behandla förändringarna som bevis för "
            "lögn, underkänner fallet.",
        ),
        tags=["case", "witnesses", "protective-measures"],
        points=3,
        case=(WITNESS_CASE, WITNESS_CASE_SV),
    )
]
