"""A consular officer reads her dashboard in Swedish: the readiness panel names the required
courses, their modules and final assessments in Swedish and links to the Swedish pages, as the
rest of the dashboard does — at no more queries however many requirements there are."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.models import CoursePage
from courses.services import enrolment_create, lesson_complete
from readiness.models import Requirement, RequirementSet
from tests.factories import lessons_of, make_course, make_quiz, single, swedish_locale


def translate(course: CoursePage, title: str) -> CoursePage:
    """Publish a Swedish translation of the course and everything in it ("Modul …")."""
    swedish = None
    for page in [course, *course.get_descendants().specific().order_by("path")]:
        copy = page.copy_for_translation(swedish_locale())
        copy.title = title if page.pk == course.pk else f"SV {page.title}"
        copy.slug = f"sv-{page.slug}"
        copy.save_revision().publish()
        swedish = swedish or copy
    return CoursePage.objects.get(pk=swedish.pk)


@pytest.fixture
def visa_duty(learner):
    identification = make_course(modules=2, lessons_per_module=2, title="Identification")
    make_quiz(identification, [single()], title="Final assessment")
    threats = make_course(modules=1, lessons_per_module=1, title="Threat assessment")
    duty = RequirementSet.objects.create(
        name="Before visa duty", name_sv="Före viseringstjänst", audience=learner.audience
    )
    Requirement.objects.create(requirement_set=duty, course=identification)
    Requirement.objects.create(requirement_set=duty, course=threats)
    return (
        duty,
        (identification, translate(identification, "Identifiera offer")),
        (threats, translate(threats, "Hot- och riskbedömning")),
    )


def test_the_swedish_readiness_panel_is_in_swedish(learner_client, learner, visa_duty):
    _duty, (identification, identification_sv), (threats, threats_sv) = visa_duty
    enrolment_create(learner, identification)
    lesson_complete(learner, lessons_of(identification)[0])

    html = learner_client.get("/sv/dashboard/").content.decode()
    panel = html[html.index('id="readiness-heading"') : html.index('id="in-progress-heading"')]
    assert f'<a href="{identification_sv.url}">Identifiera offer</a>' in panel
    assert f'<a href="{threats_sv.url}">Hot- och riskbedömning</a>' in panel
    # The shortest paths: the module in progress, the rest, the final assessment, to enrol.
    for module in identification.get_children().live().order_by("path"):
        assert f"SV {module.title}" in panel
    assert "SV Final assessment" in panel
    assert f'<a href="{threats_sv.url}">Anmäl dig</a>' in panel
    for english in (identification, threats):
        assert f'href="{english.url}"' not in panel
    assert not re.search(r">(Identification|Threat assessment|Module \d+)<", panel)

    english = learner_client.get("/dashboard/").content.decode()
    assert f'<a href="{identification.url}">Identification</a>' in english


def test_the_panel_costs_the_same_queries_with_more_requirements(
    learner_client, learner, visa_duty
):
    duty = visa_duty[0]

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert learner_client.get("/sv/dashboard/").status_code == 200
        return len(queries)

    count()  # warms per-process caches (site, locales)
    two = count()
    for n in range(3):
        course = make_course(modules=2, lessons_per_module=1, title=f"Course {n}")
        translate(course, f"Kurs {n}")
        Requirement.objects.create(requirement_set=duty, course=course)
    count()  # the new courses' outlines are read into the cache (courses.outline_cache)
    assert count() == two
