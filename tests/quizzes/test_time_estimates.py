"""A quiz takes time too: the course outline, the dashboard and the shortest path to ready
count it next to the reading, so a learner with only the final assessment left is never told
"about 0 minutes"."""

import pytest

from courses import services as course_services
from courses.models import CoursePage
from readiness.models import Requirement, RequirementSet
from tests.factories import (
    lessons_of,
    make_course,
    make_lesson,
    make_quiz,
    scenario,
    short_answer,
    single,
    true_false,
)

# 1,500 words: ten minutes at the platform's 150 words a minute.
TEN_MINUTES = [("text", "<p>" + "indicator " * 1500 + "</p>")]
# Six scenarios of one 100-word case and two true/false parts each: 6 × (40 + 2 × 30) s.
SCENARIOS = [
    scenario(
        ("Is this an indicator?", true_false(True)),
        ("Is it proof?", true_false(False)),
        case="<p>" + "situation " * 100 + "</p>",
    )
] * 6


@pytest.fixture
def course(learner):
    """Two lessons of 10 minutes and a final assessment of six scenarios (10 minutes);
    required for the learner's duty."""
    course = make_course(modules=1, lessons_per_module=0, title="Identification")
    module = course.get_children().live().first()
    make_lesson(module, body=TEN_MINUTES)
    make_lesson(module, body=TEN_MINUTES)
    make_quiz(course, SCENARIOS, title="Final assessment")
    duty = RequirementSet.objects.create(name="Before visa duty", audience=learner.audience)
    Requirement.objects.create(requirement_set=duty, course=course)
    return course


def test_the_shortest_path_counts_reading_and_the_final_assessment(learner_client, course):
    dashboard = learner_client.get("/dashboard/").content.decode()
    assert "Shortest path: 2 steps, about 30 minutes (20 of reading, 10 for quizzes)." in dashboard


def test_with_only_the_final_assessment_left_the_learner_is_told_how_long_it_takes(
    learner, learner_client, course
):
    course_services.enrolment_create(learner, course)
    for lesson in lessons_of(course):
        course_services.lesson_complete(learner, lesson)
    dashboard = learner_client.get("/dashboard/").content.decode()
    assert "Time left: about 10 minutes for quizzes" in dashboard
    assert "Shortest path: 1 step, about 10 minutes for quizzes." in dashboard
    assert "about 0 minutes" not in dashboard.lower()
    outline = learner_client.get(course.url).content.decode()
    assert "Quiz open · about 10 minutes" in " ".join(outline.split())
    quiz_page = learner_client.get(course.get_children().live().last().url).content.decode()
    assert "It takes about 10 minutes." in quiz_page


def test_a_quiz_takes_the_time_of_the_questions_an_attempt_asks_by_kind(course):
    """True/false 30 s, single choice 45 s, short answer 60 s (settings.TIME_ESTIMATES); a
    scenario reads its case and answers each part; never more than the time limit."""
    module = course.get_children().live().first().specific
    three = [single(), true_false(), short_answer("NMR")]  # 135 s
    assert make_quiz(module, three).expected_minutes == 3
    assert make_quiz(module, three, draw_count=2).expected_minutes == 2  # 2 × 45 s
    assert make_quiz(module, three, time_limit_minutes=2).expected_minutes == 2  # at most
    assert make_quiz(module, [single()]).expected_minutes == 1
    assert make_quiz(module, SCENARIOS[:1]).expected_minutes == 2  # 40 + 60 s
    assert make_quiz(module, SCENARIOS).expected_minutes == 10


def test_the_course_counts_its_lessons_and_the_quizzes_its_rule_requires(course):
    course.refresh_from_db()
    assert course.estimated_minutes == 10 + 10 + 10
    course.completion_rule = CoursePage.COMPLETION_LESSONS
    course.save_revision().publish()
    course.refresh_from_db()
    assert course.estimated_minutes == 20  # the quiz is practice now
