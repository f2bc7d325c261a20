"""Course analytics for trainers: enrolments over time, the completion funnel by module, the
median time to complete, pass rates and score distributions per quiz, the hardest questions,
and a breakdown by role and organisation.

Every figure is an aggregate computed by the database over the course's records (in all its
languages, by translation key). Python only shapes the few result rows, so the page costs the
same number of queries at 10 learners as at 10,000 (tests assert it; benchmarks measure it)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from functools import cached_property

from django.db.models import Avg, Count, FloatField, Func, Q
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, ModulePage
from courses.models.taxonomy import in_active_language
from frontline import charts
from quizzes.models import AttemptAnswer, QuizAttempt, QuizPage, QuizQuestion
from quizzes.reports import (
    ATTEMPT,
    BAND_WIDTH,
    BANDS,
    pass_rate,
    percent_correct,
    question_difficulty,
    score_bands,
    score_chart,
)

MONTHS = 12
HARDEST = 10


def _percent(part, whole) -> int:
    return round(100 * part / whole) if whole else 0


@dataclass
class Month:
    start: datetime
    enrolled: int = 0
    completed: int = 0

    @property
    def label(self) -> str:
        return f"{self.start:%Y-%m}"


@dataclass
class FunnelStep:
    label: str
    learners: int
    of_enrolled: int  # percent


@dataclass
class QuizFigures:
    quiz: QuizPage
    attempts: int = 0
    attempts_passed: int = 0
    learners: int = 0
    learners_passed: int = 0
    average: Decimal | None = None
    bands: list[int] = field(default_factory=lambda: [0] * len(BANDS))

    @property
    def pass_rate(self) -> int:
        """Of the learners who tried, the share who passed (at any attempt): the quiz
        report's definition."""
        return pass_rate(self.learners_passed, self.learners)

    @cached_property
    def chart(self) -> charts.Chart:
        return score_chart(self.bands)


@dataclass
class HardQuestion:
    question_pk: int
    quiz_title: str
    prompt: str
    answered: int
    correct: int

    @property
    def percent_correct(self) -> int:
        return percent_correct(self.correct, self.answered)


@dataclass
class Breakdown:
    label: str
    enrolled: int
    completed: int

    @property
    def completion_rate(self) -> int:
        return _percent(self.completed, self.enrolled)


def _month_starts(now, count: int) -> list[datetime]:
    """The first moments of the last ``count`` months and of the month after them, in the
    site's time zone (where a trainer's months begin)."""
    first = timezone.localtime(now).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    starts = [(first + timedelta(days=32)).replace(day=1), first]
    for _month in range(count - 1):
        first = (first - timedelta(days=1)).replace(day=1)
        starts.append(first)
    return list(reversed(starts))


def _month_counts(starts: list[datetime]) -> dict:
    """Aggregates counting, per month, the enrolments made and the runs completed in it
    (``enrolled_<i>``, ``completed_<i>``): plain comparisons with the months' bounds, which an
    index serves, rather than truncating every row's date to its month."""
    counts = {}
    for i, (start, end) in enumerate(itertools.pairwise(starts)):
        counts[f"enrolled_{i}"] = Count("pk", filter=Q(enrolled_at__gte=start, enrolled_at__lt=end))
        counts[f"completed_{i}"] = Count(
            "pk", filter=Q(completed_at__gte=start, completed_at__lt=end)
        )
    return counts


def _months(totals: dict, starts: list[datetime]) -> list[Month]:
    """Enrolments per month, and completions per month, for the last twelve months."""
    return [
        Month(start, totals[f"enrolled_{i}"], totals[f"completed_{i}"])
        for i, start in enumerate(starts[:-1])
    ]


def _funnel(course, key, enrolled: int, completed: int) -> list[FunnelStep]:
    """Enrolled → started → finished each module's lessons → completed the course.

    A module counts as finished when a learner has completed every lesson of it that is for
    everyone (role-specific lessons differ between learners); a module with only role-specific
    lessons counts once any of them is done."""
    modules = list(ModulePage.objects.child_of(course).live().order_by("path"))
    lessons = (
        LessonPage.objects.descendant_of(course)
        .live()
        .defer("body")
        .order_by("path")
        .prefetch_related("audiences")
    )
    by_module: dict[str, list] = {m.path: [] for m in modules}
    for lesson in lessons:
        by_module.setdefault(lesson.path[: -LessonPage.steplen], []).append(lesson)
    thresholds = {}
    for index, module in enumerate(modules):
        module_lessons = by_module.get(module.path, [])
        shared = [lesson for lesson in module_lessons if not lesson.audiences.all()]
        counted = shared or module_lessons
        thresholds[index] = (
            [lesson.translation_key for lesson in counted],
            len(shared) if shared else min(1, len(counted)),
        )
    per_learner = (
        LessonProgress.objects.filter(course_key=key, completed_at__isnull=False)
        .values("user")
        .annotate(
            **{
                f"m{index}": Count("pk", filter=Q(lesson_key__in=keys))
                for index, (keys, _needed) in thresholds.items()
            }
        )
    )
    figures = per_learner.aggregate(
        started=Count("user"),
        **{
            f"done{index}": Count("user", filter=Q(**{f"m{index}__gte": needed}))
            for index, (_keys, needed) in thresholds.items()
            if needed
        },
    )
    steps = [
        FunnelStep(_("Enrolled"), enrolled, 100),
        FunnelStep(_("Started"), figures["started"], _percent(figures["started"], enrolled)),
    ]
    for index, module in enumerate(modules):
        done = figures.get(f"done{index}", 0)
        steps.append(FunnelStep(module.title, done, _percent(done, enrolled)))
    steps.append(FunnelStep(_("Completed the course"), completed, _percent(completed, enrolled)))
    return steps


class _SecondsBetween(Func):
    """The seconds from one moment to a later one, in the database's own arithmetic (Django's
    subtraction calls a Python function per row on SQLite)."""

    output_field = FloatField()
    template = "EXTRACT(EPOCH FROM (%(expressions)s))"
    arg_joiner = " - "

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="((julianday(%(expressions)s)) * 86400.0)",
            arg_joiner=") - julianday(",
            **extra_context,
        )


def _median_days(enrolments, completed: int) -> float | None:
    """The middle of the ``completed`` runs' durations: the database orders them, and only the
    one or two middle runs are read, their durations taken exactly from their dates."""
    if not completed:
        return None
    started = Coalesce("run_started_at", "enrolled_at")
    middle = (
        enrolments.filter(completed_at__isnull=False)
        .annotate(started=started, took=_SecondsBetween("completed_at", started))
        .order_by("took", "pk")
        .values_list("completed_at", "started")[(completed - 1) // 2 : completed // 2 + 1]
    )
    durations = [(end - start).total_seconds() for end, start in middle]
    return round(sum(durations) / len(durations) / 86400, 1)


def _quizzes(course, key) -> list[QuizFigures]:
    quizzes = list(QuizPage.objects.descendant_of(course).live().order_by("path"))
    figures = {q.translation_key: QuizFigures(q) for q in quizzes}
    attempts = QuizAttempt.objects.filter(course_key=key, submitted_at__isnull=False)
    for row in (
        attempts.values("quiz_key")
        .annotate(
            attempts=Count(ATTEMPT),
            attempts_passed=Count(ATTEMPT, filter=Q(passed=True)),
            learners=Count("user", distinct=True),
            learners_passed=Count("user", distinct=True, filter=Q(passed=True)),
            average=Avg("percent"),
        )
        .order_by()
    ):
        entry = figures.get(row["quiz_key"])
        if entry is None:  # a quiz since deleted: its attempts still count in the course
            continue
        entry.attempts = row["attempts"]
        entry.attempts_passed = row["attempts_passed"]
        entry.learners = row["learners"]
        entry.learners_passed = row["learners_passed"]
        entry.average = row["average"]
    for (quiz_key,), bands in score_bands(attempts, "quiz_key").items():
        if quiz_key in figures:
            figures[quiz_key].bands = bands
    return list(figures.values())


def _hardest(quizzes: list[QuizFigures]) -> list[HardQuestion]:
    """The questions of the course's quizzes with the lowest share of fully correct answers.
    Answers are found by question (an indexed column), not by joining their attempts: at
    500,000 answers that is the difference between a tenth and half a second."""
    titles = {q.quiz.pk: q.quiz.title for q in quizzes}
    questions = {
        pk: (prompt, quiz_id)
        for pk, prompt, quiz_id in QuizQuestion.objects.filter(quiz__in=list(titles)).values_list(
            "pk", "prompt", "quiz_id"
        )
    }
    if not questions:
        return []
    rows = (
        question_difficulty(AttemptAnswer.objects.filter(question_pk__in=list(questions)))
        .annotate(rate=Cast("correct", FloatField()) / Cast("answered", FloatField()))
        .order_by("rate", "-answered", "question_pk")[:HARDEST]
    )
    return [
        HardQuestion(
            r["question_pk"],
            titles[questions[r["question_pk"]][1]],
            questions[r["question_pk"]][0],
            r["answered"],
            r["correct"],
        )
        for r in rows
    ]


AUDIENCE = ("user__audience__name", "user__audience__name_sv")
ORGANISATION = ("user__organisation__name",)


def _by_role_and_organisation(enrolments) -> list[dict]:
    """Enrolled and completed per pair of role and organisation: one pass over the enrolments
    and their learners for both breakdowns, which ``_breakdown`` adds up."""
    return list(
        enrolments.values(*AUDIENCE, *ORGANISATION)
        .annotate(enrolled=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
        .order_by()
    )


def _breakdown(rows: list[dict], fields: tuple[str, ...]) -> list[Breakdown]:
    """The ``rows`` added up by ``fields``, most enrolled first (then by name, none last)."""
    totals: dict[tuple, list[int]] = {}
    for row in rows:
        names = tuple(row[f] for f in fields)
        counts = totals.setdefault(names, [0, 0])
        counts[0] += row["enrolled"]
        counts[1] += row["completed"]
    ordered = sorted(
        totals.items(),
        key=lambda item: (-item[1][0], [(name is None, name or "") for name in item[0]]),
    )
    result = []
    for names, (enrolled, completed) in ordered:
        label = in_active_language(*names) if len(names) == 2 else names[0]
        result.append(Breakdown(label or "—", enrolled, completed))
    return result


class CourseAnalytics:
    """A course's figures, each computed by the database when first asked for: the page asks
    for all of them, a CSV export only for its own table."""

    def __init__(self, course: CoursePage, now=None):
        self.course = course
        self.now = now or timezone.now()
        self.key = course.translation_key
        self.enrolments = Enrolment.objects.filter(course_key=self.key)

    @cached_property
    def _month_starts(self) -> list[datetime]:
        return _month_starts(self.now, MONTHS)

    @cached_property
    def _totals(self) -> dict:
        """The enrolment totals and the monthly series, in one pass over the enrolments."""
        return self.enrolments.aggregate(
            enrolled=Count("pk"),
            completed=Count("pk", filter=Q(completed_at__isnull=False)),
            **_month_counts(self._month_starts),
        )

    @property
    def enrolled(self) -> int:
        return self._totals["enrolled"]

    @property
    def completed(self) -> int:
        return self._totals["completed"]

    @property
    def completion_rate(self) -> int:
        return _percent(self.completed, self.enrolled)

    @cached_property
    def months(self) -> list[Month]:
        return _months(self._totals, self._month_starts)

    @cached_property
    def funnel(self) -> list[FunnelStep]:
        return _funnel(self.course, self.key, self.enrolled, self.completed)

    @cached_property
    def median_days(self) -> float | None:
        return _median_days(self.enrolments, self.completed)

    @cached_property
    def quizzes(self) -> list[QuizFigures]:
        return _quizzes(self.course, self.key)

    @cached_property
    def hardest(self) -> list[HardQuestion]:
        return _hardest(self.quizzes)

    @cached_property
    def _by_role_and_organisation(self) -> list[dict]:
        return _by_role_and_organisation(self.enrolments)

    @cached_property
    def by_audience(self) -> list[Breakdown]:
        return _breakdown(self._by_role_and_organisation, AUDIENCE)

    @cached_property
    def by_organisation(self) -> list[Breakdown]:
        return _breakdown(self._by_role_and_organisation, ORGANISATION)

    # Charts
    @property
    def enrolment_chart(self) -> charts.Chart:
        return charts.columns([(m.label, m.enrolled) for m in self.months])

    @property
    def funnel_chart(self) -> charts.Chart:
        return charts.rows([(s.label, s.learners) for s in self.funnel])

    @property
    def pass_rate_chart(self) -> charts.Chart:
        return charts.rows([(q.quiz.title, q.pass_rate) for q in self.quizzes], "%", 100)

    @property
    def audience_chart(self) -> charts.Chart:
        return _completion_chart(self.by_audience)

    @property
    def organisation_chart(self) -> charts.Chart:
        return _completion_chart(self.by_organisation)


def _completion_chart(breakdown: list[Breakdown]) -> charts.Chart:
    return charts.rows([(b.label, b.completion_rate) for b in breakdown], "%", 100)


def course_analytics(course: CoursePage, now=None) -> CourseAnalytics:
    return CourseAnalytics(course, now)


# CSV tables ---------------------------------------------------------------------------------

TABLES = ("enrolments", "funnel", "quizzes", "questions", "roles", "organisations")


def table_rows(course: CoursePage, table: str, now=None) -> list[list]:
    analytics = CourseAnalytics(course, now)
    if table == "enrolments":
        return [["month", "enrolled", "completed"]] + [
            [m.label, m.enrolled, m.completed] for m in analytics.months
        ]
    if table == "funnel":
        return [["step", "learners", "percent_of_enrolled"]] + [
            [s.label, s.learners, s.of_enrolled] for s in analytics.funnel
        ]
    if table == "quizzes":
        bands = [f"{low}-{low + BAND_WIDTH}%" for low in BANDS]
        return [
            [
                "quiz",
                "attempts",
                "attempts_passed",
                "learners",
                "learners_passed",
                "pass_rate",
                "average",
                *bands,
            ]
        ] + [
            [
                q.quiz.title,
                q.attempts,
                q.attempts_passed,
                q.learners,
                q.learners_passed,
                q.pass_rate,
                f"{q.average:.1f}" if q.average is not None else "",
                *q.bands,
            ]
            for q in analytics.quizzes
        ]
    if table == "questions":
        return [["quiz", "question", "answered", "correct", "percent_correct"]] + [
            [h.quiz_title, h.prompt, h.answered, h.correct, h.percent_correct]
            for h in analytics.hardest
        ]
    breakdown = analytics.by_audience if table == "roles" else analytics.by_organisation
    return [[table[:-1], "enrolled", "completed", "completion_rate"]] + [
        [b.label, b.enrolled, b.completed, b.completion_rate] for b in breakdown
    ]
