"""Someone at an unattended, signed-in computer tries to erase the account by guessing its
password: after as many wrong tries as sign-in allows, erasure is paused (and so is signing in
to that account from there), with a message that says why; the right password then changes
nothing until the pause is over."""

from django.urls import reverse

import pytest

from accounts.models import User
from tests.factories import UserFactory

RIGHT = "correct-horse-battery"


def erase(client, password):
    return client.post(
        reverse("accounts:my_data_erase"), {"password": password, "confirm": "ERASE"}
    )


def test_guessing_the_password_on_the_erasure_form_is_locked_out(learner_client, learner, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = erase(learner_client, f"guess-{attempt}")
        assert response.status_code == 400
        assert "That is not your password." in response.content.decode()
    last = erase(learner_client, "one-guess-too-many")
    assert last.status_code == 429
    assert "Too many wrong passwords" in last.content.decode()
    # The right password no longer helps: nothing is erased.
    refused = erase(learner_client, RIGHT)
    assert refused.status_code == 429
    assert "erasing it (and signing in to it from this network) is paused" in (
        refused.content.decode()
    )
    assert User.objects.filter(pk=learner.pk).exists()


def test_the_erasure_lockout_is_the_sign_in_lockout(client, learner, settings):
    client.force_login(learner)
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        erase(client, f"guess-{attempt}")
    client.logout()
    signed_in = client.post(
        reverse("accounts:login"), {"username": learner.email, "password": RIGHT}
    )
    assert signed_in.status_code == 429
    # Another person's account on the same computer is not affected.
    colleague = UserFactory()
    client.force_login(colleague)
    assert erase(client, RIGHT).status_code == 302
    assert not User.objects.filter(pk=colleague.pk).exists()


@pytest.mark.parametrize("failures", [1, 3])
def test_a_few_mistakes_then_the_right_password_erases(learner_client, learner, failures):
    for attempt in range(failures):
        assert erase(learner_client, f"typo-{attempt}").status_code == 400
    assert erase(learner_client, RIGHT).status_code == 302
    assert not User.objects.filter(pk=learner.pk).exists()
