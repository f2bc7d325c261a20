"""The quiz report trainers read in the admin: every figure is one aggregate query over the
submitted attempts of a quiz (in all its languages), so the report costs the same at 100 or
100,000 attempts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Avg, Count, Q

from .models import AttemptAnswer, QuizAttempt, QuizPage, QuizQuestion

BUCKET_WIDTH = 10


def pass_rate(learners_passed: int, learners: int) -> int:
    """The pass rate of a quiz, wherever it is shown: of the learners who submitted an attempt,
    the share (%) who passed at any attempt. Attempts that passed are a separate figure."""
    return round(100 * learners_passed / learners) if learners else 0


@dataclass
class Bucket:
    low: int
    high: int
    count: int
    share: float  # of the largest bucket, for the bar's height

    @property
    def label(self) -> str:
        return f"{self.low}–{self.high}%"

    # Geometry of the bar in the report's SVG chart (bars 120 units tall at most).
    @property
    def bar_x(self) -> int:
        return 4 + 42 * (self.low // BUCKET_WIDTH)

    @property
    def bar_height(self) -> int:
        return round(120 * self.share)

    @property
    def bar_y(self) -> int:
        return 130 - self.bar_height


@dataclass
class QuestionDifficulty:
    question_pk: int
    prompt: str
    kind: str
    tags: list
    answered: int
    correct: int
    average_share: Decimal | None

    @property
    def percent_correct(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


@dataclass
class QuizReport:
    quiz: QuizPage
    attempts: int
    learners: int
    learners_passed: int
    attempts_passed: int
    average_percent: Decimal | None
    buckets: list[Bucket]
    questions: list[QuestionDifficulty]

    @property
    def pass_rate(self) -> int:
        return pass_rate(self.learners_passed, self.learners)


def submitted_attempts(quiz: QuizPage):
    return QuizAttempt.objects.filter(quiz_key=quiz.translation_key, submitted_at__isnull=False)


def _buckets(attempts) -> list[Bucket]:
    bounds = [(low, low + BUCKET_WIDTH) for low in range(0, 100, BUCKET_WIDTH)]
    filters = {
        f"b{low}": Count(
            "pk",
            filter=Q(percent__gte=low)
            & (Q(percent__lt=high) if high < 100 else Q(percent__lte=100)),
        )
        for low, high in bounds
    }
    counts = attempts.aggregate(**filters)
    tallest = max(counts.values(), default=0) or 1
    return [
        Bucket(low, high, counts[f"b{low}"], counts[f"b{low}"] / tallest) for low, high in bounds
    ]


def _questions(attempts) -> list[QuestionDifficulty]:
    rows = (
        AttemptAnswer.objects.filter(attempt__in=attempts)
        .values("question_pk")
        .annotate(
            answered=Count("pk"),
            correct=Count("pk", filter=Q(is_correct=True)),
            share=Avg("score"),
            points=Avg("points"),
        )
    )
    rows = list(rows)
    current = {
        q.pk: q
        for q in QuizQuestion.objects.filter(
            pk__in=[r["question_pk"] for r in rows]
        ).prefetch_related("tagged_items__tag")
    }
    missing = [r["question_pk"] for r in rows if r["question_pk"] not in current]
    # A deleted question is still reported, under the prompt its last attempt showed.
    asked = {}
    if missing:
        for pk, snapshot in (
            AttemptAnswer.objects.filter(question_pk__in=missing)
            .order_by("question_pk", "-pk")
            .values_list("question_pk", "asked")
        ):
            asked.setdefault(pk, snapshot)
    result = []
    for row in rows:
        question = current.get(row["question_pk"])
        snapshot = asked.get(row["question_pk"], {})
        share = None
        if row["share"] is not None and row["points"]:
            share = Decimal(row["share"]) / Decimal(row["points"])
        result.append(
            QuestionDifficulty(
                question_pk=row["question_pk"],
                prompt=question.prompt if question else snapshot.get("prompt", ""),
                kind=question.kind if question else snapshot.get("kind", ""),
                tags=[item.tag.name for item in question.tagged_items.all()] if question else [],
                answered=row["answered"],
                correct=row["correct"],
                average_share=share,
            )
        )
    result.sort(key=lambda q: (q.correct / q.answered if q.answered else 1, q.question_pk))
    return result


def quiz_report(quiz: QuizPage) -> QuizReport:
    attempts = submitted_attempts(quiz)
    totals = attempts.aggregate(
        attempts=Count("pk"),
        learners=Count("user", distinct=True),
        learners_passed=Count("user", distinct=True, filter=Q(passed=True)),
        attempts_passed=Count("pk", filter=Q(passed=True)),
        average=Avg("percent"),
    )
    return QuizReport(
        quiz=quiz,
        attempts=totals["attempts"],
        learners=totals["learners"],
        learners_passed=totals["learners_passed"],
        attempts_passed=totals["attempts_passed"],
        average_percent=totals["average"],
        buckets=_buckets(attempts),
        questions=_questions(attempts),
    )


ATTEMPT_COLUMNS = [
    "attempt_id",
    "learner_email",
    "organisation",
    "attempt_number",
    "started_at",
    "submitted_at",
    "score",
    "max_score",
    "percent",
    "passed",
    "graded_from_saved",
]


def attempt_rows(quiz: QuizPage):
    """One CSV row per submitted attempt, streamed in pk order."""
    yield ATTEMPT_COLUMNS
    attempts = (
        submitted_attempts(quiz)
        .select_related("user__organisation")
        .order_by("pk")
        .iterator(chunk_size=2000)
    )
    for a in attempts:
        organisation = getattr(a.user, "organisation", None)
        yield [
            a.pk,
            a.user.email,
            organisation.name if organisation else "",
            a.number,
            a.started_at,
            a.submitted_at,
            a.score,
            a.max_score,
            a.percent,
            "yes" if a.passed else "no",
            "yes" if a.graded_from_saved else "no",
        ]


def question_rows(report: QuizReport):
    yield ["question_id", "question", "kind", "tags", "answered", "correct", "percent_correct"]
    for q in report.questions:
        yield [
            q.question_pk,
            q.prompt,
            q.kind,
            ";".join(q.tags),
            q.answered,
            q.correct,
            q.percent_correct,
        ]
