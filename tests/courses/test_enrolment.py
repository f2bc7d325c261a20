"""A learner enrols in a course; prerequisites are enforced with a clear message."""

import pytest

from courses import services
from courses.models import Enrolment
from tests.factories import make_course, require, swedish_locale


def test_learner_enrols_and_is_taken_to_the_first_lesson(learner_client, learner, course, lessons):
    response = learner_client.post(f"/learn/courses/{course.pk}/enrol/")
    assert response.status_code == 302
    assert response["Location"] == lessons[0].url
    assert Enrolment.objects.filter(user=learner, course_key=course.translation_key).count() == 1


def test_enrolling_twice_keeps_one_enrolment(learner_client, learner, course):
    learner_client.post(f"/learn/courses/{course.pk}/enrol/")
    learner_client.post(f"/learn/courses/{course.pk}/enrol/")
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_enrolling_needs_a_post(learner_client, course):
    assert learner_client.get(f"/learn/courses/{course.pk}/enrol/").status_code == 405


def test_enrolling_in_a_missing_course_is_a_404(learner_client):
    assert learner_client.post("/learn/courses/999999/enrol/").status_code == 404


def test_anonymous_visitor_is_sent_to_sign_in_to_enrol(client, course):
    response = client.post(f"/learn/courses/{course.pk}/enrol/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_prerequisite_blocks_enrolment_with_a_message(learner_client, learner, db):
    basics = make_course(title="Identification basics")
    advanced = make_course(title="Threat and risk assessment")
    require(advanced, basics)

    response = learner_client.post(f"/learn/courses/{advanced.pk}/enrol/", follow=True)

    assert not Enrolment.objects.filter(user=learner).exists()
    html = response.content.decode()
    assert "Complete these courses before you enrol: Identification basics." in html
    assert "not completed yet" in html


def test_prerequisite_met_after_completing_the_required_course(learner, db):
    basics = make_course(modules=1, lessons_per_module=1)
    advanced = make_course()
    require(advanced, basics)
    services.enrolment_create(learner, basics)
    lesson = basics.get_descendants().type(services.LessonPage).specific().get()
    services.lesson_complete(learner, lesson)

    enrolment, created = services.enrolment_create(learner, advanced)

    assert created and enrolment.course == advanced


def test_enrolment_in_swedish_is_the_same_enrolment_as_in_english(learner, course):
    swedish = course.copy_for_translation(swedish_locale())
    swedish.save_revision().publish()
    services.enrolment_create(learner, course)
    _enrolment, created = services.enrolment_create(learner, swedish.specific)
    assert not created
    assert Enrolment.objects.filter(user=learner).count() == 1


@pytest.mark.django_db
def test_course_page_shows_enrol_button_to_signed_in_learner(learner_client, course):
    html = learner_client.get(course.url).content.decode()
    assert "Enrol in this course" in html
    assert f"/learn/courses/{course.pk}/enrol/" in html
