"""One function per learning event: what the quizzes and certificates services call, inside
their transactions, to record the event's statement(s). (The course statements are in
``courses.events``.)

Vocabulary (ADL): attempted (quiz), answered (each question, as a cmi.interaction, only once
the attempt is graded), passed / failed (quiz); earned, revoked, expired (certificate)."""

from __future__ import annotations

# Until the quiz statements move to quizzes/events.py, they use the run helpers of
# courses/events.py (the course statements moved there).
from courses.events import page_activity as _page_activity
from courses.events import page_language as _lang
from courses.events import record_in_run as _in_run

from . import statements as xapi
from .services import record


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


def _certificate_event(certificate, verb_name: str, when, result=None):
    """earned / revoked / expired: the object is the certificate, grouped under its course."""
    if certificate.holder is None:
        return  # the holder was erased: nobody to attribute it to
    names = {"en": f"Certificate: {certificate.course_title}"}
    if certificate.course_title_sv:
        names["sv"] = f"Intyg: {certificate.course_title_sv}"
    record(
        user=certificate.holder,
        event_key=f"{verb_name}:certificate:{certificate.code}",
        verb_name=verb_name,
        obj=xapi.activity("certificate", certificate.code, names),
        object_name=names["en"],
        timestamp=when,
        course_key=certificate.course_key,
        registration=certificate.registration,
        grouping=[
            xapi.activity("course", certificate.course_key, {"en": certificate.course_title})
        ],
        result=result,
    )


def certificate_earned(certificate):
    result = (
        xapi.score_result(certificate.score, 100, success=True, completion=True)
        if certificate.score is not None
        else xapi.Result(success=True, completion=True)
    )
    _certificate_event(certificate, "earned", certificate.issued_at, result)


def certificate_revoked(certificate):
    _certificate_event(certificate, "revoked", certificate.status_changed_at)


def certificate_expired(certificate):
    _certificate_event(certificate, "expired", certificate.status_changed_at)
