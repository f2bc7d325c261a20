"""What templates render for an attempt's questions.

``answer_view`` turns an answer's ``asked`` snapshot and the learner's response into form
fields; only when ``reveal`` allows does it read the answer ``key`` — so a question still open
is built from ``asked`` alone, and nothing in the page can carry the key."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .grading import grade_item
from .responses import field_name

KIND_LABELS = {
    "single": _("Choose one answer."),
    "multiple": _("Choose every answer that applies."),
    "true_false": _("True or false?"),
    "matching": _("Match each item with its answer."),
    "ordering": _("Put the steps in order: give each its position."),
    "short_answer": _("Type a short answer."),
    "scenario": _("Read the case, then answer each question about it."),
}
TRUE_FALSE_TEXT = {"true": _("True"), "false": _("False")}


@dataclass(frozen=True)
class Reveal:
    """How much of the answer key an answer's view may show."""

    feedback: bool = False
    correct_answers: bool = False


HIDDEN = Reveal()


@dataclass
class AnswerView:
    kind: str
    name: str
    prompt: str = ""
    instructions: str = ""
    options: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    choices: list = field(default_factory=list)
    positions: list = field(default_factory=list)
    text: str = ""
    case: str = ""
    parts: list = field(default_factory=list)
    # Feedback, only when revealed
    revealed: bool = False
    is_correct: bool | None = None
    fraction_percent: int | None = None
    correct_answer: str = ""


def _options(asked, response, key, reveal: Reveal, multiple: bool) -> list[dict]:
    chosen = set(response or []) if multiple else {response}
    correct = set(key.get("correct", [])) if reveal.correct_answers else set()
    option_feedback = key.get("option_feedback", {}) if reveal.feedback else {}
    return [
        {
            "id": option["id"],
            "text": option.get("text") or TRUE_FALSE_TEXT.get(option["id"], option["id"]),
            "checked": option["id"] in chosen,
            "is_correct": option["id"] in correct,
            "feedback": option_feedback.get(option["id"], "") if option["id"] in chosen else "",
        }
        for option in asked["options"]
    ]


def answer_view(name: str, asked: dict, response, key: dict | None, reveal: Reveal) -> AnswerView:
    kind = asked["kind"]
    key = key if (reveal.feedback and key) else {}
    view = AnswerView(
        kind=kind,
        name=name,
        prompt=asked.get("prompt", ""),
        instructions=str(KIND_LABELS.get(kind, "")),
        revealed=bool(key),
    )
    if kind in ("single", "true_false", "multiple"):
        view.options = _options(asked, response, key, reveal, multiple=kind == "multiple")
    elif kind == "short_answer":
        view.text = response or ""
        if key and reveal.correct_answers:
            view.correct_answer = ", ".join(key["accepted"])
    elif kind == "matching":
        response = response or {}
        view.choices = asked["choices"]
        choice_text = key.get("choice_text", {})
        view.rows = [
            {
                "id": item["id"],
                "name": f"{name}-{item['id']}",
                "text": item["text"],
                "selected": response.get(item["id"], ""),
                "correct_text": choice_text.get(key["pairs"].get(item["id"]), "")
                if key and reveal.correct_answers
                else "",
                "is_right": bool(key) and response.get(item["id"]) == key["pairs"].get(item["id"]),
            }
            for item in asked["items"]
        ]
    elif kind == "ordering":
        order = list(response or [])
        view.positions = list(range(1, len(asked["steps"]) + 1))
        view.rows = [
            {
                "id": step["id"],
                "name": f"{name}-{step['id']}",
                "text": step["text"],
                "selected": order.index(step["id"]) + 1 if step["id"] in order else "",
            }
            for step in asked["steps"]
        ]
        if key and reveal.correct_answers:
            view.correct_answer = " → ".join(key["step_text"][sid] for sid in key["order"])
    elif kind == "scenario":
        response = response or {}
        view.case = asked.get("case", "")
        parts_key = key.get("parts", {})
        view.parts = [
            answer_view(
                f"{name}-{part['id']}",
                part,
                response.get(part["id"]),
                parts_key.get(part["id"]),
                reveal,
            )
            for part in asked["parts"]
        ]
    if key:
        fraction = grade_item(key, response)
        view.is_correct = fraction == 1
        view.fraction_percent = round(100 * fraction)
    return view


@dataclass
class QuestionView:
    number: int
    question_pk: int
    points: int
    answer: AnswerView
    explanation: str = ""
    score: object = None
    checked: bool = False


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
            )
        )
    return views
