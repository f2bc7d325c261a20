"""One function per learning event: what the courses and quizzes services call, inside their
transactions, to record the event's statement(s).

Vocabulary (ADL): registered (course), launched (lesson, first opened), completed (lesson,
module, course), progressed (course, with the cmi5 progress extension), attempted (quiz),
answered (each question, as a cmi.interaction, only once the attempt is graded), passed /
failed (quiz). Every statement of a learner's run through a course carries the enrolment's
registration; ``parent`` is the direct container and ``grouping`` the course."""

from __future__ import annotations

from courses.selectors import titles_by_language

from . import statements as xapi
from .services import record


def _names(page) -> dict[str, str]:
    return titles_by_language(page) or {"en": page.title}


def _page_activity(kind: str, page, type_key: str | None = None):
    return xapi.activity(kind, page.translation_key, _names(page), type_key=type_key)


def _lang(page) -> str:
    return page.locale.language_code if hasattr(page, "locale") else "en"


def _in_run(enrolment, verb_name: str, event: str, **fields):
    """Record a statement of the learner's run through the course: their registration,
    the course and an event key ``<verb>:<registration>[:<event>]``."""
    event_key = f"{verb_name}:{enrolment.registration}" + (f":{event}" if event else "")
    record(
        user=enrolment.user,
        event_key=event_key,
        verb_name=verb_name,
        course_key=enrolment.course_key,
        registration=enrolment.registration,
        **fields,
    )


def _page_event(enrolment, verb_name, kind, page, when, parent=None, grouping=None, result=None):
    """A statement whose object is a course, module or lesson page, keyed by that page."""
    # A registration is the run itself: its key needs nothing more.
    event = "" if verb_name == "registered" else str(page.translation_key)
    _in_run(
        enrolment,
        verb_name,
        event,
        obj=_page_activity(kind, page),
        object_name=page.title,
        timestamp=when,
        parent=parent,
        grouping=grouping,
        result=result,
        language=_lang(page),
    )


def course_registered(enrolment, course, when):
    _page_event(enrolment, "registered", "course", course, when)


def _in_module(lesson, course):
    module = lesson.get_parent().specific
    return {
        "parent": [_page_activity("module", module)],
        "grouping": [_page_activity("course", course)],
    }


def lesson_launched(enrolment, lesson, course, when):
    _page_event(enrolment, "launched", "lesson", lesson, when, **_in_module(lesson, course))


def lesson_completed(enrolment, lesson, course, when):
    _page_event(
        enrolment,
        "completed",
        "lesson",
        lesson,
        when,
        result=xapi.Result(completion=True),
        **_in_module(lesson, course),
    )


def module_completed(enrolment, module, course, when):
    course_activity = _page_activity("course", course)
    _page_event(
        enrolment,
        "completed",
        "module",
        module,
        when,
        parent=[course_activity],
        grouping=[course_activity],
        result=xapi.Result(completion=True),
    )


def course_progressed(enrolment, course, outline, when):
    """One statement per step of progress (lessons completed and required quizzes passed)."""
    _in_run(
        enrolment,
        "progressed",
        str(outline.completed_count),
        obj=_page_activity("course", course),
        object_name=course.title,
        timestamp=when,
        result=xapi.Result(
            completion=outline.is_completed,
            extensions={xapi.PROGRESS_EXTENSION: outline.percent},
        ),
        language=_lang(course),
    )


def course_completed(enrolment, course, when):
    _page_event(enrolment, "completed", "course", course, when, result=xapi.Result(completion=True))


def _quiz_context(quiz, course):
    parent_page = quiz.get_parent().specific
    course_activity = _page_activity("course", course)
    if parent_page.pk == course.pk:
        return [course_activity], [course_activity]
    return [_page_activity("module", parent_page)], [course_activity]


def quiz_attempted(attempt, quiz, course, enrolment):
    parent, grouping = _quiz_context(quiz, course)
    _in_run(
        enrolment,
        "attempted",
        f"{attempt.quiz_key}:{attempt.number}",
        obj=_page_activity("quiz", quiz, type_key="assessment"),
        object_name=attempt.quiz_title,
        timestamp=attempt.started_at,
        parent=parent,
        grouping=grouping,
        language=_lang(quiz),
    )


def quiz_graded(attempt, answers, quiz, course, enrolment):
    """answered per question (and per scenario part), then passed or failed."""
    quiz_activity = _page_activity("quiz", quiz, type_key="assessment")
    parent, grouping = _quiz_context(quiz, course)
    language = _lang(quiz)
    run = f"{attempt.quiz_key}:{attempt.number}"
    for answer in answers:
        for part_key, asked, key, response, points, score in _interactions(answer):
            interaction = xapi.Activity(
                id=xapi.activity_iri("question", f"{attempt.quiz_key}/{part_key}"),
                definition=_interaction_definition(asked, key, language),
            )
            # An unanswered question has no response at all: xAPI forbids empty strings.
            result = xapi.score_result(
                score, points, success=score == points, response=_response(key, response) or None
            )
            _in_run(
                enrolment,
                "answered",
                f"{run}:{part_key}",
                obj=interaction,
                object_name=asked.get("prompt", "")[:300],
                timestamp=attempt.submitted_at,
                parent=[quiz_activity],
                grouping=grouping,
                result=result,
                language=language,
            )
    verb_name = "passed" if attempt.passed else "failed"
    _in_run(
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


def _interactions(answer):
    """(key for the activity id, asked, key, response, points, score) per gradable part."""
    from quizzes.grading import grade_item

    if answer.key["kind"] != "scenario":
        yield (
            str(answer.question_pk),
            answer.asked,
            answer.key,
            answer.response,
            answer.points,
            (float(answer.score or 0)),
        )
        return
    parts = answer.asked["parts"]
    share = answer.points / len(parts)
    responses = answer.response or {}
    for part in parts:
        part_key = answer.key["parts"][part["id"]]
        fraction = grade_item(part_key, responses.get(part["id"]))
        yield (
            f"{answer.question_pk}/{part['id']}",
            part,
            part_key,
            responses.get(part["id"]),
            share,
            float(fraction) * share,
        )


INTERACTION_TYPES = {
    "single": "choice",
    "multiple": "choice",
    "true_false": "true-false",
    "matching": "matching",
    "ordering": "sequencing",
    "short_answer": "fill-in",
}


def _interaction_definition(asked, key, language):
    kind = key["kind"]
    fields = {
        "name": xapi.language_map({language: asked.get("prompt", "") or kind}),
        "type": xapi.ACTIVITY_TYPES["interaction"],
        "interaction_type": INTERACTION_TYPES[kind],
    }
    if kind in ("single", "multiple"):
        fields["choices"] = xapi.components(
            [(oid, {language: text}) for oid, text in key["option_text"].items()]
        )
        fields["correct_responses_pattern"] = ["[,]".join(sorted(key["correct"]))]
    elif kind == "true_false":
        fields["correct_responses_pattern"] = [key["correct"][0]]
    elif kind == "matching":
        fields["source"] = xapi.components(
            [(item["id"], {language: item["text"]}) for item in asked["items"]]
        )
        fields["target"] = xapi.components(
            [(cid, {language: text}) for cid, text in key["choice_text"].items()]
        )
        fields["correct_responses_pattern"] = [
            "[,]".join(f"{item}[.]{choice}" for item, choice in sorted(key["pairs"].items()))
        ]
    elif kind == "ordering":
        fields["choices"] = xapi.components(
            [(sid, {language: text}) for sid, text in key["step_text"].items()]
        )
        fields["correct_responses_pattern"] = ["[,]".join(key["order"])]
    elif kind == "short_answer":
        fields["correct_responses_pattern"] = [
            "{case_matters=false}" + text for text in key["accepted"]
        ]
    return xapi.ActivityDefinition(**fields)


def _response(key, response) -> str:
    """The learner's response in the xAPI format of the interaction type."""
    kind = key["kind"]
    if response in (None, "", [], {}):
        return ""
    if kind in ("single", "true_false", "short_answer"):
        return str(response)
    # Sets are written in sorted order, as the patterns are, so equal answers compare equal.
    if kind == "multiple":
        return "[,]".join(sorted(response))
    if kind == "ordering":
        return "[,]".join(response)
    if kind == "matching":
        return "[,]".join(f"{item}[.]{choice}" for item, choice in sorted(response.items()))
    return ""
