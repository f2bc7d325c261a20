"""Signing in through the real forms, second step included, as a person with an authenticator
app would: the code is computed with django-otp's TOTP from the device's key."""

import re
import time

from django.urls import reverse
from django.utils import translation

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def code_for(device, steps_ahead=0) -> str:
    """The code the app shows now (or ``steps_ahead`` periods of 30 seconds later: the next
    code, as an accepted code is never accepted twice)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():06d}"


def second_step(client, response, user) -> str:
    """After the password step's ``response``: enter the code (setting the app up first if
    asked to); where the person lands."""
    location = response["Location"]
    if "/accounts/two-factor/" not in location:
        return location  # a learner without it: signed in already
    prefix = location[: location.index("/accounts/")]  # "/sv" for Swedish
    with translation.override("en"):  # a /sv/ request left Swedish active in this thread
        setup, second, codes = (
            prefix + reverse(name)
            for name in (
                "accounts:two_factor_setup",
                "accounts:two_factor",
                "accounts:two_factor_recovery_codes",
            )
        )
    if location.startswith(setup):
        client.get(location)
        device = TOTPDevice.objects.get(user=user, confirmed=False)
        client.post(location, {"code": code_for(device)})
        page = client.get(codes)
        return re.search(r'<a class="button" href="([^"]+)"', page.content.decode()).group(1)
    if location.startswith(second):
        device = TOTPDevice.objects.get(user=user, confirmed=True)
        return client.post(location, {"code": code_for(device)})["Location"]
    return location


def mark_second_step_done(client, user, device_name="Test authenticator") -> None:
    """The session of ``client`` (signed in as ``user``) marked verified by a confirmed
    authenticator, as ``django_otp.login()`` marks it after the second step (one is made if
    the person has none)."""
    from django_otp import DEVICE_ID_SESSION_KEY

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=device_name)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
