"""A certificate always rests on a summative assessment. Nobody can publish a course that
issues certificates without a final assessment its completion rule requires passed, nor take
the last one away from a live course that issues certificates — unpublish, move or delete it —
answered with a message in the editor, never a 500.

The stories are told by an administrator, who may publish directly: trainers publish through
the Subject-matter review (tests/courses/test_review_workflow.py, where a trainer submitting
such a course is refused the same way)."""

from django.contrib.messages import get_messages

from wagtail.models import Page

import pytest

from courses.models import CoursePage
from quizzes.models import QuizPage
from tests.factories import UserFactory, make_course, make_quiz, true_false

pytestmark = pytest.mark.django_db

NEEDS_ASSESSMENT = "A course that issues certificates needs a published final assessment"
ONLY_ASSESSMENT = "it is the only published final assessment of"


@pytest.fixture
def publisher_client(client):
    client.force_login(UserFactory(role="Administrators"))
    return client


def course_form(course, **changes):
    """The course's editor form as it is sent on *Publish*."""
    fields = {
        "title": course.title,
        "slug": course.slug,
        "summary": course.summary,
        "learning_outcomes-count": "0",
        "estimated_minutes": "45",
        "version_label": "2026.2",
        "completion_rule": course.completion_rule,
        "issues_certificate": "on",
        "certificate_validity_months": "24",
        "refresher_for": "",
        "prerequisites-TOTAL_FORMS": "0",
        "prerequisites-INITIAL_FORMS": "0",
        "prerequisites-MIN_NUM_FORMS": "0",
        "prerequisites-MAX_NUM_FORMS": "1000",
        "action-publish": "publish",
    }
    fields.update(changes)
    return {name: value for name, value in fields.items() if value is not None}


def publish_edit(client, course, **changes):
    return client.post(f"/admin/pages/{course.pk}/edit/", course_form(course, **changes))


def messages_of(response) -> str:
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def test_publishing_a_certificate_course_without_a_final_assessment_is_refused(publisher_client):
    course = make_course(modules=1, lessons_per_module=1, title="Non-punishment in practice")
    module = course.get_children().live().first()
    make_quiz(module, [true_false()], title="Module check")  # practice, not final

    response = publish_edit(publisher_client, course, version_label="2026.3")

    assert response.status_code == 200
    assert NEEDS_ASSESSMENT in response.content.decode()
    course.refresh_from_db()
    assert course.version_label != "2026.3"  # nothing published


def test_a_draft_may_be_saved_before_the_assessment_exists(publisher_client):
    """The final assessment is a page under the course: the course is saved first."""
    course = make_course(modules=1, lessons_per_module=1)
    response = publish_edit(publisher_client, course, **{"action-publish": None})
    assert response.status_code == 302, response.content.decode()[:2000]


def test_publishing_is_allowed_once_the_final_assessment_is_published(publisher_client):
    course = make_course(modules=1, lessons_per_module=1)
    make_quiz(course, [true_false()], title="Final assessment")

    response = publish_edit(publisher_client, course, version_label="2026.3")

    assert response.status_code == 302, response.content.decode()[:2000]
    course.refresh_from_db()
    assert course.version_label == "2026.3" and course.issues_certificate


def test_a_certificate_course_must_require_its_assessment_passed(publisher_client):
    course = make_course(modules=1, lessons_per_module=1)
    make_quiz(course, [true_false()], title="Final assessment")

    response = publish_edit(publisher_client, course, completion_rule=CoursePage.COMPLETION_LESSONS)

    assert response.status_code == 200
    assert "must require its final assessment passed" in response.content.decode()


def test_a_course_that_issues_no_certificate_publishes_without_an_assessment(publisher_client):
    course = make_course(modules=1, lessons_per_module=1)
    response = publish_edit(
        publisher_client,
        course,
        issues_certificate=None,
        completion_rule=CoursePage.COMPLETION_LESSONS,
        version_label="2026.3",
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    course.refresh_from_db()
    assert not course.issues_certificate and course.version_label == "2026.3"


@pytest.fixture
def certified_course():
    course = make_course(modules=1, lessons_per_module=1, title="Identifying victims")
    final = make_quiz(course, [true_false()], title="Final assessment")
    return course, final


def test_unpublishing_the_last_final_assessment_is_refused(publisher_client, certified_course):
    course, final = certified_course

    response = publisher_client.post(f"/admin/pages/{final.pk}/unpublish/")

    assert response.status_code == 302
    assert response.url == f"/admin/pages/{final.pk}/edit/"
    assert ONLY_ASSESSMENT in messages_of(response)
    assert "Identifying victims" in messages_of(response)
    final.refresh_from_db()
    assert final.live


def test_deleting_the_last_final_assessment_is_refused(publisher_client, certified_course):
    _course, final = certified_course

    response = publisher_client.post(f"/admin/pages/{final.pk}/delete/")

    assert response.status_code == 302
    assert ONLY_ASSESSMENT in messages_of(response)
    assert QuizPage.objects.filter(pk=final.pk, live=True).exists()


def test_moving_the_last_final_assessment_into_a_module_is_refused(
    publisher_client, certified_course
):
    course, final = certified_course
    module = course.get_children().live().exclude(pk=final.pk).first()

    response = publisher_client.post(f"/admin/pages/{final.pk}/move/{module.pk}/confirm/")

    assert response.status_code == 302
    assert ONLY_ASSESSMENT in messages_of(response)
    assert Page.objects.get(pk=final.pk).get_parent().pk == course.pk


def test_a_second_final_assessment_may_be_unpublished(publisher_client, certified_course):
    course, _final = certified_course
    retake = make_quiz(course, [true_false()], title="Final assessment (resit)")

    response = publisher_client.post(f"/admin/pages/{retake.pk}/unpublish/")

    assert response.status_code == 302 and ONLY_ASSESSMENT not in messages_of(response)
    retake.refresh_from_db()
    assert not retake.live


def test_the_assessment_of_a_course_without_certificates_may_be_unpublished(publisher_client):
    course = make_course(modules=1, lessons_per_module=1, issues_certificate=False)
    final = make_quiz(course, [true_false()], title="Practice assessment")

    publisher_client.post(f"/admin/pages/{final.pk}/unpublish/")

    final.refresh_from_db()
    assert not final.live


def test_bulk_deleting_every_final_assessment_is_refused(publisher_client, certified_course):
    """The explorer's bulk actions follow the same rule, for the selection as a whole."""
    course, final = certified_course
    resit = make_quiz(course, [true_false()], title="Final assessment (resit)")

    response = publisher_client.post(
        f"/admin/bulk/wagtailcore/page/delete/?id={final.pk}&id={resit.pk}"
    )

    assert response.status_code == 302
    assert "the selection holds the only published final assessment" in messages_of(response)
    assert QuizPage.objects.live().filter(pk__in=[final.pk, resit.pk]).count() == 2


def test_bulk_publishing_a_certificate_course_without_assessment_is_refused(publisher_client):
    course = make_course(modules=1, lessons_per_module=1, title="Threat and risk assessment")
    course.title = "Threat and risk assessment (revised)"
    course.save_revision()

    response = publisher_client.post(f"/admin/bulk/wagtailcore/page/publish/?id={course.pk}")

    assert response.status_code == 302
    assert "Nothing was published" in messages_of(response)
    course.refresh_from_db()
    assert course.title == "Threat and risk assessment"
