"""Grading: pure functions from an answer key and a learner's response to a score.

Nothing here reads the database or the quiz page. Keys and responses are the JSON-friendly
structures an attempt stores (``AttemptAnswer.key`` / ``.response``), so an attempt is graded
by what it was asked and the key in force when it started, whatever has been edited since.

Each kind of question grades its own answers (``QuestionKind.grade``, in its module of
``quizzes.kinds``, with its rule for partial credit); this module dispatches by the key's kind
and adds the results up. Scores stay exact fractions until they are stored.

Response shapes of the kinds built in:
    single, true_false   "option id" or None
    multiple             ["option id", …]
    matching             {"item id": "choice id", …}
    ordering             ["step id", …] in the learner's order, or None
    short_answer         "text" or None
    scenario             {"part id": <response of that part's kind>, …}
    branching            ["choice id", …]: the path taken, step by step

A critical error (a branching case's choice that puts someone in danger) fails the attempt
whatever its score (decision 0014): a safety-critical act is not made up for by other answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from . import kinds

TWO_PLACES = Decimal("0.01")


def grade_item(key: dict, response) -> Fraction:
    """The share of the marks (0–1) that ``response`` earns against ``key``."""
    return kinds.get(key["kind"]).grade(key, response)


def to_decimal(value: Fraction | int) -> Decimal:
    value = Fraction(value)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        TWO_PLACES, rounding=ROUND_HALF_UP
    )


@dataclass(frozen=True)
class QuestionResult:
    fraction: Fraction
    points: int
    critical_error: bool = False

    @property
    def score(self) -> Fraction:
        return self.fraction * self.points

    @property
    def is_correct(self) -> bool:
        return self.fraction == 1


def grade_question(key: dict, response, points: int) -> QuestionResult:
    kind = kinds.get(key["kind"])
    return QuestionResult(
        fraction=kind.grade(key, response),
        points=points,
        critical_error=kind.critical_error(key, response) is not None,
    )


@dataclass(frozen=True)
class AttemptResult:
    score: Fraction
    max_score: int
    pass_mark: int
    critical_error: bool = False

    @property
    def percent(self) -> Fraction:
        return Fraction(100) * self.score / self.max_score if self.max_score else Fraction(0)

    @property
    def passed(self) -> bool:
        # Compared exactly: 79.999…% never rounds up to a pass at 80%.
        return not self.critical_error and self.max_score > 0 and self.percent >= self.pass_mark


def grade_attempt(results: list[QuestionResult], pass_mark: int) -> AttemptResult:
    return AttemptResult(
        score=sum((r.score for r in results), Fraction(0)),
        max_score=sum(r.points for r in results),
        pass_mark=pass_mark,
        critical_error=any(r.critical_error for r in results),
    )
