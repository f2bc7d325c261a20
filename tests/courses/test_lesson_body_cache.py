"""A learner's lesson body is rendered once per lesson, role and language and kept in the shared
cache (courses/templatetags/lesson_body_tags.py), never stale: a branching case is still each
learner's own, and a republished lesson, a role's own part, a translation and an edited
reference fact are read at once."""

from datetime import date
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from courses import services
from courses.models import ReferenceFact
from courses.templatetags import lesson_body_tags
from tests.courses.test_branching_lesson import Player, marina
from tests.factories import (
    AudienceFactory,
    UserFactory,
    make_course,
    make_lesson,
    make_module,
)


def reader(client, course, **fields):
    person = UserFactory(**fields)
    services.enrolment_create(person, course)
    client.force_login(person)
    return person


def body_text(client, lesson) -> str:
    response = client.get(lesson.url)
    assert response.status_code == 200
    body = BeautifulSoup(response.content, "html.parser").find(class_="lesson-body")
    return body.get_text(" ", strip=True)


@pytest.fixture
def course(db):
    return make_course(modules=0)


def test_the_body_is_rendered_once_for_every_learner_of_a_role(client, course):
    lesson = make_lesson(
        make_module(course),
        body=[
            ("text", "<p>Recruiters often promise ordinary work.</p>"),
            ("key_takeaways", {"heading": "Key takeaways", "points": ["Look for combinations"]}),
        ],
    )
    rendered = mock.patch.object(lesson_body_tags, "_render", wraps=lesson_body_tags._render)
    with rendered as render:
        reader(client, course)
        assert "Recruiters often promise ordinary work." in body_text(client, lesson)
        assert render.call_count == 2  # each block once
        reader(client, course)
        assert "Look for combinations" in body_text(client, lesson)
        assert render.call_count == 2  # the second learner read it from the cache


def test_a_republished_lesson_is_read_at_once(client, course):
    lesson = make_lesson(make_module(course), body=[("text", "<p>The first wording.</p>")])
    reader(client, course)
    assert "The first wording." in body_text(client, lesson)

    lesson.body = [("text", "<p>The reviewed wording.</p>")]
    lesson.save_revision().publish()
    text = body_text(client, lesson)
    assert "The reviewed wording." in text and "The first wording." not in text


def test_each_role_reads_its_own_part(client, course):
    consular = AudienceFactory(slug="consular-staff", name="Consular staff")
    police = AudienceFactory(slug="police", name="Police")
    lesson = make_lesson(
        make_module(course),
        body=[
            ("text", "<p>For everyone.</p>"),
            (
                "audience_variant",
                {"audiences": ["consular-staff"], "content": [("text", "<p>At the window.</p>")]},
            ),
            (
                "audience_variant",
                {"audiences": ["police"], "content": [("text", "<p>At the roadside.</p>")]},
            ),
        ],
    )
    reader(client, course, audience=consular)
    text = body_text(client, lesson)
    assert "At the window." in text and "At the roadside." not in text
    reader(client, course, audience=police)
    text = body_text(client, lesson)
    assert "At the roadside." in text and "At the window." not in text
    reader(client, course)  # no role: the shared part only
    text = body_text(client, lesson)
    assert "For everyone." in text and "At the" not in text


def test_a_branching_case_stays_each_learners_own(client, course):
    lesson = make_lesson(
        make_module(course),
        body=[("text", "<p>Before the case.</p>"), ("branching_case", marina())],
    )
    case_id = str(lesson.body[1].id)
    reader(client, course)
    first = Player(client, lesson)
    first.choose(case_id, "Speak with her alone")
    assert "You chose: Speak with her alone" in first.case(case_id).get_text(" ", strip=True)

    reader(client, course)
    second = Player(client, lesson)
    text = second.case(case_id).get_text(" ", strip=True)
    assert "You chose" not in text
    assert "A man who calls himself her cousin holds her passport." in text
    assert "Before the case." in body_text(client, lesson)


def test_an_edited_reference_fact_is_read_at_once(client, course):
    line = ReferenceFact.objects.create(
        label="Support line for professionals",
        kind=ReferenceFact.HELPLINE,
        fact="<p>Weekdays in office hours.</p>",
        as_of=date(2026, 3, 1),
    )
    lesson = make_lesson(
        make_module(course),
        body=[("reference_facts", {"title": "", "facts": [line], "note": ""})],
    )
    reader(client, course)
    assert "Weekdays in office hours." in body_text(client, lesson)

    line.fact = "<p>Every day, around the clock.</p>"
    line.save()
    text = body_text(client, lesson)
    assert "Every day, around the clock." in text and "Weekdays" not in text
