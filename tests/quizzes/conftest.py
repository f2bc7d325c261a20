import pytest

from courses import services as course_services
from quizzes.models import AttemptAnswer
from tests.factories import (
    lessons_of,
    matching,
    multiple,
    ordering,
    scenario,
    short_answer,
    single,
    true_false,
)

EVERY_KIND = [
    single(),
    multiple(),
    true_false(False),
    matching(),
    ordering(),
    short_answer("Non-punishment principle", "non-punishment"),
    scenario(("Is this an indicator?", true_false(True)), ("What do you do?", single())),
]


@pytest.fixture
def module(course):
    return course.get_children().live().first().specific


@pytest.fixture
def ready(enrolled, course):
    """The learner has read the first module's lessons, so its quiz is open."""
    for lesson in lessons_of(course)[:2]:
        course_services.lesson_complete(enrolled, lesson)
    return enrolled


def _fill(prefix, key, asked, correct, form):
    kind = key["kind"]
    if kind in ("single", "true_false"):
        ids = [o["id"] for o in asked["options"]]
        wrong = [i for i in ids if i not in key["correct"]]
        form[prefix] = key["correct"][0] if correct else wrong[0]
    elif kind == "multiple":
        ids = [o["id"] for o in asked["options"]]
        form[prefix] = key["correct"] if correct else [i for i in ids if i not in key["correct"]]
    elif kind == "matching":
        tokens = list(key["pairs"].values())
        for n, (item, token) in enumerate(key["pairs"].items()):
            form[f"{prefix}-{item}"] = token if correct else tokens[(n + 1) % len(tokens)]
    elif kind == "ordering":
        order = key["order"] if correct else list(reversed(key["order"]))
        for position, step in enumerate(order, start=1):
            form[f"{prefix}-{step}"] = str(position)
    elif kind == "short_answer":
        form[prefix] = key["accepted"][0].upper() if correct else "no idea"
    elif kind == "scenario":
        for part in asked["parts"]:
            _fill(f"{prefix}-{part['id']}", key["parts"][part["id"]], part, correct, form)


def answer_form(attempt, correct=True, only=None) -> dict:
    """A POST body answering every (or ``only`` the listed positions of) the attempt's
    questions right or wrong — built from the stored key, as only a test can."""
    form = {}
    for answer in AttemptAnswer.objects.filter(attempt=attempt).order_by("position"):
        if only is None or answer.position in only:
            _fill(f"q{answer.question_pk}", answer.key, answer.asked, correct, form)
    return form


def as_post(form: dict):
    """A submitted form (``QueryDict``) from field → value or list of values."""
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for name, value in form.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    return data


def answer_post(attempt, correct=True, only=None):
    return as_post(answer_form(attempt, correct=correct, only=only))


def walk_cases(learner, attempt, correct=True):
    """Take the steps of every branching case in the attempt through its services (the
    recommended path, or a plausible miss): a path is committed choice by choice, never
    posted with the answers."""
    from django.utils import timezone

    from quizzes.demo import demo_steps

    demo_steps(learner, attempt, attempt.answers.count() if correct else 0, timezone.now())


def take_quiz(learner, quiz, correct=True):
    """Start an attempt and submit it answered right (or wrong); returns the outcome."""
    from quizzes import services

    attempt, _ = services.attempt_start(learner, quiz)
    walk_cases(learner, attempt, correct=correct)
    return services.attempt_submit(learner, attempt.pk, answer_post(attempt, correct=correct))


def finish_lessons(learner, course):
    for lesson in lessons_of(course):
        course_services.lesson_complete(learner, lesson)


def quizzes_of(course) -> dict:
    """The course's live quizzes by title."""
    from quizzes.models import QuizPage

    return {q.title: q for q in QuizPage.objects.descendant_of(course).live()}
