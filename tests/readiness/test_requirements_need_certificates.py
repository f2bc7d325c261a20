"""A requirement set asks for certificates, and a certificate rests on an assessment: a trainer
cannot require a course that issues none, and a set kept from before the rule that does is
flagged in the admin listing."""

import pytest

from readiness.models import Requirement, RequirementSet
from tests.factories import UserFactory, make_course, make_quiz, true_false

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client):
    client.force_login(UserFactory(role="Trainers"))
    return client


def set_form(course, name="Police — first line"):
    return {
        "name": name,
        "name_sv": "",
        "audience": "",
        "requirements-TOTAL_FORMS": "1",
        "requirements-INITIAL_FORMS": "0",
        "requirements-MIN_NUM_FORMS": "1",
        "requirements-MAX_NUM_FORMS": "1000",
        "requirements-0-course": str(course.pk),
        "requirements-0-minimum_version": "",
        "requirements-0-grace_days": "0",
        "requirements-0-ORDER": "1",
        "requirements-0-id": "",
        "requirements-0-DELETE": "",
    }


ADD_URL = "/admin/snippets/readiness/requirementset/add/"


def test_a_requirement_set_refuses_a_course_that_issues_no_certificate(trainer_client):
    placeholder = make_course(title="Non-punishment in practice", issues_certificate=False)

    response = trainer_client.post(ADD_URL, set_form(placeholder))

    assert response.status_code == 200
    html = response.content.decode()
    assert "issues no certificate, so it cannot be required" in html
    assert not RequirementSet.objects.exists()


def test_a_requirement_set_accepts_a_course_ending_in_an_assessment(trainer_client):
    course = make_course(title="Identifying victims")
    make_quiz(course, [true_false()], title="Final assessment")

    response = trainer_client.post(ADD_URL, set_form(course))

    assert response.status_code == 302, response.content.decode()[:3000]
    assert RequirementSet.objects.get().requirements.get().course == course


def test_a_set_kept_from_before_the_rule_is_flagged_in_the_listing(trainer_client):
    placeholder = make_course(title="Threat and risk assessment", issues_certificate=False)
    kept = RequirementSet.objects.create(name="Consular staff — before visa duty")
    Requirement.objects.create(requirement_set=kept, course=placeholder)
    fine = RequirementSet.objects.create(name="Border police — first line")
    Requirement.objects.create(requirement_set=fine, course=make_course(title="Identification"))

    html = trainer_client.get("/admin/snippets/readiness/requirementset/").content.decode()

    assert "Needs attention" in html
    assert "Requires courses that issue no certificate: Threat and risk assessment" in html
    assert html.count("Requires courses that issue no certificate") == 1
