"""Passkeys (decision 0018) are a second step beside the authenticator app, never a way round
it: only a verified session of someone with an authenticator adds one, only someone past the
password uses one, and turning two-step sign-in off or a reset removes them. The ceremonies
themselves run in a real browser (tests/e2e/test_passkey_journey.py)."""

import json

from django.urls import reverse

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from accounts import roles, two_factor

from ..factories import UserFactory

PASSWORD = "correct-horse-battery"
REGISTER = "otp_webauthn:credential-registration-begin"
AUTHENTICATE = "otp_webauthn:credential-authentication-begin"


def begin(client, name):
    return client.post(reverse(name), "{}", content_type="application/json")


def a_passkey(user) -> WebAuthnCredential:
    return WebAuthnCredential.objects.create(
        user=user,
        name="Laptop",
        credential_id=b"credential-" + str(user.pk).encode(),
        public_key=b"not-a-real-key",
    )


@pytest.fixture
def trainer(db):
    return UserFactory(role=roles.TRAINERS)


def test_a_verified_session_with_an_authenticator_may_add_a_passkey(client, trainer):
    client.force_login(trainer)  # verified by the authenticator (tests/conftest.py)
    response = begin(client, REGISTER)
    assert response.status_code == 200
    options = response.json()
    assert options["rp"]["id"] == "localhost" and options["challenge"]


def test_no_passkey_without_an_authenticator_app_first(client, learner):
    client.force_login(learner)
    response = begin(client, REGISTER)
    assert response.status_code == 403
    assert response.json()["code"] == "needs_authenticator"


def test_a_session_that_has_not_passed_the_second_step_cannot_add_one(client, trainer):
    client.force_login(trainer)
    session = client.session
    del session["otp_device_id"]
    session.save()
    assert begin(client, REGISTER).status_code == 403


def test_only_someone_past_the_password_may_try_a_passkey(client, trainer):
    TOTPDevice.objects.create(user=trainer, name="Phone", confirmed=True)
    a_passkey(trainer)
    assert begin(client, AUTHENTICATE).status_code == 403  # nobody half-way: no passwordless
    client.post(reverse("accounts:login"), {"username": trainer.email, "password": PASSWORD})
    response = begin(client, AUTHENTICATE)
    assert response.status_code == 200
    assert len(response.json()["allowCredentials"]) == 1  # hers, and no one else's


def test_a_passkey_waits_like_a_code_after_too_many_wrong_ones(client, trainer, settings):
    settings.TWO_FACTOR_ATTEMPT_LIMIT = 1
    TOTPDevice.objects.create(user=trainer, name="Phone", confirmed=True)
    client.post(reverse("accounts:login"), {"username": trainer.email, "password": PASSWORD})
    client.post(reverse("accounts:two_factor"), {"code": "000000"})
    response = begin(client, AUTHENTICATE)
    assert response.status_code == 429 and response.json()["code"] == "too_many_attempts"


def test_the_second_step_offers_a_passkey_to_those_who_have_one(client, trainer):
    """At the site's domain (localhost in the tests, from SITE_BASE_URL), not at an address
    passkeys cannot belong to."""
    TOTPDevice.objects.create(user=trainer, name="Phone", confirmed=True)
    client.post(reverse("accounts:login"), {"username": trainer.email, "password": PASSWORD})
    second_step = reverse("accounts:two_factor")
    assert "passkey-verification-button" not in client.get(second_step, HTTP_HOST="localhost").text
    a_passkey(trainer)
    page = client.get(second_step, HTTP_HOST="localhost").text
    assert "passkey-verification-button" in page
    config = page.split('id="otp_webauthn_config" type="application/json">')[1]
    config = json.loads(config.split("</script>")[0])
    assert config["beginAuthenticationUrl"] == reverse(AUTHENTICATE)
    assert "passkey" not in client.get(second_step, HTTP_HOST="127.0.0.1").text


def test_turning_off_and_a_reset_remove_the_passkeys(trainer, learner):
    for person in (trainer, learner):
        TOTPDevice.objects.create(user=person, name="Phone", confirmed=True)
        a_passkey(person)
    two_factor.disable(learner)
    two_factor.reset(trainer, by=UserFactory(role=roles.ADMINISTRATORS))
    assert not WebAuthnCredential.objects.exists()
