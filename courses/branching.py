"""Branching case scenarios: the pure rules of a case, shared by lessons (formative, replayable)
and by the quizzes' branching kind (summative).

A case is a directed graph. The learner starts at the first situation; every situation offers
choices; a choice leads to another situation or to an ending. The learner commits to a choice
before reading its consequence, so what a learner sees is decided here, on the server.

The plan (plain data, what ``plan_of`` makes of the block's value; snapshots store it as is)::

    {"title": str, "intro": html, "start": situation key,
     "situations": {key: {"key", "text": html, "image": image id | None, "image_alt": str,
                          "choices": [{"id", "label", "leads_to", "consequence", "points",
                                       "critical", "remediation"}, …]}},
     "endings": {key: {"key", "title", "debrief": html}}}

Rules (``problems`` lists every broken one, in the author's words):

=====================  =====================================================================
keys                   unique across situations and endings, lower-case letters, digits, -
choices                every choice leads to an existing situation or ending
reachable              every situation and every ending can be reached from the start
no loop                no path returns to a situation it has passed (so every path ends)
a way through          at least one path reaches an ending without a critical error
critical errors        carry a remediation: what the learner should have done, and why
images                 carry alt text
=====================  =====================================================================

Scoring: a path's points are the sum of its choices' points. A *critical error* (confronting a
suspected trafficker, contacting the family without consent, treating a child as an adult)
fails the case whatever the points: the grade is 0. Otherwise the grade is the path's points
over the best path's (the recommended path: the most points without a critical error; the first
such path in the author's order on a tie). A case whose best path scores 0 grades every
finished path without a critical error as 1."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from django.utils.translation import gettext_lazy as _

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class InvalidStep(ValueError):
    """A choice that is not offered where the learner stands (a stale form, a tampered id, or
    a case already over)."""


@dataclass(frozen=True)
class Problem:
    """One broken rule: where (a situation's or ending's key, or "" for the whole case) and
    what, in a sentence an author can act on."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else str(self.message)


@dataclass
class Path:
    """Where a learner's choices have led: the steps taken (situation, choice), where they stand
    now, the points so far and the first critical error made, if any."""

    steps: list[tuple[dict, dict]] = field(default_factory=list)
    situation: dict | None = None
    ending: dict | None = None
    points: int = 0
    critical: dict | None = None

    @property
    def is_over(self) -> bool:
        return self.ending is not None

    @property
    def choice_ids(self) -> list[str]:
        return [choice["id"] for _, choice in self.steps]


def plan_of(value) -> dict:
    """The plan of a ``BranchingCaseBlock`` value. Choice ids are the ListBlock items' ids,
    which Wagtail keeps across edits; an unsaved value (no ids yet) gets positional ones."""
    situations = {}
    for situation in value["situations"]:
        choices_value = situation["choices"]
        bound = getattr(choices_value, "bound_blocks", None)
        ids = [
            str(child.id) if getattr(child, "id", None) else f"{situation['key']}-{index}"
            for index, child in enumerate(bound or choices_value)
        ]
        image = situation.get("image")
        situations[situation["key"]] = {
            "key": situation["key"],
            "text": str(situation["text"]),
            "image": getattr(image, "pk", image) or None,
            "image_alt": situation.get("image_alt") or "",
            "choices": [
                {
                    "id": choice_id,
                    "label": choice["label"],
                    "leads_to": choice["leads_to"],
                    "consequence": choice["consequence"],
                    "points": int(choice.get("points") or 0),
                    "critical": bool(choice.get("critical")),
                    "remediation": choice.get("remediation") or "",
                }
                for choice_id, choice in zip(ids, choices_value, strict=True)
            ],
        }
    first = value["situations"][0]["key"] if value["situations"] else ""
    return {
        "title": value["title"],
        "intro": str(value.get("intro") or ""),
        "start": first,
        "situations": situations,
        "endings": {
            ending["key"]: {
                "key": ending["key"],
                "title": ending["title"],
                "debrief": str(ending["debrief"]),
            }
            for ending in value["endings"]
        },
    }


def problems(value) -> list[Problem]:
    """Every rule of the module docstring the case breaks; empty when it may be published.
    Takes the block's value (a list of situations and of endings, keys possibly repeated), not
    the plan, whose dictionaries would hide a repeated key."""
    found: list[Problem] = []
    situation_keys = [s["key"] for s in value["situations"]]
    ending_keys = [e["key"] for e in value["endings"]]
    seen: set[str] = set()
    for key in situation_keys + ending_keys:
        if not KEY_PATTERN.match(key or ""):
            found.append(Problem(key, _("A key uses only lower-case letters, digits and hyphens.")))
        if key in seen:
            found.append(Problem(key, _("Two parts of the case have this key.")))
        seen.add(key)
    if found:
        return found  # the graph below would be read wrongly

    plan = plan_of(value)
    nodes = set(situation_keys) | set(ending_keys)
    for situation in plan["situations"].values():
        if situation["image"] and not situation["image_alt"].strip():
            found.append(Problem(situation["key"], _("An image needs its alt text.")))
        for choice in situation["choices"]:
            if choice["leads_to"] not in nodes:
                found.append(
                    Problem(
                        situation["key"],
                        _("The choice “%(choice)s” leads to “%(to)s”, which is not in the case.")
                        % {"choice": choice["label"], "to": choice["leads_to"]},
                    )
                )
            if choice["critical"] and not choice["remediation"].strip():
                found.append(
                    Problem(
                        situation["key"],
                        _(
                            "The critical error “%(choice)s” needs a remediation: what to do "
                            "instead, and why."
                        )
                        % {"choice": choice["label"]},
                    )
                )
    if found:
        return found

    loop = _loop(plan)
    if loop:
        found.append(
            Problem(
                loop[0],
                _("The case loops: %(path)s. Every path must move on to an ending.")
                % {"path": " → ".join(loop)},
            )
        )
        return found

    reached = _reachable(plan)
    for key in situation_keys + ending_keys:
        if key not in reached:
            found.append(Problem(key, _("No choice leads here from the start.")))
    if best_path(plan) is None:
        found.append(
            Problem("", _("Every path makes a critical error: give the learner a way through."))
        )
    return found


def walk(plan: dict, choice_ids: list[str]) -> Path:
    """The path the choices make from the start. Raises ``InvalidStep`` at the first choice not
    offered where the learner then stands."""
    path = Path(situation=plan["situations"].get(plan["start"]))
    for choice_id in choice_ids:
        if path.situation is None:
            raise InvalidStep(choice_id)
        choice = next((c for c in path.situation["choices"] if c["id"] == choice_id), None)
        if choice is None:
            raise InvalidStep(choice_id)
        path.steps.append((path.situation, choice))
        path.points += choice["points"]
        if choice["critical"] and path.critical is None:
            path.critical = choice
        target = choice["leads_to"]
        path.situation = plan["situations"].get(target)
        path.ending = plan["endings"].get(target)
    return path


def best_path(plan: dict) -> list[str] | None:
    """The recommended path's choice ids: the most points without a critical error, the first
    in the author's order on a tie; None when there is none (``problems`` reports it)."""
    best: tuple[int, list[str]] | None = None
    for points, ids in _paths(plan, plan["start"], 0, [], set()):
        if best is None or points > best[0]:
            best = (points, ids)
    return best[1] if best else None


def max_points(plan: dict) -> int:
    ids = best_path(plan)
    return walk(plan, ids).points if ids else 0


def grade(plan: dict, choice_ids: list[str]) -> Fraction:
    """The path's share of the best path's points, in [0, 1]; 0 for a critical error or a case
    not played to its end (module docstring)."""
    path = walk(plan, choice_ids)
    if not path.is_over or path.critical is not None:
        return Fraction(0)
    best = max_points(plan)
    if best == 0:
        return Fraction(1)
    return min(Fraction(path.points, best), Fraction(1))


def _paths(plan, key, points, ids, visiting):
    """Every path from ``key`` to an ending without a critical error, as (points, choice ids),
    depth first in the author's order. The plan has no loop once ``problems`` is empty; the
    ``visiting`` guard keeps a broken draft from recursing for ever."""
    if key in plan["endings"]:
        yield points, ids
        return
    situation = plan["situations"].get(key)
    if situation is None or key in visiting:
        return
    for choice in situation["choices"]:
        if choice["critical"]:
            continue
        yield from _paths(
            plan,
            choice["leads_to"],
            points + choice["points"],
            [*ids, choice["id"]],
            visiting | {key},
        )


def _reachable(plan: dict) -> set[str]:
    reached, todo = set(), [plan["start"]]
    while todo:
        key = todo.pop()
        if key in reached:
            continue
        reached.add(key)
        for choice in plan["situations"].get(key, {}).get("choices", []):
            todo.append(choice["leads_to"])
    return reached


def _loop(plan: dict) -> list[str] | None:
    """The keys of a cycle (first key repeated at the end), or None. Iterative three-colour
    depth-first search over every situation, reachable or not."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for root in plan["situations"]:
        if state.get(root):
            continue
        stack = [(root, iter(plan["situations"][root]["choices"]))]
        trail = [root]
        state[root] = 1
        while stack:
            key, choices = stack[-1]
            choice = next(choices, None)
            if choice is None:
                state[key] = 2
                stack.pop()
                trail.pop()
                continue
            target = choice["leads_to"]
            if target not in plan["situations"]:
                continue
            if state.get(target) == 1:
                return [*trail[trail.index(target) :], target]
            if not state.get(target):
                state[target] = 1
                trail.append(target)
                stack.append((target, iter(plan["situations"][target]["choices"])))
    return None


def every_path(plan: dict):
    """Every path from the start to an ending, critical errors included, as choice ids, depth
    first in the author's order (for the longest read and a demo learner's plausible miss).
    The ``visiting`` guard keeps a broken draft from recursing for ever."""

    def paths(key, ids, visiting):
        if key in plan["endings"]:
            yield ids
            return
        situation = plan["situations"].get(key)
        if situation is None or key in visiting:
            return
        for choice in situation["choices"]:
            yield from paths(choice["leads_to"], [*ids, choice["id"]], visiting | {key})

    yield from paths(plan["start"], [], frozenset())


def path_map(plan: dict) -> dict:
    """The map of a case for its authors and trainers: every situation in the author's order
    with each choice, where it leads, its points and whether it is a critical error; every
    ending; and what lies on the recommended path (``best_path``), so a map can highlight it.

    ``{"situations": [{"key", "text", "is_start", "on_best", "choices": [{"id", "label",
    "consequence", "points", "critical", "remediation", "leads_to", "leads_to_ending",
    "leads_to_title", "on_best"}, …]}, …], "endings": [{"key", "title", "debrief", "on_best",
    "has_critical_path"}, …], "best": [choice id, …] or None, "drawing": path_drawing(…)}``"""
    best = best_path(plan) or []
    on_best = set(best)
    best_nodes = {plan["start"]} | {
        choice["leads_to"]
        for situation in plan["situations"].values()
        for choice in situation["choices"]
        if choice["id"] in on_best
    }
    critical_targets = {
        choice["leads_to"]
        for situation in plan["situations"].values()
        for choice in situation["choices"]
        if choice["critical"]
    }
    situations = []
    for situation in plan["situations"].values():
        choices = []
        for choice in situation["choices"]:
            ending = plan["endings"].get(choice["leads_to"])
            choices.append(
                {
                    **choice,
                    "leads_to_ending": ending is not None,
                    "leads_to_title": ending["title"] if ending else choice["leads_to"],
                    "on_best": choice["id"] in on_best,
                }
            )
        situations.append(
            {
                "key": situation["key"],
                "text": situation["text"],
                "is_start": situation["key"] == plan["start"],
                "on_best": situation["key"] in best_nodes,
                "choices": choices,
            }
        )
    endings = [
        {
            **ending,
            "on_best": ending["key"] in best_nodes,
            "has_critical_path": ending["key"] in critical_targets,
        }
        for ending in plan["endings"].values()
    ]
    return {
        "situations": situations,
        "endings": endings,
        "best": best or None,
        "drawing": path_drawing(plan, on_best, best_nodes),
    }


# The drawing's grid, in SVG user units: a node's box and the steps between columns and rows.
NODE_WIDTH, NODE_HEIGHT, COLUMN_STEP, ROW_STEP, MARGIN = 168, 48, 224, 68, 12


def path_drawing(plan: dict, on_best: set[str], best_nodes: set[str]) -> dict:
    """Where to draw each situation and ending of a case, and each arrow between them: a
    layered drawing read left to right. A situation stands in the column of its longest
    distance from the start (so every arrow points right: the plan has no loop), the endings
    in a last column of their own; rows follow the author's order. One arrow per pair of
    places and kind — recommended, critical error, other — with the choices it stands for.

    ``{"width", "height", "nodes": [{"key", "label", "title", "x", "y", "width", "height",
    "is_ending", "is_start", "on_best"}], "edges": [{"d" (an SVG path), "on_best",
    "critical", "labels": [choice label, …]}]}``. A broken draft (a loop, a choice leading
    nowhere) still draws: what cannot be placed is left out, and ``problems`` says why."""
    depth = {plan["start"]: 0} if plan["start"] in plan["situations"] else {}
    # Longest-path layering by relaxation; at most one round per situation in a plan without
    # a loop, and the bound keeps a looping draft from running for ever.
    for _round in range(len(plan["situations"])):
        changed = False
        for key, situation in plan["situations"].items():
            if key not in depth:
                continue
            for choice in situation["choices"]:
                target = choice["leads_to"]
                if target in plan["situations"] and depth.get(target, -1) < depth[key] + 1:
                    depth[target] = depth[key] + 1
                    changed = True
        if not changed:
            break
    columns: dict[int, list[str]] = {}
    for key in plan["situations"]:
        if key in depth:
            columns.setdefault(depth[key], []).append(key)
    last = max(columns, default=-1) + 1
    columns[last] = list(plan["endings"])
    place = {}
    for column, keys in columns.items():
        for row, key in enumerate(keys):
            place[key] = (MARGIN + column * COLUMN_STEP, MARGIN + row * ROW_STEP)
    nodes = []
    for key, (x, y) in place.items():
        ending = plan["endings"].get(key)
        title = ending["title"] if ending else key
        nodes.append(
            {
                "key": key,
                "label": title if len(title) <= 22 else title[:21] + "…",
                "title": title,
                "x": x,
                "y": y,
                "width": NODE_WIDTH,
                "height": NODE_HEIGHT,
                "is_ending": ending is not None,
                "is_start": key == plan["start"],
                "on_best": key in best_nodes,
            }
        )
    arrows: dict[tuple, dict] = {}
    for key, situation in plan["situations"].items():
        for choice in situation["choices"]:
            target = choice["leads_to"]
            if key not in place or target not in place:
                continue
            best = choice["id"] in on_best
            critical = bool(choice["critical"])
            arrow = arrows.setdefault(
                (key, target, best, critical),
                {"on_best": best, "critical": critical, "labels": []},
            )
            arrow["labels"].append(choice["label"])
    edges = []
    for (source, target, _best, critical), arrow in arrows.items():
        (x1, y1), (x2, y2) = place[source], place[target]
        # From the right edge to the left edge, as a gentle curve; a critical arrow beside
        # an ordinary one between the same places is nudged so both show.
        shift = 6 if critical else 0
        start_x, start_y = x1 + NODE_WIDTH, y1 + NODE_HEIGHT / 2 + shift
        end_x, end_y = x2 - 6, y2 + NODE_HEIGHT / 2 + shift
        middle = (start_x + end_x) / 2
        arrow["d"] = (
            f"M{start_x:g},{start_y:g} C{middle:g},{start_y:g} {middle:g},{end_y:g} "
            f"{end_x:g},{end_y:g}"
        )
        edges.append(arrow)
    rows = max((len(keys) for keys in columns.values()), default=1)
    return {
        "width": 2 * MARGIN + last * COLUMN_STEP + NODE_WIDTH,
        "height": 2 * MARGIN + (rows - 1) * ROW_STEP + NODE_HEIGHT,
        "nodes": nodes,
        "edges": edges,
    }
