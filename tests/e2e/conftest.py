"""Real-browser journeys: Playwright for Python drives Debian's Chromium (no browser download)
against the site served by pytest-django's live server on loopback. Every step leaves a
screenshot in var/e2e-artifacts/<test>/ for CI to keep."""

import os
import re
import shutil
import time
from pathlib import Path

from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections

import pytest

from quizzes.models import QuizAttempt
from tests.conftest import demo_courses
from tests.quizzes.conftest import answer_form

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "var" / "e2e-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "frontline-demo-2026"


def current_code(email: str) -> str:
    """The code ``email``'s authenticator app shows now, as a person reads it off their phone;
    a code is accepted once, so after a sign-in in this period it waits for the next one."""
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user__email=email, confirmed=True)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    while totp.t() <= device.last_t:
        time.sleep(1)
        totp.time = time.time()
    return f"{totp.token():06d}"


CONSULAR = "identifying-victims-consular"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.fixture(scope="session")
def browser(django_db_setup):
    assert Path(CHROMIUM).exists(), "install Chromium: scripts/system-deps.sh browser"
    # Django keeps the database state to restore after each transactional test on the
    # connection object; once Playwright runs, the tests see their connection through
    # Playwright's greenlet context, a different object: hand the saved state over.
    saved = getattr(connections[DEFAULT_DB_ALIAS], "_test_serialized_contents", None)
    # Playwright's sync API keeps an event loop running in this thread; the ORM calls the tests
    # make between browser steps are still plain synchronous calls.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
            ],
        )
        if saved is not None:
            connections[DEFAULT_DB_ALIAS]._test_serialized_contents = saved
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


# The live server needs committed data, and the flush after a transactional test would also
# drop what migrations created (locales, groups): the serialized rollback puts it back. Every
# journey module sets this as its pytestmark.
# On SQLite the live server's threads and the test share one in-memory database, which
# locks under concurrent requests: the journeys run in `make test`, on PostgreSQL.
JOURNEY = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        django_settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
        reason="browser journeys need PostgreSQL (make test)",
    ),
]


@pytest.fixture
def demo(settings, request):
    """The demo site, seeded for each journey: the consular course only (a quarter of the
    whole curriculum's seeding time), unless the journey's module asks for more with
    ``DEMO_COURSES`` or the test is marked ``whole_demo``."""
    settings.CERTIFICATE_LOOKUP_LIMIT = 1000
    courses = [] if request.node.get_closest_marker("whole_demo") else ["--course=" + CONSULAR]
    call_command("seed_demo", *courses, *demo_courses(request.module), verbosity=0)


class Visit:
    """A browser tab with a numbered screenshot per step."""

    def __init__(self, context, base_url, folder: Path):
        self.context = context
        self.page = context.new_page()
        self.page.on("dialog", lambda dialog: dialog.accept())
        self.base_url = base_url
        self.folder = folder
        self.steps = 0

    def go(self, path):
        self.page.goto(self.base_url + path)
        return self.page

    def shot(self, name):
        self.steps += 1
        self.folder.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(self.folder / f"{self.steps:02d}-{name}.png"), full_page=True)

    def sign_in(self, email, password=PASSWORD):
        self.go("/accounts/login/")
        self.page.locator("input[name=username]").fill(email)
        self.page.locator("input[name=password]").fill(password)
        self.page.locator("main form button[type=submit]").first.click()
        self.page.wait_for_load_state()
        if "/accounts/two-factor/" in self.page.url:
            # Staff's second step: the code the demo's authenticator shows (seed_demo).
            self.page.locator("input[name=code]").fill(current_code(email))
            self.page.locator("main form button[type=submit]").first.click()
            self.page.wait_for_load_state()

    def answer_attempt(self, correct: bool, only=None):
        """Fill in the open attempt (or ``only`` the questions at these positions) from its
        stored key (only a test can read it), the way a learner would: click the options,
        choose in the lists, type the text."""
        attempt_id = int(re.search(r"/attempts/(\d+)/", self.page.url).group(1))
        attempt = QuizAttempt.objects.get(pk=attempt_id)
        for name, value in answer_form(attempt, correct=correct, only=only).items():
            fields = self.page.locator(f'[name="{name}"]')
            first = fields.first
            kind = first.evaluate("e => e.tagName.toLowerCase() + ':' + (e.type || '')")
            if kind in ("input:radio", "input:checkbox"):
                for chosen in value if isinstance(value, list) else [value]:
                    self.page.locator(f'[name="{name}"][value="{chosen}"]').check()
            elif kind.startswith("select"):
                first.select_option(value)
            else:
                first.fill(value)
        return attempt


@pytest.fixture
def visit(browser, live_server, request):
    contexts = []
    name = re.sub(r"[^\w-]+", "-", request.node.name)
    shutil.rmtree(ARTIFACTS / name, ignore_errors=True)

    def open_visit(locale="en-GB", **options):
        context = browser.new_context(locale=locale, accept_downloads=True, **options)
        contexts.append(context)
        return Visit(context, live_server.url, ARTIFACTS / name / f"tab{len(contexts)}")

    yield open_visit
    for context in contexts:
        context.close()


def axe_violations(page) -> list[dict]:
    """axe-core's violations of WCAG 2.0/2.1 A and AA on the page as it is now."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
    ]
