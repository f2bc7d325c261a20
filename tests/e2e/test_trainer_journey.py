"""Journey 3: a trainer builds a course in the Wagtail admin — the course, a module, a lesson
and a final assessment with a question — and submits it to the Subject-matter review; the
reviewer approves each page, which publishes it; a learner finds the course and takes it.
The course issues certificates, so it cannot be submitted before its final assessment is
live."""

import re

from certificates.models import Certificate
from courses.models import CourseCataloguePage, CoursePage, LessonPage, ModulePage
from quizzes.models import QuizPage

from .conftest import JOURNEY

pytestmark = JOURNEY


def add_page(trainer, parent_id, model):
    page = trainer.page
    page.goto(f"{trainer.base_url}/admin/pages/add/{model}/{parent_id}/")
    return page


def fill_title(page, title):
    page.locator("#id_title").fill(title)
    page.locator("#id_title").press("Tab")  # Wagtail fills the slug in from the title on blur
    page.wait_for_function("document.querySelector('#id_slug').value !== ''")


def submit(trainer, name):
    """*Submit to Subject-matter review*: trainers have no *Publish* on course pages."""
    page = trainer.page
    trainer.shot(f"{name}-filled")
    assert page.get_by_role("button", name=re.compile("^Publish")).count() == 0
    page.locator("button.dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    # Wait for the form's answer itself: wait_for_load_state() alone returns at once while the
    # old page is still loaded, and on a loaded machine the next assertion ran before the save.
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("^Submit to Subject-matter review")).click()
    page.wait_for_load_state()
    trainer.shot(f"{name}-submitted")


def approve(reviewer, page_id, name):
    """The reviewer opens the draft in the editor and approves it: it goes live."""
    page = reviewer.page
    page.goto(f"{reviewer.base_url}/admin/pages/{page_id}/edit/")
    reviewer.shot(f"{name}-in-review")
    page.locator("button.dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    # The last step of a workflow offers "Approve and Publish".
    with page.expect_navigation():
        page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.wait_for_load_state()
    reviewer.shot(f"{name}-approved")


def test_a_trainer_builds_a_course_a_reviewer_approves_it_a_learner_takes_it(demo, visit):
    catalogue = CourseCataloguePage.objects.get(locale__language_code="en")
    trainer = visit()
    trainer.sign_in("trainer@example.org")
    page = add_page(trainer, catalogue.pk, "courses/coursepage")
    trainer.shot("course-form")
    fill_title(page, "Victim identification at the border")
    page.locator("#id_summary").fill("Indicators to look for at first-line border control.")
    submit(trainer, "course-refused")
    assert "needs a published final assessment" in page.content()
    assert not CoursePage.objects.filter(title="Victim identification at the border").exists()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("^Save draft")).click()
    page.wait_for_load_state()
    course = CoursePage.objects.get(title="Victim identification at the border")
    assert not course.live

    page = add_page(trainer, course.pk, "courses/modulepage")
    fill_title(page, "First contact")
    submit(trainer, "module")
    module = ModulePage.objects.get(title="First contact")

    page = add_page(trainer, module.pk, "courses/lessonpage")
    fill_title(page, "Signs at the passport desk")
    page.locator("button.c-sf-add-button").first.click()
    page.locator(".w-combobox__option", has_text="Text").first.click()
    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type(
        "A traveller who cannot say where they will work or live needs a second look."
    )
    # Draftail writes its hidden input after typing settles; publishing before that sends an
    # empty body (a loaded machine showed it once).
    page.wait_for_function(
        "[...document.querySelectorAll('input[type=hidden]')]"
        ".some((input) => input.value.includes('second look'))"
    )
    submit(trainer, "lesson")
    lesson = LessonPage.objects.get(title="Signs at the passport desk")
    assert not lesson.live and lesson.get_parent().pk == module.pk

    page = add_page(trainer, course.pk, "quizzes/quizpage")
    fill_title(page, "Final assessment: first contact")
    page.locator("#id_questions-ADD").click()
    page.locator("#id_questions-0-prompt").fill(
        "A traveller who cannot say where they will work may be a victim."
    )
    page.locator("[id^='inline_child_questions-0'] button.c-sf-add-button").first.click()
    page.locator(".w-combobox__option", has_text="True or false").first.click()
    page.locator("#questions-0-answer-0-value-correct_answer").select_option("true")
    submit(trainer, "quiz")
    quiz = QuizPage.objects.get(title="Final assessment: first contact")
    assert not quiz.live and quiz.workflow_in_progress

    reviewer = visit()
    reviewer.sign_in("reviewer@example.org")
    reviewer.page.wait_for_url("**/admin/")
    dashboard = reviewer.page.content()
    for title in ("First contact", "Signs at the passport desk", "Final assessment: first contact"):
        assert title in dashboard
    approve(reviewer, module.pk, "module")
    approve(reviewer, lesson.pk, "lesson")
    approve(reviewer, quiz.pk, "quiz")
    quiz.refresh_from_db()
    assert quiz.live and quiz.questions.count() == 1
    assert quiz.is_final_assessment
    assert LessonPage.objects.get(pk=lesson.pk).live

    page.goto(trainer.base_url + f"/admin/pages/{course.pk}/edit/")
    submit(trainer, "course")
    approve(reviewer, course.pk, "course")
    course.refresh_from_db()
    assert course.live

    learner = visit()
    learner.sign_in("learner@example.org")
    page = learner.go("/")
    page.get_by_role("link", name="Courses").first.click()
    learner.shot("catalogue")
    page.get_by_role("link", name="Victim identification at the border").click()
    learner.shot("course")
    page.locator("form[action*='/enrol/'] button").click()
    learner.shot("lesson")
    assert "Signs at the passport desk" in page.content()
    page.locator("form[action*='/complete/'] button[type=submit]").click()
    page.locator("form[action*='/start/'] button[type=submit]").click()
    learner.answer_attempt(correct=True)
    learner.shot("quiz")
    page.locator("button[name=action][value=submit]").click()
    page.wait_for_url("**/review/")
    learner.shot("passed")
    assert page.locator(".result-summary--passed").count() == 1
    assert Certificate.objects.filter(
        holder__email="learner@example.org", course_key=course.translation_key
    ).exists()
