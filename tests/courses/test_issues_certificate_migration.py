"""Migrating a platform that issued a certificate for every completed course: courses with a
live final assessment their rule requires keep issuing; the others stop. Certificates already
issued stay valid, and requirement sets keep their rows (decision 0013)."""

import importlib

from django.apps import apps

from wagtail.models import Revision

import pytest

from certificates.models import Certificate
from certificates.services import certificate_issue
from courses.models import CoursePage
from readiness.models import Requirement, RequirementSet
from tests.factories import UserFactory, make_course, make_quiz, true_false

pytestmark = pytest.mark.django_db

migration = importlib.import_module("courses.migrations.0010_issues_certificate")


def test_the_migration_keeps_assessed_courses_issuing_and_stops_the_others():
    assessed = make_course(modules=1, lessons_per_module=1, title="Identifying victims")
    make_quiz(assessed, [true_false()], title="Final assessment")
    placeholder = make_course(modules=1, lessons_per_module=1, title="Non-punishment")
    module_quiz_only = make_course(modules=1, lessons_per_module=1, title="Threats")
    make_quiz(module_quiz_only.get_children().live().first(), [true_false()])
    unpublished_final = make_course(modules=1, lessons_per_module=1, title="Draft final")
    make_quiz(unpublished_final, [true_false()]).unpublish()
    practice_only = make_course(
        modules=1,
        lessons_per_module=1,
        title="Practice",
        completion_rule=CoursePage.COMPLETION_LESSONS,
    )
    make_quiz(practice_only, [true_false()])
    holder = UserFactory()
    earned = certificate_issue(holder, placeholder)
    duty = RequirementSet.objects.create(name="Police — first line")
    Requirement.objects.create(requirement_set=duty, course=assessed)
    Requirement.objects.create(requirement_set=duty, course=placeholder)
    CoursePage.objects.update(issues_certificate=True)  # as the new column's default left it

    migration.stop_certificates_without_assessment(apps, None)

    issuing = dict(CoursePage.objects.values_list("title", "issues_certificate"))
    assert issuing == {
        "Identifying victims": True,
        "Non-punishment": False,
        "Threats": False,
        "Draft final": False,
        "Practice": False,
    }
    # The editor opens the latest revision: it says the same as the page.
    latest = Revision.objects.get(pk=CoursePage.objects.get(pk=placeholder.pk).latest_revision_id)
    assert latest.content["issues_certificate"] is False
    assert latest.as_object().issues_certificate is False
    # Nothing already issued changes; the set keeps both rows, one of them flagged.
    earned.refresh_from_db()
    assert earned.status == Certificate.Status.VALID
    assert duty.requirements.count() == 2
    duty.refresh_from_db()
    assert "Non-punishment" in duty.needs_attention
