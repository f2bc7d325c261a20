"""Journey 1: a consular officer signs up, enrols in the demo course, reads its lessons, fails
and then passes the module quiz, passes the final assessment, gets the certificate and
downloads its PDF — in English on a desktop, and in Swedish on a phone."""

import re

from wagtail.models import Locale

from certificates.models import Certificate
from courses.models import Audience, CoursePage
from quizzes.models import QuizAttempt
from tests.quizzes.conftest import walk_cases

from .conftest import JOURNEY, PHONE

COURSE_SLUG = "identifying-victims-consular"

pytestmark = JOURNEY


def sign_up(visit, email, language):
    page = visit.go("/sv/accounts/signup/" if language == "sv" else "/accounts/signup/")
    page.locator("#id_email").fill(email)
    page.locator("#id_first_name").fill("Karin")
    page.locator("#id_last_name").fill("Åström")
    page.locator("#id_audience").select_option(str(Audience.objects.get(slug="consular-staff").pk))
    page.locator("#id_password1").fill("a-long-passphrase-2026")
    page.locator("#id_password2").fill("a-long-passphrase-2026")
    visit.shot("sign-up")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def take_the_course(visit, language):
    page = visit.page
    course = CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="en")
    if language == "sv":
        course = course.get_translation(Locale.objects.get(language_code="sv"))
    page.goto(visit.base_url + course.url)
    visit.shot("course")
    page.locator("form[action*='/enrol/'] button").click()
    visit.shot("enrolled-first-lesson")

    failed_once = False
    for _step in range(60):
        complete = page.locator("form[action*='/complete/'] button[type=submit]")
        start = page.locator("form[action*='/start/'] button[type=submit]")
        if complete.count():
            complete.click()
        elif start.count():
            start.click()
            visit.shot("attempt")
            # Fail the module quiz once, then pass everything. The final's assessed case is
            # played choice by choice (its own journey: test_branching_case_journey.py).
            attempt = QuizAttempt.objects.get(pk=re.search(r"/attempts/(\d+)/", page.url)[1])
            if attempt.answers.filter(key__kind="branching").exists():
                walk_cases(attempt.user, attempt, correct=failed_once)
                page.reload()
            visit.answer_attempt(correct=failed_once)
            page.locator("button[name=action][value=submit]").click()
            visit.shot("graded")
            summary = page.locator(".result-summary")
            if not failed_once:
                failed_once = True
                assert summary.get_attribute("class").endswith("--failed")
            else:
                assert summary.get_attribute("class").endswith("--passed")
            # "Next: …" after a pass; after a fail, back to the quiz for another attempt.
            onward = summary.locator("a.button")
            if onward.count():
                onward.first.click()
        else:
            break
        page.wait_for_load_state()
        if "/dashboard/" in page.url:
            break
    assert failed_once
    return course


def test_a_consular_officer_earns_and_downloads_a_certificate(demo, visit):
    visit = visit()
    sign_up(visit, "karin.astrom@example.org", "en")
    take_the_course(visit, "en")
    page = visit.page
    page.goto(visit.base_url + "/dashboard/")
    visit.shot("dashboard-certificate")
    certificate = Certificate.objects.get(holder__email="karin.astrom@example.org")
    assert certificate.code in page.content()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download PDF")).click()
    path = download.value.path()
    with open(path, "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert download.value.suggested_filename == f"certificate-{certificate.code}.pdf"


def test_the_same_journey_in_swedish_on_a_phone(demo, visit):
    visit = visit(locale="sv-SE", **PHONE)
    sign_up(visit, "karin.mobil@example.org", "sv")
    take_the_course(visit, "sv")
    page = visit.page
    page.goto(visit.base_url + "/sv/dashboard/")
    visit.shot("dashboard-certificate")
    assert "Mina intyg" in page.content()
    # Nothing is wider than the phone's screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Ladda ner PDF")).click()
    assert download.value.suggested_filename.endswith(".pdf")
