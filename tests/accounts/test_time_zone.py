"""Olena works at the embassy in Kyiv: the times she reads are Kyiv times, with the zone named
(or how long until then), whatever the site's own zone. Her zone comes from her browser at
sign-up or at her first sign-in, and she can change it on her profile."""

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest

from accounts.models import User
from quizzes.models import QuizAttempt
from tests.factories import AudienceFactory, UserFactory, make_course, make_quiz, single
from tests.quizzes.conftest import finish_lessons, take_quiz

pytestmark = pytest.mark.django_db

KYIV = ZoneInfo("Europe/Kyiv")


def text(response) -> str:
    """The page's text, tags and non-breaking spaces (as in "10\xa0minutes") set aside."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())).replace(
        "\xa0", " "
    )


@pytest.fixture
def olena(db):
    return UserFactory(
        first_name="Olena",
        email="olena@embassy.example",
        time_zone="Europe/Kyiv",
        audience=AudienceFactory(slug="consular-staff"),
    )


@pytest.fixture
def quiz_with_cooldown(olena):
    course = make_course(modules=1, lessons_per_module=1)
    module = course.get_children().live().first().specific
    quiz = make_quiz(module, [single()], title="Indicators check", cooldown_minutes=30)
    from courses.services import enrolment_create

    enrolment_create(olena, course)
    finish_lessons(olena, course)
    return quiz


def test_the_next_attempt_time_is_in_the_learners_zone_and_named(client, olena, quiz_with_cooldown):
    take_quiz(olena, quiz_with_cooldown, correct=False)
    attempt = QuizAttempt.objects.get(user=olena)
    ready_at = timezone.localtime(attempt.submitted_at + timedelta(minutes=30), KYIV)
    stockholm = timezone.localtime(ready_at, ZoneInfo("Europe/Stockholm"))
    client.force_login(olena)

    refused = client.post(f"/learn/quizzes/{quiz_with_cooldown.pk}/start/")
    assert refused.status_code == 403
    page = text(refused)
    assert f"{ready_at.day} {ready_at:%B %Y}, {ready_at:%H:%M} (Europe/Kyiv)" in page
    assert re.search(r"in (29|30) minutes", page)
    assert f"{stockholm:%H:%M} (" not in page
    # The quiz page says the same before she even tries.
    assert f"{ready_at:%H:%M} (Europe/Kyiv)" in text(client.get(quiz_with_cooldown.url))


def test_submitted_times_are_in_the_learners_zone(client, olena, quiz_with_cooldown):
    take_quiz(olena, quiz_with_cooldown, correct=False)
    attempt = QuizAttempt.objects.get(user=olena)
    submitted = timezone.localtime(attempt.submitted_at, KYIV)
    client.force_login(olena)
    review = text(client.get(f"/learn/attempts/{attempt.pk}/review/"))
    assert f"Submitted {submitted.day} {submitted:%B %Y}, {submitted:%H:%M} (Europe/Kyiv)" in (
        review
    )
    history = text(client.get(quiz_with_cooldown.url))
    assert "Submitted (Europe/Kyiv)" in history
    assert f"{submitted.day} {submitted:%B %Y}, {submitted:%H:%M}" in history


def test_without_a_zone_times_are_the_sites_and_say_so(client, olena, quiz_with_cooldown):
    User.objects.filter(pk=olena.pk).update(time_zone="")
    take_quiz(olena, quiz_with_cooldown, correct=False)
    client.force_login(olena)
    page = text(client.post(f"/learn/quizzes/{quiz_with_cooldown.pk}/start/"))
    assert "(Europe/Stockholm)" in page


def test_the_learner_chooses_a_zone_on_the_profile(client, olena):
    client.force_login(olena)
    profile = client.get("/accounts/profile/")
    html = profile.content.decode()
    assert '<option value="America/New_York">America/New York</option>' in html
    assert 'value="Europe/Kyiv" selected' in html
    assert "js/time-zone.js" in html and "data-browser-time-zone" in html
    saved = client.post(
        "/accounts/profile/",
        {"first_name": "Olena", "last_name": "K", "time_zone": "America/New_York"},
    )
    assert saved.status_code == 302
    olena.refresh_from_db()
    assert olena.time_zone == "America/New_York"


def test_a_zone_that_does_not_exist_is_refused_on_the_profile(client, olena):
    client.force_login(olena)
    response = client.post(
        "/accounts/profile/",
        {"first_name": "Olena", "last_name": "K", "time_zone": "Europe/Atlantis"},
    )
    assert response.status_code == 400
    olena.refresh_from_db()
    assert olena.time_zone == "Europe/Kyiv"


def test_sign_up_keeps_the_browsers_zone(client):
    form = client.get("/accounts/signup/").content.decode()
    assert 'type="hidden" name="time_zone"' in form and "js/time-zone.js" in form
    response = client.post(
        "/accounts/signup/",
        {
            "email": "olena@embassy.example",
            "first_name": "Olena",
            "last_name": "K",
            "password1": "a-long-passphrase-2026",
            "password2": "a-long-passphrase-2026",
            "audience": AudienceFactory(slug="consular-staff").pk,
            "time_zone": "Europe/Kyiv",
        },
    )
    assert response.status_code == 302
    assert User.objects.get(email="olena@embassy.example").time_zone == "Europe/Kyiv"


@pytest.mark.parametrize("sent", ["Europe/Atlantis", "x" * 500, ""])
def test_sign_up_ignores_a_zone_that_is_not_one(client, sent):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "olena@embassy.example",
            "first_name": "Olena",
            "last_name": "K",
            "password1": "a-long-passphrase-2026",
            "password2": "a-long-passphrase-2026",
            "audience": AudienceFactory(slug="consular-staff").pk,
            "time_zone": sent,
        },
    )
    assert response.status_code == 302
    assert User.objects.get(email="olena@embassy.example").time_zone == ""


def test_the_first_sign_in_keeps_the_browsers_zone_and_never_overrides_a_chosen_one(client):
    olena = UserFactory(email="olena@embassy.example")
    login = client.get("/accounts/login/").content.decode()
    assert 'name="time_zone"' in login and "js/time-zone.js" in login
    credentials = {"username": olena.email, "password": "correct-horse-battery"}
    client.post("/accounts/login/", {**credentials, "time_zone": "Europe/Kyiv"})
    olena.refresh_from_db()
    assert olena.time_zone == "Europe/Kyiv"
    client.logout()
    client.post("/accounts/login/", {**credentials, "time_zone": "Asia/Tokyo"})
    olena.refresh_from_db()
    assert olena.time_zone == "Europe/Kyiv"


def test_an_old_zone_name_from_the_browser_is_kept_under_its_current_name(client):
    """Chromium still reports Kyiv as "Europe/Kiev"."""
    olena = UserFactory(email="olena@embassy.example")
    client.post(
        "/accounts/login/",
        {"username": olena.email, "password": "correct-horse-battery", "time_zone": "Europe/Kiev"},
    )
    olena.refresh_from_db()
    assert olena.time_zone == "Europe/Kyiv"
