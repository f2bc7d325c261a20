"""The page tree enforces catalogue → course → module → lesson, and trainers build it."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import CourseCataloguePage, CoursePage, LessonPage, ModulePage
from home.models import HomePage
from quizzes.models import QuizPage
from tests.factories import UserFactory, english_catalogue, make_course, make_module


class CoursePageTypeTests(WagtailPageTestCase):
    def test_only_the_designed_parent_child_combinations_are_allowed(self):
        self.assertAllowedSubpageTypes(HomePage, {CourseCataloguePage})
        self.assertAllowedSubpageTypes(CourseCataloguePage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage, QuizPage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage, QuizPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedParentPageTypes(CoursePage, {CourseCataloguePage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})

    def test_a_lesson_cannot_be_created_directly_under_a_course(self):
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(CourseCataloguePage, ModulePage)
        self.assertCanNotCreateAt(Page, CoursePage)

    def test_a_trainer_creates_a_course_in_the_admin_and_submits_it_for_review(self):
        trainer = UserFactory(role="Trainers")
        self.client.force_login(trainer)
        catalogue = english_catalogue()
        response = self.client.post(
            f"/admin/pages/add/courses/coursepage/{catalogue.pk}/",
            {
                "title": "Victim identification for border police",
                "slug": "border-police-identification",
                "summary": "Indicators at the border.",
                "learning_outcomes-count": "0",
                "estimated_minutes": "45",
                "version_label": "2026.2",
                "completion_rule": "all_quizzes_passed",
                "prerequisites-TOTAL_FORMS": "0",
                "prerequisites-INITIAL_FORMS": "0",
                "prerequisites-MIN_NUM_FORMS": "0",
                "prerequisites-MAX_NUM_FORMS": "1000",
                "action-submit": "submit",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        course = CoursePage.objects.get(slug="border-police-identification")
        assert course.get_parent().pk == catalogue.pk
        assert course.version_label == "2026.2"
        # Live once a subject-matter expert approves it (tests/courses/test_review_workflow.py).
        assert not course.live and course.workflow_in_progress

    def test_a_trainer_previews_a_lesson_with_every_audience_variant_labelled(self):
        trainer = UserFactory(role="Trainers")
        self.client.force_login(trainer)
        module = make_module(make_course(modules=0))
        lesson = LessonPage(
            title="Preview me",
            slug="preview-me",
            body=[
                (
                    "audience_variant",
                    {
                        "audiences": ["police"],
                        "content": [("text", "<p>Only for police officers</p>")],
                    },
                )
            ],
        )
        module.add_child(instance=lesson)
        response = lesson.make_preview_request()
        assert response.status_code == 200
        html = response.content.decode()
        assert "Only for police officers" in html
        assert "Only shown to:" in html

    def test_an_administrator_reorders_modules(self):
        # Reordering changes the live course at once, so Wagtail asks for the publish
        # permission, which trainers hand to the Subject-matter review instead.
        administrator = UserFactory(role="Administrators")
        self.client.force_login(administrator)
        course = make_course(modules=2, lessons_per_module=0)
        first, second = ModulePage.objects.child_of(course).order_by("path")
        response = self.client.post(f"/admin/pages/{second.pk}/set_position/?position=0")
        assert response.status_code == 200
        assert list(ModulePage.objects.child_of(course).order_by("path")) == [second, first]
