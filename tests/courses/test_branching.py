"""The rules of a branching case (courses.branching): what an author may publish, and how a
learner's path through it is scored."""

from fractions import Fraction

from django.core.exceptions import ValidationError

import pytest

from courses import branching
from courses.blocks import BranchingCaseBlock


def choice(label, leads_to, points=0, critical=False, remediation=""):
    return {
        "label": label,
        "leads_to": leads_to,
        "consequence": f"After “{label}”.",
        "points": points,
        "critical": critical,
        "remediation": remediation,
    }


def marina(**changes):
    """Marina's au-pair application: a private talk leads to a disclosure; confronting the
    'cousin' is a critical error."""
    case = {
        "title": "Marina's application",
        "intro": "<p>An au-pair application at the counter.</p>",
        "situations": [
            {
                "key": "counter",
                "text": "<p>A man holds her passport.</p>",
                "image": None,
                "image_alt": "",
                "choices": [
                    choice("Speak with her alone", "private-talk", points=2),
                    choice(
                        "Confront the man",
                        "confronted",
                        critical=True,
                        remediation="Never confront a possible trafficker: it endangers her.",
                    ),
                    choice("Refuse at once", "refused"),
                ],
            },
            {
                "key": "private-talk",
                "text": "<p>She says she owes the agency.</p>",
                "image": None,
                "image_alt": "",
                "choices": [
                    choice("Tell her where to get help", "referred", points=2),
                    choice("Ask her to call her family now", "refused", points=0),
                ],
            },
        ],
        "endings": [
            {"key": "referred", "title": "Referred", "debrief": "<p>Good.</p>"},
            {"key": "refused", "title": "Refused", "debrief": "<p>She travels anyway.</p>"},
            {"key": "confronted", "title": "Confronted", "debrief": "<p>She disappears.</p>"},
        ],
    }
    case.update(changes)
    return case


def messages(case):
    return [str(problem) for problem in branching.problems(case)]


def test_a_well_formed_case_may_be_published():
    assert messages(marina()) == []


def test_an_author_learns_every_broken_rule_in_words_they_can_act_on():
    dangling = marina()
    dangling["situations"][1]["choices"][1]["leads_to"] = "nowhere"
    assert messages(dangling) == [
        "private-talk: The choice “Ask her to call her family now” leads to “nowhere”, which is "
        "not in the case."
    ]

    looping = marina()
    looping["situations"][1]["choices"][1]["leads_to"] = "counter"
    assert messages(looping) == [
        "counter: The case loops: counter → private-talk → counter. Every path must move on to an "
        "ending."
    ]

    orphan = marina()
    orphan["endings"].append({"key": "lost", "title": "Lost", "debrief": "<p>.</p>"})
    assert messages(orphan) == ["lost: No choice leads here from the start."]

    repeated = marina()
    repeated["endings"][0]["key"] = "counter"
    assert "counter: Two parts of the case have this key." in messages(repeated)

    unexplained = marina()
    unexplained["situations"][0]["choices"][1]["remediation"] = " "
    assert messages(unexplained) == [
        "counter: The critical error “Confront the man” needs a remediation: what to do instead, "
        "and why."
    ]

    no_way_through = marina()
    for situation in no_way_through["situations"]:
        for item in situation["choices"]:
            item.update(critical=True, remediation="Not this.")
    assert messages(no_way_through) == [
        "Every path makes a critical error: give the learner a way through."
    ]

    unlabelled_image = marina()
    unlabelled_image["situations"][0]["image"] = 7
    assert messages(unlabelled_image) == ["counter: An image needs its alt text."]


def test_the_recommended_path_takes_the_most_points_without_a_critical_error():
    plan = branching.plan_of(marina())
    assert branching.best_path(plan) == ["counter-0", "private-talk-0"]
    assert branching.max_points(plan) == 4


def test_a_path_is_graded_against_the_recommended_one_and_a_critical_error_fails_it():
    plan = branching.plan_of(marina())
    assert branching.grade(plan, ["counter-0", "private-talk-0"]) == 1
    assert branching.grade(plan, ["counter-0", "private-talk-1"]) == Fraction(1, 2)
    assert branching.grade(plan, ["counter-2"]) == 0
    # Unfinished: a case counts only once it reaches an ending.
    assert branching.grade(plan, ["counter-0"]) == 0

    confronted = branching.walk(plan, ["counter-1"])
    assert confronted.is_over and confronted.ending["key"] == "confronted"
    assert confronted.critical["remediation"].startswith("Never confront")
    assert branching.grade(plan, ["counter-1"]) == 0


def test_the_path_map_draws_the_case_left_to_right_from_the_start_to_the_endings():
    plan = branching.plan_of(marina())
    drawing = branching.path_map(plan)["drawing"]
    nodes = {node["key"]: node for node in drawing["nodes"]}
    # The start in the first column, the talk after it, every ending in a last column.
    assert nodes["counter"]["is_start"] and nodes["counter"]["x"] < nodes["private-talk"]["x"]
    ending_columns = {nodes[key]["x"] for key in ("referred", "refused", "confronted")}
    assert ending_columns == {max(node["x"] for node in drawing["nodes"])}
    assert all(node["x"] + node["width"] <= drawing["width"] for node in drawing["nodes"])
    # One arrow per pair of places and kind; every arrow points right.
    arrows = {(edge["labels"][0], edge["on_best"], edge["critical"]) for edge in drawing["edges"]}
    assert arrows == {
        ("Speak with her alone", True, False),
        ("Confront the man", False, True),
        ("Refuse at once", False, False),
        ("Tell her where to get help", True, False),
        ("Ask her to call her family now", False, False),
    }
    for edge in drawing["edges"]:
        start_x, end_x = (
            float(edge["d"][1:].split(",")[0]),
            float(edge["d"].split()[-1].split(",")[0]),
        )
        assert start_x < end_x
    assert [n["key"] for n in drawing["nodes"] if n["on_best"]] == [
        "counter",
        "private-talk",
        "referred",
    ]


def test_a_broken_draft_still_draws_what_can_be_placed():
    looping = marina()
    looping["situations"][1]["choices"][1]["leads_to"] = "counter"  # back to the start
    looping["situations"][1]["choices"][0]["leads_to"] = "nowhere"
    drawing = branching.path_map(branching.plan_of(looping))["drawing"]
    assert {node["key"] for node in drawing["nodes"]} >= {"counter", "private-talk"}
    # Three arrows from the counter and the loop back to it; none to the missing "nowhere".
    assert sorted(label for edge in drawing["edges"] for label in edge["labels"]) == [
        "Ask her to call her family now",
        "Confront the man",
        "Refuse at once",
        "Speak with her alone",
    ]


def test_a_choice_not_offered_where_the_learner_stands_is_refused():
    plan = branching.plan_of(marina())
    with pytest.raises(branching.InvalidStep):
        branching.walk(plan, ["private-talk-0"])  # not at the counter
    with pytest.raises(branching.InvalidStep):
        branching.walk(plan, ["counter-2", "private-talk-0"])  # the case is over


def test_the_editor_refuses_a_broken_case_with_the_rules_it_breaks():
    block = BranchingCaseBlock()
    case = marina()
    case["situations"][1]["choices"][0]["leads_to"] = "counter"
    with pytest.raises(ValidationError) as refused:
        block.clean(block.to_python(case))
    assert [str(error.message) for error in refused.value.non_block_errors.as_data()] == [
        "counter: The case loops: counter → private-talk → counter. Every path must move on to "
        "an ending."
    ]

    value = block.clean(block.to_python(marina()))
    assert branching.problems(value) == []
