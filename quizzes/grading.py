"""Grading: pure functions from an answer key and a learner's response to a score.

Nothing here reads the database or the quiz page. Keys and responses are the JSON-friendly
structures an attempt stores (``AttemptAnswer.key`` / ``.response``), so an attempt is graded
by what it was asked and the key in force when it started, whatever has been edited since.

Response shapes by kind:
    single, true_false   "option id" or None
    multiple             ["option id", …]
    matching             {"item id": "choice id", …}
    ordering             ["step id", …] in the learner's order, or None
    short_answer         "text" or None
    scenario             {"part id": <response of that part's kind>, …}
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

TWO_PLACES = Decimal("0.01")


def normalise_text(text: str) -> str:
    """Compare short answers the way a person would: case, width and repeated spaces ignored."""
    text = unicodedata.normalize("NFKC", text or "")
    return " ".join(text.split()).casefold()


def _single(key: dict, response) -> Fraction:
    return Fraction(1) if response is not None and response in key["correct"] else Fraction(0)


def _multiple(key: dict, response) -> Fraction:
    chosen = set(response or [])
    correct = set(key["correct"])
    hits = len(chosen & correct)
    misses = len(chosen - correct)
    return max(Fraction(0), Fraction(hits - misses, len(correct)))


def _matching(key: dict, response) -> Fraction:
    pairs = key["pairs"]
    response = response or {}
    right = sum(1 for item, choice in pairs.items() if response.get(item) == choice)
    return Fraction(right, len(pairs))


def _ordering(key: dict, response) -> Fraction:
    order = key["order"]
    if not response or len(order) < 2:
        return Fraction(0)
    successor = {step: order[i + 1] for i, step in enumerate(order[:-1])}
    right = sum(1 for i, step in enumerate(response[:-1]) if successor.get(step) == response[i + 1])
    return Fraction(right, len(order) - 1)


def _short_answer(key: dict, response) -> Fraction:
    if not response:
        return Fraction(0)
    accepted = {normalise_text(answer) for answer in key["accepted"]}
    return Fraction(1) if normalise_text(response) in accepted else Fraction(0)


def _scenario(key: dict, response) -> Fraction:
    parts = key["parts"]
    response = response or {}
    total = sum((grade_item(part, response.get(pid)) for pid, part in parts.items()), Fraction(0))
    return total / len(parts)


GRADERS = {
    "single": _single,
    "true_false": _single,
    "multiple": _multiple,
    "matching": _matching,
    "ordering": _ordering,
    "short_answer": _short_answer,
    "scenario": _scenario,
}


def grade_item(key: dict, response) -> Fraction:
    """The share of the marks (0–1) that ``response`` earns against ``key``."""
    return GRADERS[key["kind"]](key, response)


def to_decimal(value: Fraction | int) -> Decimal:
    value = Fraction(value)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        TWO_PLACES, rounding=ROUND_HALF_UP
    )


@dataclass(frozen=True)
class QuestionResult:
    fraction: Fraction
    points: int

    @property
    def score(self) -> Fraction:
        return self.fraction * self.points

    @property
    def is_correct(self) -> bool:
        return self.fraction == 1


def grade_question(key: dict, response, points: int) -> QuestionResult:
    return QuestionResult(fraction=grade_item(key, response), points=points)


@dataclass(frozen=True)
class AttemptResult:
    score: Fraction
    max_score: int
    pass_mark: int

    @property
    def percent(self) -> Fraction:
        return Fraction(100) * self.score / self.max_score if self.max_score else Fraction(0)

    @property
    def passed(self) -> bool:
        # Compared exactly: 79.999…% never rounds up to a pass at 80%.
        return self.max_score > 0 and self.percent >= self.pass_mark


def grade_attempt(results: list[QuestionResult], pass_mark: int) -> AttemptResult:
    return AttemptResult(
        score=sum((r.score for r in results), Fraction(0)),
        max_score=sum(r.points for r in results),
        pass_mark=pass_mark,
    )
