"""Accessibility: axe-core (WCAG 2.0 and 2.1, levels A and AA) finds no violation on any page
type a learner or a verifier sees, in English and Swedish, on a desktop and a phone — the
two-step sign-in's pages among them; and a quiz can be completed with the keyboard alone."""

from functools import partial

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from certificates import codes
from certificates.models import Certificate
from courses import services as course_services
from courses.models import CoursePage, LessonPage, ModulePage
from organisations import services as org_services
from organisations.models import Invitation
from quizzes import services as quiz_services
from quizzes.models import QuizPage
from readiness.models import ReadinessStatement
from tests.factories import UserFactory
from tests.quizzes.conftest import answer_form, answer_post
from tests.two_factor import code_for

from .conftest import JOURNEY, PASSWORD, PHONE, axe_violations

pytestmark = JOURNEY

PUBLIC = [
    "/",
    "/sv/",
    "/accounts/login/",
    "/accounts/signup/",
    "/sv/accounts/signup/",
    "/accounts/password-reset/",
    "/verify/",
    "/verify/FA-NOT-A-CODE/",
]


def consular_course():
    return CoursePage.objects.get(slug="identifying-victims-consular", locale__language_code="en")


@pytest.fixture
def learner_pages(demo, django_user_model):
    """Anna has read every lesson, failed the module quiz once and has a second attempt open;
    Jonas holds a certificate."""
    anna = django_user_model.objects.get(email="learner@example.org")
    course = consular_course()
    for lesson in LessonPage.objects.descendant_of(course).live().order_by("path"):
        course_services.lesson_complete(anna, lesson)
    quiz = QuizPage.objects.descendant_of(course).live().get(slug="check-recognising-indicators")
    first, _ = quiz_services.attempt_start(anna, quiz)
    quiz_services.attempt_submit(anna, first.pk, answer_post(first, correct=False))
    second, _ = quiz_services.attempt_start(anna, quiz)
    module = ModulePage.objects.descendant_of(course).live().first()
    lesson = LessonPage.objects.descendant_of(course).live().order_by("path").first()
    swedish_lesson = LessonPage.objects.get(
        translation_key=lesson.translation_key, locale__language_code="sv"
    )
    catalogue = course.get_parent()
    jonas = django_user_model.objects.get(email="police@example.org")
    certificate = Certificate.objects.get(holder=jonas)
    statement = ReadinessStatement.objects.create(
        code=codes.generate(),
        holder=jonas,
        holder_name=certificate.holder_name,
        set_name="Police — first line",
        set_name_sv="Polis — första linjen",
        items=[
            {
                "course_title": certificate.course_title,
                "course_title_sv": certificate.course_title_sv,
                "course_version": certificate.course_version,
                "certificate_code": certificate.code,
                "status": "met",
                "until": certificate.expires_at.isoformat() if certificate.expires_at else None,
            }
        ],
        issued_at=certificate.issued_at,
        valid_until=certificate.expires_at,
    )
    statement.certificates.add(certificate)
    karin = django_user_model.objects.get(email="manager@example.org")
    embassy = karin.managed_organisations.get()
    invitation = org_services.invitation_create(embassy, karin, "new.colleague@example.org")
    Invitation.objects.filter(pk=invitation.pk).update(token_hash=org_services._hash("a11y"))
    trainer = django_user_model.objects.get(email="trainer@example.org")
    return {
        "public": [*PUBLIC, "/invitations/a11y/", f"/verify/{statement.code}/"],
        "anna": [
            "/dashboard/",
            catalogue.url,
            course.url,
            module.url,
            lesson.url,
            swedish_lesson.url,
            quiz.url,
            f"/learn/attempts/{second.pk}/",
            f"/learn/attempts/{first.pk}/review/",
            "/accounts/profile/",
            "/accounts/my-data/",
        ],
        "jonas": [
            "/dashboard/",
            f"/verify/{certificate.code}/",
            f"/readiness/statements/{statement.code}/",
        ],
        "karin": [f"/organisations/{embassy.pk}/", "/sv/dashboard/"],
        # An administrator about to reset the trainer's lost phone (the admin's own page).
        "maria": [f"/admin/users/two-factor-reset/{trainer.pk}/"],
        "attempt": second,
    }


def check(visit, path, failures, device):
    visit.go(path)
    audit(visit, path, failures, device)


def audit(visit, path, failures, device):
    """axe-core on the page the tab shows now (``path`` names it in the report)."""
    page = visit.page
    assert page.title(), path
    violations = axe_violations(page)
    if violations:
        failures[f"{device} {path}"] = violations
    visit.shot(f"{device}-" + (path.strip("/").replace("/", "_").replace("?", "_") or "home"))


def two_step_pages(open_tab, failures, device, prefix):
    """A learner turns two-step sign-in on from their profile and signs in again, in English
    (``prefix`` "") or Swedish ("/sv"): the profile with it off, the set-up page with its QR
    code, a wrong code's error, the recovery codes shown once, the profile with it on (make
    new codes, turn it off), and the second step's code entry."""
    person = UserFactory(email=f"two-step.{device}@example.org", password=PASSWORD)
    tab = open_tab()
    tab.sign_in(person.email)
    check(tab, f"{prefix}/accounts/profile/", failures, device)
    tab.page.locator("#two-factor-heading ~ p a.button").click()
    tab.page.wait_for_load_state()
    setup = f"{prefix}/accounts/two-factor/set-up/"
    audit(tab, setup, failures, device)
    tab.page.locator("input[name=code]").fill("000000")
    tab.page.locator("main form button[type=submit]").click()
    tab.page.wait_for_load_state()
    audit(tab, setup + "?wrong-code", failures, device)
    device_being_set_up = TOTPDevice.objects.get(user=person, confirmed=False)
    tab.page.locator("input[name=code]").fill(code_for(device_being_set_up))
    tab.page.locator("main form button[type=submit]").click()
    tab.page.wait_for_url("**/two-factor/recovery-codes/")
    audit(tab, f"{prefix}/accounts/two-factor/recovery-codes/", failures, device)
    check(tab, f"{prefix}/accounts/profile/?on", failures, device)
    tab = open_tab()  # another browser: the password, then the second step
    tab.go(f"{prefix}/accounts/login/")
    tab.page.locator("input[name=username]").fill(person.email)
    tab.page.locator("input[name=password]").fill(PASSWORD)
    tab.page.locator("main form button[type=submit]").click()
    tab.page.wait_for_url("**/accounts/two-factor/")
    check(tab, f"{prefix}/accounts/two-factor/", failures, device)


@pytest.mark.whole_demo
def test_no_axe_violations_on_any_learner_or_verifier_page(visit, learner_pages):
    """Every page, on a desktop and on a phone (one journey: the demo is seeded once)."""
    failures = {}
    people = (
        ("anna", "learner@example.org"),
        ("jonas", "police@example.org"),
        ("karin", "manager@example.org"),
        ("maria", "admin@example.org"),
    )
    for device in ("desktop", "phone"):
        # axe-core is injected as an inline script, which the site's CSP rightly refuses.
        options = {"bypass_csp": True, **(PHONE if device == "phone" else {})}
        anonymous = visit(**options)
        for path in learner_pages["public"]:
            check(anonymous, path, failures, device)
        for who, email in people:
            signed_in = visit(**options)
            signed_in.sign_in(email)
            for path in learner_pages[who]:
                check(signed_in, path, failures, device)
        # Two-step sign-in: in English on the desktop, in Swedish on the phone.
        language = "" if device == "desktop" else "/sv"
        two_step_pages(partial(visit, **options), failures, device, language)
    assert failures == {}


def test_a_quiz_can_be_completed_with_the_keyboard_alone(visit, learner_pages):
    attempt = learner_pages["attempt"]
    wanted = answer_form(attempt, correct=True)
    anna = visit()
    anna.sign_in("learner@example.org")
    page = anna.go(f"/learn/attempts/{attempt.pk}/")
    anna.shot("attempt")
    active = "() => { const e = document.activeElement; return {tag: e.tagName.toLowerCase(), type: e.type || '', name: e.name || '', value: e.value || '', checked: !!e.checked}; }"  # noqa: E501
    done = set()
    for _ in range(400):
        page.keyboard.press("Tab")
        element = page.evaluate(active)
        name = element["name"]
        if element["tag"] == "button" and element["value"] == "submit":
            break
        if name not in wanted:
            continue
        target = wanted[name]
        if element["type"] == "radio":
            if not element["checked"]:
                page.keyboard.press("Space")
            for _step in range(12):
                if page.evaluate(active)["value"] == target:
                    break
                page.keyboard.press("ArrowDown")
            done.add(name)
        elif element["type"] == "checkbox":
            if (element["value"] in target) != element["checked"]:
                page.keyboard.press("Space")
            done.add(name)
        elif element["tag"] == "select":
            page.keyboard.press("Home")
            for _step in range(20):
                if page.evaluate(active)["value"] == target:
                    break
                page.keyboard.press("ArrowDown")
            done.add(name)
        elif element["type"] == "text" and name not in done:
            page.keyboard.type(target)
            done.add(name)
    assert done == set(wanted)
    anna.shot("answered-by-keyboard")
    page.keyboard.press("Enter")  # on "Submit answers"; the confirmation is accepted
    page.wait_for_url("**/review/")
    anna.shot("review")
    attempt.refresh_from_db()
    assert attempt.passed is True


def test_the_axe_check_does_report_violations(browser):
    """The harness itself: a page with an unlabelled field and an image without text fails."""
    context = browser.new_context()
    page = context.new_page()
    page.set_content('<html lang="en"><title>x</title><img src="a.png"><input type="text"></html>')
    found = {violation["id"] for violation in axe_violations(page)}
    context.close()
    assert {"image-alt", "label"} <= found
