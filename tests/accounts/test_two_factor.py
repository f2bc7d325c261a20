"""Two-step sign-in (issue 19, item 3): staff need a code from an authenticator app after their
password; learners may turn it on. Every test signs in through the real forms; the codes are
computed as an authenticator app computes them, with django-otp's TOTP from the device's key."""

import re

from django.urls import reverse

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles, two_factor

from ..factories import UserFactory
from ..two_factor import code_for

PASSWORD = "correct-horse-battery"
ADMIN = "/admin/"


def sign_in(client, user, next_url=""):
    data = {"username": user.email, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(reverse("accounts:login"), data)


def with_authenticator(user) -> TOTPDevice:
    """A person who set up an authenticator app earlier, with their recovery codes."""
    device = TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    user.recovery_codes = two_factor.recovery_codes_renew(user)
    return device


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def trainer(db):
    return UserFactory(role=roles.TRAINERS)


def test_trainer_without_an_authenticator_sets_one_up_before_the_admin_opens(client, trainer):
    response = sign_in(client, trainer, next_url=ADMIN)
    assert response["Location"] == reverse("accounts:two_factor_setup")
    # The password alone signed nobody in: the admin sends them to sign in.
    assert not signed_in(client)
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")

    page = client.get(reverse("accounts:two_factor_setup"))
    html = page.content.decode()
    assert page.status_code == 200 and "<svg" in html
    device = TOTPDevice.objects.get(user=trainer, confirmed=False)
    assert two_factor.secret_text(device) in html
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html

    wrong = client.post(reverse("accounts:two_factor_setup"), {"code": "000000"})
    assert wrong.status_code == 400 and "That code does not match" in wrong.content.decode()
    assert not signed_in(client)

    confirmed = client.post(reverse("accounts:two_factor_setup"), {"code": code_for(device)})
    assert confirmed["Location"] == reverse("accounts:two_factor_recovery_codes")
    codes_page = client.get(confirmed["Location"]).content.decode()
    codes = re.findall(r"<li><code>([a-z0-9]{8})</code></li>", codes_page)
    assert len(codes) == 10
    assert f'href="{ADMIN}"' in codes_page  # continue to where they were going
    # Shown once: a reload shows them no more.
    again = client.get(reverse("accounts:two_factor_recovery_codes"))
    assert again["Location"] == reverse("accounts:profile")
    assert client.get(ADMIN).status_code == 200


def test_with_an_authenticator_the_password_alone_does_not_open_the_admin(client, trainer):
    device = with_authenticator(trainer)
    response = sign_in(client, trainer, next_url=ADMIN)
    assert response["Location"] == reverse("accounts:two_factor")
    assert not signed_in(client)
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")

    page = client.get(reverse("accounts:two_factor")).content.decode()
    assert 'autocomplete="one-time-code"' in page and 'inputmode="numeric"' in page
    response = client.post(reverse("accounts:two_factor"), {"code": code_for(device)})
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_a_wrong_code_is_refused_with_a_message_and_nobody_is_signed_in(client, trainer):
    with_authenticator(trainer)
    sign_in(client, trainer)
    response = client.post(reverse("accounts:two_factor"), {"code": "123456"})
    assert response.status_code == 400
    assert "That code is not right, or it has been used already" in response.content.decode()
    assert 'role="alert"' in response.content.decode()
    assert not signed_in(client)
    assert client.get(reverse("accounts:profile")).status_code == 302


def test_a_code_is_accepted_once(client, trainer):
    device = with_authenticator(trainer)
    code = code_for(device)
    sign_in(client, trainer)
    client.post(reverse("accounts:two_factor"), {"code": code})
    client.post(reverse("accounts:logout"))

    sign_in(client, trainer)
    reused = client.post(reverse("accounts:two_factor"), {"code": code})
    assert reused.status_code == 400 and not signed_in(client)


def test_a_recovery_code_signs_in_once_only(client, trainer):
    with_authenticator(trainer)
    code = trainer.recovery_codes[0]
    sign_in(client, trainer)
    # Typed as people type them from paper: capitals, a space.
    typed = f"{code[:4].upper()} {code[4:]}"
    response = client.post(reverse("accounts:two_factor"), {"recovery_code": typed})
    assert response["Location"] == reverse("wagtailadmin_home")
    assert "9 are left" in client.get(reverse("accounts:profile")).content.decode()
    client.post(reverse("accounts:logout"))

    sign_in(client, trainer)
    again = client.post(reverse("accounts:two_factor"), {"recovery_code": code})
    assert again.status_code == 400
    assert "That recovery code is not right, or it has been used" in again.content.decode()
    assert not signed_in(client)


def test_a_learner_signs_in_with_the_password_alone(client, learner):
    response = sign_in(client, learner)
    assert response["Location"] == reverse("courses:dashboard")
    assert signed_in(client)
    assert not TOTPDevice.objects.filter(user=learner).exists()


def test_a_learner_who_turned_it_on_needs_the_code(client, learner):
    sign_in(client, learner)
    profile = client.get(reverse("accounts:profile")).content.decode()
    assert "Turn on two-step sign-in" in profile
    client.get(reverse("accounts:two_factor_setup"))
    device = TOTPDevice.objects.get(user=learner)
    client.post(reverse("accounts:two_factor_setup"), {"code": code_for(device)})
    assert "<code>" in client.get(reverse("accounts:two_factor_recovery_codes")).content.decode()
    client.post(reverse("accounts:logout"))

    assert sign_in(client, learner)["Location"] == reverse("accounts:two_factor")
    assert not signed_in(client)
    response = client.post(reverse("accounts:two_factor"), {"code": code_for(device, 1)})
    assert response["Location"] == reverse("courses:dashboard")
    assert signed_in(client)


def test_a_learner_turns_it_off_with_a_fresh_code_and_staff_cannot(client, learner, trainer):
    device = with_authenticator(learner)
    sign_in(client, learner)
    client.post(reverse("accounts:two_factor"), {"code": code_for(device)})
    wrong = client.post(reverse("accounts:two_factor_disable"), {"disable-code": "000000"})
    assert wrong.status_code == 400 and two_factor.is_enabled(learner)
    client.post(reverse("accounts:two_factor_disable"), {"disable-code": code_for(device, 1)})
    assert not two_factor.is_enabled(learner)
    client.post(reverse("accounts:logout"))

    staff_device = with_authenticator(trainer)
    sign_in(client, trainer)
    client.post(reverse("accounts:two_factor"), {"code": code_for(staff_device)})
    refused = client.post(
        reverse("accounts:two_factor_disable"), {"disable-code": code_for(staff_device, 1)}
    )
    assert refused.status_code == 403 and two_factor.is_enabled(trainer)


def test_new_recovery_codes_replace_the_old_ones(client, learner):
    device = with_authenticator(learner)
    old = learner.recovery_codes
    sign_in(client, learner)
    client.post(reverse("accounts:two_factor"), {"code": code_for(device)})
    response = client.post(reverse("accounts:two_factor_recovery_codes_renew"))
    page = client.get(response["Location"]).content.decode()
    new = re.findall(r"<li><code>([a-z0-9]{8})</code></li>", page)
    assert len(new) == 10 and not set(new) & set(old)
    assert two_factor.recovery_code_use(learner, old[0]) is None
    assert two_factor.recovery_code_use(learner, new[0]) is not None


def test_wrong_codes_are_limited(client, trainer, settings):
    settings.TWO_FACTOR_ATTEMPT_LIMIT = 3
    device = with_authenticator(trainer)
    sign_in(client, trainer)
    statuses = [
        client.post(reverse("accounts:two_factor"), {"code": "000000"}).status_code
        for _ in range(3)
    ]
    assert statuses == [400, 400, 429]
    # Even the right code waits now, recovery codes too: the tries are the account's.
    paused = client.post(reverse("accounts:two_factor"), {"code": code_for(device)})
    assert paused.status_code == 429
    assert "Too many wrong codes" in paused.content.decode()
    recovery = client.post(
        reverse("accounts:two_factor"), {"recovery_code": trainer.recovery_codes[0]}
    )
    assert recovery.status_code == 429 and not signed_in(client)


def test_a_staff_session_without_the_second_step_is_sent_to_it_from_the_admin(client, trainer):
    """A session signed in before two-factor was required (here: force_login's verification
    taken away) meets the second step at the admin's door, certificate actions included."""
    client.force_login(trainer)
    session = client.session
    del session["otp_device_id"]
    session.save()
    for path in (ADMIN, reverse("certificates_issue"), reverse("certificates_revoke", args=[1])):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:two_factor") + "?next=")
    device = TOTPDevice.objects.get(user=trainer)
    response = client.post(
        reverse("accounts:two_factor"), {"code": code_for(device), "next": ADMIN}
    )
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_the_admins_own_sign_in_page_sends_people_to_the_sites(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response["Location"] == reverse("accounts:login") + "?next=/admin/pages/"


def test_the_second_step_speaks_swedish(client, trainer):
    with_authenticator(trainer)
    sign_in(client, trainer)
    page = client.get("/sv" + reverse("accounts:two_factor")).content.decode()
    assert "Tvåstegsinloggning" in page and "Återställningskod" in page
