"""Olena signs in from Kyiv: her browser tells the site its time zone (static/js/time-zone.js),
so the times she reads are Kyiv times from then on; on her profile the same zone is chosen.
(Chromium still calls it "Europe/Kiev": the site keeps the current name.)"""

from accounts.models import User
from tests.factories import UserFactory

from .conftest import JOURNEY, PASSWORD

pytestmark = JOURNEY


def test_the_browsers_time_zone_is_kept_at_the_first_sign_in(visit):
    olena = UserFactory(email="olena@embassy.example", password=PASSWORD)
    assert olena.time_zone == ""
    kyiv = visit(timezone_id="Europe/Kyiv")
    kyiv.sign_in("olena@embassy.example")
    kyiv.page.wait_for_url("**/dashboard/")
    kyiv.shot("signed-in")
    assert User.objects.get(pk=olena.pk).time_zone == "Europe/Kyiv"

    profile = kyiv.go("/accounts/profile/")
    kyiv.shot("profile")
    assert profile.get_by_label("Your time zone").input_value() == "Europe/Kyiv"


def test_sign_up_and_the_profile_take_the_browsers_zone(visit):
    zone = "America/New_York"
    UserFactory(email="sam@embassy.example", password=PASSWORD)
    browser = visit(timezone_id=zone)
    page = browser.go("/accounts/signup/")
    assert page.locator('input[name="time_zone"]').input_value() == zone
    browser.sign_in("sam@embassy.example")
    page.wait_for_url("**/dashboard/")
    # A zone never saved (an account from before): the profile offers the browser's.
    User.objects.filter(email="sam@embassy.example").update(time_zone="")
    page = browser.go("/accounts/profile/")
    assert page.get_by_label("Your time zone").input_value() == zone
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert User.objects.get(email="sam@embassy.example").time_zone == zone
