"""Progress, resume where you left off, course completion and the dashboard."""

from courses import services
from courses.models import Enrolment
from tests.factories import UserFactory, make_course


def complete(user, lessons):
    for lesson in lessons:
        services.lesson_complete(user, lesson)


def test_progress_percentage_counts_completed_lessons(learner_client, enrolled, course, lessons):
    complete(enrolled, lessons[:1])
    html = learner_client.get(course.url).content.decode()
    assert "25% complete (1 of 4 steps)" in html
    assert 'value="25"' in html


def test_resume_returns_to_the_lesson_last_opened(learner_client, enrolled, course, lessons):
    complete(enrolled, lessons[:2])
    learner_client.get(lessons[2].url)
    learner_client.get(lessons[0].url)  # re-reading an earlier, finished lesson

    html = learner_client.get(course.url).content.decode()

    # The last lesson opened is finished, so "Continue" goes to the next one to do.
    assert f"Continue: {lessons[2].title}" in html
    learner_client.get(lessons[2].url)
    assert f'href="{lessons[2].url}"' in learner_client.get(course.url).content.decode()


def test_last_lesson_completes_the_course(learner_client, enrolled, course, lessons):
    complete(enrolled, lessons[:3])
    response = learner_client.post(f"/learn/lessons/{lessons[3].pk}/complete/", follow=True)
    enrolment = Enrolment.objects.get(user=enrolled)
    assert enrolment.completed_at is not None
    assert "You have completed" in response.content.decode()
    assert response.redirect_chain[-1][0] == "/dashboard/"


def test_course_is_not_completed_while_a_lesson_remains(enrolled, lessons):
    complete(enrolled, lessons[:3])
    assert Enrolment.objects.get(user=enrolled).completed_at is None


def test_dashboard_lists_courses_with_progress_and_what_is_next(
    learner_client, enrolled, course, lessons
):
    other = make_course(modules=1, lessons_per_module=1, title="Non-punishment basics")
    services.enrolment_create(enrolled, other)
    complete(enrolled, lessons[:2])
    complete(enrolled, [other.get_descendants().type(services.LessonPage).specific().get()])

    html = learner_client.get("/dashboard/").content.decode()

    assert "50% complete (2 of 4 steps)" in html
    assert lessons[2].title in html  # what is next
    completed_section = html[html.index('id="completed-heading"') :]
    assert "Non-punishment basics" in completed_section


def test_dashboard_needs_sign_in(client):
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/dashboard/"


def test_learner_never_sees_another_learners_progress(client, enrolled, course, lessons):
    complete(enrolled, lessons[:3])
    colleague = UserFactory()
    client.force_login(colleague)

    dashboard = client.get("/dashboard/").content.decode()
    course_page = client.get(course.url).content.decode()

    assert course.title not in dashboard
    assert "You are not taking any course right now." in dashboard
    assert "75% complete" not in course_page
    assert "Enrol in this course" in course_page
