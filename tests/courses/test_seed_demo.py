"""seed_demo builds the realistic demo and is idempotent."""

from django.core.management import call_command

from wagtail.models import Page, Revision

import pytest

from accounts.models import User
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, ModulePage

pytestmark = pytest.mark.django_db

BLOCK_TYPES = {
    "text",
    "figure",
    "video",
    "callout",
    "indicator_checklist",
    "case_scenario",
    "download",
    "key_takeaways",
    "audience_variant",
}


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": User.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "progress": LessonProgress.objects.count(),
        "last_published": list(Page.objects.order_by("pk").values_list("last_published_at")),
    }


def test_seed_demo_twice_changes_nothing(capsys):
    call_command("seed_demo")
    first = snapshot()
    call_command("seed_demo")
    assert snapshot() == first
    assert "learner@example.org" in capsys.readouterr().out


def test_demo_course_is_complete_and_bilingual():
    call_command("seed_demo")
    course = CoursePage.objects.get(slug="identifying-victims-consular")
    assert ModulePage.objects.child_of(course).count() == 3
    lessons = LessonPage.objects.descendant_of(course)
    assert lessons.count() >= 6
    used = set()
    for lesson in lessons:
        for block in lesson.body:
            used.add(block.block_type)
    assert used >= BLOCK_TYPES
    swedish = course.get_translations().get().specific
    assert swedish.title.startswith("Att identifiera offer")
    assert swedish.live
    swedish_lessons = LessonPage.objects.descendant_of(swedish).live()
    assert swedish_lessons.count() == lessons.count()
    english_bodies = {lesson.translation_key: str(lesson.body) for lesson in lessons}
    for lesson in swedish_lessons:
        assert str(lesson.body) != english_bodies[lesson.translation_key], lesson.title
