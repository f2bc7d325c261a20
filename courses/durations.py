"""Honest time estimates: a lesson's minutes from its words and media, a course's from its
steps — computed, never typed by hand.

Pure functions over a StreamField's raw data (the JSON Wagtail stores: ``[{"type", "value",
"id"}, …]``), so the page's ``save()`` and the data migrations use the same reckoning. The
rates are ``settings.TIME_ESTIMATES`` (platform parameters, not facts)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from django.conf import settings

# Keys of block values that hold no text a learner reads: ids, choices made by the trainer,
# chooser ids and URLs, flags, numbers.
NOT_READ = frozenset(
    {"id", "type", "kind", "audiences", "image", "document", "video", "is_recommended", "duration"}
)
TAG = re.compile(r"<[^>]+>")


def estimates() -> dict:
    return settings.TIME_ESTIMATES


def words_in(value) -> int:
    """The words a learner reads in a raw block value: every string in it (rich text without
    its tags), whatever the nesting, except the keys of ``NOT_READ``."""
    if isinstance(value, str):
        return len(TAG.sub(" ", value).split())
    if isinstance(value, dict):
        return sum(words_in(item) for key, item in value.items() if key not in NOT_READ)
    if isinstance(value, list | tuple):
        return sum(words_in(item) for item in value)
    return 0


def reading_seconds(words: int) -> float:
    return words * 60 / estimates()["reading_words_per_minute"]


def _block_seconds(block: dict) -> float:
    kind, value = block.get("type"), block.get("value")
    if kind == "expert_check":
        return 0.0  # for reviewers only: learners never read it
    rates = estimates()
    if kind == "video":
        minutes = (value or {}).get("duration")
        if minutes:
            # Watched, not read: the transcript is the same content for those who cannot.
            return minutes * 60 + reading_seconds(words_in((value or {}).get("title", "")))
        return reading_seconds(words_in(value))  # length unknown: reckon the transcript
    seconds = reading_seconds(words_in(value))
    if kind == "figure":
        seconds += rates["seconds_per_figure"]
    elif kind == "download":
        seconds += rates["seconds_per_download"]
    return seconds


def body_seconds(raw_body: Iterable[dict]) -> float:
    """The seconds a lesson body asks of the learner on its most demanding path: every shared
    block, plus the audience-specific blocks of the audience with the most to read and watch
    (blocks meant for several audiences count for each of them)."""
    shared = 0.0
    per_audience: dict[str, float] = {}
    for block in raw_body or []:
        if block.get("type") == "audience_variant":
            value = block.get("value") or {}
            seconds = sum(_block_seconds(inner) for inner in value.get("content") or [])
            for audience in value.get("audiences") or []:
                per_audience[audience] = per_audience.get(audience, 0.0) + seconds
        else:
            shared += _block_seconds(block)
    return shared + max(per_audience.values(), default=0.0)


def whole_minutes(seconds: float) -> int:
    """Rounded up to whole minutes, at least one."""
    return max(1, math.ceil(round(seconds, 6) / 60))


def lesson_minutes(raw_body: Iterable[dict]) -> int:
    return whole_minutes(body_seconds(raw_body))


def course_minutes(lessons: Iterable[tuple[int, frozenset]], quiz_minutes: Iterable[int]) -> int:
    """A course's minutes on its most demanding path: its lessons for the audience with the
    most of them (``lessons``: each lesson's minutes and the audience ids it is limited to,
    empty for everyone) plus the quizzes its completion rule requires (``quiz_minutes``)."""
    lessons = list(lessons)
    everyone = sum(minutes for minutes, audiences in lessons if not audiences)
    per_audience: dict = {}
    for minutes, audiences in lessons:
        for audience in audiences:
            per_audience[audience] = per_audience.get(audience, 0) + minutes
    return everyone + max(per_audience.values(), default=0) + sum(quiz_minutes)
