"""Reads for quizzes: a learner's attempts, the questions a quiz may draw, and what the pages
of an attempt show. Nothing here writes; ``quizzes.services`` holds the rules and the writes
and reads through these."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from courses.expert_checks import open_points
from courses.models import CoursePage
from courses.selectors import AwaitingConfirmation, course_above, latest_content
from frontline.prepared import PreparedQuery

from . import kinds
from .kinds import HIDDEN, Reveal
from .models import AttemptAnswer, QuizAttempt, QuizPage, QuizQuestion


def course_of_quiz(quiz: QuizPage) -> CoursePage:
    return CoursePage.objects.ancestor_of(quiz).get()


def certificate_courses_resting_on(pages) -> list[CoursePage]:
    """The live certificate-issuing courses whose every live final assessment is among
    ``pages``: taking those away (unpublishing, moving, deleting) would leave certificates
    resting on no assessment. Two queries."""
    quizzes = [page for page in pages if isinstance(page, QuizPage) and page.live]
    if not quizzes:
        return []
    leaving = {quiz.pk for quiz in quizzes}
    parent_paths = {quiz.path[: -QuizPage.steplen] for quiz in quizzes}
    courses = list(CoursePage.objects.live().filter(issues_certificate=True, path__in=parent_paths))
    if not courses:
        return []
    directly_under = Q()
    for course in courses:
        directly_under |= Q(path__startswith=course.path, depth=course.depth + 1)
    finals = QuizPage.objects.live().filter(directly_under).only("pk", "path")
    staying = {final.path[: -QuizPage.steplen] for final in finals if final.pk not in leaving}
    return [course for course in courses if course.path not in staying]


def certificate_course_resting_on(quiz) -> CoursePage | None:
    """The live certificate-issuing course whose last live final assessment ``quiz`` is."""
    courses = certificate_courses_resting_on([quiz])
    return courses[0] if courses else None


def submitted_attempts(user, quiz: QuizPage, since=None) -> list[QuizAttempt]:
    """The learner's submitted attempts, of the current run through the course (``since``
    its start) when they are taking it again."""
    attempts = QuizAttempt.objects.filter(
        user=user, quiz_key=quiz.translation_key, submitted_at__isnull=False
    )
    if since is not None:
        attempts = attempts.filter(started_at__gte=since)
    return list(attempts.order_by("number"))


def open_attempt(user, quiz: QuizPage) -> QuizAttempt | None:
    return QuizAttempt.objects.filter(
        user=user, quiz_key=quiz.translation_key, submitted_at__isnull=True
    ).first()


_ATTEMPT_COLUMNS = [f.attname for f in QuizAttempt._meta.concrete_fields]
_attempts_query = PreparedQuery(
    lambda user_id, quiz_key: (
        QuizAttempt.objects.filter(user_id=user_id, quiz_key=quiz_key)
        .order_by("number", "pk")
        .values_list(*_ATTEMPT_COLUMNS)
    ),
    user_id=QuizAttempt._meta.get_field("user"),
    quiz_key=QuizAttempt._meta.get_field("quiz_key"),
)


def attempts_at(user, quiz: QuizPage, since=None) -> tuple[list[QuizAttempt], QuizAttempt | None]:
    """The quiz's front page in one query (built once per connection: ``frontline.prepared``):
    the learner's submitted attempts as ``submitted_attempts`` gives them, and their open
    attempt as ``open_attempt`` does."""
    attempts = [
        QuizAttempt.from_db("default", _ATTEMPT_COLUMNS, row)
        for row in _attempts_query(user_id=user.pk, quiz_key=quiz.translation_key)
    ]
    submitted = [
        a
        for a in attempts
        if a.submitted_at is not None and (since is None or a.started_at >= since)
    ]
    current = min((a for a in attempts if a.submitted_at is None), key=lambda a: a.pk, default=None)
    return submitted, current


def question_pool(quiz: QuizPage, audience) -> list[QuizQuestion]:
    """Every question this quiz may draw for a learner of ``audience``, in authored order."""
    if quiz.draw_from == QuizPage.DRAW_FROM_COURSE_TAGS:
        course = course_of_quiz(quiz)
        questions = QuizQuestion.objects.filter(
            quiz__in=QuizPage.objects.live().descendant_of(course),
            tags__name__in=list(quiz.draw_tags.names()),
        ).distinct()
        questions = questions.order_by("quiz__path", "sort_order", "pk")
    else:
        questions = quiz.questions.order_by("sort_order", "pk")
    questions = questions.prefetch_related("audiences")
    return [question for question in questions if question.is_for(audience)]


def question_translations(
    question_pks,
) -> dict[int, tuple[QuizQuestion, list[QuizQuestion]]]:
    """Each question with the same question on its quiz's live translations (same
    ``translation_key``, other locales): the question at the same place in the authored order,
    as ``copy_for_translation`` copies a quiz's questions. Questions no longer stored are left
    out. Two queries, however many questions."""
    own = {
        question.pk: question
        for question in QuizQuestion.objects.filter(pk__in=list(question_pks)).select_related(
            "quiz__locale"
        )
    }
    if not own:
        return {}
    own_quizzes = {question.quiz_id for question in own.values()}
    siblings = (
        QuizQuestion.objects.filter(
            quiz__translation_key__in={question.quiz.translation_key for question in own.values()}
        )
        .filter(Q(quiz__live=True) | Q(quiz_id__in=own_quizzes))
        .select_related("quiz__locale")
        .order_by("quiz_id", "sort_order", "pk")
    )
    by_quiz: dict[int, list[QuizQuestion]] = {}
    for question in siblings:
        by_quiz.setdefault(question.quiz_id, []).append(question)
    found = {}
    for pk, question in own.items():
        place = [q.pk for q in by_quiz.get(question.quiz_id, [])].index(pk)
        translations = [
            questions[place]
            for questions in by_quiz.values()
            if questions[0].quiz.translation_key == question.quiz.translation_key
            and questions[0].quiz.locale_id != question.quiz.locale_id
            and place < len(questions)
        ]
        found[pk] = (question, translations)
    return found


def seconds_left(attempt: QuizAttempt, now=None) -> int | None:
    if attempt.deadline is None:
        return None
    now = now or timezone.now()
    return max(0, int((attempt.deadline - now).total_seconds()))


@dataclass
class AttemptInProgress:
    """What the page of an open attempt shows: its answers so far and the time left."""

    attempt: QuizAttempt
    answers: list[AttemptAnswer]
    seconds_left: int | None

    @property
    def immediate(self) -> bool:
        return self.attempt.feedback_mode == QuizPage.FEEDBACK_IMMEDIATE

    @property
    def answered(self) -> int:
        return sum(a.response not in (None, "", [], {}) for a in self.answers)

    @property
    def time_left_label(self) -> str:
        if self.seconds_left is None:
            return ""
        return f"{self.seconds_left // 60}:{self.seconds_left % 60:02d}"

    def reveal_for(self, answer: AttemptAnswer) -> Reveal:
        """While the attempt is open only an answer checked on its own (immediate feedback,
        final) shows its feedback."""
        if answer.checked_at is None:
            return HIDDEN
        return Reveal(feedback=True, correct_answers=self.attempt.show_correct_answers)


def attempt_in_progress(attempt: QuizAttempt, now=None) -> AttemptInProgress:
    return AttemptInProgress(attempt, list(attempt.answers.all()), seconds_left(attempt, now))


@dataclass(frozen=True)
class ReviewVisibility:
    feedback: bool
    correct_answers: bool


def review_visibility(attempt: QuizAttempt) -> ReviewVisibility:
    """What the review of a submitted attempt shows, by the settings it started with."""
    if not attempt.is_submitted:
        return ReviewVisibility(False, False)
    feedback = True
    if attempt.feedback_mode == QuizPage.FEEDBACK_AFTER_PASSING:
        feedback = QuizAttempt.objects.filter(
            user_id=attempt.user_id, quiz_key=attempt.quiz_key, passed=True
        ).exists()
    return ReviewVisibility(feedback, feedback and attempt.show_correct_answers)


def critical_errors(attempt: QuizAttempt, answers: list[AttemptAnswer]) -> list[dict]:
    """The critical errors that failed a submitted attempt whatever its score (decision 0014),
    each ``{"case", "choice", "remediation"}``. Shown on the result whatever the review
    settings: the failed result already says the choice was wrong, and what to do instead is
    what an officer must take from it."""
    if not attempt.is_submitted:
        return []
    found = (kinds.get(a.key["kind"]).critical_error(a.key, a.response) for a in answers)
    return [error for error in found if error is not None]


def quizzes_awaiting_confirmation(courses: dict) -> list[AwaitingConfirmation]:
    """Quizzes whose latest version (a draft, if any) still holds a ``[CHECK]`` marker in a
    question — its prompt, explanation or answer — for the review page of facts awaiting an
    expert (``courses.selectors.facts_awaiting_confirmation``); ``courses`` by tree path. One
    query whatever the number of quizzes (the questions are read from the revisions)."""
    found = []
    quizzes = QuizPage.objects.select_related("latest_revision", "locale").order_by("path")
    for quiz in quizzes:
        questions = latest_content(quiz, "questions")
        if not isinstance(questions, list):  # no revision: the rows themselves
            questions = [
                {"prompt": q.prompt, "explanation": q.explanation, "answer": q.answer.raw_data}
                for q in quiz.questions.all()
            ]
        points = open_points(questions)
        if points:
            found.append(
                AwaitingConfirmation(
                    page=quiz,
                    course=course_above(quiz, courses),
                    open=points,
                    is_live=quiz.live,
                    has_draft=quiz.has_unpublished_changes,
                )
            )
    return found
