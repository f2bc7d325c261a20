"""Lessons are read in order; a locked lesson explains why instead of a bare 404."""

from courses.models import LessonProgress


def test_not_enrolled_learner_is_sent_to_the_course_page_with_a_message(
    learner_client, course, lessons
):
    response = learner_client.get(lessons[0].url, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    assert "to read its lessons" in response.content.decode()


def test_anonymous_visitor_is_sent_to_sign_in(client, lessons):
    response = client.get(lessons[0].url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_first_lesson_is_open_and_later_ones_are_locked(learner_client, enrolled, lessons):
    assert learner_client.get(lessons[0].url).status_code == 200
    response = learner_client.get(lessons[2].url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "This lesson is not open yet" in html
    assert f"Finish “{lessons[0].title}” first." in html
    assert lessons[0].url in html


def test_completing_a_lesson_opens_the_next_one(learner_client, enrolled, lessons):
    response = learner_client.post(f"/learn/lessons/{lessons[0].pk}/complete/")
    assert response.status_code == 302
    assert response["Location"] == lessons[1].url
    assert learner_client.get(lessons[1].url).status_code == 200
    assert learner_client.get(lessons[2].url).status_code == 403


def test_completing_a_locked_lesson_is_refused_and_records_nothing(
    learner_client, enrolled, lessons
):
    response = learner_client.post(f"/learn/lessons/{lessons[3].pk}/complete/")
    assert response.status_code == 400
    assert "Finish" in response.content.decode()
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_completing_twice_counts_once(learner_client, enrolled, lessons):
    learner_client.post(f"/learn/lessons/{lessons[0].pk}/complete/")
    learner_client.post(f"/learn/lessons/{lessons[0].pk}/complete/")
    assert LessonProgress.objects.filter(user=enrolled, completed_at__isnull=False).count() == 1


def test_trainer_reads_any_lesson_without_sequencing(client, lessons):
    from tests.factories import UserFactory

    client.force_login(UserFactory(role="Trainers"))
    response = client.get(lessons[3].url)
    assert response.status_code == 200
    assert "Trainer view" in response.content.decode()
