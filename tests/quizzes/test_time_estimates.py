"""A quiz takes time too: the course outline, the dashboard and the shortest path to ready
count it next to the reading, so a learner with only the final assessment left is never told
"about 0 minutes"."""

import pytest

from courses import services as course_services
from readiness.models import Requirement, RequirementSet
from tests.factories import lessons_of, make_course, make_quiz, short_answer, single, true_false


@pytest.fixture
def course(learner):
    """Two lessons of 10 minutes and a final assessment the trainer reckons at 15; required
    for the learner's duty."""
    course = make_course(modules=1, lessons_per_module=2, title="Identification")
    make_quiz(course, [single(), true_false()], title="Final assessment", estimated_minutes=15)
    duty = RequirementSet.objects.create(name="Before visa duty", audience=learner.audience)
    Requirement.objects.create(requirement_set=duty, course=course)
    return course


def test_the_shortest_path_counts_reading_and_the_final_assessment(learner_client, course):
    dashboard = learner_client.get("/dashboard/").content.decode()
    assert "Shortest path: 2 steps, about 35 minutes (20 of reading, 15 for quizzes)." in dashboard


def test_with_only_the_final_assessment_left_the_learner_is_told_how_long_it_takes(
    learner, learner_client, course
):
    course_services.enrolment_create(learner, course)
    for lesson in lessons_of(course):
        course_services.lesson_complete(learner, lesson)
    dashboard = learner_client.get("/dashboard/").content.decode()
    assert "Time left: about 15 minutes for quizzes" in dashboard
    assert "Shortest path: 1 step, about 15 minutes for quizzes." in dashboard
    assert "about 0 minutes" not in dashboard.lower()
    outline = learner_client.get(course.url).content.decode()
    assert "Quiz open · about 15 minutes" in " ".join(outline.split())
    quiz_page = learner_client.get(course.get_children().live().last().url).content.decode()
    assert "It takes about 15 minutes." in quiz_page


def test_without_the_trainers_estimate_a_quiz_takes_two_minutes_a_question(course):
    module = course.get_children().live().first().specific
    three = [single(), true_false(), short_answer("NMR")]
    assert make_quiz(module, three).expected_minutes == 6
    assert make_quiz(module, three, draw_count=2).expected_minutes == 4
    assert make_quiz(module, three, time_limit_minutes=5).expected_minutes == 5  # at most
    assert make_quiz(module, three, estimated_minutes=12).expected_minutes == 12
