"""seed_demo builds the realistic demo and is idempotent."""

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, Revision

import pytest

from accounts.models import User
from certificates.models import Certificate
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, ModulePage
from home.management.commands import seed_demo
from quizzes.models import QuizAttempt
from tests.two_factor import code_for
from tracking.models import Statement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]

# No "video": the demo had only a placeholder address, so the scene is written out until there
# is a real film (issue 16).
BLOCK_TYPES = {
    "text",
    "figure",
    "callout",
    "indicator_checklist",
    "branching_case",
    "download",
    "key_takeaways",
    "audience_variant",
}


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": User.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "progress": LessonProgress.objects.count(),
        "certificates": Certificate.objects.count(),
        "quiz attempts": QuizAttempt.objects.count(),
        "last_published": list(Page.objects.order_by("pk").values_list("last_published_at")),
    }


def test_seed_demo_twice_changes_nothing(capsys):
    first = snapshot()  # seeded once already, for the module
    call_command("seed_demo")
    assert snapshot() == first
    assert "learner@example.org" in capsys.readouterr().out


def test_demo_course_is_complete_and_bilingual():
    course = CoursePage.objects.get(slug="identifying-victims-consular")
    # The curriculum's C1: indicators, the private conversation, deciding and recording, referral.
    assert ModulePage.objects.child_of(course).count() == 5
    lessons = LessonPage.objects.descendant_of(course)
    assert lessons.count() >= 10
    used = set()
    for lesson in lessons:
        for block in lesson.body:
            used.add(block.block_type)
    assert used >= BLOCK_TYPES
    swedish = course.get_translations().get().specific
    assert swedish.title.startswith("Att identifiera offer")
    assert swedish.live
    swedish_lessons = LessonPage.objects.descendant_of(swedish).live()
    assert swedish_lessons.count() == lessons.count()
    english_bodies = {lesson.translation_key: str(lesson.body) for lesson in lessons}
    for lesson in swedish_lessons:
        assert str(lesson.body) != english_bodies[lesson.translation_key], lesson.title


def test_demo_course_has_a_module_quiz_and_a_final_assessment_covering_every_kind():
    from quizzes import services as quiz_services
    from quizzes.models import QuizPage, QuizQuestion
    from tests.quizzes.conftest import answer_post, walk_cases

    course = CoursePage.objects.get(slug="identifying-victims-consular")
    quizzes = QuizPage.objects.descendant_of(course).live()
    assert {quiz.is_final_assessment for quiz in quizzes} == {False, True}
    questions = QuizQuestion.objects.filter(quiz__in=quizzes)
    assert questions.count() >= 22  # seven in the module quiz, fifteen in the final's pool
    assert {q.kind for q in questions} == {
        "branching",
        "single",
        "multiple",
        "true_false",
        "matching",
        "ordering",
        "short_answer",
        "scenario",
    }
    assert all(q.explanation and q.tags.exists() for q in questions)
    swedish = QuizPage.objects.descendant_of(course.get_translations().get()).live()
    assert swedish.count() == 2
    assert QuizQuestion.objects.filter(quiz__in=swedish).count() == questions.count()
    # Every demo question can be answered right: Anna, done with the lessons, scores 100%.
    anna = User.objects.get(email="learner@example.org")
    for lesson in LessonPage.objects.descendant_of(course).live().order_by("path"):
        services_complete(anna, lesson)
    for quiz in quizzes.order_by("path"):
        attempt, _ = quiz_services.attempt_start(anna, quiz)
        walk_cases(anna, attempt)  # the final's assessed case, always asked
        form = answer_post(attempt)
        assert quiz_services.attempt_submit(anna, attempt.pk, form).attempt.percent == 100
    assert Enrolment.objects.get(user=anna, course_key=course.translation_key).is_completed


def services_complete(user, lesson):
    from courses import services

    services.lesson_complete(user, lesson)


def test_the_demo_has_a_certificate_to_verify(client):
    certificate = Certificate.objects.get(holder__email="police@example.org")
    assert certificate.holder_name == "Jonas Berg"
    consular = CoursePage.objects.get(
        slug="identifying-victims-consular", locale__language_code="en"
    )
    assert certificate.course_key == consular.translation_key
    assert certificate.expires_at is not None  # the course is valid for 24 months
    response = client.get(f"/verify/{certificate.code}/")
    assert "Valid certificate" in response.content.decode()
    assert consular.certificate_validity_months == 24


def test_demo_certificates_rest_on_a_final_assessment():
    """Every demo course that issues certificates ends in a final assessment, and the readiness
    sets require only such courses. Non-punishment in practice and Threat, risk and safe return
    now end in one: Jonas has read every Non-punishment lesson but not taken its assessment, so
    the course is not completed and he holds no certificate of it."""
    from quizzes.models import QuizPage
    from readiness.models import Requirement

    for course in CoursePage.objects.filter(issues_certificate=True):
        assert any(q.is_final_assessment for q in QuizPage.objects.child_of(course).live()), (
            course.title
        )
    required = CoursePage.objects.filter(pk__in=Requirement.objects.values("course"))
    assert required and all(course.issues_certificate for course in required)
    non_punishment = CoursePage.objects.get(slug="non-punishment-principle")
    assert non_punishment.issues_certificate
    assert QuizPage.objects.child_of(non_punishment).live().exists()
    jonas = User.objects.get(email="police@example.org")
    lessons = LessonPage.objects.descendant_of(non_punishment).live()
    read = LessonProgress.objects.filter(
        user=jonas, course_key=non_punishment.translation_key, completed_at__isnull=False
    )
    assert read.count() == lessons.count()
    assert not Enrolment.objects.get(
        user=jonas, course_key=non_punishment.translation_key
    ).is_completed
    assert not Certificate.objects.filter(
        holder=jonas, course_key=non_punishment.translation_key
    ).exists()


def test_the_demo_learners_readiness_makes_sense(client):
    """Anna has read the consular course's first module: not ready, with the course to
    finish. Jonas passed the consular course, but the police's first line requires the
    essentials and non-punishment (and the police courses as they arrive): not ready, the
    non-punishment course down to its final assessment. Amir, a demo police learner, is ready
    and may print a readiness statement."""
    client.force_login(User.objects.get(email="learner@example.org"))
    (anna,) = client.get("/dashboard/").context["readiness"]
    assert not anna.is_ready
    # The consular set: the essentials, the identification course and threat, risk and return.
    assert [item.status for item in anna.items] == ["missing", "missing", "missing"]
    client.force_login(User.objects.get(email="police@example.org"))
    response = client.get("/dashboard/")
    (jonas,) = response.context["readiness"]
    assert jonas.requirement_set.name == "Police — first line" and not jonas.is_ready
    assert {item.status for item in jonas.items} == {"missing"}
    non_punishment = next(
        item for item in jonas.items if item.requirement.course.slug == "non-punishment-principle"
    )
    assert non_punishment.path.enrolled and not non_punishment.path.modules
    assert len(non_punishment.path.final_quizzes) == 1
    client.force_login(User.objects.get(email="amir.haddad@learners.example.org"))
    html = client.get("/dashboard/").content.decode()
    assert "Police — first line" in html and "Print a readiness statement" in html


def test_the_police_learner_sees_the_police_only_scenario_in_lesson_4(client):
    """As the README says: Jonas is through lessons 1-3 of the consular course, so lesson 4,
    the au pair case, opens for him with the scenario only police and migration officers see."""
    course = CoursePage.objects.get(slug="identifying-victims-consular", locale__language_code="en")
    lesson_4 = LessonPage.objects.descendant_of(course).live().order_by("path")[3]
    client.force_login(User.objects.get(email="police@example.org"))
    html = client.get(lesson_4.url).content.decode()
    assert "Case: the au pair offer" in html
    assert "At the border: Marina arrives" in html
    client.force_login(User.objects.get(email="learner@example.org"))
    assert "At the border: Marina arrives" not in client.get(lesson_4.url).content.decode()


def test_the_trainer_finds_analytics_and_quiz_reports_with_months_of_work(client):
    """Fictional learners took the consular course over the last months, through the real
    services: their enrolments spread over several months, two completed it (with a
    certificate each), and both quizzes have passed and failed attempts to report."""
    from quizzes.models import QuizPage

    course = CoursePage.objects.get(slug="identifying-victims-consular", locale__language_code="en")
    client.force_login(User.objects.get(email="trainer@example.org"))
    analytics = client.get(f"/admin/analytics/{course.pk}/").context["analytics"]
    # Lina, Oleksandr and Jonas (police@example.org, a month ago) completed it.
    assert analytics.enrolled >= 8 and analytics.completed == 3
    assert len([month for month in analytics.months if month.enrolled]) >= 5
    assert len([month for month in analytics.months if month.completed]) == 3
    for quiz in QuizPage.objects.descendant_of(course).live():
        report = client.get(f"/admin/quizzes/{quiz.pk}/report/").context["report"]
        assert report.attempts > report.learners >= 3, quiz.title
        assert 0 < report.attempts_passed < report.attempts, quiz.title
    demo_learners = User.objects.filter(email__endswith="@learners.example.org")
    certified = Certificate.objects.filter(
        holder__in=demo_learners, status="valid", course_key=course.translation_key
    )
    assert {c.holder.first_name for c in certified} == {"Lina", "Oleksandr"}
    # Their records tell the same story as their certificates: completed months ago.
    lina = demo_learners.get(first_name="Lina")
    enrolment = Enrolment.objects.get(user=lina, course_key=course.translation_key)
    certificate = certified.get(holder=lina)
    assert (timezone.now() - enrolment.enrolled_at).days >= 150
    assert enrolment.enrolled_at < enrolment.completed_at == certificate.issued_at
    registered = Statement.objects.get(user=lina, verb="registered")
    assert registered.payload["timestamp"].startswith(enrolment.enrolled_at.date().isoformat())


def test_the_demo_reviewer_signs_in_and_reviews_what_the_demo_trainer_submits(client):
    """reviewer@example.org (README's demo table) is a subject-matter expert: signed in, she
    lands on the admin's dashboard, finds the lesson the trainer submitted and approves it."""
    from wagtail.models import TaskState

    reviewer = User.objects.get(email="reviewer@example.org")
    assert list(reviewer.groups.values_list("name", flat=True)) == ["Subject-matter experts"]
    lesson = LessonPage.objects.filter(locale__language_code="sv").live().first()
    assert lesson.get_workflow().name == "Subject-matter review"
    lesson.title = f"{lesson.title} (granskad)"
    lesson.save_revision(user=User.objects.get(email="trainer@example.org"))
    lesson.get_workflow().start(lesson, User.objects.get(email="trainer@example.org"))

    response = client.post(
        "/accounts/login/",
        {"username": "reviewer@example.org", "password": "frontline-demo-2026"},
    )

    # Staff's second step, with the code of the demo's published authenticator key.
    assert response.status_code == 302 and response["Location"] == "/accounts/two-factor/"
    device = reviewer.totpdevice_set.get(confirmed=True)
    assert device.key == seed_demo.DEMO_AUTHENTICATOR_HEX
    response = client.post("/accounts/two-factor/", {"code": code_for(device)})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert lesson.title in client.get("/admin/").content.decode()
    state = TaskState.objects.get(workflow_state__object_id=str(lesson.pk), status="in_progress")
    client.post(f"/admin/pages/workflow/action/{lesson.pk}/approve/{state.pk}/", {"comment": ""})
    assert LessonPage.objects.get(pk=lesson.pk).title == lesson.title
