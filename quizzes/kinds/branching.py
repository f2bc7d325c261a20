"""Branching case: situations, choices that lead on, endings (``courses.branching``), asked in a
quiz and graded (summative). The learner commits to one choice at a time and sees only its
consequence and the next situation: the rest of the case stays on the server.

asked        what the learner has seen so far, rebuilt from the key's plan after every step
             (``asked_at``): {"title", "intro", "steps": [{"text", "image", "image_alt",
             "choice_id", "choice", "consequence"}, …], "situation": {"text", "image",
             "image_alt", "choices": [{"id", "label"}, …]} or None, "finished": bool}.
             Never a choice's leads_to, points, critical flag or remediation, another
             choice's consequence, a situation not reached, or an ending.
key          {"plan": the case's plan (``courses.branching.plan_of``)}
response     ["choice id", …]: the path taken, changed only by a step (``step``), which the
             attempt's services take under its row lock; a saved form keeps it as it is
grade        ``courses.branching.grade``: the path's points over the recommended path's, 0 if
             the case is unfinished or a critical error was made
critical     a critical error fails the whole attempt whatever the score (decision 0014):
             ``critical_error`` names it, with its remediation
xAPI         at submission, performance: each situation reached a step, the response each
             step's choice (``situation[.]choice[,]…``), the pattern the recommended path; each
             decision is also recorded when it is made (``quizzes.events.case_decided``)
"""

from __future__ import annotations

from fractions import Fraction

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses import branching
from courses.blocks import BranchingCaseBlock
from quizzes.form_fields import TamperedAnswer, one_value
from tracking import statements as xapi

from .base import QuestionKind


class AssessedBranchingCaseBlock(BranchingCaseBlock):
    """The lesson's branching case, asked in a quiz: the same fields and rules, rendered by the
    quiz's own template rather than the lesson's player."""

    class Meta:
        template = None
        label = _("Branching case")


def asked_at(plan: dict, path: branching.Path) -> dict:
    """What a learner standing at the end of ``path`` may see of the case: the steps they took
    (each situation, their choice and its consequence) and where they stand now (the situation
    and its choices, ids and labels only), or that the case is over — not which ending."""
    situation = path.situation
    return {
        "title": plan["title"],
        "intro": plan["intro"],
        "steps": [
            {
                "text": seen["text"],
                "image": seen["image"],
                "image_alt": seen["image_alt"],
                "choice_id": choice["id"],
                "choice": choice["label"],
                "consequence": choice["consequence"],
            }
            for seen, choice in path.steps
        ],
        "situation": (
            None
            if situation is None or path.is_over
            else {
                "text": situation["text"],
                "image": situation["image"],
                "image_alt": situation["image_alt"],
                "choices": [{"id": c["id"], "label": c["label"]} for c in situation["choices"]],
            }
        ),
        "finished": path.is_over,
    }


def walked(key: dict, response) -> branching.Path:
    """The path of a stored response; a response the plan does not allow (none is stored
    but by ``step``) counts as not begun."""
    try:
        return branching.walk(key["plan"], list(response or []))
    except branching.InvalidStep:
        return branching.walk(key["plan"], [])


def situation_decided(key: dict, response) -> str:
    """The key of the situation where the last choice of ``response`` was made."""
    steps = walked(key, response).steps
    return steps[-1][0]["key"] if steps else key["plan"]["start"]


def not_offered() -> TamperedAnswer:
    return TamperedAnswer(
        gettext(
            "That choice is not offered where you stand in the case: it may have been made "
            "already, in another tab. Reload the page to see where you are."
        )
    )


class BranchingCase(QuestionKind):
    name = "branching"
    instructions = _(
        "Read each situation and choose what you do. You see what happens after each choice, "
        "and a choice cannot be taken back."
    )
    interaction_type = "performance"
    may_be_part = False
    answered_in_steps = True

    def answer_block(self):
        return AssessedBranchingCaseBlock()

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        # Choices keep the author's order: in a case it can carry meaning (escalating steps).
        plan = branching.plan_of(value)
        asked = {"kind": self.name, **asked_at(plan, branching.walk(plan, []))}
        return asked, {"kind": self.name, "plan": plan}

    # Steps --------------------------------------------------------------------------------

    def step(self, asked: dict, key: dict, response, choice: str) -> tuple[dict, list]:
        """The case after the learner commits to ``choice`` where they stand: the new
        ``asked`` and path. A choice not offered there (a stale form, a replayed step, a
        tampered id, a case already over) is a ``TamperedAnswer``."""
        try:
            path = branching.walk(key["plan"], [*(response or []), choice])
        except branching.InvalidStep as error:
            raise not_offered() from error
        return {**asked, **asked_at(key["plan"], path)}, path.choice_ids

    # Reading the form ---------------------------------------------------------------------

    def read(self, name, asked, data):
        """The path taken so far (the form cannot change it). A choice selected but not yet
        committed must still be one offered where the learner stands."""
        value = one_value(data, name)
        situation = asked.get("situation") or {}
        if value and value not in {c["id"] for c in situation.get("choices", [])}:
            raise not_offered()
        return [step["choice_id"] for step in asked.get("steps", [])]

    def form_fields(self, name, asked, response) -> dict[str, list[str]]:
        return {}  # the path is taken step by step, never posted

    # Grading ------------------------------------------------------------------------------

    def grade(self, key, response) -> Fraction:
        try:
            return branching.grade(key["plan"], list(response or []))
        except branching.InvalidStep:
            return Fraction(0)

    def critical_error(self, key, response) -> dict | None:
        critical = walked(key, response).critical
        if critical is None:
            return None
        return {
            "case": key["plan"]["title"],
            "choice": critical["label"],
            "remediation": critical["remediation"],
        }

    # Review -------------------------------------------------------------------------------

    def present(self, view, asked, response, key, reveal) -> None:
        view.case = asked.get("title", "")
        view.intro = asked.get("intro", "")
        if not key:
            # Open, or reviewed without feedback: only what the learner has seen.
            view.steps = [dict(step) for step in asked.get("steps", [])]
            view.situation = asked.get("situation")
            view.finished = bool(asked.get("finished"))
            return
        plan = key["plan"]
        path = walked(key, response)
        view.steps = _steps(path)
        # No response at all: the trainer's preview (or a case never touched), not a path
        # cut short.
        view.finished = path.is_over or response is None
        view.ending = path.ending
        view.critical = path.critical
        best = branching.best_path(plan)
        if reveal.correct_answers and best is not None:
            recommended = branching.walk(plan, best)
            view.recommended = _steps(recommended)
            view.correct_answer = (recommended.ending or {}).get("title", "")

    # xAPI ---------------------------------------------------------------------------------

    def interaction_definition(self, asked, key, language) -> dict:
        plan = key["plan"]
        best = branching.best_path(plan) or []
        return {
            "interaction_type": self.interaction_type,
            "steps": xapi.components(
                [
                    (situation_key, {language: _plain(situation["text"]) or situation_key})
                    for situation_key, situation in plan["situations"].items()
                ]
            ),
            "correct_responses_pattern": [_performance(plan, best)],
        }

    def interaction_response(self, key, response) -> str:
        return _performance(key["plan"], list(response or []))

    def component_texts(self, value) -> list[tuple[str, str]]:
        """Each situation (its key, its text: the steps, and the decisions' names), then each
        choice (its id, its label: a decision's choices)."""
        plan = branching.plan_of(value)
        situations = plan["situations"].values()
        texts = [(s["key"], _plain(s["text"])) for s in situations]
        return texts + [(c["id"], c["label"]) for s in situations for c in s["choices"]]

    # Demo ---------------------------------------------------------------------------------

    def demo_value(self, spec, lang):
        return spec["case"][lang]

    def demo_response(self, asked, key, right):
        """Right: the recommended path. Wrong: a finished path worth less without a critical
        error (a plausible, honest miss), else a case left unfinished after its first step."""
        plan = key["plan"]
        best = branching.best_path(plan) or []
        if right:
            return best
        for ids in branching.every_path(plan):
            if branching.walk(plan, ids).critical is None and branching.grade(plan, ids) < 1:
                return ids
        return best[:1] if len(best) > 1 else []


def _steps(path: branching.Path) -> list[dict]:
    return [
        {
            "text": situation["text"],
            "image": situation["image"],
            "image_alt": situation["image_alt"],
            "choice_id": choice["id"],
            "choice": choice["label"],
            "consequence": choice["consequence"],
            "critical": choice["critical"],
            "remediation": choice["remediation"] if choice["critical"] else "",
        }
        for situation, choice in path.steps
    ]


def _plain(html: str) -> str:
    from django.utils.html import strip_tags

    return " ".join(strip_tags(html).split())[:300]


def _performance(plan: dict, choice_ids: list[str]) -> str:
    """``situation[.]choice`` per step, joined by ``[,]`` (cmi.interaction performance)."""
    try:
        path = branching.walk(plan, choice_ids)
    except branching.InvalidStep:
        return ""
    return "[,]".join(f"{situation['key']}[.]{choice['id']}" for situation, choice in path.steps)
