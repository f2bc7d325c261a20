"""Branching cases in lessons: formative and replayable (the rules of a case are in
``courses.branching``; the choices are written by ``courses.services.case_choose``).

Where a learner stands in a case is kept on the server, in their session, keyed by the lesson
and the block's id: a reload shows the same situation, and the page never carries what lies
ahead. What the page shows (``case_screen``):

- before each choice: the intro, the situation (text, image with its alt text) and the labels
  and ids of its choices — never where a choice leads, its points, whether it is a critical
  error, other choices' consequences, other situations or the endings;
- after a choice: its consequence, then the next situation;
- at an ending: its debrief, the path taken beside the recommended one, a critical error's
  remediation, and *Play again*.

Trainers (the trainer view and Wagtail's preview) also get the case's path map."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import branching

SESSION_KEY = "branching_cases"


@dataclass
class CasePlay:
    """One play through a case: a random id (it keys the play's statements, so a replay is
    recorded anew) and the ids of the choices made so far."""

    play: str = field(default_factory=lambda: uuid.uuid4().hex)
    choices: list[str] = field(default_factory=list)


def _session_key(lesson_id: int, block_id: str) -> str:
    return f"{lesson_id}:{block_id}"


def play_in(session, lesson_id: int, block_id: str) -> CasePlay:
    """The learner's play of the case in this lesson, a fresh one if they have none. A stored
    value that is not what this module writes (a session from an older release) starts anew."""
    stored = (session or {}).get(SESSION_KEY, {}).get(_session_key(lesson_id, block_id))
    if (
        isinstance(stored, dict)
        and isinstance(stored.get("play"), str)
        and isinstance(stored.get("choices"), list)
        and all(isinstance(choice, str) for choice in stored["choices"])
    ):
        return CasePlay(stored["play"], list(stored["choices"]))
    return CasePlay()


def play_store(session, lesson_id: int, block_id: str, play: CasePlay) -> None:
    plays = dict(session.get(SESSION_KEY, {}))
    plays[_session_key(lesson_id, block_id)] = {"play": play.play, "choices": play.choices}
    session[SESSION_KEY] = plays


def case_value(lesson, block_id: str, audience, show_all: bool):
    """The ``BranchingCaseBlock`` value with this id among the blocks the reader sees (shared
    blocks, and audience variants for their role, or every one for trainers); None when the
    lesson has no such case for them."""
    for block in lesson.visible_body(audience, show_all):
        children = block.value["content"] if block.block_type == "audience_variant" else [block]
        for child in children:
            if child.block_type == "branching_case" and str(child.id) == block_id:
                return child.value
    return None


@dataclass
class CaseScreen:
    """What the player shows of one case now (module docstring). ``situation`` is where the
    learner stands (None at an ending), ``last`` the choice just made, ``taken`` and
    ``recommended`` the paths compared at the end, ``critical`` the critical error made."""

    block_id: str
    situation: dict | None = None
    image: object = None
    step: int = 1
    last: dict | None = None
    ending: dict | None = None
    taken: list[tuple[dict, dict]] = field(default_factory=list)
    recommended: list[tuple[dict, dict]] = field(default_factory=list)
    critical: dict | None = None
    took_recommended: bool = False
    notice: str = ""
    playable: bool = True
    is_preview: bool = False
    map: dict | None = None

    @property
    def announcement(self) -> str:
        """What the live region says once the page has loaded after a choice."""
        if self.ending is not None:
            return _("You reached an ending: %(title)s.") % {"title": self.ending["title"]}
        if self.last is not None:
            return _("You chose “%(choice)s”. What happened, then the next situation.") % {
                "choice": self.last["label"]
            }
        return ""


def case_screen(value, block_id: str, context) -> CaseScreen | None:
    """The screen of the case ``value`` (block ``block_id``) for the page being rendered in
    ``context`` (the lesson's template context); None outside a lesson page (another page
    rendering the block, the block's preview in the editor), where only the title and intro
    are shown."""
    page = context.get("page")
    access = context.get("access")
    # Only a lesson page plays its cases (a quiz shows a case through its own kind).
    if not block_id or access is None or not hasattr(page, "visible_body"):
        return None
    plan = branching.plan_of(value)
    images = {situation["key"]: situation.get("image") for situation in value["situations"]}
    screen = CaseScreen(block_id=str(block_id), is_preview=access.is_preview)
    if access.trainer_view:
        screen.map = branching.path_map(plan)
    request = context.get("request")
    session = getattr(request, "session", None)
    if access.is_preview or page.pk is None or session is None:
        # The preview shows the page being edited, not the lesson a choice is posted to.
        screen.playable = False
        play = CasePlay()
    else:
        play = play_in(session, page.pk, screen.block_id)
    try:
        path = branching.walk(plan, play.choices)
    except branching.InvalidStep:
        screen.notice = _(
            "This case has changed since you last played it, so it starts again from the beginning."
        )
        path = branching.walk(plan, [])
    screen.situation = path.situation
    screen.image = images.get(path.situation["key"]) if path.situation else None
    screen.step = len(path.steps) + 1
    screen.last = path.steps[-1][1] if path.steps else None
    if path.is_over:
        screen.ending = path.ending
        screen.taken = path.steps
        best = branching.best_path(plan) or []
        screen.recommended = branching.walk(plan, best).steps
        screen.critical = path.critical
        screen.took_recommended = path.choice_ids == best
    return screen
