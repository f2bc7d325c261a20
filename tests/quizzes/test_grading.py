"""Every kind of question is graded on the server from the stored key, with partial credit
where the rule says so. Pure functions: no database."""

from fractions import Fraction

import pytest

from quizzes.grading import grade_attempt, grade_item, grade_question, to_decimal
from quizzes.kinds.short_answer import normalise_text

SINGLE = {"kind": "single", "correct": ["a"]}
MULTIPLE = {"kind": "multiple", "correct": ["a", "b", "c"]}
MATCHING = {"kind": "matching", "pairs": {"i1": "t1", "i2": "t2", "i3": "t3", "i4": "t4"}}
ORDERING = {"kind": "ordering", "order": ["s1", "s2", "s3", "s4", "s5"]}
SHORT = {"kind": "short_answer", "accepted": ["Non-punishment principle", "icke-bestraffning"]}


@pytest.mark.parametrize(("response", "expected"), [("a", 1), ("b", 0), (None, 0), ("", 0)])
def test_single_choice_is_all_or_nothing(response, expected):
    assert grade_item(SINGLE, response) == expected


def test_true_false_is_graded_like_a_single_choice():
    key = {"kind": "true_false", "correct": ["false"]}
    assert grade_item(key, "false") == 1
    assert grade_item(key, "true") == 0


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        (["a", "b", "c"], Fraction(1)),
        (["a", "b"], Fraction(2, 3)),
        (["a"], Fraction(1, 3)),
        (["a", "b", "x"], Fraction(1, 3)),  # a wrong tick cancels a right one
        (["a", "x", "y"], Fraction(0)),  # never below zero
        (["a", "b", "c", "x", "y"], Fraction(1, 3)),  # ticking everything does not pay
        ([], Fraction(0)),
        (None, Fraction(0)),
    ],
)
def test_multiple_choice_partial_credit(chosen, expected):
    assert grade_item(MULTIPLE, chosen) == expected


def test_matching_earns_a_share_per_correct_pair():
    assert grade_item(MATCHING, {"i1": "t1", "i2": "t2", "i3": "t3", "i4": "t4"}) == 1
    assert grade_item(MATCHING, {"i1": "t1", "i2": "t2", "i3": "t4", "i4": "t3"}) == Fraction(1, 2)
    assert grade_item(MATCHING, {"i1": "t1"}) == Fraction(1, 4)
    assert grade_item(MATCHING, {"i1": "distractor"}) == 0
    assert grade_item(MATCHING, None) == 0


def test_ordering_credits_each_step_followed_by_its_successor():
    assert grade_item(ORDERING, ["s1", "s2", "s3", "s4", "s5"]) == 1
    # One step moved to the end: 3 of 4 successor links hold.
    assert grade_item(ORDERING, ["s2", "s3", "s4", "s5", "s1"]) == Fraction(3, 4)
    assert grade_item(ORDERING, ["s5", "s4", "s3", "s2", "s1"]) == 0
    assert grade_item(ORDERING, None) == 0


def test_short_answer_ignores_case_spacing_and_width():
    assert grade_item(SHORT, "  non-PUNISHMENT   principle ") == 1
    assert grade_item(SHORT, "ICKE-BESTRAFFNING") == 1
    assert grade_item(SHORT, "non punishment principle") == 0  # spelling counts
    assert grade_item(SHORT, "") == 0
    assert normalise_text("Ｎｏｎ") == "non"  # full-width letters from a phone keyboard


def test_scenario_parts_weigh_the_same():
    key = {"kind": "scenario", "parts": {"p1": SINGLE, "p2": MULTIPLE}}
    assert grade_item(key, {"p1": "a", "p2": ["a", "b", "c"]}) == 1
    assert grade_item(key, {"p1": "a", "p2": ["a"]}) == Fraction(1, 2) + Fraction(1, 6)
    assert grade_item(key, {"p1": "b"}) == 0
    assert grade_item(key, None) == 0


def test_attempt_percent_is_exact_so_a_near_miss_does_not_round_up_to_a_pass():
    results = [grade_question(MULTIPLE, ["a", "b"], 3)] + [
        grade_question(SINGLE, "a", 1) for _ in range(9)
    ]
    # 2 + 9 = 11 of 12 points = 91.67%
    result = grade_attempt(results, pass_mark=92)
    assert result.score == 11
    assert result.max_score == 12
    assert not result.passed
    assert to_decimal(result.percent) == to_decimal(Fraction(275, 3))
    assert grade_attempt(results, pass_mark=91).passed


def test_points_weight_questions():
    heavy = grade_question(SINGLE, "a", 5)
    light = grade_question(SINGLE, "b", 1)
    result = grade_attempt([heavy, light], pass_mark=80)
    assert result.percent == Fraction(500, 6)
    assert result.passed
    assert heavy.is_correct and not light.is_correct


def test_an_empty_attempt_never_passes():
    assert not grade_attempt([], pass_mark=1).passed
