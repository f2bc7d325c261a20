"""One function per learning event: what the courses and certificates services call, inside
their transactions, to record the event's statement(s). A quiz's statements (attempted,
answered, passed / failed) are built in ``quizzes.events``.

Vocabulary (ADL): registered (course), launched (lesson, first opened), completed (lesson,
module, course), progressed (course, with the cmi5 progress extension). Every statement of a
learner's run through a course carries the enrolment's registration; ``parent`` is the direct
container and ``grouping`` the course."""

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
