"""A quiz's minutes from the questions an attempt asks and their kinds — computed, never typed
by hand. Pure functions over each question's raw answer (``[{"type": kind, "value": …}]``), so
``QuizPage.save()`` and the data migration reckon alike; the rates are
``settings.TIME_ESTIMATES`` (platform parameters, not facts)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from courses.durations import estimates, reading_seconds, whole_minutes, words_in


def question_seconds(raw_answer: Iterable[dict]) -> float:
    """Answering one question: its kind's allowance; for a scenario, reading the case plus each
    part's own kind's allowance (so a scenario takes longer than a single choice)."""
    rates = estimates()
    per_kind, other = rates["seconds_per_question"], rates["seconds_per_other_question"]
    seconds = 0.0
    for block in raw_answer or []:
        kind, value = block.get("type"), block.get("value") or {}
        if kind == "scenario":
            seconds += reading_seconds(words_in(value.get("case", "")))
            for part in _items(value.get("sub_questions")):
                seconds += question_seconds((part or {}).get("answer") or [])
        else:
            seconds += per_kind.get(kind, other)
    return seconds


def _items(list_value) -> list:
    """A ListBlock's raw items, stored either as plain values or as {"type": "item", …}."""
    items = []
    for item in list_value or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            item = item["value"]
        items.append(item)
    return items


def quiz_minutes(
    questions: Iterable[tuple[Iterable[dict], frozenset]],
    draw_count: int | None,
    time_limit_minutes: int | None,
    pool_unknown: bool = False,
) -> int:
    """Minutes to set aside for one attempt, on its most demanding path: the questions asked of
    the audience with the most to answer (``questions``: each one's raw answer and the audience
    ids it is limited to, empty for everyone). When an attempt draws ``draw_count`` of them,
    that many questions of the pool's average length. ``pool_unknown``: questions are drawn
    from other quizzes by tag, so each counts as a question of an unlisted kind. Rounded up to
    whole minutes, at least one, at most the time limit."""
    timed = [(question_seconds(answer), audiences) for answer, audiences in questions]
    if pool_unknown:
        seconds = (draw_count or 0) * estimates()["seconds_per_other_question"]
    else:
        shared = [s for s, audiences in timed if not audiences]
        pools = [shared]
        for audience in {a for _s, audiences in timed for a in audiences}:
            pools.append(shared + [s for s, audiences in timed if audience in audiences])
        seconds = max(_attempt_seconds(pool, draw_count) for pool in pools)
    minutes = whole_minutes(seconds)
    return min(minutes, time_limit_minutes) if time_limit_minutes else minutes


def _attempt_seconds(pool: list[float], draw_count: int | None) -> float:
    if not pool:
        return 0.0
    if draw_count and draw_count < len(pool):
        return math.fsum(pool) / len(pool) * draw_count
    return math.fsum(pool)
