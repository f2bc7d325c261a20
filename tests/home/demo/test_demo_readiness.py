"""The demo's readiness for every audience (issue 16, item 8): seed_demo seeds the curriculum's
readiness sets as far as their courses exist (judges' as a recommended path), adds a course to
its sets when it arrives, and plays fictional police officers, migration officers, prosecutors
and judges through their sets' courses — so each role's *My learning*, the managers' pages and
the trainer's analytics and quiz reports tell believable stories."""

from django.core.management import call_command

import pytest

from accounts.models import User
from certificates.models import Certificate
from courses.models import CoursePage, Enrolment
from home.management.commands.seed_demo import REQUIREMENT_SETS, Command
from quizzes.models import QuizAttempt, QuizPage
from readiness.models import Requirement, RequirementSet
from readiness.services import readiness_for
from tracking.models import Statement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]

K0, NP = "trafficking-essentials", "non-punishment-principle"
M1 = "identification-in-migration-cases"


def english(slug):
    return CoursePage.objects.filter(slug=slug, locale__language_code="en").first()


def courses_of(requirement_set):
    return [row.course.slug for row in requirement_set.requirements.select_related("course").all()]


def test_every_audience_has_its_set_with_its_courses_as_far_as_they_exist():
    for name, name_sv, audience, recommended, requirements in REQUIREMENT_SETS:
        requirement_set = RequirementSet.objects.get(name=name)
        assert requirement_set.name_sv == name_sv and requirement_set.audience.slug == audience
        assert requirement_set.recommended is recommended
        present = [slug for slug, *_rest in requirements if english(slug) is not None]
        assert courses_of(requirement_set) == present, name
    assert [s.name for s in RequirementSet.objects.filter(recommended=True)] == [
        "Judges — recommended path"
    ]
    police = RequirementSet.objects.get(name="Police — first line")
    assert courses_of(police)[0] == K0 and courses_of(police)[-1] == NP
    assert not RequirementSet.objects.filter(name="Border police — first line").exists()


def test_a_course_that_arrives_later_joins_its_sets_in_order_and_nothing_is_duplicated():
    """A course not on the catalogue is skipped; the seed that finds it adds it in its place."""
    migration = RequirementSet.objects.get(name__startswith="Migration officers")
    whole = courses_of(migration)
    assert whole[:2] == [K0, M1] and whole[-1] == NP
    m1 = english(M1)
    Requirement.objects.filter(requirement_set=migration, course=m1).delete()
    rows_before = Requirement.objects.count() + 1
    seed = Command()
    others = [slug for slug in whole if slug != M1]
    seed.seed_requirement_sets({slug: english(slug) for slug in others})
    assert courses_of(migration) == others  # M1 "not written yet"
    seed.seed_requirement_sets({slug: english(slug) for slug in whole})
    assert courses_of(migration) == whole  # it arrived: in its place, after K0
    call_command("seed_demo", verbosity=0)
    assert Requirement.objects.count() == rows_before
    assert RequirementSet.objects.count() == len(REQUIREMENT_SETS)


def test_a_database_seeded_before_keeps_its_police_set_renamed():
    """The border police's set (the consular course only) becomes the police's first line."""
    police = RequirementSet.objects.get(name="Police — first line")
    police.name, police.name_sv = "Border police — first line", "Gränspolis — första linjen"
    police.save()
    Requirement.objects.create(
        requirement_set=police, course=english("identifying-victims-consular"), grace_days=30
    )
    call_command("seed_demo", verbosity=0)
    police.refresh_from_db()
    assert (police.name, police.name_sv) == ("Police — first line", "Polis — första linjen")
    assert "identifying-victims-consular" not in courses_of(police)
    assert RequirementSet.objects.filter(audience__slug="police").count() == 1


def readiness_of(email):
    return readiness_for(User.objects.get(email=email))


@pytest.mark.parametrize(
    ("email", "organisation"),
    [
        ("amir.haddad@learners.example.org", "Police Region Stockholm (demo)"),
        ("leila.ahmadi@learners.example.org", "Migration Agency, Malmö office (demo)"),
        ("ingrid.falk@learners.example.org", "Prosecution Office, Gothenburg (demo)"),
    ],
)
def test_in_each_role_someone_is_ready_after_failing_a_final_assessment_once(email, organisation):
    learner = User.objects.get(email=email)
    assert learner.organisation.name == organisation and learner.organisation.name.endswith(
        "(demo)"
    )
    (ready,) = readiness_of(email)
    assert ready.is_ready and not ready.is_recommended
    failed = QuizAttempt.objects.filter(user=learner, passed=False)
    assert failed.exists()
    # Certificates issued by the services at the pass that completed each course.
    held = Certificate.objects.filter(holder=learner, status="valid")
    assert held.count() == len(ready.items)
    assert Statement.objects.filter(user=learner, verb="passed").count() >= held.count() > 0


@pytest.mark.parametrize(
    "email",
    [
        "petra.nilsson@learners.example.org",
        "johan.wikstrom@learners.example.org",
        "tobias.rahman@learners.example.org",
    ],
)
def test_in_each_role_someone_is_part_way(email):
    (ready,) = readiness_of(email)
    assert not ready.is_ready and 0 < ready.done < ready.total


@pytest.mark.parametrize(
    "email",
    [
        "viktor.lund@learners.example.org",
        "gustav.lind@learners.example.org",
        "nils.hedlund@learners.example.org",
        "sanna.oberg@learners.example.org",
    ],
)
def test_in_each_role_someone_has_not_started(email):
    learner = User.objects.get(email=email)
    (ready,) = readiness_of(email)
    assert ready.done == 0
    (enrolment,) = Enrolment.objects.filter(user=learner)
    assert not learner.lesson_progress.filter(completed_at__isnull=False).exists()
    assert enrolment.course.slug == K0


def test_judges_follow_a_recommended_path_that_never_makes_them_not_ready(client):
    eva = User.objects.get(email="eva.lindahl@learners.example.org")
    (path,) = readiness_for(eva)
    assert path.is_recommended and path.is_complete and not path.is_ready
    client.force_login(eva)
    html = client.get("/dashboard/").content.decode()
    assert f"Recommended path: {path.total} of {path.total} done" in html
    assert "Not ready" not in html and "Print a readiness statement" not in html
    assert QuizAttempt.objects.filter(user=eva, passed=False).exists()  # failed once
    karl = User.objects.get(email="karl.bergstrom@learners.example.org")
    (path,) = readiness_for(karl)
    assert path.done == 0 and path.missing == [] and not path.is_ready


@pytest.mark.parametrize("slug", [K0, NP, M1])
def test_the_trainer_sees_a_believable_spread_in_the_curriculum_quiz_reports(client, slug):
    """Passes, fails and retakes by several learners, and questions that are harder than
    others, in the final assessments of the essentials, non-punishment and migration courses."""
    course = english(slug)
    final = QuizPage.objects.child_of(course).live().get()
    client.force_login(User.objects.get(email="trainer@example.org"))
    report = client.get(f"/admin/quizzes/{final.pk}/report/").context["report"]
    assert report.learners >= 3 and report.attempts > report.learners, slug
    assert 0 < report.attempts_passed < report.attempts, slug
    shares = {question.percent_correct for question in report.questions if question.answered}
    assert len(shares) >= 3 and min(shares) < 100 and 100 in shares, slug
    analytics = client.get(f"/admin/analytics/{course.pk}/").context["analytics"]
    assert analytics.enrolled >= 3 and analytics.completed >= 2, slug
    assert len([month for month in analytics.months if month.enrolled]) >= 2, slug
