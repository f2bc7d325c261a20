"""The kinds of question by name, and the block that offers them to trainers.

Kept apart from the package's ``__init__`` (which lists the built-in kinds) so that a kind made
of others, the scenario, can look its parts up without importing the package it is part of."""

from __future__ import annotations

from wagtail import blocks

from .base import QuestionKind

_kinds: dict[str, QuestionKind] = {}


def register(kind: QuestionKind) -> QuestionKind:
    """Make ``kind`` known by its name; a name is taken once."""
    if not kind.name or kind.name in _kinds:
        raise ValueError(f"A kind of question needs a name of its own, not {kind.name!r}.")
    _kinds[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    del _kinds[name]


def get(name: str) -> QuestionKind:
    """The kind named ``name`` (a snapshot's ``"kind"``); ``KeyError`` if there is none."""
    return _kinds[name]


def every_kind() -> list[QuestionKind]:
    """Every kind, in the order they were registered (the order the editor offers them)."""
    return list(_kinds.values())


class OneAnswerBlock(blocks.StreamBlock):
    """The kind of answer a question has, chosen from the kinds, with its own fields."""

    class Meta:
        min_num = 1
        max_num = 1


def answer_block(parts_only: bool = False, **kwargs) -> OneAnswerBlock:
    """A new block offering every kind known now (``parts_only``: those a scenario may ask)."""
    return OneAnswerBlock(
        [
            (kind.name, kind.answer_block())
            for kind in every_kind()
            if kind.may_be_part or not parts_only
        ],
        **kwargs,
    )
