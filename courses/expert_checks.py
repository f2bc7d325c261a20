"""Facts awaiting an expert: the ``[CHECK]`` markers an author leaves where a statement still
needs a subject-matter expert's confirmation, and the lesson's *expert check* block that lists
those points.

Both are for the people who confirm or correct them — trainers, subject-matter reviewers,
previews — and never for learners, who would otherwise read a doubtful fact as settled or a
settled one as doubtful. Pure functions over rendered HTML and over a StreamField's raw data (the
JSON Wagtail stores), so the lesson page, the review page and the tests use one reading."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import unescape

#: A marker: ``[CHECK]`` or ``[CHECK: what to confirm]``.
MARKER = re.compile(r"\s*\[CHECK(?::\s*(?P<what>[^\]<>]*))?\]")
TAG = re.compile(r"(<[^>]*>)")
# Tags that end a line of text (a paragraph, an item): a space where they were; other tags
# (emphasis, links) leave the words as they run.
BREAKING_TAG = re.compile(
    r"</?(?:p|li|ul|ol|h[1-6]|div|br|blockquote|dt|dd|tr|td|th)\b[^>]*>", re.I
)
#: How much of the text before a marker the review page quotes, in characters.
CONTEXT_CHARS = 160


def strip_markers(html: str) -> str:
    """``html`` as a learner reads it: without its ``[CHECK]`` markers."""
    return MARKER.sub("", html)


def highlight_markers(html: str) -> str:
    """``html`` as a reviewer reads it: each marker in a ``<mark>``, outside tags only (a marker
    in an attribute is left as it is)."""
    parts = TAG.split(html)
    for index in range(0, len(parts), 2):  # the text between tags
        parts[index] = MARKER.sub(
            lambda match: f' <mark class="expert-mark">{match.group(0).strip()}</mark>',
            parts[index],
        )
    return "".join(parts)


@dataclass
class OpenPoints:
    """What a body still asks an expert: the points its expert-check blocks list and the
    passages marked ``[CHECK]`` (the text before each marker, without tags)."""

    points: list[str] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.points or self.marked)


def open_points(raw_body: Iterable[dict] | None) -> OpenPoints:
    """The open points of a raw StreamField body, audience variants and nested blocks
    included."""
    found = OpenPoints()
    for block in raw_body or []:
        _collect(block, found)
    return found


def _collect(value, found: OpenPoints) -> None:
    if isinstance(value, dict):
        if value.get("type") == "expert_check":
            found.points += [str(point) for point in _points(value.get("value") or {})]
            return
        for key, item in value.items():
            if key not in ("id", "type"):
                _collect(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, found)
    elif isinstance(value, str) and "[CHECK" in value:
        nested = _json(value)
        if nested is None:
            found.marked += marked_passages(value)
        else:
            _collect(nested, found)


def _json(text: str):
    """A StreamField kept as JSON text inside a revision (a quiz question's answer), read;
    ``None`` for any other text."""
    if not text.lstrip().startswith(("[", "{")):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _points(value: dict) -> list:
    # A ListBlock's raw items are ``{"type": "item", "value": …, "id": …}`` (older data: bare).
    return [
        item.get("value") if isinstance(item, dict) else item for item in value.get("points") or []
    ]


def marked_passages(html: str) -> list[str]:
    """Each marker's passage in ``html``: the plain text between it and the marker before (its
    last ``CONTEXT_CHARS`` at most), followed by what the marker says is to be confirmed, if
    it says."""
    text = unescape(TAG.sub("", BREAKING_TAG.sub(" ", html)))
    passages = []
    start = 0
    for match in MARKER.finditer(text):
        before = " ".join(text[start : match.start()].split())
        start = match.end()
        if len(before) > CONTEXT_CHARS:
            before = "…" + before[-CONTEXT_CHARS:].split(" ", 1)[-1]
        what = (match.group("what") or "").strip()
        passages.append(f"{before} [{what}]" if what else before)
    return passages
