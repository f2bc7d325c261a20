"""Sara, a trainer, opens the analytics of the identification course: how many enrolled and
when, how far they got module by module, how long they took, how the final assessment went
and which question everyone gets wrong — figures checked here against records built by hand."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts import roles
from analytics.selectors import course_analytics
from courses.models import Enrolment, LessonProgress
from quizzes.models import AttemptAnswer, QuizAttempt, QuizPage
from tests.factories import (
    AudienceFactory,
    OrganisationFactory,
    UserFactory,
    lessons_of,
    make_course,
    make_lesson,
    make_module,
    make_quiz,
    single,
)

NOW = timezone.now()


@pytest.fixture
def course(db):
    """Module 1: two lessons for everyone. Module 2: one for everyone, one for the police only.
    A final assessment with two questions."""
    police = AudienceFactory(slug="police", name="Police", name_sv="Polis")
    course = make_course(modules=0, title="Identifying victims")
    first = make_module(course, title="Indicators")
    make_lesson(first)
    make_lesson(first)
    second = make_module(course, title="Referral")
    make_lesson(second)
    make_lesson(second, audiences=[police])
    make_quiz(course, [single(), single()], title="Final assessment")
    return course


def enrol(user, course, days_ago, completed_after_days=None):
    enrolment = Enrolment.objects.create(
        user=user, course=course, course_key=course.translation_key
    )
    enrolled_at = NOW - timedelta(days=days_ago)
    completed_at = (
        enrolled_at + timedelta(days=completed_after_days)
        if completed_after_days is not None
        else None
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(
        enrolled_at=enrolled_at, completed_at=completed_at
    )


def read(user, course, *numbers):
    lessons = lessons_of(course)
    for number in numbers:
        lesson = lessons[number - 1]
        LessonProgress.objects.create(
            user=user,
            lesson=lesson,
            lesson_key=lesson.translation_key,
            course_key=course.translation_key,
            completed_at=NOW,
        )


def attempt(user, quiz, number, percent, right=(), submitted=True):
    """An attempt at ``percent``; ``right`` says, per question, whether it was answered right."""
    made = QuizAttempt.objects.create(
        user=user,
        quiz=quiz,
        quiz_key=quiz.translation_key,
        course_key=quiz.get_parent().translation_key,
        quiz_title=quiz.title,
        number=number,
        started_at=NOW,
        submitted_at=NOW if submitted else None,
        pass_mark=80,
        feedback_mode="after_submission",
        show_correct_answers=True,
        score=Decimal(percent) / 50 if submitted else None,
        max_score=2,
        percent=Decimal(percent) if submitted else None,
        passed=percent >= 80 if submitted else None,
    )
    for position, (question, correct) in enumerate(zip(quiz.questions.all(), right, strict=True)):
        AttemptAnswer.objects.create(
            attempt=made,
            position=position,
            question=question,
            question_pk=question.pk,
            asked={"prompt": question.prompt},
            key={},
            points=1,
            score=1 if correct else 0,
            is_correct=correct if submitted else None,
        )


@pytest.fixture
def records(course):
    consular = AudienceFactory(slug="consular-staff", name="Consular staff", name_sv="Konsulär")
    police = AudienceFactory(slug="police")
    embassy = OrganisationFactory(name="Embassy Kyiv")
    region = OrganisationFactory(name="Police Region Stockholm")
    anna = UserFactory(audience=consular, organisation=embassy)
    olle = UserFactory(audience=consular, organisation=embassy)
    jonas = UserFactory(audience=police, organisation=region)
    per = UserFactory(audience=police, organisation=None)
    enrol(anna, course, days_ago=0, completed_after_days=2)
    enrol(olle, course, days_ago=1)
    enrol(jonas, course, days_ago=35, completed_after_days=4)
    enrol(per, course, days_ago=65)
    read(anna, course, 1, 2, 3)  # both modules: the police lesson is not hers
    read(olle, course, 1)  # started
    read(jonas, course, 1, 2, 3, 4)
    quiz = QuizPage.objects.child_of(course).get()
    attempt(anna, quiz, 1, 40, right=(False, False))
    attempt(anna, quiz, 2, 90, right=(False, True))
    attempt(jonas, quiz, 1, 100, right=(True, True))
    attempt(olle, quiz, 1, 55, right=(False, True))
    attempt(per, quiz, 1, 0, right=(False, False), submitted=False)  # still open: not counted
    return quiz


def test_the_figures_match_the_records(course, records):
    analytics = course_analytics(course, now=NOW)
    assert (analytics.enrolled, analytics.completed, analytics.completion_rate) == (4, 2, 50)
    assert [(s.learners, s.of_enrolled) for s in analytics.funnel] == [
        (4, 100),  # enrolled
        (3, 75),  # started
        (2, 50),  # Indicators
        (2, 50),  # Referral: the police-only lesson does not hold Anna back
        (2, 50),  # completed
    ]
    assert [s.label for s in analytics.funnel][2:4] == ["Indicators", "Referral"]
    assert analytics.median_days == 3.0  # 2 and 4 days

    this_month = analytics.months[-1]
    assert this_month.label == f"{NOW:%Y-%m}"
    assert sum(m.enrolled for m in analytics.months) == 4
    assert sum(m.completed for m in analytics.months) == 2

    (quiz,) = analytics.quizzes
    assert (quiz.attempts, quiz.learners, quiz.learners_passed, quiz.pass_rate) == (4, 3, 2, 67)
    assert quiz.average == pytest.approx(Decimal("71.25"))
    assert quiz.bands == [0, 0, 0, 0, 1, 1, 0, 0, 0, 2]  # 40, 55, 90 and 100

    first, second = analytics.hardest
    assert (first.prompt, first.answered, first.correct, first.percent_correct) == (
        "Question 1",
        4,
        1,
        25,
    )
    assert (second.answered, second.correct) == (4, 3)

    assert {(b.label, b.enrolled, b.completed) for b in analytics.by_audience} == {
        ("Consular staff", 2, 1),
        ("Police", 2, 1),
    }
    assert {
        (b.label, b.enrolled, b.completed, b.completion_rate) for b in analytics.by_organisation
    } == {
        ("Embassy Kyiv", 2, 1, 50),
        ("Police Region Stockholm", 1, 1, 100),
        ("—", 1, 0, 0),
    }


@pytest.fixture
def trainer_client(client, db):
    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    client.force_login(trainer)
    return client


def test_the_trainer_sees_charts_tables_and_exports(trainer_client, course, records):
    url = reverse("analytics_course", args=[course.pk])
    html = trainer_client.get(url).content.decode()
    assert html.count("<svg") >= 5  # enrolments, funnel, pass rates, scores, role, organisation
    assert "Completion funnel by module" in html and "Median time to complete" in html
    assert 'data-figure="median">3.0 days' in html
    listing = trainer_client.get(reverse("analytics_courses")).content.decode()
    assert course.title in listing

    response = trainer_client.get(reverse("analytics_course_csv", args=[course.pk, "funnel"]))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["step", "learners", "percent_of_enrolled"]
    assert rows[1:] == [
        ["Enrolled", "4", "100"],
        ["Started", "3", "75"],
        ["Indicators", "2", "50"],
        ["Referral", "2", "50"],
        ["Completed the course", "2", "50"],
    ]
    for table in ("enrolments", "quizzes", "questions", "roles", "organisations"):
        response = trainer_client.get(reverse("analytics_course_csv", args=[course.pk, table]))
        assert response.status_code == 200
    missing = trainer_client.get(reverse("analytics_course_csv", args=[course.pk, "salaries"]))
    assert missing.status_code == 404


def test_the_quiz_report_and_the_analytics_agree_on_the_pass_rate(trainer_client, course, records):
    """Anna failed then passed, Jonas passed, Olle failed: two of three learners passed (67 %),
    in two of four attempts — shown apart, under their own names, on both pages."""
    report = trainer_client.get(reverse("quizzes_report", args=[records.pk]))
    analytics = trainer_client.get(reverse("analytics_course", args=[course.pk]))
    figures = report.context["report"]
    assert (figures.attempts, figures.attempts_passed) == (4, 2)
    assert (figures.learners, figures.learners_passed, figures.pass_rate) == (3, 2, 67)
    (quiz,) = analytics.context["analytics"].quizzes
    assert (quiz.attempts_passed, quiz.learners_passed, quiz.pass_rate) == (2, 2, 67)
    definition = "Pass rate: of the learners who took the quiz, the share who passed it"
    for page in (report, analytics):
        html = page.content.decode()
        assert 'data-figure="pass-rate">67%' in html
        assert definition in html and "Attempts that passed" in html
    rows = trainer_client.get(reverse("analytics_course_csv", args=[course.pk, "quizzes"]))
    table = list(csv.reader(io.StringIO(b"".join(rows.streaming_content).decode())))
    assert table[0][1:6] == [
        "attempts",
        "attempts_passed",
        "learners",
        "learners_passed",
        "pass_rate",
    ]
    assert table[1][1:6] == ["4", "2", "3", "2", "67"]


def test_only_those_who_may_edit_the_course_see_its_analytics(client, course):
    url = reverse("analytics_course", args=[course.pk])
    learner = UserFactory()
    learner.groups.add(Group.objects.get(name=roles.LEARNERS))
    client.force_login(learner)
    assert client.get(url).status_code in (302, 403)
    certifier = UserFactory()
    certifier.groups.add(Group.objects.get(name=roles.CERTIFYING_BODIES))
    client.force_login(certifier)
    # Wagtail answers a refused admin page by sending the user back to the dashboard.
    refused = client.get(url)
    assert refused.status_code == 302 and refused.url == "/admin/"
    export = client.get(reverse("analytics_course_csv", args=[course.pk, "funnel"]))
    assert export.status_code == 302 and export.url == "/admin/"


# Ten are the sign-in's and Wagtail's (session, user, the device of the verified second step,
# the admin's menus; permissions come from the shared cache, accounts.backends); twelve are
# ours: the totals with the monthly series, modules, lessons and their audiences, the funnel,
# the median's middle, the quizzes, their figures and their attempts per score, the hardest
# questions and their prompts, and the enrolments per role and organisation (both
# breakdowns).
ANALYTICS_PAGE_QUERIES = 22


def test_the_page_costs_the_same_queries_with_more_learners(
    trainer_client, course, records, django_assert_num_queries
):
    url = reverse("analytics_course", args=[course.pk])

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert trainer_client.get(url).status_code == 200
        return len(queries)

    count()
    before = count()
    audience = AudienceFactory(slug="migration")
    for n in range(15):
        learner = UserFactory(audience=audience, organisation=OrganisationFactory())
        enrol(learner, course, days_ago=n * 20, completed_after_days=n % 3 or None)
        read(learner, course, 1, 2)
        attempt(learner, records, 1, 10 * (n % 11), right=(n % 2 == 0, True))
    count()  # new learners' groups start a new permission generation (accounts.backends)
    assert count() == before
    with django_assert_num_queries(ANALYTICS_PAGE_QUERIES):
        trainer_client.get(url)
