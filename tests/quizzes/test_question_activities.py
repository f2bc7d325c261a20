"""A question is one xAPI activity, whoever answers it and however often (decision 0017): an
LRS that keeps the first definition it sees of an activity reads every later answer against
the right choices, targets and correct responses. A trainer who changes the key makes a new
activity, and what was sent before stays true. Questions are named, and their choices
described, in English and Swedish."""

import copy
import random
import re

from django.urls import reverse

import pytest

from courses import services as course_services
from courses.models import CoursePage
from quizzes import services
from quizzes.kinds.base import item_ids
from quizzes.kinds.matching import answer_id
from quizzes.models import QuizAttempt, QuizPage
from tests.factories import (
    UserFactory,
    lessons_of,
    make_quiz,
    matching,
    multiple,
    ordering,
    scenario,
    short_answer,
    single,
    swedish_locale,
    true_false,
)
from tracking.models import Statement

from .conftest import EVERY_KIND, answer_post, take_quiz

REVISION = re.compile(r"/xapi/activities/question/[0-9a-f-]+/[0-9]+(/[^/]+)?/rev-[0-9a-f]{12}$")


def answered_objects(user) -> dict[str, dict]:
    """The activities of a learner's *answered* statements, by id; an id met twice must carry
    the same definition both times."""
    objects = {}
    for statement in Statement.objects.filter(user=user, verb="answered"):
        activity = statement.payload["object"]
        assert objects.setdefault(activity["id"], activity) == activity
    return objects


def ready_learner(course, **fields):
    learner = UserFactory(**fields)
    course_services.enrolment_create(learner, course)
    for lesson in lessons_of(course)[:2]:
        course_services.lesson_complete(learner, lesson)
    return learner


def test_every_attempt_at_a_question_by_any_learner_sends_one_definition(ready, module, course):
    quiz = make_quiz(module, EVERY_KIND, shuffle_options=True)
    take_quiz(ready, quiz, correct=False)
    take_quiz(ready, quiz, correct=True)
    other = ready_learner(course)
    take_quiz(other, quiz, correct=True)

    mine, theirs = answered_objects(ready), answered_objects(other)
    # One activity per question (the scenario's two parts are two), the same for both
    # learners: id, interaction type, components with their ids and correct responses.
    assert len(mine) == len(EVERY_KIND) + 1
    assert mine == theirs
    assert all(REVISION.search(activity_id) for activity_id in mine)
    (match,) = [a for a in mine.values() if a["definition"]["interactionType"] == "matching"]
    targets = match["definition"]["target"]
    assert {t["id"] for t in targets} == {
        answer_id(t["description"]["en"]) for t in targets
    }  # each answer's id is its own text's digest, not the attempt's
    (pattern,) = match["definition"]["correctResponsesPattern"]
    sources = {s["id"] for s in match["definition"]["source"]}
    assert {pair.split("[.]")[0] for pair in pattern.split("[,]")} == sources


def test_the_form_shows_answers_shuffled_by_ids_that_tell_nothing_of_the_pairs(
    learner_client, ready, module
):
    pairs = (
        ("Debt bondage", "Recruitment fee"),
        ("Control", "Passport kept"),
        ("Isolation", "No phone"),
    )
    quiz = make_quiz(module, [matching(pairs=pairs, extra=("Holiday visa",))])
    question = quiz.questions.get()
    # The order is drawn for each attempt; the ids are the same in every draw.
    draws = [question.snapshot(random.Random(seed), True)[0] for seed in range(12)]
    orders = {tuple(c["text"] for c in asked["choices"]) for asked in draws}
    assert len(orders) > 1
    assert {tuple(sorted(c["id"] for c in asked["choices"])) for asked in draws} == {
        tuple(
            sorted(
                answer_id(text)
                for text in ["Recruitment fee", "Passport kept", "No phone", "Holiday visa"]
            )
        )
    }

    response = learner_client.post(reverse("quizzes:start", args=[quiz.pk]), follow=True)
    attempt = QuizAttempt.objects.get(user=ready)
    answer = attempt.answers.get()
    html = response.content.decode()
    shown = re.findall(r'<option value="(a-[0-9a-f]+)"', html)
    # Each select offers the answers in the attempt's drawn order, by their own ids.
    assert shown[: len(answer.asked["choices"])] == [c["id"] for c in answer.asked["choices"]]
    item_ids = {item["id"] for item in answer.asked["items"]}
    assert not item_ids & set(shown)  # no answer carries its item's id
    assert "correct" not in html.split('class="pairs"')[1].split("</ul>")[0]


def test_a_trainer_changing_the_key_makes_a_new_activity_and_old_statements_stay(
    learner_client, ready, module
):
    quiz = make_quiz(module, [single("Refer to the NMR coordinator", "Close the case")])
    take_quiz(ready, quiz, correct=False)
    take_quiz(ready, quiz, correct=False)
    (before,) = answered_objects(ready).values()
    first_sent = {s.pk: s.payload for s in Statement.objects.filter(verb="answered")}

    # The trainer finds the key wrong: closing the case was right all along.
    quiz = QuizPage.objects.get(pk=quiz.pk)
    question = quiz.questions.get()
    raw = copy.deepcopy(list(question.answer.raw_data))
    for option in raw[0]["value"]["options"]:  # the same options, their ids kept
        option["value"]["is_correct"] = not option["value"]["is_correct"]
    question.answer = raw
    question.save()
    take_quiz(ready, quiz, correct=True)

    objects = answered_objects(ready)
    assert len(objects) == 2  # a new activity beside the old one
    (after,) = [a for a in objects.values() if a["id"] != before["id"]]
    assert after["id"].rsplit("/rev-", 1)[0] == before["id"].rsplit("/rev-", 1)[0]
    assert (
        after["definition"]["correctResponsesPattern"]
        != before["definition"]["correctResponsesPattern"]
    )
    # What was sent is unchanged, and the old attempts are still reviewed as they were graded.
    for pk, payload in first_sent.items():
        assert Statement.objects.get(pk=pk).payload == payload
    old = QuizAttempt.objects.filter(user=ready).order_by("number").first()
    assert old.passed is False
    assert learner_client.get(reverse("quizzes:review", args=[old.pk])).status_code == 200


def test_a_matching_answer_drawn_with_per_attempt_tokens_still_grades_and_reviews(
    learner_client, ready, module
):
    quiz = make_quiz(module, [matching()])
    attempt, _ = services.attempt_start(ready, quiz)
    answer = attempt.answers.get()
    # As an attempt started before this rule stored it: random ids for the answers.
    tokens = {c["id"]: f"{n:08x}" for n, c in enumerate(answer.asked["choices"], start=17)}
    answer.asked["choices"] = [{**c, "id": tokens[c["id"]]} for c in answer.asked["choices"]]
    answer.key["pairs"] = {i: tokens[c] for i, c in answer.key["pairs"].items()}
    answer.key["choice_text"] = {tokens[c]: t for c, t in answer.key["choice_text"].items()}
    answer.save()

    outcome = services.attempt_submit(ready, attempt.pk, answer_post(attempt))
    assert outcome.attempt.percent == 100
    page = learner_client.get(reverse("quizzes:review", args=[attempt.pk])).content.decode()
    for token in answer.key["pairs"].values():
        assert f'value="{token}" selected' in page
    (activity,) = answered_objects(ready).values()
    assert {t["id"] for t in activity["definition"]["target"]} == set(tokens.values())


def in_sv(raw):
    """A copied answer block's raw data with every option's text marked as translated."""
    raw = copy.deepcopy(list(raw))
    for option in raw[0]["value"]["options"]:
        option["value"]["text"] = f"SV {option['value']['text']}"
    return raw


def translate_quiz(quiz: QuizPage, questions) -> QuizPage:
    """Publish the quiz's Swedish translation under the course's, its questions in Swedish
    (``questions``: answer blocks in the same order, written anew as the demo writes them;
    None keeps the copied answer, ids and all, its texts rewritten by ``in_sv``)."""
    locale = swedish_locale()
    course = CoursePage.objects.ancestor_of(quiz).get()
    for page in quiz.get_ancestors(inclusive=True).filter(depth__gte=course.depth).specific():
        if not page.has_translation(locale):
            copy = page.copy_for_translation(locale)
            copy.save_revision().publish()
    swedish = QuizPage.objects.get(translation_key=quiz.translation_key, locale=locale)
    for question, answer in zip(swedish.questions.order_by("sort_order"), questions, strict=True):
        question.prompt = f"SV {question.prompt}"
        question.answer = [answer] if answer is not None else in_sv(question.answer.raw_data)
        question.save()
    return swedish


SWEDISH = [
    single("Hänvisa till samordnaren", "Be personen bevisa det", "Avsluta ärendet"),
    multiple(("Skuldslaveri", "Innehållet pass"), ("Turistvisum",)),
    true_false(False),
    matching(pairs=(("Skuldslaveri", "Rekryteringsavgift"), ("Kontroll", "Passet behållet"))),
    ordering(("Upptäck", "Tala enskilt", "Bedöm risken", "Hänvisa")),
    short_answer("Principen om icke-bestraffning"),
    scenario(("Är detta en indikator?", true_false(True)), ("Vad gör du?", single())),
]


def in_swedish(components) -> dict[str, str]:
    return {c["description"]["en"]: c["description"]["sv"] for c in components}


def test_questions_and_their_choices_are_named_in_english_and_swedish(ready, module):
    quiz = make_quiz(module, EVERY_KIND)
    untranslated = make_quiz(module, [(single(), {"prompt": "Untranslated"})])
    translate_quiz(quiz, SWEDISH)
    take_quiz(ready, quiz)
    take_quiz(ready, untranslated)

    objects = answered_objects(ready).values()
    by_name = {a["definition"]["name"]["en"]: a["definition"] for a in objects}
    assert by_name["Question 1"]["name"] == {"en": "Question 1", "sv": "SV Question 1"}
    # Each component is described by its own translation, whatever order they are listed in.
    assert in_swedish(by_name["Question 1"]["choices"]) == {
        "Refer to the NMR coordinator": "Hänvisa till samordnaren",
        "Ask the person to prove it": "Be personen bevisa det",
        "Close the case": "Avsluta ärendet",
    }
    pairs = by_name["Question 4"]
    assert in_swedish(pairs["source"]) == {"Debt bondage": "Skuldslaveri", "Control": "Kontroll"}
    assert in_swedish(pairs["target"]) == {
        "Recruitment fee": "Rekryteringsavgift",
        "Passport kept": "Passet behållet",
    }
    assert in_swedish(by_name["Question 5"]["choices"]) == {
        "Notice": "Upptäck",
        "Talk alone": "Tala enskilt",
        "Assess risk": "Bedöm risken",
        "Refer": "Hänvisa",
    }
    assert by_name["What do you do?"]["name"]["sv"] == "Vad gör du?"
    assert by_name["Is this an indicator?"]["name"]["sv"] == "Är detta en indikator?"
    # Every question of the translated quiz speaks both languages; the other only English.
    translated = [d for d in by_name.values() if d["name"].get("sv")]
    assert len(translated) == len(EVERY_KIND) + 1
    alone = [d for d in by_name.values() if "sv" not in d["name"]]
    assert len(alone) == 1 and {"en"} == {
        lang for c in alone[0]["choices"] for lang in c["description"]
    }


@pytest.mark.parametrize("kind", ["single", "matching", "copied"])
def test_a_swedish_learner_answers_the_same_question_in_swedish_named_in_both(
    kind, ready, module, course
):
    english = {"single": single(), "matching": matching(), "copied": single()}[kind]
    swedish_answer = {"single": SWEDISH[0], "matching": SWEDISH[3], "copied": None}[kind]
    quiz = make_quiz(module, [english])
    swedish = translate_quiz(quiz, [swedish_answer])
    svensk = ready_learner(course)
    take_quiz(svensk, swedish)

    (activity,) = answered_objects(svensk).values()
    assert activity["definition"]["name"] == {"sv": "SV Question 1", "en": "Question 1"}
    components = activity["definition"].get("choices") or activity["definition"]["target"]
    assert all(set(c["description"]) == {"sv", "en"} for c in components)
    if kind == "copied":  # the copy kept the options' ids: paired by id
        ids = [item_ids(q.questions.get().answer[0].value["options"]) for q in (quiz, swedish)]
        assert ids[0] == ids[1]
        assert {c["description"]["sv"]: c["description"]["en"] for c in components} == {
            f"SV {text}": text
            for text in (
                "Refer to the NMR coordinator",
                "Ask the person to prove it",
                "Close the case",
            )
        }
