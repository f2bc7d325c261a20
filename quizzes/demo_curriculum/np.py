"""The final assessment of NP, "Non-punishment in practice" (``courses.demo.curriculum.np``):
a pool of fourteen questions of which each attempt draws seven, and an assessed branching case
(a woman with a borrowed passport at a workplace inspection) whose critical errors — confronting
the possible exploiter, contacting her family without her consent — fail it.

Every question tests what the lessons teach — the link between offence and exploitation, the
child rule, the duties V.C.L. and A.N. sets out, penalties that are not sentences — never a
number, a date or a phone number; each explanation says why."""

from courses.demo.cases import choice as _choice
from courses.demo.cases import ending as _ending
from courses.demo.cases import situation as _situation
from quizzes.demo import _q, final_settings

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": (
        "Final assessment: non-punishment in practice",
        "Slutprov: icke-bestraffning i praktiken",
    ),
    "intro": (
        "<p>Seven questions drawn from the whole course, and a case to work through. You have "
        "25 minutes and three attempts; you pass with 80%. A critical error in the case fails "
        "the case.</p>",
        "<p>Sju frågor ur hela kursen och ett fall att arbeta igenom. Du har 25 minuter och tre "
        "försök; godkänt från 80 %. Ett allvarligt fel i fallet gör att fallet underkänns.</p>",
    ),
    "settings": final_settings(draw_count=7, time_limit_minutes=25),
    "questions": [
        _q(
            "single",
            (
                "What does the non-punishment principle ask of the authorities?",
                "Vad kräver principen om icke-bestraffning av myndigheterna?",
            ),
            (
                "The principle is about the link: no penalty for unlawful acts a victim was "
                "compelled to commit as a direct consequence of being trafficked (Council of "
                "Europe Convention, article 26; Directive 2011/36/EU, article 8). It is not an "
                "immunity, and it does not depend on a deal with the investigation.",
                "Principen handlar om sambandet: ingen påföljd för olagliga handlingar som ett "
                "offer tvingats till som en direkt följd av människohandeln (Europarådets "
                "konvention, artikel 26; direktiv 2011/36/EU, artikel 8). Den är ingen "
                "straffrihet, och den hänger inte på en överenskommelse med utredningen.",
            ),
            tags=["non-punishment", "legal-sources"],
            options=[
                (
                    "To be able not to prosecute or punish a victim for offences they were "
                    "compelled to commit as a direct consequence of being trafficked",
                    "Att kunna avstå från att lagföra eller straffa ett offer för brott som hon "
                    "eller han tvingats begå som en direkt följd av människohandeln",
                    True,
                ),
                (
                    "Never to prosecute anyone identified as a victim of trafficking, whatever "
                    "the offence",
                    "Att aldrig lagföra någon som identifierats som offer för människohandel, "
                    "oavsett brott",
                    False,
                ),
                (
                    "To drop charges against a victim who agrees to testify against the trafficker",
                    "Att lägga ner åtal mot ett offer som går med på att vittna mot "
                    "människohandlaren",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "Once a person is found to be a victim of trafficking, they cannot be prosecuted "
                "for any offence.",
                "När en person har konstaterats vara offer för människohandel kan hon eller han "
                "inte lagföras för något brott.",
            ),
            (
                "False. The principle gives no blanket impunity: an offence committed freely, "
                "outside the exploitation, can be prosecuted. The question is always whether the "
                "offence was compelled by, and a direct consequence of, the trafficking.",
                "Falskt. Principen ger ingen generell straffrihet: ett brott som begås fritt, "
                "utanför exploateringen, kan lagföras. Frågan är alltid om brottet framtvingades "
                "av och var en direkt följd av människohandeln.",
            ),
            tags=["non-punishment", "legal-sources"],
            answer=False,
        ),
        _q(
            "multiple",
            (
                "Which of these acts may fall within the non-punishment principle?",
                "Vilka av dessa handlingar kan omfattas av principen om icke-bestraffning?",
            ),
            (
                "A borrowed passport used on the recruiter's instructions, work without a permit "
                "for the exploiter and goods stolen for the person who controls the thief can "
                "all be direct consequences of trafficking. An assault long after the person "
                "left the exploitation has no such link.",
                "Ett lånat pass som används på rekryterarens instruktion, arbete utan tillstånd "
                "åt den som exploaterar och varor som stjäls åt den som kontrollerar tjuven kan "
                "alla vara direkta följder av människohandel. En misshandel långt efter att "
                "personen lämnat exploateringen har inget sådant samband.",
            ),
            tags=["non-punishment", "forced-criminality"],
            points=2,
            options=[
                (
                    "Travelling on a passport the recruiter handed over",
                    "Att resa på ett pass som rekryteraren lämnade över",
                    True,
                ),
                (
                    "Working without a work permit at the exploiter's business",
                    "Att arbeta utan arbetstillstånd i den exploaterandes verksamhet",
                    True,
                ),
                (
                    "Shoplifting goods that are handed over to the person who houses them",
                    "Att snatta varor som lämnas över till den som personen bor hos",
                    True,
                ),
                (
                    "Assaulting a neighbour years after leaving the exploitation",
                    "Att misshandla en granne flera år efter att ha lämnat exploateringen",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "A 15-year-old caught pickpocketing says an adult he lives with takes the money. "
                "He says nobody has threatened him. What comes first?",
                "En 15-åring som grips för ficktjuveri säger att en vuxen som han bor hos tar "
                "pengarna. Han säger att ingen har hotat honom. Vad kommer först?",
            ),
            (
                "For a child no means such as threats is needed for trafficking: harbouring a "
                "child for exploitation is enough. Child protection comes first; the theft is "
                "still investigated, because a child can be a suspect and a victim at once.",
                "För ett barn krävs inget medel som hot för att det ska vara människohandel: att "
                "inhysa ett barn för att exploatera det räcker. Skyddet av barnet kommer först; "
                "stölden utreds ändå, eftersom ett barn kan vara misstänkt och offer på samma "
                "gång.",
            ),
            tags=["children", "forced-criminality"],
            options=[
                (
                    "Treat him as a child who may be a victim: social services are told, and the "
                    "possible trafficking is looked into alongside the theft",
                    "Behandla honom som ett barn som kan vara offer: socialtjänsten underrättas, "
                    "och den möjliga människohandeln utreds tillsammans med stölden",
                    True,
                ),
                (
                    "Establish whether he was threatened; if not, it is an ordinary theft",
                    "Ta reda på om han hotades; om inte är det en vanlig stöld",
                    False,
                ),
                (
                    "Process the theft, and wait for him to ask for help if he needs it",
                    "Handlägg stölden och vänta på att han ber om hjälp om han behöver det",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A child found committing offences for an adult can be both a suspect and a "
                "victim of trafficking at the same time.",
                "Ett barn som påträffas när det begår brott åt en vuxen kan vara både misstänkt "
                "och offer för människohandel på samma gång.",
            ),
            (
                "True. “Suspect or victim” is a false choice. The offence is investigated, and "
                "the exploitation is too; the non-punishment principle lets the prosecutor and "
                "the court weigh the link — if it reaches them.",
                "Sant. ”Misstänkt eller offer” är ett falskt val. Brottet utreds, och det gör "
                "exploateringen också; principen om icke-bestraffning låter åklagaren och "
                "domstolen väga in sambandet — om det når fram till dem.",
            ),
            tags=["children"],
            answer=True,
        ),
        _q(
            "multiple",
            (
                "Which signs at the scene of an offence point to forced criminality?",
                "Vilka tecken på platsen för ett brott tyder på brottslig exploatering?",
            ),
            (
                "Someone else deciding and keeping the proceeds, a debt that never shrinks and "
                "papers held by someone else are indicators of control. Being a foreign national "
                "is not an indicator of anything.",
                "Att någon annan bestämmer och behåller vinsten, en skuld som aldrig minskar och "
                "handlingar som någon annan har är indikatorer på kontroll. Att vara utländsk "
                "medborgare är inte en indikator på något.",
            ),
            tags=["forced-criminality", "indicators"],
            points=2,
            options=[
                (
                    "Someone else collects what is stolen and keeps the money",
                    "Någon annan hämtar det som stulits och behåller pengarna",
                    True,
                ),
                (
                    "The person says they must first work off a debt for the journey",
                    "Personen säger att hon eller han först måste arbeta av en skuld för resan",
                    True,
                ),
                (
                    "Someone else keeps the person's passport",
                    "Någon annan har personens pass",
                    True,
                ),
                (
                    "The person is not a Swedish citizen",
                    "Personen är inte svensk medborgare",
                    False,
                ),
            ],
        ),
        _q(
            "single",
            (
                "A woman is begging outside a supermarket. Each evening a man collects the money "
                "from her and from two others. What is the right way to see her?",
                "En kvinna tigger utanför en mataffär. Varje kväll hämtar en man pengarna från "
                "henne och två andra. Hur är det rätt att se henne?",
            ),
            (
                "Forced begging is a form of exploitation: the person begging may be the victim "
                "of a crime, and the one who exploits her may be committing one. Look for the "
                "indicators and pass the suspicion on; do not treat her as the offender.",
                "Tvångstiggeri är en form av exploatering: den som tigger kan vara offer för ett "
                "brott, och den som exploaterar henne kan begå ett. Leta efter indikatorerna och "
                "för misstanken vidare; behandla henne inte som gärningsperson.",
            ),
            tags=["begging", "forced-criminality"],
            options=[
                (
                    "As a person who may be exploited in begging: look for indicators and pass "
                    "the suspicion on",
                    "Som en person som kan exploateras i tiggeri: leta efter indikatorer och för "
                    "misstanken vidare",
                    True,
                ),
                (
                    "As an offender, since begging is a crime",
                    "Som gärningsperson, eftersom tiggeri är ett brott",
                    False,
                ),
                (
                    "As a private matter between her and the man, unless she complains",
                    "Som en privat sak mellan henne och mannen, om hon inte klagar",
                    False,
                ),
            ],
        ),
        _q(
            "ordering",
            (
                "Put the steps in order for a suspect who may be a victim of trafficking.",
                "Sätt stegen i ordning för en misstänkt som kan vara offer för människohandel.",
            ),
            (
                "The link is found at the scene and in the interview, must be written down to "
                "travel, and must be assessed before the decision on prosecution — the order "
                "the European Court of Human Rights set out in V.C.L. and A.N.",
                "Sambandet hittas på platsen och i förhöret, måste skrivas ner för att följa "
                "med, och måste bedömas före beslutet i åtalsfrågan — den ordning som "
                "Europadomstolen angav i V.C.L. och A.N.",
            ),
            tags=["procedure", "case-law"],
            points=2,
            steps=[
                ("Notice the indicators at the scene", "Lägg märke till indikatorerna på platsen"),
                (
                    "Record the possible link between the offence and the exploitation",
                    "Dokumentera det möjliga sambandet mellan brottet och exploateringen",
                ),
                (
                    "Have the suspicion of trafficking assessed promptly",
                    "Låt misstanken om människohandel bedömas skyndsamt",
                ),
                (
                    "Decide on prosecution in the light of that assessment",
                    "Besluta i åtalsfrågan med den bedömningen som grund",
                ),
            ],
        ),
        _q(
            "single",
            (
                "What did the European Court of Human Rights require in V.C.L. and A.N. v. the "
                "United Kingdom once there is credible suspicion that a suspect was trafficked?",
                "Vad krävde Europadomstolen i V.C.L. och A.N. mot Förenade kungariket när det "
                "finns en trovärdig misstanke om att en misstänkt utsatts för människohandel?",
            ),
            (
                "A prompt assessment by someone qualified, before the decision to prosecute; a "
                "prosecutor who departs from it needs clear reasons consistent with the "
                "definition of trafficking. Prosecution is not ruled out, and the duty to act "
                "is the authorities', not the suspect's.",
                "En skyndsam bedömning av någon med kompetens, före beslutet om åtal; en åklagare "
                "som gör en annan bedömning behöver tydliga skäl som är förenliga med "
                "definitionen av människohandel. Åtal är inte uteslutet, och skyldigheten att "
                "agera ligger hos myndigheterna, inte hos den misstänkte.",
            ),
            tags=["case-law"],
            options=[
                (
                    "A prompt assessment by a qualified person, with the decision to prosecute "
                    "following it",
                    "En skyndsam bedömning av en person med kompetens, och beslutet om åtal "
                    "efter den",
                    True,
                ),
                (
                    "That all charges are dropped at once",
                    "Att alla åtal läggs ner direkt",
                    False,
                ),
                (
                    "Nothing, unless the suspect raises the trafficking himself",
                    "Ingenting, om inte den misstänkte själv tar upp människohandeln",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "A suspect's guilty plea settles the question whether they were a victim of "
                "trafficking.",
                "En misstänkts erkännande avgör frågan om hon eller han utsatts för "
                "människohandel.",
            ),
            (
                "False. In V.C.L. and A.N. the boys' guilty pleas were not a waiver of their "
                "rights: they were not made in full awareness of the facts, because the "
                "trafficking had never been assessed.",
                "Falskt. I V.C.L. och A.N. innebar pojkarnas erkännanden inte att de avstod från "
                "sina rättigheter: de gjordes inte med full kännedom om omständigheterna, "
                "eftersom människohandeln aldrig hade bedömts.",
            ),
            tags=["case-law"],
            answer=False,
        ),
        _q(
            "matching",
            (
                "Match each role with its part in applying the principle.",
                "Para ihop varje yrkesroll med dess del i att tillämpa principen.",
            ),
            (
                "Each link of the chain has its own part; if one misses the link between offence "
                "and exploitation, the next may never hear of it.",
                "Varje led i kedjan har sin del; missar ett led sambandet mellan brottet och "
                "exploateringen får nästa kanske aldrig veta om det.",
            ),
            tags=["roles"],
            points=2,
            pairs=[
                (
                    ("Police", "Polis"),
                    (
                        "Records the possible link early and passes the suspicion on",
                        "Dokumenterar sambandet tidigt och för misstanken vidare",
                    ),
                ),
                (
                    ("Prosecutor", "Åklagare"),
                    (
                        "Decides whether to prosecute, with the assessment in the file",
                        "Beslutar i åtalsfrågan med bedömningen i akten",
                    ),
                ),
                (
                    ("Court", "Domstol"),
                    (
                        "Weighs the link at trial and in sentencing",
                        "Väger in sambandet vid prövningen och straffmätningen",
                    ),
                ),
                (
                    ("Migration officer", "Handläggare på Migrationsverket"),
                    (
                        "Weighs the link before a refusal, detention or removal",
                        "Väger in sambandet före avslag, förvar eller utvisning",
                    ),
                ),
            ],
            extra=[
                (
                    "Certifies support providers",
                    "Certifierar stödgivare",
                )
            ],
        ),
        _q(
            "true_false",
            (
                "The non-punishment principle concerns only criminal prosecution; detention, "
                "removal or an entry ban are outside it.",
                "Principen om icke-bestraffning gäller bara lagföring för brott; förvar, "
                "utvisning eller återreseförbud ligger utanför den.",
            ),
            (
                "False. The Council of Europe Convention speaks of unlawful activities, the UN "
                "guidelines say victims should not be detained or punished for irregular entry "
                "or residence, and the OSCE recommendations name irregular status, forged "
                "documents and false declarations. Administrative penalties count too.",
                "Falskt. Europarådets konvention talar om olagliga handlingar, FN:s riktlinjer "
                "säger att offer inte bör frihetsberövas eller straffas för olaglig inresa eller "
                "vistelse, och OSCE:s rekommendationer nämner att sakna tillstånd, falska "
                "handlingar och oriktiga uppgifter. Förvaltningsbeslut räknas också.",
            ),
            tags=["immigration", "legal-sources"],
            answer=False,
        ),
        _q(
            "single",
            (
                "An asylum applicant's file shows an earlier application in another name. She "
                "says the man who arranged her journey filled in the form and that she owes him "
                "for the trip. What should you do first?",
                "Av en asylsökandes akt framgår en tidigare ansökan i ett annat namn. Hon säger "
                "att mannen som ordnade resan fyllde i blanketten och att hon är skyldig honom "
                "för resan. Vad bör du göra först?",
            ),
            (
                "A false statement dictated by someone the person owes may be the trafficker's "
                "fingerprint. Record her words, look at the indicators and pass the suspicion on "
                "before the earlier name is weighed against her; contacting the man could "
                "warn him and put her at risk.",
                "En oriktig uppgift som dikterats av någon som personen är skyldig pengar kan "
                "vara människohandlarens fingeravtryck. Dokumentera hennes ord, se på "
                "indikatorerna och för misstanken vidare innan det tidigare namnet vägs mot "
                "henne; att kontakta mannen kan varna honom och utsätta henne för fara.",
            ),
            tags=["immigration", "indicators"],
            options=[
                (
                    "Record what she says, look at the indicators and pass the suspicion of "
                    "trafficking on before the false statement is weighed",
                    "Dokumentera det hon säger, se på indikatorerna och för misstanken om "
                    "människohandel vidare innan den oriktiga uppgiften vägs in",
                    True,
                ),
                (
                    "Treat the false statement as decisive for her credibility",
                    "Se den oriktiga uppgiften som avgörande för hennes trovärdighet",
                    False,
                ),
                (
                    "Contact the man who arranged the journey to check her account",
                    "Kontakta mannen som ordnade resan för att kontrollera hennes berättelse",
                    False,
                ),
            ],
        ),
        _q(
            "multiple",
            (
                "You are to interview a suspect who may be a victim of trafficking. Which of "
                "these are sound?",
                "Du ska hålla förhör med en misstänkt som kan vara offer för människohandel. "
                "Vilka av dessa är rätt?",
            ),
            (
                "An independent interpreter, open questions about how the person came to be "
                "there and, for a child, the involvement of social services make room for the "
                "whole story. Anyone connected to the case in the room silences it.",
                "En oberoende tolk, öppna frågor om hur personen hamnade där och, för ett barn, "
                "att socialtjänsten involveras ger utrymme för hela berättelsen. Någon med "
                "koppling till ärendet i rummet tystar den.",
            ),
            tags=["interviewing", "procedure"],
            points=2,
            options=[
                (
                    "Book an interpreter with no connection to anyone in the case",
                    "Boka en tolk utan koppling till någon i ärendet",
                    True,
                ),
                (
                    "Ask open questions about how the person came to be there",
                    "Ställ öppna frågor om hur personen hamnade där",
                    True,
                ),
                (
                    "For a suspect under 18, involve social services",
                    "Involvera socialtjänsten när den misstänkte är under 18 år",
                    True,
                ),
                (
                    "Let the employer sit in to help with the language",
                    "Låt arbetsgivaren sitta med och hjälpa till med språket",
                    False,
                ),
            ],
        ),
    ],
}


# The assessed case: a borrowed passport is a document offence and an immigration matter —
# and may be the first sign of trafficking. Confronting the owner and calling her family
# without her consent are the critical errors (CURRICULUM.md); handing her over for removal
# unheard scores nothing but is not a safety-critical act of the officer's own.
NAIL_BAR_CASE = {
    "title": "The borrowed passport",
    "intro": "<p>You take part in a workplace inspection at a nail bar. The owner is present.</p>",
    "situations": [
        _situation(
            "the-inspection",
            "<p>A woman of about 25 shows a passport with another woman's photograph. She has "
            "no work permit. A mattress and a bag are in the back room. The owner says she is "
            "a cousin “helping out for a few days” and answers every question put to her.</p>",
            [
                _choice(
                    "Talk with her on her own, away from the owner, with an independent "
                    "interpreter, and look for indicators before anything is decided about the "
                    "passport or her stay",
                    "the-talk",
                    "In another room, with an interpreter on the phone, she begins to answer for "
                    "herself.",
                    points=2,
                ),
                _choice(
                    "Ask the owner, in front of her, why she carries someone else's passport",
                    "confronted",
                    "The owner says it must be a mix-up. The woman stops answering and looks at "
                    "the floor.",
                    critical=True,
                    remediation="Never confront a possible exploiter, least of all in front "
                    "of the person he may control: it warns him and puts her at risk. Separate "
                    "them first and talk with her alone.",
                ),
                _choice(
                    "Report her for the document offence and hand her over for removal as a "
                    "person without a permit",
                    "removed",
                    "The matter is closed within the day as a document and immigration case.",
                ),
            ],
        ),
        _situation(
            "the-talk",
            "<p>She says the owner keeps her real passport, that she owes him for the journey, "
            "that she works every day for food and the mattress, and that if she is sent home "
            "the debt will fall on her mother.</p>",
            [
                _choice(
                    "Tell her about her rights and where support is, record the link between the "
                    "borrowed passport and what she describes, and pass the suspicion of "
                    "trafficking on before any decision on the passport or her removal",
                    "referred",
                    "The suspicion of trafficking is in the report, in her words, and reaches "
                    "the investigators before the document offence is decided.",
                    points=2,
                ),
                _choice(
                    "Phone her mother to check that the story about the debt is true",
                    "family-contacted",
                    "Her mother answers frightened; that evening the owner knows the police "
                    "have called home.",
                    critical=True,
                    remediation="Never contact a person's family without her consent: the "
                    "family may be watched or threatened, and the call can reach the "
                    "exploiters. Ask her what is safe, and leave such contacts to a planned "
                    "risk assessment.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "referred",
            "The link reached the people who decide",
            "<p>The borrowed passport and the missing permit are real, and may be direct "
            "consequences of her being trafficked. Because you separated her, listened and "
            "recorded the link, the prosecutor and the migration authorities can weigh it "
            "before deciding — which is what the non-punishment principle needs.</p>",
        ),
        _ending(
            "confronted",
            "The exploiter was warned",
            "<p>Questioning the owner in front of her told him what the police suspected and "
            "told her that speaking was dangerous.</p>",
        ),
        _ending(
            "removed",
            "Punished for what the trafficking made her do",
            "<p>She was dealt with for a borrowed passport and irregular work — the kind of "
            "acts the principle covers — without anyone asking why. Removal may send her back "
            "to where the debt is owed.</p>",
        ),
        _ending(
            "family-contacted",
            "The family was exposed",
            "<p>A call home without her consent can put her mother at risk and tell the "
            "exploiters that she has talked.</p>",
        ),
    ],
}

NAIL_BAR_CASE_SV = {
    "title": "Det lånade passet",
    "intro": "<p>Du deltar i en arbetsplatskontroll på en nagelsalong. Ägaren är på plats.</p>",
    "situations": [
        _situation(
            "the-inspection",
            "<p>En kvinna i 25-årsåldern visar ett pass med en annan kvinnas foto. Hon har "
            "inget arbetstillstånd. I bakrummet ligger en madrass och en väska. Ägaren säger att "
            "hon är en kusin som ”hjälper till några dagar” och svarar på varje fråga som "
            "ställs till henne.</p>",
            [
                _choice(
                    "Tala med henne enskilt, borta från ägaren, med en oberoende tolk, och leta "
                    "efter indikatorer innan något beslutas om passet eller hennes vistelse",
                    "the-talk",
                    "I ett annat rum, med en tolk i telefon, börjar hon svara själv.",
                    points=2,
                ),
                _choice(
                    "Fråga ägaren, i hennes närvaro, varför hon bär någon annans pass",
                    "confronted",
                    "Ägaren säger att det måste vara en förväxling. Kvinnan slutar svara och "
                    "tittar ner i golvet.",
                    critical=True,
                    remediation="Konfrontera aldrig en möjlig exploatör, allra minst inför "
                    "den han kan kontrollera: det varnar honom och utsätter henne för fara. "
                    "Skilj dem åt först och tala med henne enskilt.",
                ),
                _choice(
                    "Anmäl henne för brottet med passet och lämna över henne för avvisning som "
                    "en person utan tillstånd",
                    "removed",
                    "Ärendet avslutas samma dag som ett ärende om handlingar och utlänningsrätt.",
                ),
            ],
        ),
        _situation(
            "the-talk",
            "<p>Hon berättar att ägaren har hennes riktiga pass, att hon är skyldig honom för "
            "resan, att hon arbetar varje dag för mat och madrassen och att skulden faller på "
            "hennes mamma om hon skickas hem.</p>",
            [
                _choice(
                    "Berätta om hennes rättigheter och var stöd finns, dokumentera sambandet "
                    "mellan det lånade passet och det hon beskriver, och för misstanken om "
                    "människohandel vidare innan något beslut om passet eller avvisning",
                    "referred",
                    "Misstanken om människohandel står i anmälan, med hennes ord, och når "
                    "utredarna innan brottet med passet avgörs.",
                    points=2,
                ),
                _choice(
                    "Ring hennes mamma för att kontrollera att uppgiften om skulden stämmer",
                    "family-contacted",
                    "Mamman svarar rädd; på kvällen vet ägaren att polisen har ringt hem.",
                    critical=True,
                    remediation="Kontakta aldrig en persons familj utan hennes samtycke: "
                    "familjen kan vara övervakad eller hotad, och samtalet kan nå dem som "
                    "exploaterar. Fråga henne vad som är säkert, och lämna sådana kontakter "
                    "till en planerad riskbedömning.",
                ),
            ],
        ),
    ],
    "endings": [
        _ending(
            "referred",
            "Sambandet nådde dem som beslutar",
            "<p>Det lånade passet och det saknade tillståndet är verkliga, och kan vara direkta "
            "följder av att hon utsatts för människohandel. Eftersom du skilde henne från "
            "ägaren, lyssnade och dokumenterade sambandet kan åklagaren och "
            "migrationsmyndigheterna väga in det innan de beslutar — det som principen om "
            "icke-bestraffning behöver.</p>",
        ),
        _ending(
            "confronted",
            "Exploatören blev varnad",
            "<p>Att fråga ut ägaren inför henne berättade för honom vad polisen misstänkte och "
            "för henne att det var farligt att tala.</p>",
        ),
        _ending(
            "removed",
            "Straffad för det människohandeln fick henne att göra",
            "<p>Hon hanterades för ett lånat pass och arbete utan tillstånd — just sådana "
            "handlingar som principen omfattar — utan att någon frågade varför. En avvisning "
            "kan skicka henne tillbaka dit där skulden finns.</p>",
        ),
        _ending(
            "family-contacted",
            "Familjen blev utsatt",
            "<p>Ett samtal hem utan hennes samtycke kan utsätta hennes mamma för fara och "
            "berätta för dem som exploaterar att hon har pratat.</p>",
        ),
    ],
}

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        ("The borrowed passport", "Det lånade passet"),
        (
            "Separate her from the owner and listen before anything is decided: the borrowed "
            "passport and the missing permit may be direct consequences of trafficking. "
            "Confronting the owner or calling her family without her consent puts her and her "
            "family at risk, and fails the case.",
            "Skilj henne från ägaren och lyssna innan något beslutas: det lånade passet och det "
            "saknade tillståndet kan vara direkta följder av människohandel. Att konfrontera "
            "ägaren eller ringa hennes familj utan samtycke utsätter henne och familjen för "
            "fara, och underkänner fallet.",
        ),
        tags=["case", "immigration", "non-punishment"],
        points=3,
        case=(NAIL_BAR_CASE, NAIL_BAR_CASE_SV),
    ),
]
