"""Demo quizzes for the consular course (C1): a module quiz after "Recognising indicators" and a
final assessment with an assessed branching case, in English and Swedish, covering every kind
of question. Facts come from the
seed documents (the CBSS task force's consular training, the Safe Trip campaign, the Civil
Society Platform's plan) and the public sources the lessons cite, in our own words.

Graded questions hold no statistic and no phone number: those are dated and change, so they live
on the lessons' reference cards. The final assessment draws six of its fourteen pooled questions,
each worth one point, and always asks its assessed case (three points), so every attempt weighs
the same and the demo learners' scores (seed_demo's DEMO_LEARNERS) do not depend on the draw."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from courses.demo.cases import case_spec

from . import kinds
from .form_fields import field_name
from .models import AttemptAnswer, QuizAttempt, QuizPage, QuizQuestion

# Each text is (English, Swedish).


def _q(kind, prompt, explanation, tags=(), points=1, **data):
    return {
        "kind": kind,
        "prompt": prompt,
        "explanation": explanation,
        "tags": list(tags),
        "points": points,
        **data,
    }


MARINA_CASE = (
    "<p>Marina, 19, hands in her application for a residence permit as an au pair at the "
    "embassy; the Migration Agency will decide it. The agency that placed her paid her ticket "
    "and she will <em>pay it back from her wages</em>. A man who says he is her cousin waits by "
    "the door; he holds her passport and answers when you ask where she will live.</p>",
    "<p>Marina, 19 år, lämnar in sin ansökan om uppehållstillstånd som au pair på ambassaden; "
    "Migrationsverket fattar beslutet. Förmedlingen som placerat henne har betalat hennes "
    "biljett och hon ska <em>betala tillbaka den med lönen</em>. En man som säger att han är "
    "hennes kusin väntar vid dörren; han har hennes pass och svarar när du frågar var hon ska "
    "bo.</p>",
)

CAR_WASH_CASE = (
    "<p>At a workplace inspection a man at a car wash says he is fine and wants no help. He "
    "sleeps in the back room, his employer keeps his passport and he owes the employer for the "
    "journey.</p>",
    "<p>Vid en arbetsplatskontroll säger en man på en biltvätt att han mår bra och inte vill "
    "ha hjälp. Han sover i bakrummet, arbetsgivaren har hans pass och han är skyldig "
    "arbetsgivaren för resan.</p>",
)

MODULE_QUIZ = {
    "module_slug": "recognising-indicators",
    "slug": "check-recognising-indicators",
    "title": ("Check: recognising indicators", "Kontroll: att känna igen indikatorer"),
    "intro": (
        "<p>Seven questions on the indicators you met in this module. Check each answer as "
        "you go: a checked answer is final.</p>",
        "<p>Sju frågor om indikatorerna i den här modulen. Kontrollera varje svar efter hand: "
        "ett kontrollerat svar är slutgiltigt.</p>",
    ),
    "settings": {"pass_mark": 70, "feedback_mode": "immediate", "shuffle_options": True},
    "questions": [
        _q(
            "single",
            (
                "An applicant says her employer abroad will “keep her passport safe” until the "
                "recruitment fee is repaid. What does this tell you?",
                "En sökande säger att arbetsgivaren utomlands ska ”förvara hennes pass” tills "
                "rekryteringsavgiften är återbetald. Vad säger det dig?",
            ),
            (
                "One indicator alone proves little; two together (control of documents and a "
                "debt) call for a careful private conversation — not an outright refusal, which "
                "can push the person onto a riskier route.",
                "En enskild indikator bevisar lite; två tillsammans (kontroll över handlingar "
                "och en skuld) kräver ett varsamt enskilt samtal — inte ett direkt avslag, som "
                "kan driva personen till en farligare väg.",
            ),
            tags=["debt-bondage", "document-control"],
            options=[
                (
                    "Two indicators together: talk with her alone before deciding",
                    "Två indikatorer tillsammans: tala med henne enskilt innan du beslutar",
                    True,
                ),
                (
                    "An ordinary arrangement: no action needed",
                    "Ett vanligt upplägg: inget behöver göras",
                    False,
                ),
                ("Grounds to refuse the visa at once", "Skäl att genast avslå viseringen", False),
            ],
        ),
        _q(
            "multiple",
            (
                "Which of these are indicators of trafficking at a visa interview?",
                "Vilka av dessa är indikatorer på människohandel vid en viseringsintervju?",
            ),
            (
                "Someone else speaking for the applicant, not knowing the workplace and a fee "
                "out of all proportion are recognised indicators. Earlier travel is not.",
                "Att någon annan talar för den sökande, att arbetsplatsen är okänd och en "
                "orimligt hög avgift är kända indikatorer. Tidigare resor är det inte.",
            ),
            tags=["indicators"],
            points=2,
            options=[
                (
                    "Someone else answers for the applicant",
                    "Någon annan svarar åt den sökande",
                    True,
                ),
                (
                    "The applicant does not know the workplace's address",
                    "Den sökande känner inte till arbetsplatsens adress",
                    True,
                ),
                (
                    "A recruitment fee of several months' wages",
                    "En rekryteringsavgift på flera månadslöner",
                    True,
                ),
                (
                    "The applicant has travelled abroad before",
                    "Den sökande har rest utomlands förut",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "Human smuggling and human trafficking are the same crime.",
                "Människosmuggling och människohandel är samma brott.",
            ),
            (
                "Smuggling is about crossing a border, with the person's consent. Trafficking is "
                "about exploitation and needs no border at all: trafficking within one country "
                "is growing. The two can meet: a smuggled person who arrives in debt to the "
                "smugglers can become a victim of trafficking.",
                "Smuggling handlar om att ta sig över en gräns, med personens samtycke. "
                "Människohandel handlar om exploatering och kräver ingen gräns alls: intern "
                "människohandel ökar. De två kan mötas: den som smugglats och kommer fram med en "
                "skuld till smugglarna kan bli offer för människohandel.",
            ),
            tags=["definitions"],
            answer=False,
        ),
        _q(
            "matching",
            (
                "Match each observation with the indicator it shows.",
                "Para ihop varje iakttagelse med den indikator den visar.",
            ),
            (
                "Naming the indicator helps you record what you saw in words a coordinator "
                "understands. An indicator is a reason to look closer, not proof: a debt repaid "
                "from wages is also common in honest labour migration.",
                "Att sätta namn på indikatorn hjälper dig att dokumentera det du såg så att en "
                "samordnare förstår. En indikator är ett skäl att se närmare, inget bevis: en "
                "skuld som betalas av med lönen är vanlig även vid hederlig arbetskraftsmigration.",
            ),
            tags=["indicators"],
            points=2,
            pairs=[
                (
                    ("The employer holds the passport", "Arbetsgivaren har passet"),
                    ("Control of documents", "Kontroll över handlingar"),
                ),
                (
                    ("The fee is repaid from wages", "Avgiften betalas av med lönen"),
                    (
                        "A debt that can be used for control",
                        "En skuld som kan användas för kontroll",
                    ),
                ),
                (
                    ("Not allowed to leave the accommodation", "Får inte lämna boendet"),
                    ("Restricted freedom of movement", "Begränsad rörelsefrihet"),
                ),
            ],
            extra=[("Seasonal work permit", "Säsongsarbetstillstånd")],
        ),
        _q(
            "ordering",
            ("Put the consular response in order.", "Sätt det konsulära agerandet i rätt ordning."),
            (
                "Notice, then make it safe to talk, then weigh the risk before you inform and "
                "refer: referral without a risk assessment can expose the person.",
                "Upptäck, gör det tryggt att tala, bedöm sedan risken innan du informerar och "
                "hänvisar: en hänvisning utan riskbedömning kan utsätta personen för fara.",
            ),
            tags=["referral", "risk-assessment"],
            points=2,
            steps=[
                ("Notice the indicators", "Lägg märke till indikatorerna"),
                ("Talk with the applicant alone", "Tala med den sökande enskilt"),
                ("Assess the immediate risk", "Bedöm den akuta risken"),
                (
                    "Give information on rights and where to get help",
                    "Informera om rättigheter och var hjälp finns",
                ),
                (
                    "Pass the concern to your mission's focal point",
                    "För oron vidare till beskickningens kontaktperson",
                ),
            ],
        ),
        _q(
            "short_answer",
            (
                "What is the information campaign called that was piloted in Sweden, giving "
                "people who arrive information in six languages?",
                "Vad heter informationskampanjen som prövades i Sverige och som ger den som "
                "reser in information på sex språk?",
            ),
            (
                "Safe Trip (safetrip.se) was run by the CBSS task force with the County "
                "Administrative Board of Stockholm and the national helpline.",
                "Safe Trip (safetrip.se) drevs av CBSS aktionsgrupp tillsammans med "
                "Länsstyrelsen i Stockholm och Kvinnofridslinjen.",
            ),
            tags=["support"],
            accepted=["Safe Trip", "SafeTrip", "safetrip.se"],
        ),
        _q(
            "scenario",
            ("Marina's application", "Marinas ansökan"),
            (
                "Keep the conversation with Marina, not the man at the door; confronting a "
                "possible recruiter can put her at risk.",
                "Håll samtalet med Marina, inte med mannen vid dörren; att konfrontera en "
                "möjlig rekryterare kan utsätta henne för fara.",
            ),
            tags=["case", "risk-assessment"],
            points=3,
            case=MARINA_CASE,
            parts=[
                _q(
                    "true_false",
                    (
                        "You should ask the “cousin” to explain why he holds her passport.",
                        "Du bör be ”kusinen” förklara varför han har hennes pass.",
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
                            "Continue the interview with Marina alone, in another room",
                            "Fortsätt intervjun med Marina enskilt, i ett annat rum",
                            True,
                        ),
                        (
                            "Forward the application without comment",
                            "Skicka ansökan vidare utan kommentar",
                            False,
                        ),
                        (
                            "Tell her the application will be refused and close the file",
                            "Säg att ansökan kommer att avslås och avsluta ärendet",
                            False,
                        ),
                    ],
                ),
                _q(
                    "multiple",
                    ("Which details are indicators?", "Vilka detaljer är indikatorer?"),
                    ("", ""),
                    options=[
                        ("A travel debt to the agency", "En reseskuld till byrån", True),
                        ("Someone else holds her passport", "Någon annan har hennes pass", True),
                        ("She is 19 years old", "Hon är 19 år", False),
                    ],
                ),
            ],
        ),
    ],
}

FINAL_ASSESSMENT = {
    "slug": "final-assessment",
    "title": ("Final assessment", "Slutprov"),
    "intro": (
        "<p>Six questions drawn from the whole course, and a case to walk through. You have 20 "
        "minutes and three attempts; you pass with 80%.</p>",
        "<p>Sex frågor från hela kursen, och ett fall att gå igenom. Du har 20 minuter och tre "
        "försök; godkänt från 80 %.</p>",
    ),
    "settings": {
        "pass_mark": 80,
        "max_attempts": 3,
        "cooldown_minutes": 10,
        "time_limit_minutes": 20,
        "draw_count": 7,
        "shuffle_questions": True,
        "shuffle_options": True,
        "feedback_mode": "after_submission",
        "show_correct_answers": True,
    },
    "questions": [
        _q(
            "single",
            (
                "A 16-year-old is recruited with a job offer and exploited after arrival. No "
                "threats, force or deception were used, and she agreed to travel. Can this be "
                "trafficking in human beings?",
                "En 16-åring rekryteras med ett arbetserbjudande och exploateras efter ankomsten. "
                "Inga hot, inget våld och inget vilseledande användes, och hon gick med på att "
                "resa. Kan det vara människohandel?",
            ),
            (
                "Yes. For a child — anyone under 18 — no means such as threats or deception is "
                "needed, and a child's consent does not count (Palermo Protocol, article 3(c)).",
                "Ja. För ett barn — den som är under 18 år — krävs inget medel som hot eller "
                "vilseledande, och barnets samtycke saknar betydelse (Palermoprotokollet, "
                "artikel 3 c).",
            ),
            tags=["definitions", "children"],
            options=[
                (
                    "Yes: for a child, no means such as threats or deception is required",
                    "Ja: för ett barn krävs inget medel som hot eller vilseledande",
                    True,
                ),
                (
                    "No: without threats, force or deception it is not trafficking",
                    "Nej: utan hot, våld eller vilseledande är det inte människohandel",
                    False,
                ),
                (
                    "No: she agreed to travel",
                    "Nej: hon gick med på att resa",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "Under the non-punishment principle, victims should not be punished for "
                "offences they were compelled to commit as a direct result of being trafficked.",
                "Enligt principen om icke-bestraffning ska offer inte straffas för brott som de "
                "tvingats begå som en direkt följd av människohandeln.",
            ),
            (
                "Punishing a compelled offence repeats the trafficker's control and keeps victims "
                "from coming forward. At a consular section, such acts can be forged papers, false "
                "statements, earlier overstays or entry bans.",
                "Att straffa ett påtvingat brott upprepar människohandlarens kontroll och hindrar "
                "offer från att träda fram. På en konsulär enhet kan sådana handlingar vara "
                "förfalskade papper, oriktiga uppgifter, tidigare överskridna vistelser eller "
                "inreseförbud.",
            ),
            tags=["non-punishment"],
            answer=True,
        ),
        _q(
            "multiple",
            (
                "Which trends does the Baltic Sea states' task force report?",
                "Vilka trender rapporterar Östersjöstaternas aktionsgrupp?",
            ),
            (
                "Labour exploitation and forced begging are growing, men and children are "
                "victims too, and more trafficking happens inside one country.",
                "Arbetskraftsexploatering och tvångstiggeri ökar, även män och barn är offer, och "
                "mer människohandel sker inom ett land.",
            ),
            tags=["trends"],
            options=[
                (
                    "More labour exploitation and forced begging",
                    "Mer arbetskraftsexploatering och tvångstiggeri",
                    True,
                ),
                ("Men and children as victims", "Män och barn som offer", True),
                ("More trafficking within one country", "Mer människohandel inom ett land", True),
                (
                    "Trafficking only for sexual exploitation",
                    "Människohandel bara för sexuell exploatering",
                    False,
                ),
            ],
        ),
        _q(
            "short_answer",
            (
                "Swedish authorities follow a manual from the first suspicion of trafficking to "
                "protection — Sweden's national referral mechanism. What is it called (its "
                "Swedish abbreviation is enough)?",
                "Svenska myndigheter följer en manual från den första misstanken om "
                "människohandel till skydd — Sveriges nationella hänvisningsmekanism. Vad heter "
                "den (förkortningen räcker)?",
            ),
            (
                "The MMM, Manual vid misstanke om människohandel. The National Support Programme "
                "(NSP) complements it with support through certified support providers.",
                "MMM, Manual vid misstanke om människohandel. Nationella stödprogrammet (NSP) "
                "kompletterar den med stöd genom certifierade stödgivare.",
            ),
            tags=["referral"],
            accepted=[
                "MMM",
                "Manual vid misstanke om människohandel",
                "Manualen vid misstanke om människohandel",
            ],
        ),
        _q(
            "ordering",
            ("Put the support chain in order.", "Sätt stödkedjan i ordning."),
            (
                "Support runs from identification to preventing re-trafficking; each step "
                "depends on the one before, and the person's family may need support too.",
                "Stödet går från identifiering till att motverka att personen utsätts igen; "
                "varje steg bygger på det föregående.",
            ),
            tags=["support", "referral"],
            steps=[
                ("Identification", "Identifiering"),
                ("Protection and immediate support", "Skydd och akut stöd"),
                ("Time to recover and reflect", "Tid för återhämtning och betänketid"),
                ("Safe return or residence", "Tryggt återvändande eller uppehåll"),
                ("Preventing re-trafficking", "Att motverka att personen utsätts igen"),
            ],
        ),
        _q(
            "matching",
            ("Match each actor with its role.", "Para ihop varje aktör med dess roll."),
            (
                "Knowing who does what makes a referral quick: the consulate notices, the NSP's "
                "certified providers support, the task force trains and connects.",
                "Att veta vem som gör vad gör hänvisningen snabb: konsulatet upptäcker, NSP:s "
                "certifierade stödgivare stöttar, aktionsgruppen utbildar och knyter samman.",
            ),
            tags=["referral"],
            pairs=[
                (
                    ("Consular section", "Konsulär sektion"),
                    ("First filter at the visa application", "Första filter vid viseringsansökan"),
                ),
                (
                    ("National Support Programme (NSP)", "Nationella stödprogrammet (NSP)"),
                    (
                        "Certifies and quality-assures support providers",
                        "Certifierar och kvalitetssäkrar stödgivare",
                    ),
                ),
                (
                    ("CBSS task force", "CBSS aktionsgrupp"),
                    ("Regional training and cooperation", "Regional utbildning och samverkan"),
                ),
            ],
            extra=[("Decides asylum applications", "Beslutar om asylansökningar")],
        ),
        _q(
            "scenario",
            ("The man who wants no help", "Mannen som inte vill ha hjälp"),
            (
                "Refusing help is common — out of fear, stigma or because victims do not see "
                "themselves as victims. Leave information and a way back.",
                "Att tacka nej till hjälp är vanligt — av rädsla, stigma eller för att offer "
                "inte ser sig som offer. Lämna information och en väg tillbaka.",
            ),
            tags=["case", "victims-refusing-help"],
            case=CAR_WASH_CASE,
            parts=[
                _q(
                    "single",
                    (
                        "What does his refusal most likely reflect?",
                        "Vad speglar hans nej troligast?",
                    ),
                    ("", ""),
                    options=[
                        (
                            "Fear, stigma or not seeing himself as a victim",
                            "Rädsla, stigma eller att han inte ser sig som offer",
                            True,
                        ),
                        ("That nothing is wrong", "Att inget är fel", False),
                        ("That he is lying to you", "Att han ljuger för dig", False),
                    ],
                ),
                _q(
                    "true_false",
                    (
                        "You should still give him information on his rights and where to get "
                        "help.",
                        "Du bör ändå ge honom information om hans rättigheter och var han kan få "
                        "hjälp.",
                    ),
                    ("", ""),
                    answer=True,
                ),
            ],
        ),
        # The course's later modules: decisions, the private conversation, recording, permits.
        _q(
            "single",
            (
                "The mission takes an au pair's application, fingerprints and interview. Who "
                "decides the residence permit?",
                "Beskickningen tar emot en au pairs ansökan, fingeravtryck och intervju. Vem "
                "beslutar om uppehållstillståndet?",
            ),
            (
                "Residence permits, for au pairs, seasonal workers and spouses alike, are decided "
                "by the Swedish Migration Agency under the Aliens Act. The mission's part is to "
                "notice, inform and pass its observations on, never to promise an outcome.",
                "Uppehållstillstånd, för au pairer, säsongsarbetare och makar likaså, beslutas "
                "av Migrationsverket enligt utlänningslagen. Beskickningens del är att se, "
                "informera och föra sina iakttagelser vidare, aldrig att lova ett utfall.",
            ),
            tags=["deciding-lawfully"],
            options=[
                ("The Swedish Migration Agency", "Migrationsverket", True),
                ("The head of the consular section", "Chefen för den konsulära enheten", False),
                (
                    "The mission's focal point for trafficking",
                    "Beskickningens kontaktperson för människohandel",
                    False,
                ),
            ],
        ),
        _q(
            "true_false",
            (
                "Under the EU Visa Code, a suspicion that the applicant may be trafficked is in "
                "itself a ground for refusing the visa.",
                "Enligt EU:s viseringskodex är en misstanke om att den sökande kan vara utsatt "
                "för människohandel i sig ett skäl att vägra visering.",
            ),
            (
                "The Code lists the grounds for refusal, such as reasonable doubts about the "
                "purpose of the stay or the reliability of statements; suspicion of trafficking "
                "is not one of them. A refusal rests on its grounds, with reasons and a right "
                "of appeal.",
                "Kodexen räknar upp skälen för avslag, till exempel rimliga tvivel om syftet med "
                "vistelsen eller om uppgifternas tillförlitlighet; misstanke om människohandel är "
                "inte ett av dem. Ett avslag vilar på sina skäl, med motivering och rätt att "
                "överklaga.",
            ),
            tags=["deciding-lawfully", "visa-code"],
            answer=False,
        ),
        _q(
            "true_false",
            (
                "Refusing the application protects a possible victim, because it stops the "
                "journey.",
                "Ett avslag skyddar ett möjligt offer, eftersom det stoppar resan.",
            ),
            (
                "A refusal leaves the recruiter, the debt and any threat to the family in place, "
                "and may push the person onto another route. Whatever is decided, the person "
                "should leave with information on rights and help.",
                "Ett avslag lämnar rekryteraren, skulden och ett eventuellt hot mot familjen "
                "kvar, och kan driva personen till en annan väg. Vad som än beslutas ska "
                "personen gå därifrån med information om rättigheter och hjälp.",
            ),
            tags=["deciding-lawfully"],
            answer=False,
        ),
        _q(
            "single",
            (
                "A group of seasonal workers arrives with the staffing agency's representative, "
                "who offers to interpret. Who should interpret when you talk with each worker "
                "alone?",
                "En grupp säsongsarbetare kommer med bemanningsföretagets företrädare, som "
                "erbjuder sig att tolka. Vem bör tolka när du talar enskilt med var och en?",
            ),
            (
                "An interpreter linked to the agency, the employer or a companion lets them hear "
                "everything and keeps the worker from speaking freely. Use the mission's own "
                "interpreter, chosen and briefed on confidentiality by you.",
                "En tolk med koppling till förmedlingen, arbetsgivaren eller en medresenär låter "
                "dem höra allt och hindrar arbetstagaren från att tala fritt. Använd "
                "beskickningens egen tolk, som du själv valt och förberett på tystnadsplikten.",
            ),
            tags=["interpreters", "private-conversation"],
            options=[
                (
                    "The mission's own interpreter, briefed on confidentiality",
                    "Beskickningens egen tolk, förberedd på tystnadsplikten",
                    True,
                ),
                ("The agency's representative", "Förmedlingens företrädare", False),
                (
                    "The worker in the group who speaks the best English",
                    "Den i gruppen som talar bäst engelska",
                    False,
                ),
            ],
        ),
        _q(
            "multiple",
            (
                "Which of these belong in your note after a private conversation with a "
                "possible victim?",
                "Vad hör hemma i din anteckning efter ett enskilt samtal med en möjlig utsatt?",
            ),
            (
                "Record what you observed, the person's own words and what information you "
                "gave, so that those who read the note can judge for themselves. A conclusion "
                "such as “she is a victim” is not an observation.",
                "Dokumentera vad du iakttog, personens egna ord och vilken information du gav, "
                "så att de som läser anteckningen kan bedöma själva. En slutsats som ”hon är ett "
                "offer” är ingen iakttagelse.",
            ),
            tags=["recording"],
            options=[
                (
                    "The companion held the passport and answered questions put to the applicant",
                    "Medresenären höll i passet och svarade på frågor som ställdes till den "
                    "sökande",
                    True,
                ),
                (
                    "What the applicant said, in their own words",
                    "Vad den sökande sa, med egna ord",
                    True,
                ),
                (
                    "The written information you gave the applicant",
                    "Den skriftliga information du gav den sökande",
                    True,
                ),
                (
                    "Your conclusion that the applicant is a victim of trafficking",
                    "Din slutsats att den sökande är utsatt för människohandel",
                    False,
                ),
            ],
        ),
        _q(
            "matching",
            (
                "Match each of WHO's principles with what it means at the visa window.",
                "Para ihop var och en av WHO:s principer med vad den betyder vid viseringsluckan.",
            ),
            (
                "WHO's ethical and safety recommendations (2003) were written for interviews "
                "with trafficked women; they fit every consular conversation with a possible "
                "victim. Checking a story with the employer breaks confidentiality and can "
                "endanger the person.",
                "WHO:s etiska och säkerhetsmässiga rekommendationer (2003) skrevs för intervjuer "
                "med kvinnor utsatta för människohandel; de passar varje konsulärt samtal med en "
                "möjlig utsatt. Att kontrollera en berättelse med arbetsgivaren bryter "
                "sekretessen och kan utsätta personen för fara.",
            ),
            tags=["who-principles", "private-conversation"],
            pairs=[
                (
                    ("Do no harm", "Gör ingen skada"),
                    (
                        "Hold no conversation the companion will hear about",
                        "Håll inget samtal som medresenären kommer att få höra om",
                    ),
                ),
                (
                    ("Get informed consent", "Inhämta informerat samtycke"),
                    (
                        "Say what you will do with what the person tells you",
                        "Säg vad du gör med det personen berättar",
                    ),
                ),
                (
                    (
                        "Do not make promises you cannot keep",
                        "Lova inget du inte kan hålla",
                    ),
                    (
                        "Give information on where help is, not guarantees",
                        "Ge information om var hjälp finns, inte garantier",
                    ),
                ),
            ],
            extra=[
                (
                    "Check the story with the employer",
                    "Kontrollera berättelsen med arbetsgivaren",
                )
            ],
        ),
        _q(
            "single",
            (
                "An applicant for a visa as a private servant in a diplomat's household in "
                "Sweden says the employer will keep the passport during the posting. What does "
                "this tell you?",
                "En sökande till en visering som privattjänare i en diplomats hushåll i Sverige "
                "säger att arbetsgivaren ska ha passet under tjänstgöringen. Vad säger det dig?",
            ),
            (
                "Under the Ministry for Foreign Affairs' model contract for private servants, "
                "the worker keeps their own passport at all times. An employer who keeps it is "
                "an indicator to explore in a private conversation, not proof and not a ground "
                "for refusal in itself.",
                "Enligt Utrikesdepartementets mall för privattjänares anställningsavtal ska "
                "arbetstagaren alltid själv ha sitt pass. En arbetsgivare som behåller det är en "
                "indikator att utforska i ett enskilt samtal, inget bevis och inte i sig ett "
                "skäl för avslag.",
            ),
            tags=["indicators", "domestic-work"],
            options=[
                (
                    "An indicator: the model contract says the worker keeps the passport; talk "
                    "with the applicant alone",
                    "En indikator: enligt avtalsmallen ska arbetstagaren ha passet; tala "
                    "enskilt med den sökande",
                    True,
                ),
                (
                    "Normal practice for diplomats' household staff",
                    "Vanlig ordning för diplomaters hushållsanställda",
                    False,
                ),
                (
                    "Proof of trafficking: refuse the visa at once",
                    "Bevis för människohandel: avslå viseringen genast",
                    False,
                ),
            ],
        ),
    ],
}

# The assessed case, always asked (seed_consular_quizzes): a third marriage-based sponsorship by
# the same sponsor. Confronting the sponsor, refusing and calling it protection, and calling
# her family without her consent each fail it.
SPONSORSHIP_CASE = case_spec(
    "A third sponsorship",
    "<p>Choose each step as the officer holding the interview. A choice that puts someone at "
    "risk fails the case, whatever else you choose.</p>",
    [
        (
            "the-interview",
            "<p>Nadia, 23, comes to the embassy for the interview on her application for a "
            "residence permit to move to her husband in Sweden; the Migration Agency will "
            "decide it. From the file you know that her husband has sponsored two wives before "
            "her, and that both marriages ended within two years. Nadia says they met online; "
            "he paid for everything, keeps copies of all her papers and “handles everything”. "
            "She does not know his address.</p>",
            [
                (
                    "Phone the husband in Sweden and ask him about his two earlier wives",
                    "sponsor-warned",
                    "He answers calmly that his earlier wives were ungrateful. That evening "
                    "Nadia's phone rings.",
                    0,
                    "Never confront a sponsor you suspect: it warns him and can put Nadia at "
                    "risk, before she travels or after she arrives. Questioning a suspect is for "
                    "the police, if anyone; record what you observed and pass it on through the "
                    "focal point.",
                ),
                (
                    "Tell Nadia the application will be refused because of the earlier "
                    "marriages: that will protect her",
                    "decided-for-her",
                    "Nadia says she will find another way to join him, and leaves.",
                    0,
                    "A refusal is not protection, and it is not yours to announce: the Migration "
                    "Agency decides, on the grounds the law sets. Nadia leaves with no "
                    "information about her rights, and her husband may try another way. Talk "
                    "with her alone, inform her and pass on what you observed.",
                ),
                (
                    "Speak with Nadia alone, through the mission's own interpreter: ask open "
                    "questions about how they met, what she knows of life in Sweden and whether "
                    "she can reach her own papers and money",
                    "what-nadia-knows",
                    "Nadia relaxes a little once you explain what the conversation is for and "
                    "that she need not answer everything.",
                    2,
                    "",
                ),
            ],
        ),
        (
            "what-nadia-knows",
            "<p>Nadia knows that he was married before; a cousin warned her. She still wants "
            "to go. Quietly, she asks whether there is anyone in Sweden she could turn to if "
            "things went wrong.</p>",
            [
                (
                    "Give her written information, in a language she reads, on her rights in "
                    "Sweden and where help can be reached there; tell her what you will record, "
                    "and pass your observations to the focal point with her knowledge",
                    "informed-choice",
                    "Nadia puts the leaflet in her bag, inside a book. She thanks you and says "
                    "she knows now that she has somewhere to turn.",
                    2,
                    "",
                ),
                (
                    "Ask for her parents' number and call them, so that they can talk her out "
                    "of it",
                    "family-told",
                    "Her father is angry that she has spoken to strangers. By evening her "
                    "husband has heard about the call.",
                    0,
                    "Never contact the family without the person's consent: the call takes the "
                    "decision from her and can reach the very person she may need protection "
                    "from. Respect her own assessment of the risks, and plan any step with "
                    "her.",
                ),
                (
                    "Advise her to withdraw her application",
                    "decided-for-her",
                    "Nadia shakes her head. She came for an interview, not for advice about her "
                    "marriage.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "informed-choice",
            "Nadia decides, knowing where help is",
            "<p>You took Nadia aside with an interpreter of your choosing, asked open "
            "questions and told her what you would record. The decision on her permit is the "
            "Migration Agency's, and the choice to travel is hers; what you gave her — "
            "information she can keep and a way to reach help in Sweden — travels with her "
            "either way, and your observations reach those who can follow up.</p>",
        ),
        (
            "sponsor-warned",
            "The sponsor is warned",
            "<p>Three sponsorships and a wife who knows little about her husband are "
            "indicators, not proof. Questioning him told a possibly controlling sponsor that the "
            "embassy suspects him, and it is Nadia who may pay for it. Pass your concern on "
            "through the focal point instead.</p>",
        ),
        (
            "decided-for-her",
            "Decided over her head",
            "<p>Whether Nadia gets her permit is not the mission's decision, and whether she "
            "travels is hers. A refusal announced as protection, or advice to withdraw, leaves "
            "her without information and leaves her husband free to try another way. Inform "
            "her, record what you saw, and let those who decide, decide.</p>",
        ),
        (
            "family-told",
            "The family is told behind her back",
            "<p>The call reached her husband through her family. Her family is contacted only "
            "with her consent, in a plan made with her: she knows the risks better than "
            "you.</p>",
        ),
    ],
)

SPONSORSHIP_CASE_SV = case_spec(
    "Tredje gången samma anknytningsperson",
    "<p>Välj varje steg som den handläggare som håller intervjun. Ett val som utsätter någon "
    "för fara underkänner fallet, vad du än väljer i övrigt.</p>",
    [
        (
            "the-interview",
            "<p>Nadia, 23 år, kommer till ambassaden för intervjun om sin ansökan om "
            "uppehållstillstånd för att flytta till sin make i Sverige; Migrationsverket "
            "fattar beslutet. Av underlaget vet du att maken har varit anknytningsperson för två "
            "fruar före henne, och att båda äktenskapen tog slut inom två år. Nadia berättar att "
            "de träffades på nätet; han har betalat allt, har kopior av alla hennes papper och "
            "”sköter allt”. Hon vet inte hans adress.</p>",
            [
                (
                    "Ringer maken i Sverige och frågar honom om hans två tidigare fruar",
                    "sponsor-warned",
                    "Han svarar lugnt att hans tidigare fruar var otacksamma. Samma kväll ringer "
                    "Nadias telefon.",
                    0,
                    "Konfrontera aldrig en anknytningsperson som du misstänker: det varnar "
                    "honom och kan utsätta Nadia för fara, innan hon reser eller när hon har "
                    "kommit fram. Att förhöra en misstänkt är i så fall polisens sak; "
                    "dokumentera vad du iakttog och för det vidare via kontaktpersonen.",
                ),
                (
                    "Säger till Nadia att ansökan kommer att avslås på grund av de tidigare "
                    "äktenskapen: det skyddar henne",
                    "decided-for-her",
                    "Nadia säger att hon hittar ett annat sätt att ta sig till honom, och går.",
                    0,
                    "Ett avslag är inget skydd, och det är inte ditt att tillkännage: "
                    "Migrationsverket beslutar, på de grunder som lagen anger. Nadia går "
                    "därifrån utan information om sina rättigheter, och maken kan försöka på "
                    "annat sätt. Tala med henne enskilt, informera henne och för det du iakttog "
                    "vidare.",
                ),
                (
                    "Talar med Nadia enskilt, genom beskickningens egen tolk: ställer öppna "
                    "frågor om hur de träffades, vad hon vet om livet i Sverige och om hon når "
                    "sina egna papper och pengar",
                    "what-nadia-knows",
                    "Nadia slappnar av lite när du förklarar vad samtalet är till för och att hon "
                    "inte behöver svara på allt.",
                    2,
                    "",
                ),
            ],
        ),
        (
            "what-nadia-knows",
            "<p>Nadia vet att han har varit gift tidigare; en kusin varnade henne. Hon vill ändå "
            "resa. Tyst frågar hon om det finns någon i Sverige hon kan vända sig till om det "
            "skulle gå illa.</p>",
            [
                (
                    "Ger henne skriftlig information, på ett språk hon läser, om hennes "
                    "rättigheter i Sverige och om var hjälp finns där; berättar vad du kommer att "
                    "dokumentera, och för dina iakttagelser vidare till kontaktpersonen med "
                    "hennes vetskap",
                    "informed-choice",
                    "Nadia lägger foldern i väskan, inuti en bok. Hon tackar och säger att hon nu "
                    "vet att hon har någonstans att vända sig.",
                    2,
                    "",
                ),
                (
                    "Ber om hennes föräldrars nummer och ringer dem, så att de kan övertala henne "
                    "att stanna",
                    "family-told",
                    "Hennes pappa är arg över att hon har pratat med främlingar. Till kvällen har "
                    "maken hört talas om samtalet.",
                    0,
                    "Kontakta aldrig familjen utan personens samtycke: samtalet tar beslutet "
                    "ifrån henne och kan nå just den hon kan behöva skydd mot. Respektera hennes "
                    "egen bedömning av riskerna och planera varje steg tillsammans med henne.",
                ),
                (
                    "Råder henne att återkalla ansökan",
                    "decided-for-her",
                    "Nadia skakar på huvudet. Hon kom för en intervju, inte för råd om sitt "
                    "äktenskap.",
                    0,
                    "",
                ),
            ],
        ),
    ],
    [
        (
            "informed-choice",
            "Nadia bestämmer själv, och vet var hjälpen finns",
            "<p>Du tog Nadia åt sidan med en tolk du själv valt, ställde öppna frågor och "
            "berättade vad du skulle dokumentera. Beslutet om tillståndet är Migrationsverkets, "
            "och valet att resa är hennes; det du gav henne — information hon kan behålla och en "
            "väg till hjälp i Sverige — följer med henne vad som än händer, och dina "
            "iakttagelser når dem som kan följa upp.</p>",
        ),
        (
            "sponsor-warned",
            "Anknytningspersonen är varnad",
            "<p>Tre hustrur på samma anknytningsperson och en hustru som vet lite om sin make är "
            "indikatorer, inga bevis. Att förhöra honom visade en kanske kontrollerande "
            "anknytningsperson att ambassaden "
            "misstänker honom, och det är Nadia som kan få betala för det. För i stället din oro "
            "vidare via kontaktpersonen.</p>",
        ),
        (
            "decided-for-her",
            "Beslutat över hennes huvud",
            "<p>Om Nadia får sitt tillstånd är inte beskickningens beslut, och om hon reser är "
            "hennes. Ett avslag som utlovas som skydd, eller ett råd att återkalla ansökan, "
            "lämnar henne utan information och maken fri att försöka på annat sätt. Informera "
            "henne, dokumentera vad du såg och låt dem som beslutar besluta.</p>",
        ),
        (
            "family-told",
            "Familjen fick veta bakom hennes rygg",
            "<p>Samtalet nådde maken via familjen. Familjen kontaktas bara med hennes samtycke, "
            "i en plan som görs upp med henne: hon känner riskerna bättre än du.</p>",
        ),
    ],
)

BRANCHING_QUESTIONS = [
    _q(
        "branching",
        (
            "A third sponsorship: choose each step, as the officer holding the interview.",
            "Tredje gången samma anknytningsperson: välj varje steg, som den handläggare som "
            "håller intervjun.",
        ),
        (
            "Talk with the applicant alone through an interpreter you choose, inform her and "
            "pass on what you observed. Confronting the sponsor, announcing a refusal as "
            "protection or calling her family without her consent fails the case.",
            "Tala enskilt med den sökande genom en tolk du själv väljer, informera henne och "
            "för det du iakttog vidare. Att konfrontera anknytningspersonen, utlova ett avslag som "
            "skydd eller ringa familjen utan hennes samtycke underkänner fallet.",
        ),
        tags=["case", "marriage-sponsorship", "deciding-lawfully"],
        points=3,
        case=(SPONSORSHIP_CASE, SPONSORSHIP_CASE_SV),
    )
]


def with_cases(spec: dict, cases: list[dict]) -> dict:
    """``spec`` with its branching ``cases`` among its questions, each always asked: in every
    attempt, however many questions the assessment draws from its pool."""
    always = [{**case, "always_asked": True} for case in cases]
    return {**spec, "questions": [*spec["questions"], *always]}


def _answer(spec: dict, lang: int):
    return (spec["kind"], kinds.get(spec["kind"]).demo_value(spec, lang))


def _questions(specs: list[dict], lang: int) -> list[QuizQuestion]:
    rows = []
    for order, spec in enumerate(specs, start=1):
        question = QuizQuestion(
            prompt=spec["prompt"][lang],
            explanation=spec["explanation"][lang],
            points=spec["points"],
            answer=[_answer(spec, lang)],
            sort_order=order,
            always_asked=spec.get("always_asked", False),
        )
        question.tags.add(*spec["tags"])
        rows.append(question)
    return rows


def build_quiz(spec: dict, parent, translate) -> QuizPage:
    """Publish the quiz under ``parent`` and its Swedish copy; ``translate(page, **changes)``
    is seed_demo's copy-for-translation."""
    existing = QuizPage.objects.child_of(parent).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    quiz = QuizPage(
        title=spec["title"][0], slug=spec["slug"], intro=spec["intro"][0], **spec["settings"]
    )
    quiz.questions = _questions(spec["questions"], 0)
    parent.add_child(instance=quiz)
    quiz.save_revision().publish()
    swedish = translate(quiz, title=spec["title"][1], intro=spec["intro"][1])
    swedish.questions = _questions(spec["questions"], 1)
    swedish.save_revision().publish()
    return quiz


def seed_consular_quizzes(course, translate) -> list[QuizPage]:
    module = course.get_children().filter(slug=MODULE_QUIZ["module_slug"]).first().specific
    return [
        build_quiz(MODULE_QUIZ, module, translate),
        build_quiz(with_cases(FINAL_ASSESSMENT, BRANCHING_QUESTIONS), course, translate),
    ]


# Demo learners' work ----------------------------------------------------------------------
# Fictional learners who took the consular course over the last months, so that the trainer's
# course analytics and quiz report have something to show. Everything goes through the real
# services (statements, completion and certificates stay consistent); only the clock is set
# back to when each step happened.


@dataclass
class DemoStory:
    """How far one learner got: ``lessons`` completed in order, and per quiz attempt how many
    of the questions asked they answered right (the rest wrong; ``_ranked`` says which),
    ``days_ago`` they enrolled."""

    days_ago: int
    lessons: int = 0
    module_quiz: tuple[int, ...] = ()
    final: tuple[int, ...] = ()


class DemoClock:
    """``timezone.now()`` as it was at ``start``, moving on as the story does (``advance``) and
    as real time passes, so events keep their order."""

    def __init__(self, start: datetime):
        self.start, self.began = start, time.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self.began)

    def advance(self, **delta) -> datetime:
        self.start += timedelta(**delta)
        return self.now()


def _ranked(attempt: QuizAttempt, right: int):
    """Each answer of the attempt and whether the demo learner gets it right: the first
    ``right`` of them, the always-asked questions (an assessed case) first, then the drawn ones
    in authored order, whatever order they were asked in. Every question drawn from a pool is
    worth the same, so the score is always the same whichever were drawn."""
    answers = list(AttemptAnswer.objects.filter(attempt=attempt))
    always = set(
        QuizQuestion.objects.filter(
            pk__in=[a.question_pk for a in answers], always_asked=True
        ).values_list("pk", flat=True)
    )
    answers.sort(key=lambda a: (a.question_pk not in always, a.question_pk))
    for rank, answer in enumerate(answers, start=1):
        yield answer, rank <= right


def demo_answers(attempt: QuizAttempt, right: int):
    """The form a learner sends who answers the quiz's first ``right`` questions right and the
    rest wrong — read from the attempt's key, as only the demo and tests may."""
    from django.http import QueryDict

    form = QueryDict(mutable=True)
    for answer, correct in _ranked(attempt, right):
        _fill(form, field_name(answer.question_pk), answer.key, answer.asked, correct)
    return form


def demo_steps(user, attempt: QuizAttempt, right: int, now) -> None:
    """Walk the questions answered one choice at a time (branching cases) as the demo learner
    who answers the first ``right`` questions right would, through the attempt's services."""
    from django.http import QueryDict

    from . import services

    for answer, correct in _ranked(attempt, right):
        kind = kinds.get(answer.key["kind"])
        if not kind.answered_in_steps:
            continue
        for choice in kind.demo_response(answer.asked, answer.key, correct):
            form = QueryDict(mutable=True)
            form[field_name(answer.question_pk)] = choice
            services.attempt_choose(user, attempt.pk, answer.question_pk, form, now=now)


def _fill(form, name, key, asked, correct):
    kind = kinds.get(key["kind"])
    response = kind.demo_response(asked, key, correct)
    for field, values in kind.form_fields(name, asked, response).items():
        form.setlist(field, values)


def play_story(user, course, quizzes: list[QuizPage], story: DemoStory) -> None:
    """Enrol ``user`` ``story.days_ago`` days ago (at nine) and replay their work: a lesson
    every couple of days, the module quiz once its lessons are done, the final assessment
    once every lesson is. ``quizzes`` are seed_consular_quizzes' (module quiz, final)."""
    from unittest import mock

    from django.utils import timezone

    from courses import services as course_services
    from courses.models import LessonPage

    from . import services

    module_quiz, final = quizzes
    lessons = list(LessonPage.objects.descendant_of(course).live().order_by("path"))
    before_quiz = [lesson for lesson in lessons if lesson.path < module_quiz.path]
    day = timezone.localtime() - timedelta(days=story.days_ago)
    clock = DemoClock(day.replace(hour=9, minute=0, second=0, microsecond=0))
    with mock.patch("django.utils.timezone.now", clock.now):
        course_services.enrolment_create(user, course)
        for number, lesson in enumerate(lessons[: story.lessons], start=1):
            clock.advance(days=2, minutes=40)
            course_services.lesson_complete(user, lesson)
            if number == len(before_quiz):
                _attempts(user, module_quiz, story.module_quiz, clock, services)
        if story.lessons >= len(lessons):
            _attempts(user, final, story.final, clock, services)


def _attempts(user, quiz, rights, clock, services) -> None:
    for right in rights:
        started = clock.advance(days=1)
        attempt, _created = services.attempt_start(user, quiz, now=started)
        demo_steps(user, attempt, right, clock.advance(minutes=4))
        finished = clock.advance(minutes=5)
        services.attempt_submit(user, attempt.pk, demo_answers(attempt, right), now=finished)


def final_settings(draw_count: int, time_limit_minutes: int, cooldown_minutes: int = 10) -> dict:
    """The settings every curriculum course's final assessment shares: pass with 80 % in three
    attempts, questions and options shuffled, feedback and answers after submission."""
    return {
        "pass_mark": 80,
        "max_attempts": 3,
        "cooldown_minutes": cooldown_minutes,
        "time_limit_minutes": time_limit_minutes,
        "draw_count": draw_count,
        "shuffle_questions": True,
        "shuffle_options": True,
        "feedback_mode": "after_submission",
        "show_correct_answers": True,
    }
