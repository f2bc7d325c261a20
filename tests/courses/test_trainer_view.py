"""The trainer view (every lesson open, every audience variant shown) is for those who may edit
the course. A certifying body, who enters the admin only for certificates, reads a course like
any other learner: enrol first, lessons in order."""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission

import pytest

from accounts import roles
from courses import services
from tests.factories import UserFactory, make_course, make_quiz, single


@pytest.fixture
def officer(db):
    return UserFactory(role=roles.CERTIFYING_BODIES)


def test_a_certifying_body_not_enrolled_is_sent_to_the_course_page(
    client, officer, course, lessons
):
    client.force_login(officer)
    response = client.get(lessons[3].url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_a_certifying_body_enrolled_reads_in_order_without_the_trainer_view(
    client, officer, course, lessons
):
    services.enrolment_create(officer, course)
    client.force_login(officer)
    first = client.get(lessons[0].url)
    assert first.status_code == 200
    assert "Trainer view" not in first.content.decode()
    assert client.get(lessons[3].url).status_code == 403


def test_a_certifying_body_gets_no_trainer_view_of_a_quiz(client, officer, course):
    module = course.get_children().live().first().specific
    quiz = make_quiz(module, [single()])
    client.force_login(officer)
    response = client.get(quiz.url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_a_trainer_of_one_course_only_reviews_that_course(client, course, lessons):
    other = make_course(modules=1, lessons_per_module=1)
    group = Group.objects.create(name="Trainers of one course")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=other, permission=Permission.objects.get(codename="change_page")
    )
    trainer = UserFactory()
    trainer.groups.add(group)
    client.force_login(trainer)
    other_lesson = other.get_children().first().get_children().first()
    reviewed = client.get(other_lesson.url)
    assert reviewed.status_code == 200 and "Trainer view" in reviewed.content.decode()
    # Not an editor of this course: it is a course like any other.
    assert client.get(lessons[3].url).status_code == 302


def test_a_trainer_reviews_a_quiz_without_enrolling(client, course):
    module = course.get_children().live().first().specific
    quiz = make_quiz(module, [single()])
    client.force_login(UserFactory(role=roles.TRAINERS))
    response = client.get(quiz.url)
    assert response.status_code == 200
    assert "Trainer view" in response.content.decode()


def test_an_enrolled_trainer_still_reads_every_lesson_in_the_trainer_view(client, course, lessons):
    trainer = UserFactory(role=roles.TRAINERS)
    services.enrolment_create(trainer, course)
    client.force_login(trainer)
    response = client.get(lessons[3].url)
    assert response.status_code == 200
    assert "Trainer view" in response.content.decode()


def test_an_enrolled_trainer_takes_a_quiz_as_learners_do(client, course, lessons):
    module = course.get_children().live().first().specific
    quiz = make_quiz(module, [single()])
    trainer = UserFactory(role=roles.TRAINERS)
    services.enrolment_create(trainer, course)
    for lesson in lessons[:2]:
        services.lesson_complete(trainer, lesson)
    client.force_login(trainer)
    html = client.get(quiz.url).content.decode()
    assert "Trainer view" not in html
    assert "Start the quiz" in html
