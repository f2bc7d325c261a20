"""A consular officer plays Marina's case on a phone, in Swedish: commits to each choice before
reading what follows, hears where the case now stands (the focus moves there), reaches the
recommended ending, plays again into a critical error and reads its remediation — with axe-core
finding no WCAG 2.1 A/AA violation at any step, and the keyboard alone enough to choose."""

import pytest

from courses import services as course_services
from courses.models import CoursePage, LessonPage

from .conftest import JOURNEY, PHONE, axe_violations

pytestmark = JOURNEY


@pytest.fixture
def marinas_lesson(demo, django_user_model):
    """Anna has read the three lessons before Marina's case, so it opens for her."""
    anna = django_user_model.objects.get(email="learner@example.org")
    course = CoursePage.objects.get(slug="identifying-victims-consular", locale__language_code="en")
    lessons = list(LessonPage.objects.descendant_of(course).live().order_by("path"))
    for lesson in lessons[:3]:
        course_services.lesson_complete(anna, lesson)
    case_lesson = lessons[3]
    assert case_lesson.slug == "case-the-au-pair-offer"
    return LessonPage.objects.get(
        translation_key=case_lesson.translation_key, locale__language_code="sv"
    )


def choose(page, label):
    """Pick a choice by its label and press the case's button, with the keyboard alone."""
    radio = page.get_by_label(label, exact=False)
    radio.focus()
    page.keyboard.press("Space")
    assert radio.is_checked()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Välj"
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_no_violations(page):
    violations = axe_violations(page)
    assert violations == [], violations


def test_a_consular_officer_plays_marinas_case_on_a_phone_in_swedish(visit, marinas_lesson):
    tab = visit(locale="sv-SE", bypass_csp=True, **PHONE)  # bypass: for axe-core
    tab.sign_in("learner@example.org")
    page = tab.go(marinas_lesson.url)
    assert page.get_by_role("heading", name="Marinas ansökan").is_visible()
    assert page.locator("legend", has_text="Vad gör du?").is_visible()
    # Nothing of what lies ahead is in the page before the first choice.
    html = page.content()
    assert "Samtalet slutar utan en plan" not in html and "Familjen utsätts" not in html
    # Readable at 320 px: nothing wider than the screen.
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    tab.shot("first-situation")
    assert_no_violations(page)

    choose(page, "Talar med Marina ensam")
    focused = page.evaluate("document.activeElement.id")
    assert focused.startswith("case-") and focused.endswith("-now")
    now = page.locator(f"#{focused}")
    assert "Du valde: Talar med Marina ensam" in now.inner_text()
    assert "förmedlingen har betalat hennes resa" in now.inner_text()
    page.wait_for_function(
        "document.querySelector('[data-case-live]').textContent.includes('Du valde')"
    )
    tab.shot("after-the-first-choice")
    assert_no_violations(page)

    choose(page, "Ställer öppna frågor")
    choose(page, "Frågar vad hon är rädd för")
    assert "Du tog den rekommenderade vägen." in page.locator("main").inner_text()
    tab.shot("recommended-ending")
    assert_no_violations(page)

    with page.expect_navigation():
        page.get_by_role("button", name="Spela igen").click()
    choose(page, "Frågar kusinen")
    ending = page.locator("main").inner_text()
    assert "allvarligt fel" in ending.lower()  # its label is set in capitals
    assert "Konfrontera aldrig en medresenär" in ending
    tab.shot("critical-error")
    assert_no_violations(page)
