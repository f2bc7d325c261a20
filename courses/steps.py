"""Steps that apps above courses add to course outlines: the quizzes app adds its quizzes.

A course outline (``courses.selectors``) reads the course's modules and lessons itself. The
assessed steps — quizzes under a module, after its lessons, or directly under the course, its
final assessment — come from the apps that register a provider with the
``course_outline_steps`` hook::

    @hooks.register("course_outline_steps")
    def quiz_steps():
        return QuizSteps()

so that courses knows the interface below and nothing of the apps that implement it. Each
provider costs one query for the pages and one for a learner's records, whatever the number
of courses, modules or steps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from wagtail import hooks

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.db.models import Q


COURSE_OUTLINE_STEPS = "course_outline_steps"


class StepProvider(Protocol):
    def live_steps(self, under: Q) -> Iterable:
        """The live step pages matched by ``under`` (a filter on ``path`` and ``depth`` that
        selects the descendants of the courses outlined), in one query. Each page has
        ``translation_key``, ``path`` and ``expected_minutes`` (minutes to set aside for it)."""

    def records(self, user, course_keys: list) -> dict:
        """The learner's standing on the steps of these courses (``course_keys``: translation
        keys), by the step's translation key, as ``courses.selectors.QuizRecord``; only the
        current run of a course that was taken again counts. One query; ``user`` is signed
        in."""


def step_providers() -> list[StepProvider]:
    return [provider() for provider in hooks.get_hooks(COURSE_OUTLINE_STEPS)]
