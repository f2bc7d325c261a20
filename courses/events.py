"""The statements of a learner's run through a course: what ``courses.services`` records,
inside its transactions, when something happens on the way.

Vocabulary (ADL): registered (course), launched (lesson, first opened), completed (lesson,
module, course), progressed (course, with the cmi5 progress extension). Every statement of a
run carries the enrolment's registration; ``parent`` is the direct container and ``grouping``
the course. The run helpers (``page_activity``, ``record_in_run``, ``page_names``,
``page_language``) are public: the statements of steps in the run (quizzes) are built with them
too, so every statement of a run is keyed and described the same way."""

from __future__ import annotations

from django.utils.html import strip_tags

from tracking import statements as xapi
from tracking.services import record

from . import branching
from .selectors import case_translations, titles_by_language


def page_names(page) -> dict[str, str]:
    """The page's title by language, for an activity's name."""
    return titles_by_language(page) or {"en": page.title}


def page_activity(kind: str, page, type_key: str | None = None):
    """The activity of a course, module, lesson or quiz page, named in every language."""
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


def _page_event(enrolment, verb_name, kind, page, when, parent=None, grouping=None, result=None):
    """A statement whose object is a course, module or lesson page, keyed by that page."""
    # A registration is the run itself: its key needs nothing more.
    event = "" if verb_name == "registered" else str(page.translation_key)
    record_in_run(
        enrolment,
        verb_name,
        event,
        obj=page_activity(kind, page),
        object_name=page.title,
        timestamp=when,
        parent=parent,
        grouping=grouping,
        result=result,
        language=page_language(page),
    )


def course_registered(enrolment, course, when):
    _page_event(enrolment, "registered", "course", course, when)


def _in_module(lesson, course):
    module = lesson.get_parent().specific
    return {
        "parent": [page_activity("module", module)],
        "grouping": [page_activity("course", course)],
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
    course_activity = page_activity("course", course)
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
    record_in_run(
        enrolment,
        "progressed",
        str(outline.completed_count),
        obj=page_activity("course", course),
        object_name=course.title,
        timestamp=when,
        result=xapi.Result(
            completion=outline.is_completed,
            extensions={xapi.PROGRESS_EXTENSION: outline.percent},
        ),
        language=page_language(course),
    )


def course_completed(enrolment, course, when):
    _page_event(enrolment, "completed", "course", course, when, result=xapi.Result(completion=True))


# Branching cases in lessons (courses.cases): each decision is a choice interaction answered,
# and reaching an ending completes the case. A case is keyed by its lesson and its block's id;
# each play has its own id, so a replay is recorded anew and a repeated request never twice.
# A decision's activity ends in its definition's fingerprint (``rev-<digest>``, as a quiz
# question's: decision 0017): a trainer who rewrites a situation or its choices makes a new
# activity, and the statements already sent keep describing the one their learners met. Names
# are in the lesson's language and in its translations', which describe the same activity.

CASE_PATH = "case-path"
CASE_PLAY = "case-play"
CASE_ENDING = "case-ending"


def _case_activity(lesson, block_id, plan, translations):
    names = {language: other["title"] for language, other in translations}
    return xapi.activity(
        "case",
        f"{lesson.translation_key}/{block_id}",
        {**names, page_language(lesson): plan["title"]},
        type_key="simulation",
    )


def _situation_text(situation) -> str:
    return " ".join(strip_tags(situation["text"]).split()) or situation["key"]


def _situation_activity(lesson, block_id, situation, language, translations):
    """The situation as a choice interaction: its text is the question, its choices the
    choices (their ids and labels; nothing of where they lead or what they are worth)."""
    definition = xapi.ActivityDefinition(
        name=xapi.language_map({language: _situation_text(situation)}),
        type=xapi.ACTIVITY_TYPES["interaction"],
        interaction_type="choice",
        choices=xapi.components(
            [(choice["id"], {language: choice["label"]}) for choice in situation["choices"]]
        ),
    )
    revision = xapi.definition_fingerprint(definition)
    for other_language, plan in translations:
        other = plan["situations"].get(situation["key"])
        if other is None:
            continue
        theirs = other["choices"]
        labels = {choice["id"]: choice["label"] for choice in theirs}
        if not set(labels) & {choice["id"] for choice in situation["choices"]}:
            if len(theirs) != len(situation["choices"]):
                continue
            # Written anew rather than copied: the same choices at the same places.
            labels = {
                own["id"]: choice["label"]
                for own, choice in zip(situation["choices"], theirs, strict=True)
            }
        xapi.describe_in(definition, other_language, _situation_text(other), labels)
    key = f"{lesson.translation_key}/{block_id}/{situation['key']}"
    return xapi.Activity(
        id=f"{xapi.activity_iri('case-situation', key)}/rev-{revision}", definition=definition
    )


def _case_extensions(play, path, **more):
    steps = [
        {"situation": situation["key"], "choice": choice["id"]} for situation, choice in path.steps
    ]
    return {
        xapi.extension_iri(CASE_PLAY): play.play,
        xapi.extension_iri(CASE_PATH): steps,
        **{xapi.extension_iri(name): value for name, value in more.items()},
    }


def case_decided(enrolment, lesson, course, block_id, plan, play, path, when):
    """The learner's last decision on ``path``: answered, the situation as the interaction,
    the choice as the response, the path so far (this decision included) in the context."""
    situation, choice = path.steps[-1]
    language = page_language(lesson)
    translations = case_translations(lesson, block_id)
    record_in_run(
        enrolment,
        "answered",
        f"case:{lesson.translation_key}:{block_id}:{play.play}:{len(path.steps)}",
        obj=_situation_activity(lesson, block_id, situation, language, translations),
        object_name=f"{plan['title']}: {situation['key']}",
        timestamp=when,
        parent=[page_activity("lesson", lesson)],
        grouping=[
            page_activity("course", course),
            _case_activity(lesson, block_id, plan, translations),
        ],
        result=xapi.Result(response=choice["id"]),
        language=language,
        extensions=_case_extensions(play, path),
    )


def case_ended(enrolment, lesson, course, block_id, plan, play, path, when):
    """The case completed at an ending: success false on a critical error, the score scaled
    as ``courses.branching.grade``."""
    grade = branching.grade(plan, play.choices)
    record_in_run(
        enrolment,
        "completed",
        f"case:{lesson.translation_key}:{block_id}:{play.play}",
        obj=_case_activity(lesson, block_id, plan, case_translations(lesson, block_id)),
        object_name=plan["title"],
        timestamp=when,
        parent=[page_activity("lesson", lesson)],
        grouping=[page_activity("course", course)],
        result=xapi.Result(
            completion=True,
            success=path.critical is None,
            score=xapi.Score(scaled=float(grade)),
        ),
        language=page_language(lesson),
        extensions=_case_extensions(play, path, **{CASE_ENDING: path.ending["key"]}),
    )
