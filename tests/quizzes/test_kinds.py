"""Each kind of question lives in one module of ``quizzes.kinds``, and the rest of the app asks
the registry. A kind written here, in the test, and registered for it, is drawn, read, graded,
reviewed and sent to the LRS like the built-in ones — with no other file changed."""

import random
import re
from decimal import Decimal
from fractions import Fraction

from django.http import QueryDict
from django.template import Template
from django.template.loader import render_to_string
from django.urls import reverse

from wagtail import blocks

import pytest

from quizzes import events, kinds, services
from quizzes.form_fields import TamperedAnswer, one_value
from quizzes.grading import grade_item, grade_question
from quizzes.presentation import HIDDEN, QuestionView, Reveal, answer_view
from quizzes.responses import DrawnQuestion, read_responses
from tests.factories import make_quiz, single
from tests.lrs import Ralph, ralph_python
from tracking.models import Statement

from .conftest import EVERY_KIND, as_post


class YearBlock(blocks.StructBlock):
    year = blocks.IntegerBlock()
    tolerance = blocks.IntegerBlock(default=0)


class Year(kinds.QuestionKind):
    """A year to give: right when exact, half right within the tolerance."""

    name = "year"
    instructions = "Give the year."
    interaction_type = "numeric"
    # Any object with render() will do for {% include %}: the kind's template in its module.
    template = Template(
        '<input type="text" inputmode="numeric" id="{{ a.name }}" name="{{ a.name }}" '
        'value="{{ a.text }}"{% if locked %} disabled{% endif %}>'
        '{% if a.correct_answer %}<p class="correct-answer">The year: {{ a.correct_answer }}</p>'
        "{% endif %}"
    )

    def answer_block(self):
        return YearBlock()

    def snapshot(self, value, rng, shuffle_options):
        key = {"kind": self.name, "year": value["year"], "tolerance": value["tolerance"]}
        return {"kind": self.name}, key

    def read(self, name, asked, data):
        value = one_value(data, name).strip()
        if not value:
            return None
        if not re.fullmatch(r"[0-9]{1,4}", value):
            raise TamperedAnswer("A year is a number.")
        return int(value)

    def grade(self, key, response):
        if response is None:
            return Fraction(0)
        if response == key["year"]:
            return Fraction(1)
        return Fraction(1, 2) if abs(response - key["year"]) <= key["tolerance"] else Fraction(0)

    def present(self, view, asked, response, key, reveal):
        view.text = "" if response is None else str(response)
        if key and reveal.correct_answers:
            view.correct_answer = str(key["year"])

    def interaction_definition(self, asked, key, language):
        low, high = key["year"] - key["tolerance"], key["year"] + key["tolerance"]
        return {
            "interaction_type": self.interaction_type,
            "correct_responses_pattern": [f"{low}[:]{high}"],
        }

    def interaction_response(self, key, response):
        return str(response)


@pytest.fixture
def year_kind():
    kind = kinds.register(Year())
    yield kind
    kinds.unregister(kind.name)


def drawn_year(kind, year=2000, tolerance=1):
    value = kind.answer_block().to_python({"year": year, "tolerance": tolerance})
    asked, key = kinds.get("year").snapshot(value, random.Random(0), shuffle_options=True)
    return {"prompt": "When was the Palermo Protocol adopted?", **asked}, key


def test_a_kind_written_in_one_module_is_read_graded_reviewed_and_described(year_kind):
    asked, key = drawn_year(year_kind)
    assert key == {"kind": "year", "year": 2000, "tolerance": 1}
    assert "year" not in asked  # nothing of the key in what the page is built from

    # Strict reading: its own field, its own rule for values, the shared rules for the rest.
    assert read_responses([DrawnQuestion(7, asked)], QueryDict("q7=2001")) == {7: 2001}
    assert read_responses([DrawnQuestion(7, asked)], QueryDict("")) == {7: None}
    for tampered in ("q7=MM", "q7=2000&q7=2001", "q7-1=2000", "q8=2000"):
        with pytest.raises(TamperedAnswer):
            read_responses([DrawnQuestion(7, asked)], QueryDict(tampered))

    # Grading, exact.
    assert grade_item(key, 2000) == 1
    assert grade_item(key, 2001) == Fraction(1, 2)
    assert grade_question(key, 1990, 3).score == 0

    # The review: the key is read only when revealed.
    hidden = answer_view("q7", asked, 2001, key, HIDDEN)
    assert (hidden.text, hidden.revealed, hidden.correct_answer) == ("2001", False, "")
    shown = answer_view("q7", asked, 2001, key, Reveal(feedback=True, correct_answers=True))
    assert (shown.fraction_percent, shown.correct_answer) == (50, "2000")
    html = render_to_string(
        "quizzes/includes/question.html",
        {"q": QuestionView(number=1, question_pk=7, points=2, answer=shown), "locked": True},
    )
    assert 'value="2001" disabled' in html
    assert "The year: 2000" in html and "Give the year." in html

    # The xAPI interaction it is sent as.
    (interaction,) = kinds.get("year").interactions("7", asked, key, 2001, 2, 1.0)
    activity = events.interaction_activity("quiz-key", interaction, "en")
    assert re.search(r"/xapi/activities/question/quiz-key/7/rev-[0-9a-f]{12}$", activity.id)
    definition = activity.definition
    assert definition.interaction_type == "numeric"
    assert definition.correct_responses_pattern == ["1999[:]2001"]
    assert definition.name == {"en": "When was the Palermo Protocol adopted?"}
    assert events.interaction_response(interaction) == "2001"


def test_an_attempt_holding_a_new_kind_is_submitted_reviewed_and_recorded(
    year_kind, ready, module, learner_client
):
    quiz = make_quiz(module, [single()], title="Dates")
    attempt, _ = services.attempt_start(ready, quiz)
    # As if the quiz had drawn a question of the new kind: an attempt keeps what it drew.
    answer = attempt.answers.get()
    answer.asked, answer.key = drawn_year(year_kind)
    answer.save()

    services.attempt_submit(ready, attempt.pk, as_post({f"q{answer.question_pk}": "2001"}))

    answer.refresh_from_db()
    attempt.refresh_from_db()
    assert answer.response == 2001
    assert (answer.score, answer.is_correct) == (Decimal("0.50"), False)
    assert attempt.percent == 50 and attempt.passed is False
    page = learner_client.get(reverse("quizzes:review", args=[attempt.pk]))
    assert page.status_code == 200
    assert 'value="2001" disabled' in page.content.decode()
    assert "The year: 2000" in page.content.decode()
    (answered,) = Statement.objects.filter(verb="answered")
    definition = answered.payload["object"]["definition"]
    assert definition["interactionType"] == "numeric"
    assert definition["correctResponsesPattern"] == ["1999[:]2001"]
    assert answered.payload["result"]["response"] == "2001"
    assert answered.payload["result"]["score"]["raw"] == 0.5
    assert Ralph(ralph_python()).validate([answered.payload]) == []


def test_a_kind_unregistered_is_gone_and_a_name_is_taken_once(year_kind):
    with pytest.raises(ValueError):
        kinds.register(Year())
    kinds.unregister("year")
    with pytest.raises(KeyError):
        kinds.get("year")
    kinds.register(year_kind)  # for the fixture to take away


def test_the_editor_offers_every_kind_and_a_scenario_every_other_kind():
    from quizzes.models import QuizQuestion

    offered = list(QuizQuestion._meta.get_field("answer").stream_block.child_blocks)
    assert offered == [
        "single",
        "multiple",
        "true_false",
        "matching",
        "ordering",
        "short_answer",
        "scenario",
        "branching",
    ]
    assert [kind.name for kind in kinds.every_kind()] == offered
    scenario = QuizQuestion._meta.get_field("answer").stream_block.child_blocks["scenario"]
    sub_question = scenario.child_blocks["sub_questions"].child_block
    # Neither a scenario nor a branching case is asked inside a scenario.
    assert list(sub_question.child_blocks["answer"].child_blocks) == offered[:-2]


@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
def test_every_kinds_demo_answers_read_back_as_given(db, right):
    from quizzes.models import QuizQuestion

    for number, (block_type, value) in enumerate(EVERY_KIND, start=1):
        question = QuizQuestion(prompt="Q", answer=[(block_type, value)])
        asked, key = question.snapshot(random.Random(number), shuffle_options=True)
        kind = kinds.get(key["kind"])
        response = kind.demo_response(asked, key, right)
        form = QueryDict(mutable=True)
        for name, values in kind.form_fields("q1", asked, response).items():
            form.setlist(name, values)
        assert read_responses([DrawnQuestion(1, asked)], form) == {1: response}
        assert (grade_item(key, response) == 1) is right
