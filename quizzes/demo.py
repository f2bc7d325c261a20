"""Demo quizzes for the consular course: a module quiz after "Recognising indicators" and a
final assessment, in English and Swedish, covering every kind of question. Facts come from the
seed documents (the CBSS task force's consular training, the Safe Trip campaign, the Civil
Society Platform's plan) and the public sources the lessons cite, in our own words.

Graded questions hold no statistic and no phone number: those are dated and change, so they live
on the lessons' reference cards. Each question keeps its kind and points, so the demo learners'
scores (seed_demo's DEMO_LEARNERS) stay what they were."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta

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
        "<p>Seven questions across the whole course. You have 20 minutes and three attempts; "
        "you pass with 80%.</p>",
        "<p>Sju frågor om hela kursen. Du har 20 minuter och tre försök; godkänt från 80 %.</p>",
    ),
    "settings": {
        "pass_mark": 80,
        "max_attempts": 3,
        "cooldown_minutes": 10,
        "time_limit_minutes": 20,
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
                "from coming forward.",
                "Att straffa ett påtvingat brott upprepar människohandlarens kontroll och hindrar "
                "offer från att träda fram.",
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
            points=2,
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
                "depends on the one before.",
                "Stödet går från identifiering till att motverka att personen utsätts igen; "
                "varje steg bygger på det föregående.",
            ),
            tags=["support", "referral"],
            points=2,
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
            points=2,
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
            points=2,
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
    ],
}


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
        build_quiz(FINAL_ASSESSMENT, course, translate),
    ]


# Demo learners' work ----------------------------------------------------------------------
# Fictional learners who took the consular course over the last months, so that the trainer's
# course analytics and quiz report have something to show. Everything goes through the real
# services (statements, completion and certificates stay consistent); only the clock is set
# back to when each step happened.


@dataclass
class DemoStory:
    """How far one learner got: ``lessons`` completed in order, and per quiz attempt how many
    questions they answered right (the rest wrong), ``days_ago`` they enrolled."""

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
    ``right`` in authored order, whatever order they were drawn in, so the score is always
    the same."""
    answers = sorted(AttemptAnswer.objects.filter(attempt=attempt), key=lambda a: a.question_pk)
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
