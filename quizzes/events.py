"""The statements of a quiz: what ``quizzes.services`` records, inside its transactions.

attempted (the quiz, when an attempt starts); answered for each decision in a branching case,
when it is made (a choice interaction whose parent is the question, the path so far in a
context extension); once it is graded, answered for each question (each part of a scenario: a
cmi.interaction whose definition and response format its kind gives), then passed or failed
with the attempt's score. Every statement carries the learner's
registration for the course; ``parent`` is the quiz's module (or course, for a final
assessment), ``grouping`` the course. Built with ``tracking``'s statement builders and
recorded in its outbox."""

from __future__ import annotations

from collections.abc import Iterator

from django.utils.html import strip_tags

from courses.events import page_activity, page_language, record_in_run
from tracking import statements as xapi

from . import kinds


def _quiz_context(quiz, course):
    parent_page = quiz.get_parent().specific
    course_activity = page_activity("course", course)
    if parent_page.pk == course.pk:
        return [course_activity], [course_activity]
    return [page_activity("module", parent_page)], [course_activity]


def quiz_attempted(attempt, quiz, course, enrolment):
    parent, grouping = _quiz_context(quiz, course)
    record_in_run(
        enrolment,
        "attempted",
        f"{attempt.quiz_key}:{attempt.number}",
        obj=page_activity("quiz", quiz, type_key="assessment"),
        object_name=attempt.quiz_title,
        timestamp=attempt.started_at,
        parent=parent,
        grouping=grouping,
        language=page_language(quiz),
    )


# The choice ids of a branching case's path so far, the decision just made last: the same
# extension as a lesson's case (courses.events), so an LRS reads every path alike.
PATH_EXTENSION = "case-path"


def case_decided(attempt, answer, offered: list[dict], quiz, course, enrolment, when):
    """answered, for the decision a learner just committed to in a branching case (the last
    step of ``answer.asked``): the situation as a choice interaction offering what it offered
    (``offered``: its choices' ids and labels),
    the choice as its response. Its parent is the question, so an LRS sees each decision
    inside the case, and the path so far travels in the context. Nothing of the key: no
    correct response, no points; the case's result is sent with the graded attempt."""
    steps = answer.asked["steps"]
    number = len(steps)
    step = steps[-1]
    language = page_language(quiz)
    question = question_activity(attempt.quiz_key, str(answer.question_pk), answer.asked, language)
    situation = " ".join(strip_tags(step["text"]).split())
    decision = xapi.Activity(
        id=xapi.activity_iri("question", f"{attempt.quiz_key}/{answer.question_pk}/{number}"),
        definition=xapi.ActivityDefinition(
            name=xapi.language_map({language: situation or answer.asked.get("title", "")}),
            type=xapi.ACTIVITY_TYPES["interaction"],
            interaction_type="choice",
            choices=xapi.components([(c["id"], {language: c["label"]}) for c in offered]),
        ),
    )
    _parent, grouping = _quiz_context(quiz, course)
    record_in_run(
        enrolment,
        "answered",
        f"{attempt.quiz_key}:{attempt.number}:{answer.question_pk}:{number}",
        obj=decision,
        object_name=situation[:300] or answer.asked.get("title", ""),
        timestamp=when,
        parent=[question],
        grouping=[page_activity("quiz", quiz, type_key="assessment"), *grouping],
        result=xapi.Result(response=step["choice_id"]),
        language=language,
        extensions={xapi.extension_iri(PATH_EXTENSION): [s["choice_id"] for s in steps]},
    )


def question_activity(quiz_key, key: str, asked: dict, language: str):
    """A question as the parent of what happens inside it (a decision in a case)."""
    return xapi.Activity(
        id=xapi.activity_iri("question", f"{quiz_key}/{key}"),
        definition=xapi.ActivityDefinition(
            name=xapi.language_map({language: asked.get("prompt", "") or asked.get("title", "")}),
            type=xapi.ACTIVITY_TYPES["interaction"],
        ),
    )


def quiz_graded(attempt, answers, quiz, course, enrolment):
    """answered per question (and per scenario part), then passed or failed."""
    quiz_activity = page_activity("quiz", quiz, type_key="assessment")
    parent, grouping = _quiz_context(quiz, course)
    language = page_language(quiz)
    run = f"{attempt.quiz_key}:{attempt.number}"
    for answer in answers:
        for interaction in answer_interactions(answer):
            # An unanswered question has no response at all: xAPI forbids empty strings.
            result = xapi.score_result(
                interaction.score,
                interaction.points,
                success=interaction.score == interaction.points,
                response=interaction_response(interaction) or None,
            )
            record_in_run(
                enrolment,
                "answered",
                f"{run}:{interaction.key}",
                obj=interaction_activity(attempt.quiz_key, interaction, language),
                object_name=interaction.asked.get("prompt", "")[:300],
                timestamp=attempt.submitted_at,
                parent=[quiz_activity],
                grouping=grouping,
                result=result,
                language=language,
            )
    verb_name = "passed" if attempt.passed else "failed"
    record_in_run(
        enrolment,
        verb_name,
        run,
        obj=quiz_activity,
        object_name=attempt.quiz_title,
        timestamp=attempt.submitted_at,
        parent=parent,
        grouping=grouping,
        result=xapi.score_result(
            attempt.score,
            attempt.max_score,
            success=bool(attempt.passed),
            completion=True,
            duration=attempt.submitted_at - attempt.started_at,
        ),
        language=language,
    )


def answer_interactions(answer) -> Iterator[kinds.Interaction]:
    """The interactions a graded answer is sent as: one per question, or one per part of a
    scenario, each with its share of the points and of the score."""
    return kinds.get(answer.key["kind"]).interactions(
        str(answer.question_pk),
        answer.asked,
        answer.key,
        answer.response,
        answer.points,
        float(answer.score or 0),
    )


def interaction_activity(quiz_key, interaction: kinds.Interaction, language: str):
    """The question (or part) as an xAPI cmi.interaction activity, defined by its kind."""
    kind = kinds.get(interaction.answer_key["kind"])
    definition = {
        "name": xapi.language_map({language: interaction.asked.get("prompt", "") or kind.name}),
        "type": xapi.ACTIVITY_TYPES["interaction"],
        **kind.interaction_definition(interaction.asked, interaction.answer_key, language),
    }
    return xapi.Activity(
        id=xapi.activity_iri("question", f"{quiz_key}/{interaction.key}"),
        definition=xapi.ActivityDefinition(**definition),
    )


def interaction_response(interaction: kinds.Interaction) -> str:
    """The learner's response in the xAPI format of the interaction type; "" if blank."""
    if interaction.response in (None, "", [], {}):
        return ""
    kind = kinds.get(interaction.answer_key["kind"])
    return kind.interaction_response(interaction.answer_key, interaction.response)
