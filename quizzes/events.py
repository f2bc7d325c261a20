"""The statements of a quiz: what ``quizzes.services`` records, inside its transactions.

attempted (the quiz, when an attempt starts); answered for each decision in a branching case,
when it is made (a choice interaction whose parent is the question, the path so far in a
context extension); once it is graded, answered for each question (each part of a scenario: a
cmi.interaction whose definition and response format its kind gives), then passed or failed
with the attempt's score. Every statement carries the learner's
registration for the course; ``parent`` is the quiz's module (or course, for a final
assessment), ``grouping`` the course. Built with ``tracking``'s statement builders and
recorded in its outbox.

A question's activity (decision 0017) is ``question/<quiz key>/<question id>[/<part id>]/
rev-<fingerprint>``: the fingerprint is a digest of its definition in the language it was
answered in (prompt, components and their ids, correct responses; all drawn from the attempt's
snapshot), so every attempt at the same question sends one definition, and a trainer's edit to
it makes a new activity while the statements already sent keep theirs. Names and component
descriptions are in that language and in the question's translations (the question at the same
place on the quiz's pages in the other locales), which describe the same activity."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.utils.html import strip_tags

from courses.events import page_activity, page_language, record_in_run
from tracking import statements as xapi

from . import kinds, selectors


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
    correct response, no points; the case's result is sent with the graded attempt.

    The decision's activity is its situation in this version of the case
    (``<question activity>/situations/<situation key>/rev-<fingerprint>``), whoever reaches it
    and after however many steps."""
    steps = answer.asked["steps"]
    number = len(steps)
    step = steps[-1]
    language = page_language(quiz)
    translations = question_texts([answer.question_pk]).get(answer.question_pk, [])
    (interaction,) = kinds.get(answer.key["kind"]).interactions(
        str(answer.question_pk), answer.asked, answer.key, answer.response, answer.points, 0.0
    )
    # The case's own activity (the one its graded statement defines), named but without its
    # interaction fields: they hold the recommended path, and a learner's export of their
    # records (tracking.privacy) strips them from the object only.
    case = interaction_activity(attempt.quiz_key, interaction, language, translations)
    question = xapi.Activity(
        id=case.id,
        definition=xapi.ActivityDefinition(
            name=case.definition.name, type=xapi.ACTIVITY_TYPES["interaction"]
        ),
    )
    situation = " ".join(strip_tags(step["text"]).split())
    situation_key = kinds.branching.situation_decided(answer.key, answer.response)
    definition = xapi.ActivityDefinition(
        name=xapi.language_map({language: situation or answer.asked.get("title", "")}),
        type=xapi.ACTIVITY_TYPES["interaction"],
        interaction_type="choice",
        choices=xapi.components([(c["id"], {language: c["label"]}) for c in offered]),
    )
    revision = xapi.definition_fingerprint(definition)
    for other in translations:
        name = other.texts.get(situation_key, "")
        xapi.describe_in(definition, other.language, name, other.texts)
    decision = xapi.Activity(
        id=f"{question.id}/situations/{situation_key}/rev-{revision}", definition=definition
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


def quiz_graded(attempt, answers, quiz, course, enrolment):
    """answered per question (and per scenario part), then passed or failed."""
    quiz_activity = page_activity("quiz", quiz, type_key="assessment")
    parent, grouping = _quiz_context(quiz, course)
    language = page_language(quiz)
    run = f"{attempt.quiz_key}:{attempt.number}"
    translated = question_texts(answer.question_pk for answer in answers)
    for answer in answers:
        translations = translated.get(answer.question_pk, [])
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
                obj=interaction_activity(attempt.quiz_key, interaction, language, translations),
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


def interaction_activity(
    quiz_key, interaction: kinds.Interaction, language: str, translations: Iterable = ()
):
    """The question (or part) as an xAPI cmi.interaction activity, defined by its kind from
    the attempt's snapshot in ``language``, its id ending in that definition's fingerprint,
    then described in the other languages of ``translations`` (``QuestionTexts``)."""
    kind = kinds.get(interaction.answer_key["kind"])
    definition = xapi.ActivityDefinition(
        name=xapi.language_map({language: interaction.asked.get("prompt", "") or kind.name}),
        type=xapi.ACTIVITY_TYPES["interaction"],
        **kind.interaction_definition(interaction.asked, interaction.answer_key, language),
    )
    revision = xapi.definition_fingerprint(definition)
    # Within a scenario, the part's texts are filed under its id: "<part id>/<component id>".
    part = interaction.key.partition("/")[2]
    for other in translations:
        if other.language == language:
            continue
        xapi.describe_in(
            definition,
            other.language,
            other.texts.get(part, ""),
            {
                cid.removeprefix(f"{part}/"): text
                for cid, text in other.texts.items()
                if not part or cid.startswith(f"{part}/")
            },
        )
    return xapi.Activity(
        id=xapi.activity_iri("question", f"{quiz_key}/{interaction.key}/rev-{revision}"),
        definition=definition,
    )


@dataclass(frozen=True)
class QuestionTexts:
    """A question's words in another language, filed under its own ids (``component_texts``):
    ``""`` its prompt, a part's id its prompt, a component's id its text."""

    language: str
    texts: dict[str, str] = field(default_factory=dict)


def question_texts(question_pks: Iterable[int]) -> dict[int, list[QuestionTexts]]:
    """The words of each question's translations, paired with its own: component by component
    where the translation kept the ids (``copy_for_translation`` does), else by place when
    both have as many. A translation of another kind is not this question's."""
    found = {}
    for pk, (question, others) in selectors.question_translations(set(question_pks)).items():
        found[pk] = [texts for other in others if (texts := _paired(question, other)) is not None]
    return found


def _paired(question, other) -> QuestionTexts | None:
    if not question.answer or not other.answer or question.kind != other.kind:
        return None
    kind = kinds.get(question.kind)
    own = kind.component_texts(question.answer[0].value)
    theirs = kind.component_texts(other.answer[0].value)
    by_id = dict(theirs)
    same_shape = len(own) == len(theirs)
    texts = {"": other.prompt}
    for place, (cid, _text) in enumerate(own):
        if cid in by_id:
            texts[cid] = by_id[cid]
        elif same_shape:
            texts[cid] = theirs[place][1]
    return QuestionTexts(other.quiz.locale.language_code, texts)


def interaction_response(interaction: kinds.Interaction) -> str:
    """The learner's response in the xAPI format of the interaction type; "" if blank."""
    if interaction.response in (None, "", [], {}):
        return ""
    kind = kinds.get(interaction.answer_key["kind"])
    return kind.interaction_response(interaction.answer_key, interaction.response)
