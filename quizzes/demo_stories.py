"""Demo learners' work in any course of the curriculum, not only the consular course that
``quizzes.demo.play_story`` replays: enrol, read the lessons meant for the learner's role in
order, pass each module quiz met on the way and take the final assessment as the story says —
its always-asked branching case walked one choice at a time through the attempt's services,
as a learner's clicks would (``attempt_choose``), then the answers submitted.

Which pooled questions a learner misses follows a fixed difficulty per question (the same
questions are the hard ones for everybody, with some personal variation), so the trainer's
quiz report shows believable per-question difficulty; everything else is the real services,
so certificates, statements and analytics are real. Only the clock is set back."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction

from . import kinds
from .demo import DemoClock
from .form_fields import field_name
from .models import AttemptAnswer, QuizAttempt, QuizPage

BEST, MISS, CRITICAL = "best", "miss", "critical"


@dataclass(frozen=True)
class Try:
    """One attempt at a final assessment that passes: up to ``wrong`` pooled questions answered
    wrong (the hardest for this learner), as many as still leave a pass; the branching case
    walked along its recommended path (``BEST``) or a safe but weaker one (``MISS``). With
    ``CRITICAL`` the case ends in a critical error, which fails the attempt whatever the score
    (decision 0014)."""

    wrong: int = 0
    case: str = BEST
    passes: bool = True


def Fail(wrong: int, case: str = BEST) -> Try:  # noqa: N802 (reads as a kind of Try)
    """An attempt that fails on its score: at least ``wrong`` pooled questions wrong, and more
    if that still passed."""
    return Try(wrong, case, passes=False)


@dataclass(frozen=True)
class CourseStory:
    """How far a learner got in one course: enrolled ``days_ago`` days ago (at nine), then
    ``lessons`` of the lessons for their role read in order (``None``: all of them), and the
    final assessment's attempts once every lesson is read."""

    days_ago: int
    lessons: int | None = None
    final: tuple[Try, ...] = ()


def _difficulty(answer: AttemptAnswer, who: str) -> float:
    """Lower is harder: the question's own difficulty (fixed by its prompt) with a smaller
    personal share, so misses cluster on the same questions without being identical."""
    prompt = str(answer.asked.get("prompt", answer.question_pk))
    shared = zlib.crc32(prompt.encode()) / 2**32
    personal = zlib.crc32(f"{who}|{prompt}".encode()) / 2**32
    return shared + 0.6 * personal


def _answers(attempt: QuizAttempt) -> list[AttemptAnswer]:
    return list(AttemptAnswer.objects.filter(attempt=attempt).order_by("position"))


def _case_path(answer: AttemptAnswer, how: str) -> list[str]:
    from courses import branching

    kind = kinds.get(answer.key["kind"])
    if how == BEST:
        return kind.demo_response(answer.asked, answer.key, True)
    if how == CRITICAL:
        plan = answer.key["plan"]
        for ids in branching.every_path(plan):
            if branching.walk(plan, ids).critical is not None:
                return ids
    return kind.demo_response(answer.asked, answer.key, False)


def _misses(pooled, case_score, total, pass_mark, attempt_try: Try, who: str) -> set[int]:
    """Which pooled answers to get wrong (their pks), hardest first: for a try that passes, up
    to ``wrong`` of them while the score stays at the pass mark; for one that fails, at least
    ``wrong`` and on until the score is below it."""

    def passes(missed) -> bool:
        right = sum(a.points for a in pooled if a.pk not in missed)
        return total > 0 and Fraction(100) * (case_score + right) / total >= pass_mark

    missed: set[int] = set()
    for answer in sorted(pooled, key=lambda a: _difficulty(a, who)):
        if attempt_try.passes or attempt_try.case == CRITICAL:
            if len(missed) == attempt_try.wrong:
                break
            if passes(missed | {answer.pk}) or attempt_try.case == CRITICAL:
                missed.add(answer.pk)
        elif len(missed) < attempt_try.wrong or passes(missed):
            missed.add(answer.pk)
    return missed


def play_attempt(user, quiz: QuizPage, attempt_try: Try, clock: DemoClock) -> QuizAttempt:
    """Start, walk and submit one attempt through the quiz services, as ``attempt_try``
    says; returns the graded attempt."""
    from django.http import QueryDict

    from courses import branching

    from . import services

    started = clock.advance(days=1)
    attempt, _created = services.attempt_start(user, quiz, now=started)
    answers = _answers(attempt)
    stepped = [a for a in answers if kinds.get(a.key["kind"]).answered_in_steps]
    pooled = [a for a in answers if a not in stepped]
    paths = {a.pk: _case_path(a, attempt_try.case) for a in stepped}
    case_score = sum(
        (a.points * branching.grade(a.key["plan"], paths[a.pk]) for a in stepped), Fraction(0)
    )
    total = sum(a.points for a in answers)
    missed = _misses(pooled, case_score, total, attempt.pass_mark, attempt_try, user.email)
    for answer in stepped:
        for choice in paths[answer.pk]:
            form = QueryDict(mutable=True)
            form[field_name(answer.question_pk)] = choice
            services.attempt_choose(
                user, attempt.pk, answer.question_pk, form, now=clock.advance(minutes=2)
            )
    form = QueryDict(mutable=True)
    for answer in pooled:
        kind = kinds.get(answer.key["kind"])
        response = kind.demo_response(answer.asked, answer.key, answer.pk not in missed)
        for name, values in kind.form_fields(
            field_name(answer.question_pk), answer.asked, response
        ).items():
            form.setlist(name, values)
    outcome = services.attempt_submit(user, attempt.pk, form, now=clock.advance(minutes=6))
    return outcome.attempt


def play_course(user, course, story: CourseStory) -> None:
    """Replay ``story`` in ``course`` for ``user``: the steps of the course for their role in
    page order — lessons, each module quiz when reached (passed at the first attempt), the final
    assessment's ``story.final`` attempts once every lesson is read. A course whose
    prerequisites the learner has not met is left alone (``PrerequisitesNotMet``), as the
    learner would find it."""
    from unittest import mock

    from django.utils import timezone

    from courses import services as course_services
    from courses.models import LessonPage

    lessons = [
        lesson
        for lesson in LessonPage.objects.descendant_of(course)
        .live()
        .prefetch_related("audiences")
        .order_by("path")
        if lesson.is_for(user.audience)
    ]
    quizzes = list(QuizPage.objects.descendant_of(course).live().order_by("path"))
    finals = [q for q in quizzes if q.depth == course.depth + 1]
    module_quizzes = [q for q in quizzes if q not in finals]
    to_read = lessons if story.lessons is None else lessons[: story.lessons]
    day = timezone.localtime() - timedelta(days=story.days_ago)
    clock = DemoClock(day.replace(hour=9, minute=0, second=0, microsecond=0))
    with mock.patch("django.utils.timezone.now", clock.now):
        try:
            course_services.enrolment_create(user, course)
        except course_services.PrerequisitesNotMet:
            return
        for index, lesson in enumerate(to_read):
            clock.advance(days=2, minutes=40)
            course_services.lesson_complete(user, lesson)
            following = lessons[index + 1].path if index + 1 < len(lessons) else None
            for quiz in module_quizzes:
                # A module quiz opens once the lessons before it are read.
                if lesson.path < quiz.path and (following is None or quiz.path < following):
                    play_attempt(user, quiz, Try(), clock)
        if len(to_read) == len(lessons):
            for quiz in finals:
                for attempt_try in story.final:
                    if play_attempt(user, quiz, attempt_try, clock).passed:
                        break
