"""Business rules for quizzes: who may start an attempt, what it draws, saving, checking and
submitting answers, and grading. Reads that decide nothing are in ``quizzes.selectors``.

Every write locks the rows it depends on (the learner's enrolment when starting, the attempt
when saving or submitting) inside one transaction, so two tabs, a double click or a replayed
POST cannot open two attempts or grade one twice.

The time limit rule: answers that reach the server before the deadline plus
``SUBMIT_GRACE_SECONDS`` are kept and graded. Anything that arrives later is discarded: the
attempt is graded with the answers saved in time (the page saves them as the learner goes) and
marked ``graded_from_saved``. An attempt left open past that moment is graded the same way the
next time the learner or the quiz page touches it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.gate import StepAccess
from courses.models import CoursePage, Enrolment
from courses.selectors import course_outline, learner_audience
from courses.services import (
    LearningRuleError,
    StepLocked,
    enrolment_for,
    enrolment_update_completion,
)
from frontline import dates

from . import events, kinds
from .form_fields import field_name, one_value
from .grading import grade_attempt, grade_question, to_decimal
from .models import SUBMIT_GRACE_SECONDS, AttemptAnswer, QuizAttempt, QuizPage, QuizQuestion
from .responses import DrawnQuestion, read_responses
from .selectors import course_of_quiz, open_attempt, question_pool, submitted_attempts

# Draws must not be predictable from earlier ones: the operating system's generator.
_system_random = random.SystemRandom()


class QuizUnavailable(LearningRuleError):
    """The learner may not take this quiz (now); the message says why."""


class QuizLocked(QuizUnavailable, StepLocked):
    pass


class AttemptsExhausted(QuizUnavailable):
    pass


class CoolingDown(QuizUnavailable):
    def __init__(self, message: str, until=None):
        super().__init__(message)
        self.until = until


class AttemptClosed(LearningRuleError):
    """The attempt was already submitted: nothing more can be saved in it."""


class TimeUp(LearningRuleError):
    """The time limit had passed: the attempt was graded with the answers saved in time."""

    def __init__(self, message: str, attempt: QuizAttempt):
        super().__init__(message)
        self.attempt = attempt


def quiz_check_access(user, quiz: QuizPage, course: CoursePage | None = None) -> StepAccess:
    """Raise a ``LearningRuleError`` unless ``user`` may open ``quiz`` now."""
    course = course or course_of_quiz(quiz)
    enrolment = enrolment_for(
        user, course, _("Enrol in “%(course)s” to take its quizzes.") % {"course": course.title}
    )
    outline = course_outline(course, user)
    entry = outline.quiz_entry_for(quiz)
    if entry is None:
        raise QuizUnavailable(_("This quiz is not open to learners."))
    if entry.is_locked:
        blocking = outline.next_lesson
        raise QuizLocked(
            _("Finish the lessons before this quiz first, starting with “%(lesson)s”.")
            % {"lesson": blocking.page.title if blocking else ""},
            blocking=blocking,
        )
    return StepAccess(course=course, outline=outline, enrolment=enrolment, entry=entry)


def start_refusal(quiz: QuizPage, submitted: list[QuizAttempt], now=None) -> QuizUnavailable | None:
    """Why a new attempt may not start now, if it may not."""
    now = now or timezone.now()
    if quiz.max_attempts and len(submitted) >= quiz.max_attempts:
        return AttemptsExhausted(
            _("You have used all %(n)d attempts at this quiz.") % {"n": quiz.max_attempts}
        )
    if quiz.cooldown_minutes and submitted:
        until = submitted[-1].submitted_at + timedelta(minutes=quiz.cooldown_minutes)
        if until > now:
            # In the learner's zone (activated per request), named, and how long that is.
            return CoolingDown(
                _("You can start your next attempt in %(delay)s, on %(time)s.")
                % {"delay": dates.until(until, now), "time": dates.date_time(until)},
                until=until,
            )
    return None


def draw_questions(quiz: QuizPage, audience, rng=None) -> list[QuizQuestion]:
    """The questions of one attempt: ``draw_count`` of them (or all), shuffled if asked. The
    questions marked *always asked* are in every attempt and count towards ``draw_count``; the
    rest is drawn at random from the others. (The editor refuses more always-asked questions
    than ``draw_count``; a quiz drawing by tag from other quizzes may still find more, and then
    asks every one of them and nothing else.)"""
    rng = rng or _system_random
    pool = question_pool(quiz, audience)
    if quiz.draw_count and quiz.draw_count < len(pool):
        always = [question for question in pool if question.always_asked]
        others = [question for question in pool if not question.always_asked]
        drawn = rng.sample(others, max(0, quiz.draw_count - len(always)))
        chosen = {id(q) for q in [*always, *drawn]}
        pool = [question for question in pool if id(question) in chosen]
    if quiz.shuffle_questions:
        rng.shuffle(pool)
    return pool


def _close_if_overdue(attempt: QuizAttempt, now) -> bool:
    """Grade a locked, open attempt from its saved answers if its time is up."""
    if attempt.is_submitted or attempt.submit_by is None or now <= attempt.submit_by:
        return False
    _finish(attempt, list(attempt.answers.all()), now, from_saved=True)
    return True


def attempt_start(user, quiz: QuizPage, now=None) -> tuple[QuizAttempt, bool]:
    """Start an attempt, or return the one in progress; returns (attempt, created)."""
    now = now or timezone.now()
    access = quiz_check_access(user, quiz)
    try:
        with transaction.atomic():
            # One learner's starts run one at a time: the limits below read what they count.
            enrolment = Enrolment.objects.select_for_update().get(pk=access.enrolment.pk)
            current = (
                QuizAttempt.objects.select_for_update()
                .filter(user=user, quiz_key=quiz.translation_key, submitted_at__isnull=True)
                .first()
            )
            if current is not None and not _close_if_overdue(current, now):
                return current, False
            since = enrolment.run_started_at
            submitted = submitted_attempts(user, quiz, since)
            refusal = start_refusal(quiz, submitted, now)
            if refusal is not None:
                raise refusal
            questions = draw_questions(quiz, learner_audience(user))
            if not questions:
                raise QuizUnavailable(_("This quiz has no questions for your role yet."))
            done = len(submitted) if since is None else _numbered_attempts(user, quiz)
            attempt = _create_attempt(user, quiz, access.course, questions, done, now)
            events.quiz_attempted(attempt, quiz, access.course, access.enrolment)
    except IntegrityError:
        # Another request opened the attempt between our read and our write.
        current = open_attempt(user, quiz)
        if current is None:
            raise
        return current, False
    return attempt, True


def _numbered_attempts(user, quiz) -> int:
    """Attempts are numbered across runs, so numbers stay unique when a course is retaken."""
    return QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key).count()


def _create_attempt(user, quiz, course, questions, done: int, now) -> QuizAttempt:
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    rng = _system_random
    snapshots = [q.snapshot(rng, quiz.shuffle_options) for q in questions]
    attempt = QuizAttempt.objects.create(
        user=user,
        quiz=quiz,
        quiz_key=quiz.translation_key,
        course_key=course.translation_key,
        quiz_title=quiz.title,
        number=done + 1,
        started_at=now,
        deadline=deadline,
        pass_mark=quiz.pass_mark,
        feedback_mode=quiz.feedback_mode,
        show_correct_answers=quiz.show_correct_answers,
        max_score=sum(q.points for q in questions),
    )
    AttemptAnswer.objects.bulk_create(
        AttemptAnswer(
            attempt=attempt,
            position=position,
            question=question,
            question_pk=question.pk,
            quiz_key=attempt.quiz_key,
            asked=asked,
            key=key,
            points=question.points,
        )
        for position, (question, (asked, key)) in enumerate(
            zip(questions, snapshots, strict=True), start=1
        )
    )
    return attempt


def _locked_attempt(user, attempt_id: int) -> QuizAttempt:
    return QuizAttempt.objects.select_for_update().get(pk=attempt_id, user=user)


def drawn(answers: list[AttemptAnswer]) -> list[DrawnQuestion]:
    return [
        DrawnQuestion(a.question_pk, a.asked, is_final=a.checked_at is not None) for a in answers
    ]


def _store_responses(answers: list[AttemptAnswer], data, now) -> list[AttemptAnswer]:
    """Validate the whole form against the attempt, then keep every open answer it carries."""
    responses = read_responses(drawn(answers), data)
    changed = []
    for answer in answers:
        if answer.question_pk in responses:
            answer.response = responses[answer.question_pk]
            answer.saved_at = now
            changed.append(answer)
    AttemptAnswer.objects.bulk_update(changed, ["response", "saved_at"])
    return changed


def time_up_message() -> str:
    return _(
        "The time limit had passed. Your attempt was graded with the answers saved before it ended."
    )


def _time_up(attempt: QuizAttempt) -> TimeUp:
    return TimeUp(time_up_message(), attempt)


def attempt_close_if_overdue(user, attempt_id: int, now=None) -> bool:
    """Grade the attempt from its saved answers if its time ran out; returns whether it did."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked_attempt(user, attempt_id)
        closed = _close_if_overdue(attempt, now)
        if closed:
            _after_grading(user, attempt)
    return closed


def attempt_save(user, attempt_id: int, data, now=None) -> QuizAttempt:
    """Save the answers in ``data`` without submitting. Raises ``TamperedAnswer`` (nothing
    saved), ``AttemptClosed`` or ``TimeUp`` (graded with what was saved before)."""
    now = now or timezone.now()

    def save(attempt):
        _store_responses(list(attempt.answers.all()), data, now)
        _touch(attempt, now)
        return attempt

    return _while_open(user, attempt_id, now, save)


def attempt_check_question(user, attempt_id: int, question_pk: int, data, now=None):
    """Immediate feedback: save the form, then grade one question; its answer becomes final."""
    now = now or timezone.now()

    def check(attempt):
        if attempt.feedback_mode != QuizPage.FEEDBACK_IMMEDIATE:
            raise LearningRuleError(_("This quiz gives feedback after submission."))
        answers = list(attempt.answers.all())
        target = _answer_to(answers, question_pk)
        if kinds.get(target.key["kind"]).answered_in_steps:
            raise LearningRuleError(_("A branching case is graded when the attempt is submitted."))
        _store_responses(answers, data, now)
        if target.checked_at is None:
            result = grade_question(target.key, target.response, target.points)
            target.score = to_decimal(result.score)
            target.is_correct = result.is_correct
            target.checked_at = now
            target.save(update_fields=["score", "is_correct", "checked_at"])
        _touch(attempt, now)
        return attempt

    return _while_open(user, attempt_id, now, check)


def attempt_choose(user, attempt_id: int, question_pk: int, data, now=None) -> AttemptAnswer:
    """Commit to one choice in a question answered step by step (a branching case): save the
    form, then take the step the form's choice for that question names, record the decision's
    statement, and return the answer. The choice must be offered where the learner stands:
    otherwise (a stale tab, a replayed or tampered step, a case already over) it raises
    ``TamperedAnswer`` and nothing changes. Raises ``AttemptClosed`` after submission and
    ``TimeUp`` (graded with what was saved before) once the time is up."""
    now = now or timezone.now()

    def choose(attempt):
        answers = list(attempt.answers.all())
        target = _answer_to(answers, question_pk)
        kind = kinds.get(target.key["kind"])
        if not kind.answered_in_steps:
            raise LearningRuleError(_("That question is not answered one choice at a time."))
        choice = one_value(data, field_name(question_pk))
        _store_responses(answers, data, now)  # refuses a choice not offered here
        if not choice:
            raise LearningRuleError(_("Select one of the choices, then press Choose."))
        offered = (target.asked.get("situation") or {}).get("choices", [])
        target.asked, target.response = kind.step(target.asked, target.key, target.response, choice)
        target.saved_at = now
        target.save(update_fields=["asked", "response", "saved_at"])
        _touch(attempt, now)
        _record_decision(user, attempt, target, offered, now)
        return target

    return _while_open(user, attempt_id, now, choose)


def _while_open(user, attempt_id: int, now, act):
    """``act(attempt)``'s result, run under the attempt's row lock while the attempt is open.
    Raises ``AttemptClosed`` once submitted; once the time is up, grades the attempt with what
    was saved before, commits that, and only then raises ``TimeUp`` — so the grade survives
    the error the learner sees. An error raised by ``act`` rolls everything back."""
    with transaction.atomic():
        attempt = _locked_attempt(user, attempt_id)
        if attempt.is_submitted:
            raise AttemptClosed(_("This attempt has already been submitted."))
        overdue = _close_if_overdue(attempt, now)
        if overdue:
            _after_grading(user, attempt)
        else:
            result = act(attempt)
    if overdue:
        raise _time_up(attempt)
    return result


def _answer_to(answers, question_pk: int) -> AttemptAnswer:
    target = next((a for a in answers if a.question_pk == question_pk), None)
    if target is None:
        raise LearningRuleError(_("That question is not part of this attempt."))
    return target


def _touch(attempt, now) -> None:
    attempt.last_saved_at = now
    attempt.save(update_fields=["last_saved_at"])


def _record_decision(user, attempt, answer, offered, now) -> None:
    """The decision's statement, in the step's transaction; nothing to describe once the quiz
    page is gone."""
    if attempt.quiz_id is None:
        return
    quiz = attempt.quiz
    course = CoursePage.objects.ancestor_of(quiz).first()
    enrolment = Enrolment.objects.filter(user=user, course_key=attempt.course_key).first()
    if course is not None and enrolment is not None:
        events.case_decided(attempt, answer, offered, quiz, course, enrolment, now)


@dataclass
class SubmitOutcome:
    attempt: QuizAttempt
    graded_now: bool
    course_completed: bool = False


def attempt_submit(user, attempt_id: int, data, now=None) -> SubmitOutcome:
    """Grade the attempt once. A second submit (another tab, a replay) changes nothing and
    returns the graded attempt with ``graded_now`` False. Raises ``TamperedAnswer`` (nothing
    saved, attempt still open)."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _locked_attempt(user, attempt_id)
        if attempt.is_submitted:
            return SubmitOutcome(attempt, graded_now=False)
        answers = list(attempt.answers.all())
        late = attempt.submit_by is not None and now > attempt.submit_by
        if not late:
            _store_responses(answers, data, now)
        _finish(attempt, answers, now, from_saved=late)
        course_completed = _after_grading(user, attempt)
    return SubmitOutcome(attempt, graded_now=True, course_completed=course_completed)


def _finish(attempt: QuizAttempt, answers: list[AttemptAnswer], now, from_saved: bool) -> None:
    results = []
    for answer in answers:
        result = grade_question(answer.key, answer.response, answer.points)
        answer.score = to_decimal(result.score)
        answer.is_correct = result.is_correct
        results.append(result)
    AttemptAnswer.objects.bulk_update(answers, ["score", "is_correct"])
    total = grade_attempt(results, attempt.pass_mark)
    attempt.score = to_decimal(total.score)
    attempt.max_score = total.max_score
    attempt.percent = to_decimal(total.percent)
    attempt.passed = total.passed
    attempt.submitted_at = now
    attempt.graded_from_saved = from_saved
    attempt.save(
        update_fields=[
            "score",
            "max_score",
            "percent",
            "passed",
            "submitted_at",
            "graded_from_saved",
        ]
    )


def _after_grading(user, attempt: QuizAttempt) -> bool:
    """Record the graded attempt's statements; a pass may complete the course (returns
    whether it did). A quiz page deleted during the attempt leaves nothing to describe."""
    if attempt.quiz_id is None:
        return False
    quiz = attempt.quiz
    course = CoursePage.objects.ancestor_of(quiz).first()
    enrolment = Enrolment.objects.filter(user=user, course_key=attempt.course_key).first()
    if course is None or enrolment is None:
        return False
    answers = list(attempt.answers.all())
    events.quiz_graded(attempt, answers, quiz, course, enrolment)
    if not attempt.passed:
        return False
    return enrolment_update_completion(user, course, child=quiz)


def close_overdue_attempts(now=None) -> int:
    """Grade every attempt whose time ran out without a submit; returns how many."""
    now = now or timezone.now()
    closed = 0
    candidates = QuizAttempt.objects.filter(
        submitted_at__isnull=True, deadline__lt=now - timedelta(seconds=SUBMIT_GRACE_SECONDS)
    ).values_list("pk", flat=True)
    for pk in candidates:
        with transaction.atomic():
            attempt = QuizAttempt.objects.select_for_update().get(pk=pk)
            if _close_if_overdue(attempt, now):
                _after_grading(attempt.user, attempt)
                closed += 1
    return closed


@dataclass
class Retry:
    """When and how a learner may try a quiz again after an attempt that did not pass."""

    open_attempt: QuizAttempt | None
    refusal: QuizUnavailable | None  # no attempts left, or the wait before the next one
    attempts_left: int | None  # None: unlimited
    study_page: object  # the module (or, for a final assessment, the course) to go over

    @property
    def exhausted(self) -> bool:
        return isinstance(self.refusal, AttemptsExhausted)


def retry_for(user, attempt: QuizAttempt, now=None) -> Retry | None:
    """The learner's options on the quiz of ``attempt``, counted in their current run through
    the course; None when the quiz page is gone."""
    quiz = attempt.quiz
    if quiz is None:
        return None
    enrolment = Enrolment.objects.filter(user=user, course_key=attempt.course_key).first()
    submitted = submitted_attempts(user, quiz, enrolment.run_started_at if enrolment else None)
    current = open_attempt(user, quiz)
    return Retry(
        open_attempt=current,
        refusal=None if current else start_refusal(quiz, submitted, now),
        attempts_left=max(0, quiz.max_attempts - len(submitted)) if quiz.max_attempts else None,
        study_page=quiz.get_parent().specific,
    )
