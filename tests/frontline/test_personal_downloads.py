"""Whatever holds one person's data — their data export, certificate PDF and credential,
readiness statement, a manager's member list and CSV, the staff's quiz, analytics and
certificate exports — reaches the browser marked ``private, no-store``: no shared proxy or
browser cache keeps a copy for the next person at that computer."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from accounts import roles
from quizzes.models import QuizPage
from readiness.models import Requirement, RequirementSet
from readiness.services import statement_issue
from tests.certificates.conftest import complete, make_assessed_course
from tests.factories import UserFactory


def assert_not_stored(response):
    assert response.status_code == 200, response
    cache_control = response.get("Cache-Control", "")
    assert {"private", "no-store"} <= {d.strip() for d in cache_control.split(",")}, cache_control


@pytest.fixture
def holder(learner):
    """A learner with a certificate, a readiness statement and a manager."""
    course = make_assessed_course()
    learner.course = course
    learner.certificate = complete(learner, course)
    duty = RequirementSet.objects.create(name="Before visa duty", audience=learner.audience)
    Requirement.objects.create(requirement_set=duty, course=course)
    learner.statement = statement_issue(learner, duty.pk)
    learner.organisation.managers.add(UserFactory(organisation=learner.organisation))
    return learner


def test_a_learners_own_downloads_are_never_stored(client, holder):
    client.force_login(holder)
    code = holder.certificate.code
    for url in [
        reverse("accounts:my_data_export"),
        reverse("certificates:pdf", args=[code]),
        reverse("certificates:credential", args=[code, "jwt"]),
        reverse("certificates:credential", args=[code, "json"]),
        reverse("readiness:statement", args=[holder.statement.code]),
    ]:
        assert_not_stored(client.get(url))


def test_a_managers_member_list_and_csv_are_never_stored(client, holder):
    organisation = holder.organisation
    client.force_login(organisation.managers.get())
    assert_not_stored(client.get(reverse("organisations:members", args=[organisation.pk])))
    assert_not_stored(client.get(reverse("organisations:members-csv", args=[organisation.pk])))


def test_staff_exports_are_never_stored(client, holder):
    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    client.force_login(trainer)
    quiz = QuizPage.objects.descendant_of(holder.course).first()
    for rows in ("attempts", "questions"):
        assert_not_stored(client.get(reverse("quizzes_report_csv", args=[quiz.pk]), {"rows": rows}))
    assert_not_stored(
        client.get(reverse("analytics_course_csv", args=[holder.course.pk, "funnel"]))
    )
    officer = UserFactory()
    officer.groups.add(Group.objects.get(name=roles.CERTIFYING_BODIES))
    client.force_login(officer)
    assert_not_stored(client.get(reverse("certificates_admin:index"), {"export": "csv"}))
