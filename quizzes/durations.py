"""A quiz's minutes from the questions an attempt asks and their kinds — computed, never typed
by hand. Pure functions over each question's raw answer (``[{"type": kind, "value": …}]``), so
``QuizPage.save()`` and the data migration reckon alike; the rates are
``settings.TIME_ESTIMATES`` (platform parameters, not facts)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from courses import branching
from courses.durations import estimates, reading_seconds, whole_minutes, words_in


def question_seconds(raw_answer: Iterable[dict]) -> float:
    """Answering one question: its kind's allowance; for a scenario, reading the case plus each
    part's own kind's allowance (so a scenario takes longer than a single choice); for a
    branching case, reading its words on its longest path."""
    rates = estimates()
    per_kind, other = rates["seconds_per_question"], rates["seconds_per_other_question"]
    seconds = 0.0
    for block in raw_answer or []:
        kind, value = block.get("type"), block.get("value") or {}
        if kind == "scenario":
            seconds += reading_seconds(words_in(value.get("case", "")))
            for part in _items(value.get("sub_questions")):
                seconds += question_seconds((part or {}).get("answer") or [])
        elif kind == "branching":
            seconds += reading_seconds(longest_path_words(value))
        else:
            seconds += per_kind.get(kind, other)
    return seconds


def longest_path_words(value: dict) -> int:
    """The words a learner reads on the case's wordiest path (raw block value): its title and
    introduction, then at each situation its text and every choice offered, and the
    consequence of the one taken. Endings' debriefs are read at review, not in the attempt."""
    situations = [dict(s or {}) for s in _items(value.get("situations"))]
    for situation in situations:
        situation["choices"] = _items(situation.get("choices"))
    plan = branching.plan_of(
        {
            "title": value.get("title", ""),
            "intro": value.get("intro", ""),
            "situations": situations,
            "endings": _items(value.get("endings")),
        }
    )
    words = words_in(plan["title"]) + words_in(plan["intro"])
    return words + max((_path_words(plan, ids) for ids in branching.every_path(plan)), default=0)


def _path_words(plan: dict, ids: list[str]) -> int:
    path = branching.walk(plan, ids)
    return sum(
        words_in(situation["text"])
        + sum(words_in(offered["label"]) for offered in situation["choices"])
        + words_in(choice["consequence"])
        for situation, choice in path.steps
    )


def _items(list_value) -> list:
    """A ListBlock's raw items, stored either as plain values or as {"type": "item", …}."""
    items = []
    for item in list_value or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            item = item["value"]
        items.append(item)
    return items


def quiz_minutes(
    questions: Iterable[tuple],
    draw_count: int | None,
    time_limit_minutes: int | None,
    pool_unknown: bool = False,
) -> int:
    """Minutes to set aside for one attempt, on its most demanding path: the questions asked of
    the audience with the most to answer (``questions``: each one's raw answer, the audience
    ids it is limited to, empty for everyone, and optionally whether it is always asked). When
    an attempt draws ``draw_count`` of them, the always-asked ones and, for the rest of the
    count, questions of the others' average length. ``pool_unknown``: questions are drawn
    from other quizzes by tag, so each counts as a question of an unlisted kind. Rounded up to
    whole minutes, at least one, at most the time limit."""
    timed = [
        (question_seconds(answer), audiences, bool(always and always[0]))
        for answer, audiences, *always in questions
    ]
    if pool_unknown:
        seconds = (draw_count or 0) * estimates()["seconds_per_other_question"]
    else:
        shared = [(s, always) for s, audiences, always in timed if not audiences]
        pools = [shared]
        for audience in {a for _s, audiences, _always in timed for a in audiences}:
            pools.append(
                shared + [(s, always) for s, audiences, always in timed if audience in audiences]
            )
        seconds = max(_attempt_seconds(pool, draw_count) for pool in pools)
    minutes = whole_minutes(seconds)
    return min(minutes, time_limit_minutes) if time_limit_minutes else minutes


def _attempt_seconds(pool: list[tuple[float, bool]], draw_count: int | None) -> float:
    """``pool``: each question's seconds and whether it is always asked."""
    if not pool:
        return 0.0
    if draw_count and draw_count < len(pool):
        always = [s for s, is_always in pool if is_always]
        others = [s for s, is_always in pool if not is_always]
        drawn = max(0, draw_count - len(always))
        average = math.fsum(others) / len(others) if others else 0.0
        return math.fsum(always) + average * min(drawn, len(others))
    return math.fsum(s for s, _always in pool)
