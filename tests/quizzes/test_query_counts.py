"""The attempt page and its review cost the same number of queries however many questions the
attempt drew and however many attempts are stored."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses import services as course_services
from quizzes import services
from tests.factories import UserFactory, lessons_of, make_quiz, single

# Measured: Wagtail's per-request site/locale work, session and user, the attempt with its
# quiz page in one (select_related), its answers in one, messages and translations of the page.
ATTEMPT_PAGE_MAX = 13


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.slow
def test_attempt_page_does_not_grow_with_questions_or_stored_attempts(
    learner_client, ready, module, course, django_assert_max_num_queries
):
    small = make_quiz(module, [single() for _ in range(3)])
    large = make_quiz(module, [single() for _ in range(30)])
    for _ in range(5):
        other = UserFactory()
        course_services.enrolment_create(other, course)
        for lesson in lessons_of(course)[:2]:
            course_services.lesson_complete(other, lesson)
        services.attempt_start(other, large)
    small_attempt, _ = services.attempt_start(ready, small)
    large_attempt, _ = services.attempt_start(ready, large)
    small_url = f"/learn/attempts/{small_attempt.pk}/"
    large_url = f"/learn/attempts/{large_attempt.pk}/"
    assert queries(learner_client, small_url) == queries(learner_client, large_url)
    with django_assert_max_num_queries(ATTEMPT_PAGE_MAX):
        learner_client.get(large_url)
