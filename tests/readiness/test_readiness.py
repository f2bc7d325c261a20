"""Is this consular officer ready for visa duty? Each requirement of the sets that apply to
their role is met, expiring, within its grace period, too old a version, or missing."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from certificates.models import Certificate
from certificates.services import certificate_issue, certificate_revoke
from readiness.models import Requirement, RequirementSet
from readiness.services import readiness_for, version_key
from tests.factories import AudienceFactory, UserFactory, make_course


@pytest.fixture
def consular_duty(learner):
    """ "Consular staff — before visa duty": identification (2026.1 or later, 30 days' grace)
    and threat assessment; plus a set for the police that must not apply."""
    identification = make_course(modules=1, lessons_per_module=1, title="Identification")
    threats = make_course(modules=1, lessons_per_module=1, title="Threat assessment")
    duty = RequirementSet.objects.create(
        name="Consular staff — before visa duty", audience=learner.audience
    )
    Requirement.objects.create(
        requirement_set=duty, course=identification, minimum_version="2026.1", grace_days=30
    )
    Requirement.objects.create(requirement_set=duty, course=threats)
    police = RequirementSet.objects.create(
        name="Border police", audience=AudienceFactory(slug="police", name="Police")
    )
    Requirement.objects.create(requirement_set=police, course=threats)
    return identification, threats


def statuses(learner):
    (readiness,) = readiness_for(learner)
    return readiness.is_ready, [item.status for item in readiness.items]


def set_dates(certificate, expires_in_days):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() + timedelta(days=expires_in_days)
    )


def test_missing_certificates_mean_not_ready(learner, consular_duty):
    assert statuses(learner) == (False, ["missing", "missing"])


def test_valid_certificates_of_the_right_version_mean_ready(learner, consular_duty):
    identification, threats = consular_duty
    identification.version_label = "2026.2"
    certificate_issue(learner, identification)
    certificate_issue(learner, threats)
    assert statuses(learner) == (True, ["met", "met"])


def test_an_old_course_version_is_not_enough(learner, consular_duty):
    identification, threats = consular_duty
    identification.version_label = "2025.4"
    certificate_issue(learner, identification)
    certificate_issue(learner, threats)
    assert statuses(learner) == (False, ["version_too_old", "met"])
    assert version_key("2026.10") > version_key("2026.9") > version_key("2026.1")


def test_expiring_soon_still_counts_and_says_so(learner, consular_duty):
    identification, threats = consular_duty
    identification.version_label = "2026.1"
    set_dates(certificate_issue(learner, identification), 20)
    certificate_issue(learner, threats)
    assert statuses(learner) == (True, ["expiring", "met"])


def test_within_the_grace_period_after_expiry_is_still_ready(learner, consular_duty):
    identification, threats = consular_duty
    identification.version_label = "2026.1"
    set_dates(certificate_issue(learner, identification), -10)  # 20 days of grace left
    expired_threats = certificate_issue(learner, threats)
    assert statuses(learner) == (True, ["in_grace", "met"])
    set_dates(expired_threats, -1)  # no grace for this one
    assert statuses(learner) == (False, ["in_grace", "expired"])


def test_a_revoked_certificate_does_not_count(learner, consular_duty):
    identification, threats = consular_duty
    identification.version_label = "2026.1"
    certificate_issue(learner, identification)
    certificate_revoke(certificate_issue(learner, threats), UserFactory(), "Withdrawn")
    assert statuses(learner) == (False, ["met", "missing"])


def test_the_dashboard_shows_what_is_missing(learner_client, learner, consular_duty):
    html = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert "Readiness for duty" in html
    assert "Consular staff — before visa duty" in html and "Border police" not in html
    assert "Not ready" in html and "missing: complete this course" in html


def test_readiness_costs_four_queries_however_much_is_held(
    learner, consular_duty, django_assert_num_queries
):
    identification, threats = consular_duty
    certificate_issue(learner, threats)
    with django_assert_num_queries(4):  # sets, requirements, their courses, certificates
        readiness_for(learner)
    with django_assert_num_queries(1):  # the sets are kept in the shared cache since
        readiness_for(learner)


def test_a_requirement_set_changed_in_the_admin_counts_at_once(learner, consular_duty):
    identification, threats = consular_duty
    assert statuses(learner) == (False, ["missing", "missing"])  # read, and now cached
    duty = RequirementSet.objects.get(name="Consular staff — before visa duty")
    Requirement.objects.filter(requirement_set=duty, course=identification).delete()
    assert statuses(learner) == (False, ["missing"])

    certificate_issue(learner, threats)
    assert statuses(learner) == (True, ["met"])
    duty.name = "Consular staff — before any duty"
    duty.save()
    (readiness,) = readiness_for(learner)
    assert readiness.requirement_set.name == "Consular staff — before any duty"

    Requirement.objects.create(requirement_set=duty, course=identification)
    assert statuses(learner) == (False, ["met", "missing"])


def test_trainers_author_requirement_sets_in_the_admin(client, consular_duty):
    from django.contrib.auth.models import Group

    from accounts import roles

    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    client.force_login(trainer)
    listing = client.get("/admin/snippets/readiness/requirementset/")
    assert listing.status_code == 200
    assert "Consular staff — before visa duty" in listing.content.decode()
    assert client.get("/admin/snippets/readiness/requirementset/add/").status_code == 200
