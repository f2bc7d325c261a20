"""Read-side queries for learners: course outlines, the catalogue and the dashboard.

Each function issues a fixed number of queries whatever the number of modules, lessons or
learners (tests assert this), by loading a course's tree in one pass ordered by ``path``.
The quizzes in an outline come from the step providers other apps register
(``courses.steps``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Q, Subquery
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext, gettext_lazy

from wagtail import hooks

from accounts import roles
from frontline.dates import add_months
from frontline.permissions import may_edit
from frontline.prepared import PreparedQuery

from . import branching
from .expert_checks import OpenPoints, open_points
from .models import (
    Audience,
    CoursePage,
    CoursePrerequisite,
    Enrolment,
    LessonPage,
    LessonProgress,
    LessonSource,
    ModulePage,
    ReferenceFact,
    Topic,
)
from .outline_cache import COURSE_FIELDS, cached_many, page_from, page_snapshot, snapshot
from .steps import step_providers

if TYPE_CHECKING:
    from collections.abc import Iterable


COMPLETED = "completed"
AVAILABLE = "available"
LOCKED = "locked"
PASSED = "passed"


class OutlinePage:
    """A page of an outline as the shared cache keeps it (``course_structures``): what lists
    show — its id, title, URL, translation key, tree path — read straight from the cache, and
    the page itself (``page``) built only when something asks for it, so a long outline costs
    a template loop, not a page object and a ``pageurl`` per step."""

    def __init__(self, snapshot: tuple, url: str | None):
        self._snapshot = snapshot
        values = snapshot[1]
        self.pk: int = values["id"]
        self.title: str = values["title"]
        self.translation_key = values["translation_key"]
        self.path: str = values["path"]
        #: As Wagtail's ``page.url``: relative to the site (absolute with several sites).
        self.url = url

    @cached_property
    def page(self):
        return page_from(self._snapshot)


_STATUS_LABELS: dict[str, dict[str, str]] = {}


class LessonEntry(OutlinePage):
    STATUS_LABELS = {
        COMPLETED: gettext_lazy("Completed"),
        AVAILABLE: gettext_lazy("Up next"),
        LOCKED: gettext_lazy("Locked"),
    }

    def __init__(self, snapshot: tuple, url: str | None, number: int, status: str = LOCKED):
        super().__init__(snapshot, url)
        self.number = number
        self.status = status
        self.minutes: int = snapshot[1].get("estimated_minutes", 0)

    @property
    def status_label(self) -> str:
        """ "Completed", "Up next" or "Locked" in the active language (translated once per
        language and process, not once per lesson of a long outline)."""
        language = get_language()
        labels = _STATUS_LABELS.get(language)
        if labels is None:
            labels = {status: str(label) for status, label in self.STATUS_LABELS.items()}
            _STATUS_LABELS[language] = labels
        return labels[self.status]

    @property
    def is_completed(self) -> bool:
        return self.status == COMPLETED

    @property
    def is_locked(self) -> bool:
        return self.status == LOCKED


@dataclass(frozen=True)
class QuizRecord:
    """A learner's standing on one quiz across their submitted attempts (of the current run),
    as the step providers (``courses.steps``) report it."""

    attempts: int
    best_percent: object
    passed: bool


class QuizEntry(OutlinePage):
    """A quiz in a learner's outline. It opens once every lesson before it is completed;
    it counts towards completion only when passed."""

    def __init__(
        self,
        snapshot: tuple,
        url: str | None,
        minutes: int,
        status: str = LOCKED,
        record: QuizRecord | None = None,
        counts_for_completion: bool = True,
    ):
        super().__init__(snapshot, url)
        #: The step's ``expected_minutes``, read when the outline was cached.
        self.minutes = minutes
        self.status = status
        self.record = record
        self.counts_for_completion = counts_for_completion

    @property
    def is_passed(self) -> bool:
        return self.status == PASSED

    @property
    def is_locked(self) -> bool:
        return self.status == LOCKED


class ModuleEntry(OutlinePage):
    def __init__(self, snapshot: tuple, url: str | None, number: int):
        super().__init__(snapshot, url)
        self.number = number
        self.lessons: list[LessonEntry] = []
        self.quizzes: list[QuizEntry] = []

    @property
    def completed_count(self) -> int:
        return sum(entry.is_completed for entry in self.lessons)

    # The outline's texts for a module, translated here rather than by a {% blocktranslate %}
    # per module (the same messages): a long outline costs little more than a short one.
    @property
    def heading(self) -> str:
        return gettext("Module %(number)s: %(title)s") % {
            "number": self.number,
            "title": self.title,
        }

    @property
    def count_label(self) -> str:
        return gettext("%(done)s of %(total)s lessons completed") % {
            "done": self.completed_count,
            "total": len(self.lessons),
        }

    @property
    def is_completed(self) -> bool:
        """Every lesson read and every module quiz passed."""
        return (
            bool(self.lessons or self.quizzes)
            and self.completed_count == len(self.lessons)
            and all(quiz.is_passed for quiz in self.quizzes)
        )


@dataclass
class CourseOutline:
    """A course's live modules and the lessons this learner takes, in reading order.

    Sequencing is linear: a lesson is available once every earlier lesson is completed."""

    course: CoursePage
    modules: list[ModuleEntry]
    completed_keys: frozenset = frozenset()
    final_quizzes: list[QuizEntry] = field(default_factory=list)
    #: The lessons the learner has a progress record of (opened, completed or not).
    opened_keys: frozenset = frozenset()

    @property
    def lessons(self) -> list[LessonEntry]:
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def quizzes(self) -> list[QuizEntry]:
        return [quiz for module in self.modules for quiz in module.quizzes] + self.final_quizzes

    @property
    def required_quizzes(self) -> list[QuizEntry]:
        """The quizzes the course's completion rule says must be passed."""
        return [quiz for quiz in self.quizzes if quiz.counts_for_completion]

    @property
    def total(self) -> int:
        return len(self.lessons) + len(self.required_quizzes)

    @property
    def completed_count(self) -> int:
        return sum(entry.is_completed for entry in self.lessons) + sum(
            quiz.is_passed for quiz in self.required_quizzes
        )

    @property
    def next_step(self) -> LessonEntry | QuizEntry | None:
        """The first thing still to do in course order: a lesson, or a required quiz to pass
        (a module's quizzes come after its lessons, the final assessment last)."""
        for module in self.modules:
            for entry in module.lessons:
                if not entry.is_completed:
                    return entry
            for quiz in module.quizzes:
                if quiz.counts_for_completion and not quiz.is_passed:
                    return quiz
        return next(
            (q for q in self.final_quizzes if q.counts_for_completion and not q.is_passed), None
        )

    def quiz_entry_for(self, quiz) -> QuizEntry | None:
        return next((q for q in self.quizzes if q.pk == quiz.pk), None)

    @property
    def percent(self) -> int:
        return round(100 * self.completed_count / self.total) if self.total else 0

    @property
    def is_completed(self) -> bool:
        return self.total > 0 and self.completed_count == self.total

    @property
    def next_lesson(self) -> LessonEntry | None:
        return next((entry for entry in self.lessons if not entry.is_completed), None)

    @property
    def remaining_reading_minutes(self) -> int:
        return sum(e.minutes for e in self.lessons if not e.is_completed)

    @property
    def remaining_quiz_minutes(self) -> int:
        """The time for the quizzes still to pass that the completion rule requires."""
        return sum(q.minutes for q in self.required_quizzes if not q.is_passed)

    @property
    def remaining_minutes(self) -> int:
        return self.remaining_reading_minutes + self.remaining_quiz_minutes

    def module_for(self, page) -> ModulePage | None:
        """The module ``page`` is in, from the outline (no query)."""
        return next((m.page for m in self.modules if page.path.startswith(m.path)), None)

    def entry_for(self, lesson: LessonPage) -> LessonEntry | None:
        return next((e for e in self.lessons if e.pk == lesson.pk), None)

    def blocking_lesson(self, lesson: LessonPage) -> LessonEntry | None:
        """The first earlier lesson still to do, if ``lesson`` is locked."""
        for entry in self.lessons:
            if entry.pk == lesson.pk:
                return None
            if not entry.is_completed:
                return entry
        return None


def _quiz_status(quiz: QuizEntry, lessons_done: bool) -> str:
    if quiz.record is not None and quiz.record.passed:
        return PASSED
    return AVAILABLE if lessons_done else LOCKED


def apply_sequencing(outline: CourseOutline, completed_keys: frozenset) -> None:
    open_so_far = True
    lessons_done = True
    for module in outline.modules:
        for entry in module.lessons:
            if entry.translation_key in completed_keys:
                entry.status = COMPLETED
            elif open_so_far:
                entry.status = AVAILABLE
                open_so_far = False
                lessons_done = False
            else:
                entry.status = LOCKED
                lessons_done = False
        for quiz in module.quizzes:
            quiz.status = _quiz_status(quiz, lessons_done)
    for quiz in outline.final_quizzes:
        quiz.status = _quiz_status(quiz, lessons_done)


def counts_for_completion(course: CoursePage, is_final: bool) -> bool:
    """Whether the course's completion rule requires passing a quiz (``is_final``: directly
    under the course) rather than leaving it as practice."""
    rule = course.completion_rule
    if rule == CoursePage.COMPLETION_LESSONS:
        return False
    return is_final or rule == CoursePage.COMPLETION_ALL_QUIZZES_PASSED


def build_outlines(
    courses: Iterable[CoursePage],
    audience_id: int | None,
    completed_keys: frozenset,
    records: dict | None = None,
    opened_keys: frozenset | None = None,
) -> dict[int, CourseOutline]:
    """This learner's outlines of several courses: each course's structure from the cache
    (``course_structures``), the learner's lessons (``audience_id``: their audience's id,
    ``None`` without a role), completed lessons (``completed_keys``), quiz standing by quiz
    translation key (``records``, from ``step_records``) and lessons opened (``opened_keys``)
    laid on top. Quizzes under a module come after its lessons; quizzes directly under the
    course are its final assessment, after every module."""
    records = records or {}
    courses = list(courses)
    structures = course_structures(courses)
    outlines = {}
    for course in courses:
        structure = structures[course.pk]
        outline = CourseOutline(
            course=course,
            modules=[],
            completed_keys=completed_keys,
            opened_keys=opened_keys if opened_keys is not None else completed_keys,
        )
        number = 0
        for module in structure["modules"]:
            entry = ModuleEntry(*module["page"], number=len(outline.modules) + 1)
            for lesson, url, audience_ids in module["lessons"]:
                if audience_ids and audience_id is not None and audience_id not in audience_ids:
                    continue
                number += 1
                entry.lessons.append(LessonEntry(lesson, url, number))
            for quiz, url, minutes in module["quizzes"]:
                entry.quizzes.append(
                    QuizEntry(
                        quiz,
                        url,
                        minutes,
                        record=records.get(quiz[1]["translation_key"]),
                        counts_for_completion=counts_for_completion(course, False),
                    )
                )
            outline.modules.append(entry)
        for quiz, url, minutes in structure["final_quizzes"]:
            outline.final_quizzes.append(
                QuizEntry(
                    quiz,
                    url,
                    minutes,
                    record=records.get(quiz[1]["translation_key"]),
                    counts_for_completion=counts_for_completion(course, True),
                )
            )
        apply_sequencing(outline, completed_keys)
        outlines[course.pk] = outline
    return outlines


def course_structures(courses: list[CoursePage]) -> dict[int, dict]:
    """Each course's structure by its id — what every learner's outline of it shares — from
    the shared cache (``courses.outline_cache``: never stale; the database when the cache
    fails), the missing ones read in four queries whatever their number."""
    by_pk = {course.pk: course for course in courses}
    return cached_many(
        "structure", list(by_pk), lambda pks: read_structures([by_pk[pk] for pk in pks])
    )


def read_structures(courses: list[CoursePage]) -> dict[int, dict]:
    """Courses' structures from the database in four queries (modules, lessons, lesson
    audiences, quizzes: one per step provider): their live modules, each with its live lessons
    (and the ids of the audiences each is limited to) and live quizzes (and their expected
    minutes), and the live quizzes directly under the course, in tree order; every page as an
    ``outline_cache`` snapshot, without a body, with its URL (Wagtail's ``page.url``)."""
    if not courses:
        return {}
    under_any = Q()
    for course in courses:
        under_any |= Q(path__startswith=course.path, depth__gt=course.depth)
    modules = ModulePage.objects.live().filter(under_any).order_by("path")
    # Titles, numbers and minutes: a lesson's body (a StreamField, decoded from JSON on load)
    # is left in the database.
    lessons = (
        LessonPage.objects.live()
        .filter(under_any)
        .defer("body")
        .order_by("path")
        .prefetch_related("audiences")
    )
    structures = {course.pk: {"modules": [], "final_quizzes": []} for course in courses}
    course_by_path = {course.path: course for course in courses}
    module_by_path = {}
    steplen = CoursePage.steplen
    for module in modules:
        course = course_by_path.get(module.path[:-steplen])
        if course is not None:
            entry = {"page": (page_snapshot(module), module.url), "lessons": [], "quizzes": []}
            structures[course.pk]["modules"].append(entry)
            module_by_path[module.path] = entry
    for lesson in lessons:
        module = module_by_path.get(lesson.path[:-steplen])
        if module is not None:
            audience_ids = frozenset(audience.pk for audience in lesson.audiences.all())
            module["lessons"].append((page_snapshot(lesson), lesson.url, audience_ids))
    quizzes = [quiz for provider in step_providers() for quiz in provider.live_steps(under_any)]
    for quiz in sorted(quizzes, key=lambda page: page.path):
        parent_path = quiz.path[:-steplen]
        step = (page_snapshot(quiz), quiz.url, quiz.expected_minutes)
        if parent_path in course_by_path:
            structures[course_by_path[parent_path].pk]["final_quizzes"].append(step)
        elif parent_path in module_by_path:
            module_by_path[parent_path]["quizzes"].append(step)
    return structures


def course_of(page) -> CoursePage:
    """The course a module, lesson or quiz page is part of, from the shared cache (one query
    when it is not there). ``CoursePage.DoesNotExist`` for a page in no course."""

    def read(pks):
        course = CoursePage.objects.ancestor_of(page).get()
        return {page.pk: page_snapshot(course, COURSE_FIELDS)}

    return page_from(cached_many("course-of", [page.pk], read)[page.pk])


def live_final_assessments(course: CoursePage) -> list:
    """The live final assessments of ``course`` — the step pages (quizzes) directly under it —
    from the step providers (``courses.steps``), one query each."""
    directly_under = Q(path__startswith=course.path, depth=course.depth + 1)
    return [step for provider in step_providers() for step in provider.live_steps(directly_under)]


# The learner's own rows that every course, lesson and quiz page reads, by queries built once
# per connection (frontline.prepared, issue 17).
_ENROLMENT_COLUMNS = [f.attname for f in Enrolment._meta.concrete_fields]
_enrolment_query = PreparedQuery(
    lambda user_id, course_key: Enrolment.objects.filter(
        user_id=user_id, course_key=course_key
    ).values_list(*_ENROLMENT_COLUMNS)[:1],
    user_id=Enrolment._meta.get_field("user"),
    course_key=Enrolment._meta.get_field("course_key"),
)
# Whether each lesson is completed, not when: a boolean per row rather than a timestamp to
# convert (on SQLite, parsed from text: most of the query's cost for a learner far into a course).
_progress_query = PreparedQuery(
    lambda user_id, course_keys: (
        LessonProgress.objects.filter(user_id=user_id, course_key__in=course_keys)
        .annotate(
            done=ExpressionWrapper(Q(completed_at__isnull=False), output_field=BooleanField())
        )
        .values_list("lesson_key", "done")
    ),
    user_id=LessonProgress._meta.get_field("user"),
    course_keys=LessonProgress._meta.get_field("course_key"),
)
_dashboard_enrolments_query = PreparedQuery(
    lambda user_id: Enrolment.objects.filter(user_id=user_id).values_list(
        *_ENROLMENT_COLUMNS, "last_lesson__translation_key"
    ),
    user_id=Enrolment._meta.get_field("user"),
)


def enrolment_of(user, course_key) -> Enrolment | None:
    """The learner's enrolment in the course with this translation key (one per course and
    learner, by constraint), or None."""
    if not user.is_authenticated:
        return None
    rows = _enrolment_query(user_id=user.pk, course_key=course_key)
    return Enrolment.from_db("default", _ENROLMENT_COLUMNS, rows[0]) if rows else None


def completed_lesson_keys(user, course_keys: Iterable) -> frozenset:
    if not user.is_authenticated:
        return frozenset()
    rows = _progress_query(user_id=user.pk, course_keys=list(course_keys))
    return frozenset(key for key, done in rows if done)


def lesson_progress_keys(user, course_keys: Iterable) -> tuple[frozenset, frozenset]:
    """The lessons of these courses the learner has completed, and those they have a
    progress record of (opened, completed or not): one query."""
    if not user.is_authenticated:
        return frozenset(), frozenset()
    rows = _progress_query(user_id=user.pk, course_keys=list(course_keys))
    return (
        frozenset(key for key, done in rows if done),
        frozenset(key for key, _done in rows),
    )


def step_records(user, course_keys: Iterable) -> dict:
    """Each quiz's standing for ``user`` (a ``QuizRecord``) by quiz translation key, as the
    step providers report it from the current run's submitted attempts."""
    if not user.is_authenticated:
        return {}
    course_keys = list(course_keys)
    records = {}
    for provider in step_providers():
        records.update(provider.records(user, course_keys))
    return records


def titles_by_language(page) -> dict[str, str]:
    """The page's title in each language it is published in ({"en": …, "sv": …}). Kept on the
    page object: completing a course asks for it for its statement and for its certificate."""
    cached = getattr(page, "_titles_by_language", None)
    if cached is None:
        from wagtail.models import Page

        cached = dict(
            Page.objects.filter(translation_key=page.translation_key).values_list(
                "locale__language_code", "title"
            )
        )
        page._titles_by_language = cached
    return cached


def lesson_cases(lesson) -> list[tuple[str, dict]]:
    """(block id, plan) of every branching case in a lesson's body, audience variants
    included, in reading order."""
    found = []
    for block in lesson.body:
        children = block.value["content"] if block.block_type == "audience_variant" else [block]
        found += [
            (str(child.id), branching.plan_of(child.value))
            for child in children
            if child.block_type == "branching_case"
        ]
    return found


def case_translations(lesson, block_id: str) -> list[tuple[str, dict]]:
    """(language, plan) of the same branching case in each published translation of the
    lesson: the case block with the same id (``copy_for_translation`` keeps block ids), else
    the case at the same place when both lessons hold as many. Two queries."""
    own = [key for key, _plan in lesson_cases(lesson)]
    if block_id not in own:
        return []
    found = []
    others = (
        LessonPage.objects.live()
        .filter(translation_key=lesson.translation_key)
        .exclude(pk=lesson.pk)
        .select_related("locale")
    )
    for other in others:
        theirs = lesson_cases(other)
        by_id = dict(theirs)
        if block_id in by_id:
            found.append((other.locale.language_code, by_id[block_id]))
        elif len(theirs) == len(own):
            found.append((other.locale.language_code, theirs[own.index(block_id)][1]))
    return found


def course_choices() -> list[tuple[str, str]]:
    """(translation key, title) of every course, for filters: titled as published in the
    active language where it is, in English otherwise (a Swedish members page offers Swedish
    titles); sorted by that title. One query."""
    here = (
        CoursePage.objects.live()
        .filter(translation_key=OuterRef("translation_key"), locale__language_code=get_language())
        .values("title")[:1]
    )
    courses = CoursePage.objects.filter(locale__language_code="en").annotate(
        title_here=Subquery(here)
    )
    choices = [
        (str(course.translation_key), course.title_here or course.title) for course in courses
    ]
    return sorted(choices, key=lambda choice: choice[1].casefold())


def learner_audience(user) -> Audience | None:
    return user.audience if user.is_authenticated else None


def learner_audience_id(user) -> int | None:
    """The id of the learner's audience, read from the user row without loading it."""
    return user.audience_id if user.is_authenticated else None


def course_outline(course: CoursePage, user) -> CourseOutline:
    """The learner's outline of ``course``: its structure from the cache, their progress in
    one query and their quiz results in one (none when the course has no live quiz)."""
    keys = [course.translation_key]
    structure = course_structures([course])[course.pk]
    has_quizzes = bool(structure["final_quizzes"]) or any(
        module["quizzes"] for module in structure["modules"]
    )
    completed, opened = lesson_progress_keys(user, keys)
    return build_outlines(
        [course],
        learner_audience_id(user),
        completed,
        step_records(user, keys) if has_quizzes else {},
        opened_keys=opened,
    )[course.pk]


@dataclass
class PrerequisiteStatus:
    course: CoursePage
    is_met: bool


def course_details(course: CoursePage, *, preview: bool = False) -> dict:
    """What the course page shows of the course beside its own fields, from the shared cache
    (saved with the course's revision, so its publication starts a new generation; a renamed
    audience or topic does too): its catalogue's URL (the breadcrumb), its audiences and
    topics, and whether it requires other courses. Four queries when not there."""

    def read(pks):
        parent = course.get_parent()
        return {
            course.pk: {
                "catalogue_url": parent.get_url() if parent else None,
                "audiences": [snapshot(a) for a in course.audiences.all()],
                "topics": [snapshot(t) for t in course.topics.all()],
                "has_prerequisites": CoursePrerequisite.objects.filter(course=course).exists(),
            }
        }

    if preview:  # the draft's own audiences and topics, never stored
        found = read([course.pk])[course.pk]
    else:
        found = cached_many("course-details", [course.pk], read)[course.pk]
    return {
        "catalogue_url": found["catalogue_url"],
        "audiences": [page_from(entry) for entry in found["audiences"]],
        "topics": [page_from(entry) for entry in found["topics"]],
        "has_prerequisites": found["has_prerequisites"],
    }


def prerequisite_statuses(course: CoursePage, user) -> list[PrerequisiteStatus]:
    """The courses this one requires, in the viewer's language, and whether each is done."""
    required = [
        link.required_course
        for link in CoursePrerequisite.objects.filter(course=course).select_related(
            "required_course"
        )
    ]
    if not required:
        return []
    keys = [c.translation_key for c in required]
    localized = {
        c.translation_key: c
        for c in CoursePage.objects.live().filter(translation_key__in=keys, locale=course.locale_id)
    }
    done = set()
    if user.is_authenticated:
        done = set(
            Enrolment.objects.filter(
                user=user, course_key__in=keys, completed_at__isnull=False
            ).values_list("course_key", flat=True)
        )
    return [
        PrerequisiteStatus(
            course=localized.get(c.translation_key, c), is_met=c.translation_key in done
        )
        for c in required
    ]


def course_overview(course: CoursePage, user, *, preview: bool = False) -> dict:
    outline = course_outline(course, user)
    enrolment = enrolment_of(user, course.translation_key)
    details = course_details(course, preview=preview)
    prerequisites = prerequisite_statuses(course, user) if details["has_prerequisites"] else []
    return {
        "details": details,
        "outline": outline,
        "enrolment": enrolment,
        "prerequisites": prerequisites,
        "prerequisites_met": all(p.is_met for p in prerequisites),
        "resume_lesson": resume_lesson(outline, enrolment),
    }


def resume_lesson(outline: CourseOutline, enrolment: Enrolment | None, last_lesson_key=None):
    """Where 'Continue' takes a learner: the lesson they last opened, unless they finished it,
    in which case the next lesson still to do, or else the next quiz to pass: its outline
    entry (title and URL, the page itself when asked). The last lesson's translation key may
    be given (read with the enrolment), saving its page."""
    if enrolment is None:
        return None
    if last_lesson_key is None and enrolment.last_lesson_id is not None:
        # Mostly a lesson of this outline; else a translation of one (read from its page).
        here = (e for e in outline.lessons if e.pk == enrolment.last_lesson_id)
        entry = next(here, None)
        last_lesson_key = (entry or enrolment.last_lesson).translation_key
    if last_lesson_key is not None:
        entry = next((e for e in outline.lessons if e.translation_key == last_lesson_key), None)
        if entry is not None and not entry.is_completed:
            return entry
    return outline.next_step


class CatalogueCourse(NamedTuple):
    """A course of a catalogue as the shared cache keeps it: what its card shows, and the
    ids of the audiences and topics it is for (the catalogue's filters)."""

    pk: int
    translation_key: Any
    title: str
    summary: str
    url: str | None
    estimated_minutes: int
    version_label: str
    audience_ids: tuple[int, ...]
    topic_ids: tuple[int, ...]


@dataclass
class CatalogueCard:
    """A course's card in the catalogue: its cached row with the labels of its audiences and
    topics in the active language (``courses.templatetags.catalogue_tags``)."""

    course: CatalogueCourse
    audiences: list[str]
    topics: list[str]

    def __getattr__(self, name):
        # ``card.title``, ``card.url``…: the row's fields.
        return getattr(self.course, name)


def catalogue_courses(catalogue) -> list[CatalogueCourse]:
    """The live courses of ``catalogue`` in tree order, from the shared cache (never stale:
    ``courses.outline_cache``; a course's audiences and topics are saved with it, and its
    minutes start a new generation when they are stored), else two queries and a prefetch."""

    def read(pks):
        courses = (
            CoursePage.objects.child_of(catalogue)
            .live()
            .order_by("path")
            .prefetch_related("audiences", "topics")
        )
        return {
            catalogue.pk: [
                CatalogueCourse(
                    pk=course.pk,
                    translation_key=course.translation_key,
                    title=course.title,
                    summary=course.summary,
                    url=course.url,
                    estimated_minutes=course.estimated_minutes,
                    version_label=course.version_label,
                    audience_ids=tuple(a.pk for a in course.audiences.all()),
                    topic_ids=tuple(t.pk for t in course.topics.all()),
                )
                for course in courses
            ]
        }

    return cached_many("catalogue", [catalogue.pk], read)[catalogue.pk]


def audiences_and_topics() -> tuple[list[Audience], list[Topic]]:
    """Every audience and every topic in their order, from the shared cache (a saved or
    deleted one starts a new generation: ``CoursesConfig.ready``), else two queries."""

    def read(kinds):
        return {
            "audiences": [snapshot(audience) for audience in Audience.objects.all()],
            "topics": [snapshot(topic) for topic in Topic.objects.all()],
        }

    found = cached_many("taxonomy", ["audiences", "topics"], read)
    return (
        [page_from(entry) for entry in found["audiences"]],
        [page_from(entry) for entry in found["topics"]],
    )


def catalogue_listing(catalogue, params, user) -> dict:
    """Live courses of a catalogue, filtered by audience and topic slugs from the query string."""
    audiences, topics = audiences_and_topics()
    audience_slug = params.get("audience", "")
    topic_slug = params.get("topic", "")
    selected_audience = next((a for a in audiences if a.slug == audience_slug), None)
    selected_topic = next((t for t in topics if t.slug == topic_slug), None)
    courses = catalogue_courses(catalogue)
    if selected_audience:
        # A course for no audience in particular is for everyone.
        courses = [
            c for c in courses if not c.audience_ids or selected_audience.pk in c.audience_ids
        ]
    if selected_topic:
        courses = [c for c in courses if selected_topic.pk in c.topic_ids]
    enrolments = {}
    if user.is_authenticated and courses:
        enrolments = {
            e.course_key: e
            for e in Enrolment.objects.filter(
                user=user, course_key__in=[c.translation_key for c in courses]
            )
        }
    # Labels in the active language, in the lists' order (``sort_order``, then name).
    audience_labels = {a.pk: a.label for a in audiences}
    topic_labels = {t.pk: t.label for t in topics}
    cards = [
        CatalogueCard(
            course=course,
            audiences=[audience_labels[pk] for pk in audience_labels if pk in course.audience_ids],
            topics=[topic_labels[pk] for pk in topic_labels if pk in course.topic_ids],
        )
        for course in courses
    ]
    return {
        "courses": [(card, enrolments.get(card.translation_key)) for card in cards],
        "audiences": audiences,
        "topics": topics,
        "selected_audience": selected_audience,
        "selected_topic": selected_topic,
        "unknown_filter": bool(
            (audience_slug and not selected_audience) or (topic_slug and not selected_topic)
        ),
    }


@dataclass
class DashboardRow:
    enrolment: Enrolment
    course: CoursePage
    outline: CourseOutline
    resume: OutlinePage | None


def in_active_language(courses: Iterable[CoursePage]) -> dict:
    """Each course (by translation key) as published in the active language, or as given
    where it has no such translation; one query."""
    given = {course.translation_key: course for course in courses}
    if not given:
        return {}
    localized = CoursePage.objects.live().filter(
        translation_key__in=list(given), locale__language_code=get_language()
    )
    return {**given, **{course.translation_key: course for course in localized}}


def dashboard_courses(enrolments: list[Enrolment]) -> dict[int, CoursePage]:
    """Each enrolment's course (by the enrolment's id) as published in the active language,
    or the course enrolled in where it has no such translation: from the shared cache, else
    two queries. The pages keep the outline cache's course fields (others deferred)."""
    language = get_language()
    keys = {e.pk: f"{e.course_id}:{language}" for e in enrolments}

    def read(missing):
        pks = {key: int(key.split(":")[0]) for key in missing}
        given = {course.pk: course for course in CoursePage.objects.filter(pk__in=pks.values())}
        localized = in_active_language(given.values())
        found = {}
        for key, pk in pks.items():
            if pk in given:
                course = localized[given[pk].translation_key]
                found[key] = (page_snapshot(course, COURSE_FIELDS), course.url)
        return found

    found = cached_many("dashboard-course", list(set(keys.values())), read)
    courses = {}
    for pk, key in keys.items():
        snapshot_, url = found[key]
        courses[pk] = course = page_from(snapshot_)
        course.listed_url = url  # as ``page.url``: what the dashboard links to
    return courses


def learner_dashboard(user) -> list[DashboardRow]:
    """Each enrolment with its progress, in the active language where a translation exists."""
    # The last lesson for its translation key alone (``resume_lesson``), the courses from the
    # cache: the enrolments' query joins no page.
    enrolments = []
    for row in _dashboard_enrolments_query(user_id=user.pk):
        enrolment = Enrolment.from_db("default", _ENROLMENT_COLUMNS, row[:-1])
        enrolment.last_lesson_key = row[-1]
        enrolments.append(enrolment)
    if not enrolments:
        return []
    keys = [e.course_key for e in enrolments]
    courses = dashboard_courses(enrolments)
    outlines = build_outlines(
        courses.values(),
        learner_audience_id(user),
        completed_lesson_keys(user, keys),
        step_records(user, keys),
    )
    rows = []
    for enrolment in enrolments:
        outline = outlines[courses[enrolment.pk].pk]
        rows.append(
            DashboardRow(
                enrolment=enrolment,
                course=courses[enrolment.pk],
                outline=outline,
                resume=resume_lesson(outline, enrolment, enrolment.last_lesson_key),
            )
        )
    # Courses in progress first, then completed ones.
    rows.sort(key=lambda row: row.enrolment.is_completed)
    return rows


# Content you can trust: sources, reviews, facts awaiting an expert ---------------------------

#: The group of subject-matter experts who review content before it is published (created
#: with the review workflow, ``courses.review``); looked up by name.
SUBJECT_MATTER_EXPERTS = roles.SUBJECT_MATTER_EXPERTS

#: Other apps' pages with open points for the review page (quizzes registers its own): each
#: hook function returns a list of ``AwaitingConfirmation``.
FACTS_AWAITING_CONFIRMATION = "facts_awaiting_confirmation"


def is_subject_matter_expert(user) -> bool:
    """Whether ``user`` is in the *Subject-matter experts* group; kept on the user for the
    request."""
    cached = getattr(user, "_is_subject_matter_expert", None)
    if cached is None:
        cached = user.is_authenticated and user.groups.filter(name=SUBJECT_MATTER_EXPERTS).exists()
        user._is_subject_matter_expert = cached
    return cached


def may_see_expert_checks(user, page) -> bool:
    """Whether ``user`` reads ``page`` with the facts that await an expert shown (the
    ``[CHECK]`` markers highlighted, the expert-check lists): those who may edit the page and
    the subject-matter experts. Never learners, to whom an open point would read as settled or
    as doubtful.

    Both work in the admin (editing, and the review workflow's tasks), so a person without
    the admin costs no query here: Django has cached their permissions for the request."""
    if not (user.is_authenticated and user.has_perm("wagtailadmin.access_admin")):
        return False
    return may_edit(user, page) or is_subject_matter_expert(user)


def lesson_sources(lesson: LessonPage) -> list[LessonSource]:
    """The sources a lesson cites, in the trainer's order, with their snippets: from the shared
    cache (``courses.outline_cache``: a lesson published or a source saved starts a new
    generation), else one query. A preview reads the editor's rows, which are in memory."""
    if "sources" in getattr(lesson, "_cluster_related_objects", {}) or lesson.pk is None:
        return list(lesson.sources.all())

    def read(pks):
        rows = lesson.sources.select_related("source")
        return {lesson.pk: [(snapshot(row), snapshot(row.source)) for row in rows]}

    cited = []
    for row, source in cached_many("sources", [lesson.pk], read)[lesson.pk]:
        row = page_from(row)
        row.source = page_from(source)
        cited.append(row)
    return cited


@dataclass
class DueForReview:
    """What trainers should check again: ``courses`` whose review date has passed or falls
    within the notice period (soonest first), ``undated`` courses that have none, and
    reference ``facts`` last checked before ``facts_checked_before``."""

    courses: list[CoursePage]
    undated: list[CoursePage]
    facts: list[ReferenceFact]
    due_by: date
    facts_checked_before: date


def content_due_for_review(today: date) -> DueForReview:
    """Courses (every language) and reference facts due for review on ``today``, by the
    platform's ``settings.CONTENT_REVIEW``; three queries whatever their number."""
    due_by, checked_before = review_thresholds(today)
    courses = CoursePage.objects.select_related("locale").order_by("review_by", "title", "pk")
    return DueForReview(
        courses=list(courses.filter(review_by__lte=due_by)),
        undated=list(courses.filter(review_by__isnull=True)),
        facts=list(
            ReferenceFact.objects.filter(as_of__lt=checked_before)
            .select_related("source")
            .order_by("as_of", "label")
        ),
        due_by=due_by,
        facts_checked_before=checked_before,
    )


def due_for_review_counts(today: date) -> tuple[int, int]:
    """How many courses and reference facts ``content_due_for_review`` would list as due (not
    the undated courses): two counts, for the admin's home page."""
    due = review_thresholds(today)
    return (
        CoursePage.objects.filter(review_by__lte=due[0]).count(),
        ReferenceFact.objects.filter(as_of__lt=due[1]).count(),
    )


def review_thresholds(today: date) -> tuple[date, date]:
    """The last review date that is due on ``today``, and the day before which a reference
    fact's check is too old (``settings.CONTENT_REVIEW``)."""
    rules = settings.CONTENT_REVIEW
    return (
        today + timedelta(days=rules["course_notice_days"]),
        add_months(today, -rules["reference_fact_months"]),
    )


@dataclass
class AwaitingConfirmation:
    """A page with points an expert must still confirm, in its latest version (a draft if it
    has one): the expert-check blocks' ``points`` and the passages marked ``[CHECK]``."""

    page: object
    course: CoursePage | None
    open: OpenPoints
    is_live: bool
    has_draft: bool


def latest_content(page, field_name: str):
    """A field of the page's latest version as raw data: its latest revision's (a draft's, if
    it has one; else the published one), or the page's own when it has no revision. A
    StreamField comes as its list of blocks."""
    revision = page.latest_revision
    if revision is not None and field_name in revision.content:
        raw = revision.content[field_name]
        return json.loads(raw) if isinstance(raw, str) and raw.startswith("[") else raw
    value = getattr(page, field_name)
    return getattr(value, "raw_data", value)


def courses_by_path() -> dict[str, CoursePage]:
    """Every course by its tree path, to name the course of a page below it without asking the
    tree for each one."""
    return {course.path: course for course in CoursePage.objects.all()}


def course_above(page, courses: dict[str, CoursePage]) -> CoursePage | None:
    """The course ``page`` is in, from ``courses_by_path()``."""
    for depth in range(page.depth - 1, 0, -1):
        course = courses.get(page.path[: depth * page.steplen])
        if course is not None:
            return course
    return None


def facts_awaiting_confirmation() -> list[AwaitingConfirmation]:
    """Every lesson, live or draft, in every language, whose latest version still has points
    for an expert, in tree order; then those other apps report (``FACTS_AWAITING_CONFIRMATION``
    hook). Three queries for the lessons whatever their number."""
    courses = courses_by_path()
    found = []
    lessons = LessonPage.objects.select_related("latest_revision", "locale").order_by("path")
    for lesson in lessons:
        points = open_points(latest_content(lesson, "body"))
        if points:
            found.append(
                AwaitingConfirmation(
                    page=lesson,
                    course=course_above(lesson, courses),
                    open=points,
                    is_live=lesson.live,
                    has_draft=lesson.has_unpublished_changes,
                )
            )
    for report in hooks.get_hooks(FACTS_AWAITING_CONFIRMATION):
        found += report(courses)
    return found


def reference_facts_awaiting_confirmation() -> list[tuple[ReferenceFact, OpenPoints]]:
    """Reference facts whose text or note still holds a ``[CHECK]`` marker; one query."""
    marked = ReferenceFact.objects.filter(
        Q(fact__contains="[CHECK")
        | Q(fact_sv__contains="[CHECK")
        | Q(note__contains="[CHECK")
        | Q(note_sv__contains="[CHECK")
    ).order_by("label")
    return [
        (fact, open_points([fact.fact, fact.fact_sv, fact.note, fact.note_sv])) for fact in marked
    ]
