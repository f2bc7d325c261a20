"""The course-run helpers statements of a learner's run are built with.

Temporary copy (engineer K, branch layers-kinds) of the four helpers quizzes' statements need,
with the bodies they have in ``tracking/events.py``; engineer C's ``courses/events.py`` (which
also holds the course statements) replaces this file at the merge."""

from __future__ import annotations

from tracking import statements as xapi
from tracking.services import record

from .selectors import titles_by_language


def page_names(page) -> dict[str, str]:
    return titles_by_language(page) or {"en": page.title}


def page_activity(kind: str, page, type_key: str | None = None):
    return xapi.activity(kind, page.translation_key, page_names(page), type_key=type_key)


def page_language(page) -> str:
    return page.locale.language_code if hasattr(page, "locale") else "en"


def record_in_run(enrolment, verb_name: str, event: str, **fields):
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
