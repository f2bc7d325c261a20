"""The final assessment of K0, "Human trafficking and exploitation: the essentials"
(``courses.demo.curriculum.k0``): a pool of questions on what the lessons teach, drawn at
random, and an assessed branching case with critical errors.

No question holds a statistic, a telephone number or a fact the lessons still mark for expert
review: those live on dated lines in the lessons. Each text is (English, Swedish)."""

from courses.demo.cases import choice as _choice
from courses.demo.cases import situation as _situation
from quizzes.demo import _q, final_settings

COURSE_SLUG = "trafficking-essentials"

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": ("Final assessment", "Slutprov"),
    "intro": (
        "<p>Questions are drawn at random from a larger pool, so no two attempts are the same. "
        "You have 20 minutes and three attempts; you pass with 80%. Some questions are short "
        "cases that describe exploitation.</p>",
        "<p>Frågorna dras slumpvis ur en större frågebank, så inga två försök är likadana. Du "
        "har 20 minuter och tre försök; godkänt från 80 %. Några frågor är korta fall som "
        "beskriver exploatering.</p>",
    ),
    "settings": final_settings(draw_count=6, time_limit_minutes=20),
    "questions": [
        _q(
            "single",
            (
                "A 16-year-old is offered a job abroad by a family friend, agrees to go, and is "
                "made to sell flowers on the street for the friend, who keeps the money. Nobody "
                "threatened or deceived her. Can this be trafficking in human beings?",
                "En 16-åring erbjuds ett arbete utomlands av en vän till familjen, går med på "
                "att resa och får sedan sälja blommor på gatan åt vännen, som behåller "
                "pengarna. Ingen hotade eller lurade henne. Kan det vara människohandel?",
            ),
            (
                "Yes. For anyone under 18 the act (here recruiting and harbouring) and the "
                "purpose (exploitation) are enough; no means such as threats or deception is "
                "needed, and a child's agreement changes nothing.",
                "Ja. För den som är under 18 år räcker handlingen (här att rekrytera och "
                "inhysa) och syftet (exploatering); inget medel som hot eller vilseledande "
                "krävs, och barnets samtycke ändrar ingenting.",
            ),
            tags=["definitions", "children"],
            options=[
                (
                    "Yes: for a child no means such as threats or deception is needed",
                    "Ja: för ett barn krävs inget medel som hot eller vilseledande",
                    True,
                ),
                (
                    "No: without threats or deception it is not trafficking",
                    "Nej: utan hot eller vilseledande är det inte människohandel",
                    False,
                ),
                (
                    "No: she agreed to go",
                    "Nej: hon gick med på att resa",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "An adult who agreed to work abroad cannot be a victim of trafficking, even if "
                "she was deceived about the conditions.",
                "En vuxen som gick med på att arbeta utomlands kan inte vara utsatt för "
                "människohandel, även om hon blev lurad om villkoren.",
            ),
            (
                "False. Once a means such as deception or abuse of a position of vulnerability "
                "has been used, the person's consent to the exploitation does not count.",
                "Falskt. När ett medel som vilseledande eller utnyttjande av någons utsatta "
                "belägenhet har använts saknar personens samtycke till exploateringen "
                "betydelse.",
            ),
            tags=["definitions", "consent"],
            answer=False,
        ),
        _q(
            "single",
            (
                "A man paid a smuggler to cross the border. On arrival he was handed to an "
                "“employer” who keeps his wages to pay off the journey and lets him sleep at the "
                "site. What is the best reading?",
                "En man betalade en smugglare för att ta sig över gränsen. Vid ankomsten "
                "lämnades han över till en ”arbetsgivare” som behåller lönen som avbetalning på "
                "resan och låter honom sova på arbetsplatsen. Vilken tolkning är bäst?",
            ),
            (
                "Smuggling usually ends on arrival, but a smuggled person can become a victim "
                "of trafficking. A debt used to keep wages and housing tied to the work are "
                "indicators together: a reason for a private conversation, not yet a "
                "conclusion.",
                "Smuggling slutar oftast vid ankomsten, men den som smugglats kan bli offer för "
                "människohandel. En skuld som används för att behålla lönen och ett boende som "
                "hänger ihop med arbetet är indikatorer tillsammans: skäl till ett enskilt "
                "samtal, ännu ingen slutsats.",
            ),
            tags=["definitions", "smuggling"],
            options=[
                (
                    "Smuggling that may have turned into trafficking: several indicators "
                    "together call for a private conversation",
                    "Smuggling som kan ha övergått i människohandel: flera indikatorer "
                    "tillsammans kräver ett enskilt samtal",
                    True,
                ),
                (
                    "Only smuggling: he agreed to the journey",
                    "Bara smuggling: han gick med på resan",
                    False,
                ),
                (
                    "Proven trafficking: a debt repaid from wages is proof",
                    "Bevisad människohandel: en skuld som betalas med lönen är ett bevis",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A person who entered legally, with a valid permit, cannot be a victim of "
                "trafficking.",
                "Den som har rest in lagligt, med ett giltigt tillstånd, kan inte vara utsatt "
                "för människohandel.",
            ),
            (
                "False. Trafficking is a crime against a person, not against a border: it can "
                "happen after a legal entry, or without crossing any border at all.",
                "Falskt. Människohandel är ett brott mot en människa, inte mot en gräns: det kan "
                "ske efter en laglig inresa, eller utan att någon gräns passeras alls.",
            ),
            tags=["definitions"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "Which of these are ways in which people who may be victims are controlled?",
                "Vilka av dessa är sätt att kontrollera den som kan vara utsatt?",
            ),
            (
                "Debt, documents kept by someone else, threats against the family at home and "
                "isolation are common methods; control is rarely a locked door. A written "
                "employment contract is not in itself a sign of control.",
                "Skuld, handlingar som någon annan behåller, hot mot familjen i hemlandet och "
                "isolering är vanliga metoder; kontroll är sällan en låst dörr. Ett skriftligt "
                "anställningsavtal är inte i sig ett tecken på kontroll.",
            ),
            tags=["control"],
            points=2,
            options=[
                (
                    "A debt for the journey that keeps growing",
                    "En skuld för resan som hela tiden växer",
                    True,
                ),
                (
                    "The employer keeps the passport “for safekeeping”",
                    "Arbetsgivaren ”förvarar” passet",
                    True,
                ),
                (
                    "Threats against the family at home",
                    "Hot mot familjen i hemlandet",
                    True,
                ),
                (
                    "A written employment contract",
                    "Ett skriftligt anställningsavtal",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "At an inspection, a worker whose employer holds his passport says he is fine "
                "and wants no help. What should you do?",
                "Vid en kontroll säger en arbetare, vars arbetsgivare har hans pass, att han mår "
                "bra och inte vill ha hjälp. Vad bör du göra?",
            ),
            (
                "Refusing help is common — out of fear, shame or because people do not see "
                "themselves as victims. His “no” ends the conversation, not your duty: leave "
                "information he can keep and pass on what you observed through your role's "
                "channel.",
                "Att tacka nej till hjälp är vanligt — av rädsla, skam eller för att människor "
                "inte ser sig som offer. Hans nej avslutar samtalet, inte din skyldighet: lämna "
                "information som han kan behålla och för vidare det du iakttog i den kanal som "
                "gäller för din roll.",
            ),
            tags=["victims-refusing-help", "referral"],
            options=[
                (
                    "Respect his choice, give him information on rights and help, and pass on "
                    "what you observed",
                    "Respektera hans val, ge honom information om rättigheter och hjälp, och "
                    "för vidare det du iakttog",
                    True,
                ),
                (
                    "Close the matter: he is an adult and said no",
                    "Avsluta ärendet: han är vuxen och sa nej",
                    False,
                ),
                (
                    "Tell the employer to hand back the passport at once",
                    "Säg åt arbetsgivaren att genast lämna tillbaka passet",
                    False,
                ),
            ],
        ),
        _q(
            "matching",
            (
                "Match each part of the Swedish support chain with what it does.",
                "Para ihop varje del av den svenska stödkedjan med vad den gör.",
            ),
            (
                "The MMM describes the process and who does what; NSPM coordinates nationally "
                "and advises professionals; the NSP funds complementary support through "
                "certified providers; the return programme supports a voluntary, informed "
                "return. None of them certifies training courses.",
                "MMM beskriver processen och vem som gör vad; NSPM samordnar nationellt och ger "
                "råd till yrkesverksamma; NSP bekostar kompletterande stöd genom certifierade "
                "stödgivare; Återvändandeprogrammet stöder ett frivilligt och välgrundat "
                "återvändande. Ingen av dem certifierar utbildningar.",
            ),
            tags=["referral", "support"],
            points=2,
            pairs=[
                (
                    (
                        "MMM (Manual vid misstanke om människohandel)",
                        "MMM (Manual vid misstanke om människohandel)",
                    ),
                    (
                        "Sweden's national referral mechanism: the support and protection "
                        "process step by step",
                        "Sveriges nationella hänvisningsmekanism: stöd- och skyddsprocessen "
                        "steg för steg",
                    ),
                ),
                (
                    (
                        "NSPM at the Swedish Gender Equality Agency",
                        "NSPM vid Jämställdhetsmyndigheten",
                    ),
                    (
                        "National coordination and a support line for professionals",
                        "Nationell samordning och en stödtelefon för yrkesverksamma",
                    ),
                ),
                (
                    (
                        "National Support Programme (NSP)",
                        "Nationella stödprogrammet (NSP)",
                    ),
                    (
                        "Complementary support through certified support providers",
                        "Kompletterande stöd genom certifierade stödgivare",
                    ),
                ),
                (
                    ("The return programme", "Återvändandeprogrammet"),
                    (
                        "Support for a voluntary, informed return and reintegration",
                        "Stöd till ett frivilligt, välgrundat återvändande och återintegrering",
                    ),
                ),
            ],
            extra=[("Certifies training courses for officials", "Certifierar utbildningar")],
        ),
        _q(
            "true_false",
            (
                "The reflection period is meant to give a person time to recover and to decide "
                "whether to take part in the legal process.",
                "Betänketiden är till för att ge personen tid att återhämta sig och ta ställning "
                "till om hon eller han vill medverka i rättsprocessen.",
            ),
            (
                "True. Someone who has just left exploitation is rarely ready to decide at once; "
                "time to recover also helps the investigation, because a rested person can give "
                "a better account.",
                "Sant. Den som nyss har lämnat exploateringen är sällan redo att bestämma sig "
                "direkt; tid att återhämta sig gagnar också utredningen, eftersom den som fått "
                "vila kan berätta bättre.",
            ),
            tags=["rights", "support"],
            answer=True,
        ),
        _q(
            "single",
            (
                "A woman who may be a victim wants to go home tomorrow. What matters most "
                "before anything is arranged?",
                "En kvinna som kan vara utsatt vill åka hem i morgon. Vad är viktigast innan "
                "något ordnas?",
            ),
            (
                "Return is voluntary and must be an informed decision: she needs accurate "
                "information about support, alternatives and risks — the same recruiters or "
                "debts may be waiting at home.",
                "Återvändandet är frivilligt och beslutet ska vara välgrundat: hon behöver "
                "korrekt information om stöd, alternativ och risker — samma rekryterare eller "
                "skulder kan vänta hemma.",
            ),
            tags=["return", "support"],
            options=[
                (
                    "That her decision is informed: support, alternatives and the risks at home",
                    "Att hennes beslut är välgrundat: stöd, alternativ och riskerna hemma",
                    True,
                ),
                (
                    "That she leaves as soon as possible: return ends the exploitation",
                    "Att hon reser så snart som möjligt: hemresan avslutar exploateringen",
                    False,
                ),
                (
                    "That her family is called first to meet her",
                    "Att familjen först rings upp för att möta henne",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "What does the non-punishment principle say?",
                "Vad innebär principen om icke-bestraffning?",
            ),
            (
                "A victim should not be penalised for unlawful acts committed as a direct "
                "consequence of being trafficked. It is not a general immunity: the link "
                "between the act and the exploitation is what counts, which is why someone has "
                "to ask early how the offence came about.",
                "Den som utsatts ska inte straffas för olagliga handlingar som begåtts som en "
                "direkt följd av människohandeln. Det är ingen allmän immunitet: det är "
                "kopplingen mellan handlingen och exploateringen som räknas, och därför måste "
                "någon tidigt fråga hur brottet kom till.",
            ),
            tags=["non-punishment"],
            options=[
                (
                    "No penalty for unlawful acts committed as a direct consequence of being "
                    "trafficked",
                    "Inget straff för olagliga handlingar som begåtts som en direkt följd av "
                    "människohandeln",
                    True,
                ),
                (
                    "A victim of trafficking cannot be prosecuted for any offence",
                    "Den som utsatts för människohandel kan inte åtalas för något brott",
                    False,
                ),
                (
                    "The principle applies only once the trafficker has been convicted",
                    "Principen gäller först när människohandlaren har dömts",
                    False,
                ),
            ],
        ),
        _q(
            "multiple",
            (
                "You are about to talk with a person who may be a victim. Which steps follow "
                "the do-no-harm principles?",
                "Du ska tala med en person som kan vara utsatt. Vilka steg följer principerna "
                "om att inte göra skada?",
            ),
            (
                "An independent interpreter, consent to the conversation and no promises you "
                "cannot keep protect the person. The companion is never the interpreter: they "
                "may be part of the network.",
                "En oberoende tolk, samtycke till samtalet och inga löften du inte kan hålla "
                "skyddar personen. Medresenären är aldrig tolk: hon eller han kan ingå i "
                "nätverket.",
            ),
            tags=["do-no-harm", "interviewing"],
            points=2,
            options=[
                (
                    "Use an interpreter with no link to the companion or employer",
                    "Använd en tolk utan koppling till medresenären eller arbetsgivaren",
                    True,
                ),
                (
                    "Explain what the conversation is for and that the person may stop",
                    "Förklara vad samtalet är till för och att personen får avbryta",
                    True,
                ),
                (
                    "Promise only what you yourself can do",
                    "Lova bara det du själv kan göra",
                    True,
                ),
                (
                    "Let the companion interpret, since the person trusts them",
                    "Låt medresenären tolka, eftersom personen litar på hen",
                    False,
                ),
            ],
        ),
        _q(
            "ordering",
            (
                "Put the first response that applies in every role in order.",
                "Sätt det första agerandet, som gäller i alla yrkesroller, i ordning.",
            ),
            (
                "Notice, make it safe to talk, inform, then pass the concern on: information "
                "given in a safe moment stays with the person whatever happens next.",
                "Lägg märke till, gör det tryggt att berätta, informera och för sedan oron "
                "vidare: information som ges i ett tryggt ögonblick följer med personen vad som "
                "än händer sedan.",
            ),
            tags=["referral", "role"],
            points=2,
            steps=[
                ("Notice the signs", "Lägg märke till tecknen"),
                (
                    "Give the person a safe chance to talk alone",
                    "Ge personen en trygg möjlighet att berätta enskilt",
                ),
                (
                    "Inform them of their rights and where help is",
                    "Informera om rättigheter och var hjälp finns",
                ),
                (
                    "Pass the concern on through your role's channel",
                    "För oron vidare i den kanal som gäller för din roll",
                ),
            ],
        ),
        _q(
            "single",
            (
                "A week after a hard case you still cannot stop thinking about it. What is the "
                "best response?",
                "En vecka efter ett svårt ärende kan du fortfarande inte sluta tänka på det. "
                "Vad är bäst att göra?",
            ),
            (
                "Such reactions are common in this work and not a sign of unfitness. Talk it "
                "through with a colleague or supervisor and use the support your employer "
                "offers; you are one link of the chain, not the whole chain. Contacting the person "
                "yourself, outside your role, can expose them and blurs that limit.",
                "Sådana reaktioner är vanliga i det här arbetet och inget tecken på att du inte "
                "duger. Prata igenom det med en kollega eller chef och använd det stöd "
                "arbetsgivaren erbjuder; du är en länk i kedjan, inte hela kedjan. Att själv "
                "kontakta personen, utanför din roll, kan utsätta henne eller honom för fara och "
                "suddar ut den gränsen.",
            ),
            tags=["wellbeing"],
            options=[
                (
                    "Talk it through with a colleague or supervisor and use the support on offer",
                    "Prata igenom det med en kollega eller chef och använd det stöd som finns",
                    True,
                ),
                (
                    "Keep it to yourself: it is part of being a professional",
                    "Behåll det för dig själv: det hör till yrket",
                    False,
                ),
                (
                    "Contact the person again to make sure they are all right",
                    "Kontakta personen igen för att försäkra dig om att hon eller han mår bra",
                    False,
                ),
            ],
        ),
    ],
}

# The assessed case: a young woman whose age is uncertain. Critical errors: confronting the
# "boyfriend", treating a child as an adult, contacting the family without consent.


ELENA_CASE = {
    "title": "Elena at the reception",
    "intro": "<p>Content note: this case describes the sexual exploitation of a young person. "
    "A young woman comes to your office; you meet her in your own role. Elena is fictional; "
    "the pattern is not.</p>",
    "situations": [
        _situation(
            "reception",
            "<p>Elena asks for help to get her passport back. She says she is 19; she looks "
            "younger. A man she calls her boyfriend waits outside and calls her phone again and "
            "again.</p>",
            [
                _choice(
                    "Offer her a quiet room, ask whether she wants to talk, and ask open questions",
                    "age",
                    "She turns her phone face down and follows you. In the room she breathes "
                    "out for the first time.",
                    points=2,
                ),
                _choice(
                    "Go outside and tell the boyfriend to leave her alone or you will call the "
                    "police",
                    "at-risk",
                    "He leaves — and Elena leaves a minute later, because he has told her to "
                    "by text.",
                    remediation="Never confront a suspected exploiter: it warns him and puts "
                    "her at risk. Give her a safe place to talk, and call the police if anyone "
                    "is in immediate danger.",
                ),
                _choice(
                    "Ask her to come back with an identity document so that you can help",
                    "left",
                    "She nods and goes out to the man waiting for her.",
                ),
            ],
        ),
        _situation(
            "age",
            "<p>Elena says the boyfriend brought her here and arranges “work” for her in flats. "
            "She owes him for the trip. Talking about school at home, she lets slip that she "
            "will turn 17 next spring.</p>",
            [
                _choice(
                    "Treat her as a child: involve social services at once, and the police if "
                    "she is in danger, and tell her what will happen next",
                    "family",
                    "Social services are on their way. Elena is frightened but knows what will "
                    "happen in the next hour.",
                    points=3,
                ),
                _choice(
                    "She first said 19 and seems mature: treat her as an adult, respect that "
                    "she only wants her passport, and give her information about support",
                    "at-risk",
                    "Elena takes the leaflet and goes back outside.",
                    remediation="When there are reasons to believe a person is a child, treat "
                    "her as a child until her age is established. For a child no means is "
                    "needed for trafficking, and child protection comes first.",
                ),
                _choice(
                    "Ask her to prove her age before you do anything more",
                    "left",
                    "She cannot. She says she will come back another day.",
                ),
            ],
        ),
        _situation(
            "family",
            "<p>While you wait, Elena says the boyfriend knows where her mother and her "
            "younger sister live. She begs you not to let him find out she talked.</p>",
            [
                _choice(
                    "Take her fear seriously: tell social services and the police about the "
                    "threat to her family so that it is part of the risk assessment, and promise "
                    "only what you can do",
                    "protected",
                    "Elena hears that her fear is written down and passed on to those who can "
                    "act on it, and that nobody will call home without her.",
                    points=2,
                ),
                _choice(
                    "Tell her that nothing will happen to her family",
                    "protected",
                    "She wants to believe you. You cannot know it.",
                ),
                _choice(
                    "Call her mother to warn her",
                    "at-risk",
                    "Her mother, in tears, calls the one number she has for Elena's “boyfriend”.",
                    remediation="Never contact the family without the person's consent: you do "
                    "not know who at home is linked to the exploiter. The risk to the family is "
                    "assessed by the police and social services, with her.",
                ),
            ],
        ),
    ],
    "endings": [
        {
            "key": "protected",
            "title": "Protected as a child",
            "debrief": "<p>You gave Elena a safe place to talk, treated her as the child she "
            "may be as soon as there was reason to, and let those responsible for child "
            "protection and investigation act — including on the threat to her family. The "
            "best path also promises nothing you cannot keep.</p>",
        },
        {
            "key": "left",
            "title": "She walked back out",
            "debrief": "<p>Nobody harmed Elena here, but she went back to the man who "
            "controls her. A child does not have to prove her age or ask in the right way to "
            "be protected; a safe conversation and child protection should have come first."
            "</p>",
        },
        {
            "key": "at-risk",
            "title": "Elena was put at risk",
            "debrief": "<p>Confronting the man, treating a possible child as an adult, or "
            "calling the family without her consent each left Elena, or her family, more "
            "exposed. This ending fails the case whatever the points: read the remediation "
            "and play it again.</p>",
        },
    ],
}

ELENA_CASE_SV = {
    "title": "Elena i receptionen",
    "intro": "<p>Innehållsvarning: fallet beskriver sexuell exploatering av en ung person. En "
    "ung kvinna kommer till ditt kontor; du möter henne i din egen yrkesroll. Elena är "
    "påhittad; mönstret är det inte.</p>",
    "situations": [
        _situation(
            "reception",
            "<p>Elena ber om hjälp att få tillbaka sitt pass. Hon säger att hon är 19 år; hon "
            "ser yngre ut. En man som hon kallar sin pojkvän väntar utanför och ringer hennes "
            "telefon gång på gång.</p>",
            [
                _choice(
                    "Erbjud henne ett lugnt rum, fråga om hon vill prata och ställ öppna frågor",
                    "age",
                    "Hon lägger telefonen med skärmen nedåt och följer med. I rummet andas hon "
                    "ut för första gången.",
                    points=2,
                ),
                _choice(
                    "Gå ut och säg åt pojkvännen att lämna henne i fred, annars ringer du polisen",
                    "at-risk",
                    "Han går — och en minut senare går Elena också, eftersom han har skrivit "
                    "åt henne att göra det.",
                    remediation="Konfrontera aldrig en misstänkt förövare: det varnar honom och "
                    "utsätter henne för fara. Ge henne en trygg plats att prata på, och ring "
                    "polisen om någon är i omedelbar fara.",
                ),
                _choice(
                    "Be henne komma tillbaka med en id-handling så att du kan hjälpa henne",
                    "left",
                    "Hon nickar och går ut till mannen som väntar.",
                ),
            ],
        ),
        _situation(
            "age",
            "<p>Elena berättar att pojkvännen tog henne hit och ordnar ”jobb” åt henne i "
            "lägenheter. Hon är skyldig honom för resan. När hon pratar om skolan hemma råkar "
            "hon säga att hon fyller 17 i vår.</p>",
            [
                _choice(
                    "Behandla henne som ett barn: koppla genast in socialtjänsten, och polisen "
                    "om hon är i fara, och berätta vad som händer härnäst",
                    "family",
                    "Socialtjänsten är på väg. Elena är rädd men vet vad som händer den "
                    "närmaste timmen.",
                    points=3,
                ),
                _choice(
                    "Hon sa först 19 och verkar mogen: behandla henne som vuxen, respektera att "
                    "hon bara vill ha passet och ge henne information om stöd",
                    "at-risk",
                    "Elena tar broschyren och går ut igen.",
                    remediation="När det finns skäl att tro att en person är ett barn ska hon "
                    "behandlas som barn tills åldern är fastställd. För barn krävs inget medel "
                    "för människohandel, och skyddet av barnet kommer först.",
                ),
                _choice(
                    "Be henne bevisa sin ålder innan du gör något mer",
                    "left",
                    "Det kan hon inte. Hon säger att hon kommer tillbaka en annan dag.",
                ),
            ],
        ),
        _situation(
            "family",
            "<p>Medan ni väntar berättar Elena att pojkvännen vet var hennes mamma och "
            "lillasyster bor. Hon ber dig att inte låta honom få veta att hon har pratat.</p>",
            [
                _choice(
                    "Ta hennes rädsla på allvar: berätta för socialtjänsten och polisen om hotet "
                    "mot familjen så att det ingår i riskbedömningen, och lova bara det du kan "
                    "göra",
                    "protected",
                    "Elena får höra att hennes rädsla skrivs ner och förs vidare till dem som "
                    "kan agera, och att ingen ringer hem utan henne.",
                    points=2,
                ),
                _choice(
                    "Säg att inget kommer att hända hennes familj",
                    "protected",
                    "Hon vill tro dig. Du kan inte veta det.",
                ),
                _choice(
                    "Ring hennes mamma och varna henne",
                    "at-risk",
                    "Mamman blir förtvivlad och ringer det enda nummer hon har till Elenas "
                    "”pojkvän”.",
                    remediation="Kontakta aldrig familjen utan personens samtycke: du vet inte "
                    "vem i hemlandet som har kopplingar till förövaren. Risken för familjen "
                    "bedöms av polis och socialtjänst, tillsammans med henne.",
                ),
            ],
        ),
    ],
    "endings": [
        {
            "key": "protected",
            "title": "Skyddad som barn",
            "debrief": "<p>Du gav Elena en trygg plats att prata på, behandlade henne som det "
            "barn hon kan vara så snart det fanns skäl till det, och lät dem som ansvarar för "
            "barnets skydd och för utredningen agera — även när det gäller hotet mot familjen. "
            "Den bästa vägen lovar heller inget du inte kan hålla.</p>",
        },
        {
            "key": "left",
            "title": "Hon gick ut igen",
            "debrief": "<p>Ingen skadade Elena här, men hon gick tillbaka till mannen som "
            "kontrollerar henne. Ett barn behöver inte bevisa sin ålder eller fråga på rätt sätt "
            "för att få skydd; ett tryggt samtal och skyddet av barnet skulle ha kommit först."
            "</p>",
        },
        {
            "key": "at-risk",
            "title": "Elena utsattes för fara",
            "debrief": "<p>Att konfrontera mannen, att behandla ett möjligt barn som vuxen "
            "eller att ringa familjen utan hennes samtycke gjorde Elena, eller hennes familj, "
            "mer utsatt. Det här slutet underkänner fallet oavsett poäng: läs vad du borde ha "
            "gjort i stället och gör om fallet.</p>",
        },
    ],
}

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        ("Elena at the reception", "Elena i receptionen"),
        (
            "Give a safe place to talk; treat a person who may be a child as a child as soon as "
            "there is reason to; never confront the suspected exploiter or contact the family "
            "without consent — each of those fails the case.",
            "Ge en trygg plats att prata på; behandla den som kan vara ett barn som barn så "
            "snart det finns skäl till det; konfrontera aldrig den misstänkta förövaren och "
            "kontakta aldrig familjen utan samtycke — vart och ett av dem underkänner fallet.",
        ),
        tags=["case", "children", "do-no-harm"],
        points=3,
        case=(ELENA_CASE, ELENA_CASE_SV),
    ),
]
