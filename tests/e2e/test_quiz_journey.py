"""Journey: a consular officer who has read every lesson takes the module quiz, checking a
short answer with Enter, then the timed final assessment: the countdown never covers a
question's heading, answers are saved as she goes and survive a reload, and when the time
runs out the attempt is submitted and graded with them; the result page then offers her
certificate and what comes next."""

import re
from datetime import timedelta

from django.utils import timezone

from courses import services as course_services
from courses.models import Audience, CoursePage
from courses.selectors import course_outline
from quizzes.models import AttemptAnswer, QuizAttempt, QuizPage
from tests.factories import UserFactory
from tests.quizzes.conftest import answer_form, walk_cases

from .conftest import JOURNEY, PASSWORD, axe_violations

pytestmark = JOURNEY

# The answers in the attempt form as the server would receive them (name → values).
FORM_VALUES = """() => {
  const values = {};
  for (const [name, value] of new FormData(document.querySelector("form[data-autosave]"))) {
    if (name !== "csrfmiddlewaretoken") (values[name] = values[name] || []).push(value);
  }
  return values;
}"""


def as_lists(form: dict) -> dict:
    return {name: sorted(v if isinstance(v, list) else [v]) for name, v in form.items()}


def officer_who_has_read_every_lesson():
    course = CoursePage.objects.get(slug="identifying-victims-consular", locale__language_code="en")
    officer = UserFactory(
        email="officer@example.org",
        password=PASSWORD,
        audience=Audience.objects.get(slug="consular-staff"),
    )
    course_services.enrolment_create(officer, course)
    for lesson in course_outline(course, officer).lessons:
        course_services.lesson_complete(officer, lesson.page)
    return course


def start(visit, quiz) -> QuizAttempt:
    page = visit.go(quiz.url)
    page.locator("form[action*='/start/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/learn/attempts/\d+/$"))
    return QuizAttempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", page.url).group(1)))


def test_enter_checks_its_own_question_and_timed_answers_are_saved_and_graded(demo, visit):
    course = officer_who_has_read_every_lesson()
    quizzes = {q.slug: q for q in QuizPage.objects.descendant_of(course).live()}
    visit = visit(bypass_csp=True)  # for axe-core at the end
    visit.sign_in("officer@example.org")
    page = visit.page

    # Module quiz, immediate feedback: Enter in the short answer checks that question only.
    attempt = start(visit, quizzes["check-recognising-indicators"])
    short = AttemptAnswer.objects.get(attempt=attempt, asked__kind="short_answer")
    assert short.position > 1  # the first question's "Check" must not be the one pressed
    field = page.locator(f'[name="q{short.question_pk}"]')
    field.fill(short.key["accepted"][0])
    visit.shot("short-answer-typed")
    field.press("Enter")
    page.wait_for_url(f"**#question-{short.question_pk}")
    visit.shot("short-answer-checked")
    checked = AttemptAnswer.objects.filter(attempt=attempt, checked_at__isnull=False)
    assert list(checked.values_list("question_pk", flat=True)) == [short.question_pk]
    assert page.locator(f"#question-{short.question_pk} .result--right").is_visible()
    others = set(range(1, attempt.answers.count() + 1)) - {short.position}
    visit.answer_attempt(correct=True, only=others)
    page.locator("button[name=action][value=submit]").click()
    page.wait_for_url("**/review/")
    assert page.locator(".result-summary--passed").is_visible()

    # Final assessment, 20 minutes: the countdown stays in view without hiding a heading.
    attempt = start(visit, quizzes["final-assessment"])
    timer = page.locator("[data-quiz-timer]")
    fourth = attempt.answers.get(position=4)
    page.evaluate(f"location.hash = '#question-{fourth.question_pk}'")
    page.wait_for_function("window.scrollY > 0")
    visit.shot("scrolled-to-question-4")
    heading = page.locator(f"#question-{fourth.question_pk} > legend").bounding_box()
    stuck = timer.bounding_box()
    assert stuck["y"] < 1  # the timer is stuck to the top of the window
    assert heading["y"] >= stuck["y"] + stuck["height"], (heading, stuck)

    # Answers are saved as she goes, and a reload shows them again. The assessed case, always
    # asked, is played choice by choice (its own journey: test_branching_case_journey.py).
    walk_cases(attempt.user, attempt)
    visit.answer_attempt(correct=True)
    status = page.locator("[data-autosave-status]")
    status.filter(has_text=re.compile("Answers saved at")).wait_for(timeout=10_000)
    visit.shot("saved")
    wanted = as_lists(answer_form(attempt, correct=True))
    assert all(answer.response is not None for answer in attempt.answers.all())
    page.reload()
    assert {name: sorted(v) for name, v in page.evaluate(FORM_VALUES).items()} == wanted

    # The time runs out: the page submits by itself and the saved answers are graded.
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + timedelta(seconds=4))
    page.reload()
    page.wait_for_url("**/review/", timeout=20_000)
    visit.shot("graded-at-time-up")
    attempt.refresh_from_db()
    assert (attempt.passed, attempt.percent, attempt.graded_from_saved) == (True, 100, False)
    assert page.locator(".result-summary--passed").is_visible()
    # The course is complete: the certificate and what comes next are on the result page.
    completed = page.locator(".course-completed")
    assert completed.get_by_role("link", name="Download PDF").is_visible()
    assert completed.get_by_role("link", name="My learning").is_visible()
    assert axe_violations(page) == []
