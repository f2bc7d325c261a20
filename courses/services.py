"""Business rules for learners: enrol, open a lesson, complete a lesson, complete a course.

Views, admin actions and management commands all call these functions. Each write runs in one
transaction with its xAPI statements (``courses.events``), so an event and its record can never
part. Apps above courses react to a completed course through the ``course_completed`` hook,
called inside the completion's transaction (certificates issue the certificate there)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail import hooks

from . import branching, events
from .cases import CasePlay
from .durations import course_minutes
from .gate import StepAccess
from .models import CoursePage, Enrolment, LessonPage, LessonProgress
from .outline_cache import content_changed
from .selectors import (
    COMPLETED,
    CourseOutline,
    apply_sequencing,
    counts_for_completion,
    course_of,
    course_outline,
    enrolment_of,
    prerequisite_statuses,
)
from .steps import step_providers

# How exact an enrolment's "last activity" is when a learner only reads: re-opening the lesson
# they are on within this time writes nothing (``lesson_open``).
LAST_ACTIVITY_RESOLUTION = timedelta(minutes=5)


class LearningRuleError(Exception):
    """A learner asked for something the course rules do not allow; the message says why."""


class PrerequisitesNotMet(LearningRuleError):
    pass


class NotEnrolled(LearningRuleError):
    pass


class StepLocked(LearningRuleError):
    """The step's turn has not come: ``blocking`` is the step to do first."""

    def __init__(self, message: str, blocking=None):
        super().__init__(message)
        self.blocking = blocking


class LessonLocked(StepLocked):
    pass


class LessonNotForAudience(LearningRuleError):
    pass


class CaseChoiceRefused(LearningRuleError):
    """A choice in a branching case that is not offered where the learner stands: a stale
    form, a tampered id, or a case already over. Nothing was changed."""


def enrolment_create(user, course: CoursePage) -> tuple[Enrolment, bool]:
    """Enrol ``user`` in ``course``; returns (enrolment, created). Enrolling twice is harmless."""
    existing = Enrolment.objects.filter(user=user, course_key=course.translation_key).first()
    if existing:
        return existing, False
    missing = [p.course.title for p in prerequisite_statuses(course, user) if not p.is_met]
    if missing:
        raise PrerequisitesNotMet(
            _("Complete these courses before you enrol: %(courses)s.")
            % {"courses": ", ".join(missing)}
        )
    try:
        with transaction.atomic():
            now = timezone.now()
            enrolment = Enrolment.objects.create(
                user=user,
                course=course,
                course_key=course.translation_key,
                last_activity_at=now,
            )
            events.course_registered(enrolment, course, now)
    except IntegrityError:
        # A second tab enrolled at the same moment: the constraint kept one row.
        return Enrolment.objects.get(user=user, course_key=course.translation_key), False
    return enrolment, True


def enrolment_for(user, course: CoursePage, refusal: str, *, locked: bool = False) -> Enrolment:
    """The learner's enrolment in ``course``; ``NotEnrolled(refusal)`` without one.
    ``locked``: take its row lock too (inside a transaction)."""
    if locked:
        enrolment = (
            Enrolment.objects.select_for_update()
            .filter(user=user, course_key=course.translation_key)
            .first()
        )
    else:
        enrolment = enrolment_of(user, course.translation_key)
    if enrolment is None:
        raise NotEnrolled(refusal)
    return enrolment


def enrolment_restart(user, course: CoursePage) -> Enrolment:
    """Take a completed course again, to re-certify: a new run (new xAPI registration) in which
    every lesson and required quiz must be done again. The earlier run's attempts, statements
    and certificate stay; completing the new run issues a certificate that supersedes it."""
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update()
            .filter(user=user, course_key=course.translation_key)
            .first()
        )
        if enrolment is None:
            raise NotEnrolled(_("Enrol in “%(course)s” first.") % {"course": course.title})
        if enrolment.completed_at is None:
            raise LearningRuleError(
                _("You are still taking this course: continue where you left off.")
            )
        now = timezone.now()
        enrolment.registration = uuid.uuid4()
        enrolment.completed_at = None
        enrolment.run_started_at = now
        enrolment.last_lesson = None
        enrolment.last_activity_at = now
        enrolment.save()
        LessonProgress.objects.filter(user=user, course_key=course.translation_key).update(
            completed_at=None
        )
        events.course_registered(enrolment, course, now)
    return enrolment


def _not_enrolled_in(course: CoursePage) -> str:
    return _("Enrol in “%(course)s” to read its lessons.") % {"course": course.title}


def lesson_check_access(user, lesson: LessonPage, course: CoursePage | None = None) -> StepAccess:
    """Raise a ``LearningRuleError`` unless ``user`` may read ``lesson`` now."""
    course = course or course_of(lesson)
    enrolment = enrolment_for(user, course, _not_enrolled_in(course))
    return _lesson_access(user, lesson, course, enrolment)


def _lesson_access(user, lesson: LessonPage, course: CoursePage, enrolment) -> StepAccess:
    outline = course_outline(course, user)
    entry = outline.entry_for(lesson)
    if entry is None:
        raise LessonNotForAudience(
            _(
                "This lesson is not part of the path for your role. "
                "Your course outline lists the lessons you take."
            )
        )
    if entry.is_locked:
        blocking = outline.blocking_lesson(lesson)
        raise LessonLocked(
            _("Lessons are taken in order. Finish “%(lesson)s” first.")
            % {"lesson": blocking.page.title},
            blocking=blocking,
        )
    return StepAccess(course=course, outline=outline, enrolment=enrolment, entry=entry)


def lesson_open(user, lesson: LessonPage, access: StepAccess, now=None) -> None:
    """Record that the learner opened the lesson, so 'Continue' brings them back here and the
    first opening is a *launched* statement — writing only what changes: a lesson the outline
    shows opened before (``opened_keys``) has its progress row, and the enrolment is touched
    only when this is another lesson than last time or its last activity is older than
    ``LAST_ACTIVITY_RESOLUTION``. A learner reading and re-reading a lesson is then a page
    read, not a write transaction per request (issue 17); "last activity" is exact to that
    resolution."""
    now = now or timezone.now()
    enrolment = access.enrolment
    touched = (
        enrolment.last_lesson_id == lesson.pk
        and enrolment.last_activity_at is not None
        and now - enrolment.last_activity_at < LAST_ACTIVITY_RESOLUTION
    )
    recorded = (access.entry is not None and access.entry.is_completed) or (
        access.outline is not None and lesson.translation_key in access.outline.opened_keys
    )
    if touched and recorded:
        return
    with transaction.atomic():
        if not recorded:
            _progress, created = LessonProgress.objects.get_or_create(
                user=user,
                lesson_key=lesson.translation_key,
                defaults={"lesson": lesson, "course_key": access.course.translation_key},
            )
            if created:
                events.lesson_launched(enrolment, lesson, access.course, now)
        if not touched:
            Enrolment.objects.filter(pk=enrolment.pk).update(
                last_lesson=lesson, last_activity_at=now
            )
            enrolment.last_lesson, enrolment.last_activity_at = lesson, now


def lesson_complete(user, lesson: LessonPage) -> tuple[StepAccess, bool]:
    """Mark ``lesson`` completed for ``user``; completes the course when it was the last step.

    Returns the access record (with the updated outline) and whether the course was completed by
    this call. Completing a lesson twice changes nothing."""
    course = course_of(lesson)
    now = timezone.now()
    with transaction.atomic():
        # The outline is read under the enrolment's lock: the last quiz passed in another tab
        # at the same moment has committed by then, so one of the two completes the course.
        enrolment = enrolment_for(user, course, _not_enrolled_in(course), locked=True)
        access = _lesson_access(user, lesson, course, enrolment)
        progress, created = LessonProgress.objects.get_or_create(
            user=user,
            lesson_key=lesson.translation_key,
            defaults={
                "lesson": lesson,
                "course_key": access.course.translation_key,
                "completed_at": now,
            },
        )
        newly_completed = created or progress.completed_at is None
        if not created and progress.completed_at is None:
            progress.completed_at = now
            progress.save(update_fields=["completed_at"])
        access.entry.status = COMPLETED
        apply_sequencing(access.outline, access.outline.completed_keys | {lesson.translation_key})
        enrolment.last_activity_at = now
        enrolment.last_lesson = lesson
        enrolment.save(update_fields=["last_activity_at", "last_lesson"])
        course_completed_now = _complete_if_done(enrolment, access.outline, now)
        if newly_completed:
            events.lesson_completed(enrolment, lesson, access.course, now)
            _record_progress(enrolment, access.course, access.outline, lesson, now)
    return access, course_completed_now


def _record_progress(enrolment, course, outline: CourseOutline, child, now) -> None:
    """Statements for the course's progress, the module of ``child`` if it is now complete,
    and the course if the enrolment is now complete."""
    events.course_progressed(enrolment, course, outline, now)
    module = next((m for m in outline.modules if child.path.startswith(m.path)), None)
    if module is not None and module.is_completed:
        events.module_completed(enrolment, module.page, course, now)
    if enrolment.completed_at is not None and outline.is_completed:
        events.course_completed(enrolment, course, enrolment.completed_at)


COURSE_COMPLETED = "course_completed"


def _complete_if_done(enrolment: Enrolment, outline: CourseOutline, now) -> bool:
    """Stamp the (locked) enrolment completed if the outline meets the course's rule, and let
    the apps above react: each function registered with the ``course_completed`` hook is called
    as ``fn(enrolment, course, outline, when)`` in this transaction, under the enrolment's lock
    (certificates issue the certificate). A handler that fails rolls the completion back."""
    if enrolment.completed_at is not None or not outline.is_completed:
        return False
    enrolment.completed_at = now
    enrolment.save(update_fields=["completed_at"])
    for handler in hooks.get_hooks(COURSE_COMPLETED):
        handler(enrolment, outline.course, outline, now)
    return True


def enrolment_update_completion(user, course: CoursePage, child=None) -> bool:
    """Re-check the course's completion rule after something other than a lesson changed
    (``child``, a quiz, was passed); returns whether the course was completed by this call.
    Call inside the transaction of the change."""
    now = timezone.now()
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update()
            .filter(user=user, course_key=course.translation_key)
            .first()
        )
        if enrolment is None:
            return False
        enrolment.last_activity_at = now
        enrolment.save(update_fields=["last_activity_at"])
        outline = course_outline(course, user)
        completed = _complete_if_done(enrolment, outline, now)
        if child is not None:
            _record_progress(enrolment, course, outline, child, now)
        return completed


def course_minutes_update(page) -> int | None:
    """Store the estimated minutes of the course ``page`` is (or is in): its live lessons for
    the audience with the most of them, plus its live quizzes that the completion rule
    requires (``courses.durations.course_minutes``). Called when a course, lesson or quiz is
    saved — published and unpublished included — so every reader gets a stored number."""
    if page.pk is None or not page.path:
        return None
    if isinstance(page, CoursePage):
        course = page
    else:
        course = CoursePage.objects.ancestor_of(page).first()
        if course is None:
            return None
    under = Q(path__startswith=course.path, depth__gt=course.depth)
    lessons = [
        (lesson.estimated_minutes, frozenset(a.pk for a in lesson.audiences.all()))
        for lesson in LessonPage.objects.live()
        .filter(under)
        .only("estimated_minutes")
        .prefetch_related("audiences")
    ]
    quizzes = [
        step.expected_minutes
        for provider in step_providers()
        for step in provider.live_steps(under)
        if counts_for_completion(course, is_final=step.depth == course.depth + 1)
    ]
    minutes = course_minutes(lessons, quizzes)
    CoursePage.objects.filter(pk=course.pk).update(estimated_minutes=minutes)
    if course.estimated_minutes != minutes:
        # The catalogue's cached cards show them; an ``update()`` sends no signal.
        content_changed()
    course.estimated_minutes = minutes
    return minutes


def case_choose(
    lesson: LessonPage, access: StepAccess, block_id: str, plan: dict, play: CasePlay, choice_id
) -> CasePlay:
    """The learner's ``play`` of the case (``plan``, block ``block_id`` of ``lesson``) after
    they commit to ``choice_id``; for a learner (``access`` has their enrolment) the decision's
    statement, and the ending's when it ends the case, recorded in one transaction.

    A play the lesson's edits have made impossible starts again from the beginning, as the
    page then shows it. Choosing again the choice just made (a double submit) changes nothing.
    Raises ``CaseChoiceRefused`` for a choice not offered where the learner stands."""
    try:
        before = branching.walk(plan, play.choices)
    except branching.InvalidStep:
        play = CasePlay()
        before = branching.walk(plan, [])
    if play.choices and choice_id == play.choices[-1]:
        return play
    if before.is_over:
        raise CaseChoiceRefused(
            _("You have reached the end of this case. Press “Play again” to start it again.")
        )
    try:
        after = branching.walk(plan, [*play.choices, choice_id])
    except branching.InvalidStep:
        raise CaseChoiceRefused(
            _(
                "That choice is not offered where you stand in the case (the page may be out of "
                "date). Nothing was changed: choose again below."
            )
        ) from None
    played = CasePlay(play.play, after.choice_ids)
    if access.enrolment is not None:
        now = timezone.now()
        with transaction.atomic():
            events.case_decided(
                access.enrolment, lesson, access.course, block_id, plan, played, after, now
            )
            if after.is_over:
                events.case_ended(
                    access.enrolment, lesson, access.course, block_id, plan, played, after, now
                )
    return played
