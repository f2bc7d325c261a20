"""The quiz report trainers read in the admin: every figure is one aggregate query over the
submitted attempts of a quiz (in all its languages), so the report costs the same at 100 or
100,000 attempts.

The figures that course analytics shows too are defined here once — the pass rate, the score
bands, a question's difficulty — and analytics asks for them over a whole course."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Avg, Count, Max, Q

from frontline import charts

from .models import AttemptAnswer, QuizAttempt, QuizPage, QuizQuestion

BAND_WIDTH = 10
BANDS = range(0, 100, BAND_WIDTH)

# Attempts and answers are counted on a column that is never NULL and that the report indexes
# hold, not on their id: PostgreSQL then reads the counts from the index alone.
ATTEMPT = "user"
ANSWER = "question_pk"


def pass_rate(learners_passed: int, learners: int) -> int:
    """The pass rate of a quiz, wherever it is shown: of the learners who submitted an attempt,
    the share (%) who passed at any attempt. Attempts that passed are a separate figure."""
    return round(100 * learners_passed / learners) if learners else 0


def score_bands(attempts, *by: str) -> dict[tuple, list[int]]:
    """Submitted ``attempts`` counted per 10-point band of their percentage (the top band
    includes 100), lowest band first, for each value of the ``by`` fields (``()`` for all).

    The database counts them per distinct percentage — read in order from the report indexes,
    which hold the percentage right after the quiz — and the few rows are folded into bands
    here: cheaper than testing every attempt against ten ranges."""
    bands: dict[tuple, list[int]] = {}
    rows = attempts.values(*by, "percent").annotate(n=Count(ATTEMPT)).order_by()
    for row in rows:
        percent = row["percent"]
        if percent is None or not 0 <= percent <= 100:
            continue
        counts = bands.setdefault(tuple(row[f] for f in by), [0] * len(BANDS))
        counts[min(int(percent // BAND_WIDTH), len(BANDS) - 1)] += row["n"]
    return bands


def score_chart(counts: list[int]) -> charts.Chart:
    """Attempts per score band as columns labelled "0–10" … "90–100"."""
    labels = [f"{low}–{low + BAND_WIDTH}" for low in BANDS]
    return charts.columns(list(zip(labels, counts, strict=True)))


def question_difficulty(answers):
    """Per question (grouped on the answers' own ``question_pk`` index, never by joining their
    attempts), how many graded answers it got and how many were fully correct."""
    return (
        answers.filter(is_correct__isnull=False)
        .values("question_pk")
        .annotate(answered=Count(ANSWER), correct=Count(ANSWER, filter=Q(is_correct=True)))
    )


def percent_correct(correct: int, answered: int) -> int:
    return round(100 * correct / answered) if answered else 0


@dataclass
class Band:
    low: int
    count: int

    @property
    def label(self) -> str:
        return f"{self.low}–{self.low + BAND_WIDTH}%"


@dataclass
class QuestionDifficulty:
    question_pk: int
    prompt: str
    kind: str
    tags: list
    answered: int
    correct: int

    @property
    def percent_correct(self) -> int:
        return percent_correct(self.correct, self.answered)


@dataclass
class QuizReport:
    quiz: QuizPage
    attempts: int
    learners: int
    learners_passed: int
    attempts_passed: int
    average_percent: Decimal | None
    bands: list[Band]
    questions: list[QuestionDifficulty]

    @property
    def pass_rate(self) -> int:
        return pass_rate(self.learners_passed, self.learners)

    @property
    def chart(self) -> charts.Chart:
        return score_chart([band.count for band in self.bands])


def submitted_attempts(quiz: QuizPage):
    return QuizAttempt.objects.filter(quiz_key=quiz.translation_key, submitted_at__isnull=False)


def _difficulty_rows(answers) -> dict[int, dict]:
    """Per question, its graded answers' count and fully correct count."""
    return {row["question_pk"]: row for row in question_difficulty(answers).order_by()}


def _question_figures(quiz: QuizPage) -> dict[int, dict]:
    """Per question, the figures of its answers in the quiz's submitted attempts.

    Counted on the answers' own copy of their quiz key (an index holding every column read),
    then less the answers of the attempts still open — at most one per learner, and only
    immediate feedback grades an answer before its attempt is submitted. Joining the answers to
    their attempts instead costs a second at 100,000 attempts."""
    rows = _difficulty_rows(AttemptAnswer.objects.filter(quiz_key=quiz.translation_key))
    still_open = QuizAttempt.objects.filter(
        quiz_key=quiz.translation_key, submitted_at__isnull=True
    ).values("pk")
    for pk, row in _difficulty_rows(AttemptAnswer.objects.filter(attempt__in=still_open)).items():
        counted = rows[pk]  # the first count holds every answer the second does
        for figure in ("answered", "correct"):
            counted[figure] -= row[figure]
        if not counted["answered"]:
            del rows[pk]
    return rows


def _last_asked(question_pks: list[int]) -> dict[int, dict]:
    """The question as the last answer to it showed it, for questions since deleted: the newest
    answer of each, found on the (question_pk, is_correct) index."""
    if not question_pks:
        return {}
    newest = (
        AttemptAnswer.objects.filter(question_pk__in=question_pks)
        .values("question_pk")
        .annotate(newest=Max("pk"))
        .values("newest")
    )
    return dict(AttemptAnswer.objects.filter(pk__in=newest).values_list("question_pk", "asked"))


def _questions(quiz: QuizPage) -> list[QuestionDifficulty]:
    rows = _question_figures(quiz)
    current = {
        q.pk: q
        for q in QuizQuestion.objects.filter(pk__in=list(rows)).prefetch_related(
            "tagged_items__tag"
        )
    }
    # A deleted question is still reported, under the prompt its last attempt showed.
    asked = _last_asked([pk for pk in rows if pk not in current])
    result = []
    for pk, row in rows.items():
        question = current.get(pk)
        snapshot = asked.get(pk, {})
        result.append(
            QuestionDifficulty(
                question_pk=pk,
                prompt=question.prompt if question else snapshot.get("prompt", ""),
                kind=question.kind if question else snapshot.get("kind", ""),
                tags=[item.tag.name for item in question.tagged_items.all()] if question else [],
                answered=row["answered"],
                correct=row["correct"],
            )
        )
    result.sort(key=lambda q: (q.correct / q.answered if q.answered else 1, q.question_pk))
    return result


def quiz_report(quiz: QuizPage) -> QuizReport:
    attempts = submitted_attempts(quiz)
    totals = attempts.aggregate(
        attempts=Count(ATTEMPT),
        learners=Count("user", distinct=True),
        learners_passed=Count("user", distinct=True, filter=Q(passed=True)),
        attempts_passed=Count(ATTEMPT, filter=Q(passed=True)),
        average=Avg("percent"),
    )
    bands = score_bands(attempts).get((), [0] * len(BANDS))
    return QuizReport(
        quiz=quiz,
        attempts=totals["attempts"],
        learners=totals["learners"],
        learners_passed=totals["learners_passed"],
        attempts_passed=totals["attempts_passed"],
        average_percent=totals["average"],
        bands=[Band(low, n) for low, n in zip(BANDS, bands, strict=True)],
        questions=_questions(quiz),
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
