"""A submitted form is read against what the attempt drew; anything else is refused."""

from django.http import QueryDict

import pytest

from quizzes.responses import DrawnQuestion, TamperedAnswer, read_responses

SINGLE = {"kind": "single", "options": [{"id": "o1"}, {"id": "o2"}]}
MULTI = {"kind": "multiple", "options": [{"id": "m1"}, {"id": "m2"}, {"id": "m3"}]}
MATCH = {
    "kind": "matching",
    "items": [{"id": "i1"}, {"id": "i2"}],
    "choices": [{"id": "t1"}, {"id": "t2"}, {"id": "t3"}],
}
ORDER = {"kind": "ordering", "steps": [{"id": "s1"}, {"id": "s2"}, {"id": "s3"}]}
SHORT = {"kind": "short_answer"}
SCENARIO = {"kind": "scenario", "parts": [{"id": "p1", **SINGLE}, {"id": "p2", **SHORT}]}
DRAWN = [
    DrawnQuestion(1, SINGLE),
    DrawnQuestion(2, MULTI),
    DrawnQuestion(3, MATCH),
    DrawnQuestion(4, ORDER),
    DrawnQuestion(5, SHORT),
    DrawnQuestion(6, SCENARIO),
]


def form(body: str) -> QueryDict:
    return QueryDict(body)


def test_reads_every_kind_of_answer():
    data = form(
        "csrfmiddlewaretoken=x&action=save&q1=o2&q2=m1&q2=m3&q3-i1=t3&q3-i2=t1"
        "&q4-s1=3&q4-s2=1&q4-s3=2&q5=+Debt+bondage+&q6-p1=o1&q6-p2=yes"
    )
    assert read_responses(DRAWN, data) == {
        1: "o2",
        2: ["m1", "m3"],
        3: {"i1": "t3", "i2": "t1"},
        4: ["s2", "s3", "s1"],
        5: "Debt bondage",
        6: {"p1": "o1", "p2": "yes"},
    }


def test_blank_answers_are_kept_blank():
    assert read_responses(DRAWN, form("")) == {
        1: None,
        2: [],
        3: {},
        4: None,
        5: None,
        6: {"p1": None, "p2": None},
    }


def test_ordering_with_a_shared_position_keeps_the_shown_order():
    assert read_responses([DrawnQuestion(4, ORDER)], form("q4-s3=1&q4-s1=1")) == {
        4: ["s1", "s3", "s2"]
    }


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("q1=m1", "is not an option of this question"),  # option of another question
        ("q2=o1", "is not an option of this question"),
        ("q99=o1", "Question 99 is not part of this attempt"),
        ("q1=o1&is_correct=1", "Unexpected field"),
        ("q1=o1&q1=o2", "Only one answer"),
        ("q3-i1=i2", "is not an answer of this question"),
        ("q3-i9=t1", "Unexpected field"),
        ("q4-s1=9", "Positions go from 1 to 3"),
        ("q4-s1=first", "Positions go from 1 to 3"),
        ("q5=" + "x" * 201, "at most 200 characters"),
        ("q6-p1=o9", "is not an option of this question"),
    ],
)
def test_tampered_forms_are_refused(body, message):
    with pytest.raises(TamperedAnswer, match=message):
        read_responses(DRAWN, form(body))


def test_a_checked_answer_cannot_be_changed():
    drawn = [DrawnQuestion(1, SINGLE, is_final=True), DrawnQuestion(5, SHORT)]
    assert read_responses(drawn, form("q5=x")) == {5: "x"}
    with pytest.raises(TamperedAnswer, match="already been checked"):
        read_responses(drawn, form("q1=o2&q5=x"))
