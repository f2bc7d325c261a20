"""What templates render for an attempt's questions.

``answer_view`` turns an answer's ``asked`` snapshot and the learner's response into form
fields, through the answer's kind (``QuestionKind.view``); only when ``reveal`` allows does it
read the answer ``key`` — so a question still open is built from ``asked`` alone, and nothing in
the page can carry the key. Each view names its kind's template (``templates/quizzes/kinds/``),
which ``quizzes/includes/question.html`` includes."""

from __future__ import annotations

from dataclasses import dataclass

from . import kinds
from .form_fields import field_name
from .kinds import HIDDEN, AnswerView, Reveal

__all__ = ["HIDDEN", "AnswerView", "QuestionView", "Reveal", "answer_view", "question_views"]


def answer_view(name: str, asked: dict, response, key: dict | None, reveal: Reveal) -> AnswerView:
    return kinds.get(asked["kind"]).view(name, asked, response, key, reveal)


@dataclass
class QuestionView:
    number: int
    question_pk: int
    points: int
    answer: AnswerView
    explanation: str = ""
    score: object = None
    checked: bool = False
    # Checked on its own (immediate feedback); a case answered step by step is not.
    checkable: bool = True


def question_views(answers, reveal_for) -> list[QuestionView]:
    """Views of an attempt's answers; ``reveal_for(answer)`` says what each may show."""
    views = []
    for answer in answers:
        reveal = reveal_for(answer)
        key = answer.key if reveal.feedback else None
        views.append(
            QuestionView(
                number=answer.position,
                question_pk=answer.question_pk,
                points=answer.points,
                answer=answer_view(
                    field_name(answer.question_pk), answer.asked, answer.response, key, reveal
                ),
                explanation=answer.key.get("explanation", "") if reveal.feedback else "",
                score=answer.score if reveal.feedback else None,
                checked=answer.checked_at is not None,
                checkable=not kinds.get(answer.asked["kind"]).answered_in_steps,
            )
        )
    return views
