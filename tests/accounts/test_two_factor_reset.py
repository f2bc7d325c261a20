"""A lost phone (issue 19, item 3): an administrator resets a person's two-step sign-in from
the Wagtail admin. Their authenticator and recovery codes go, their sessions end, they set it
up again at the next sign-in; the account's history says who did it and the person is told."""

from django.core import mail
from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import roles, two_factor
from accounts.models import RecoveryCodeDevice

from ..factories import UserFactory
from ..two_factor import code_for

PASSWORD = "correct-horse-battery"


def reset_url(person) -> str:
    return reverse("accounts_two_factor_reset", args=[person.pk])


def signed_in_with_phone(person) -> Client:
    """``person``'s browser, signed in through the real forms with their authenticator."""
    client = Client()
    device = TOTPDevice.objects.create(user=person, name="Phone", confirmed=True)
    person.recovery_codes = two_factor.recovery_codes_renew(person)
    client.post(reverse("accounts:login"), {"username": person.email, "password": PASSWORD})
    client.post(reverse("accounts:two_factor"), {"code": code_for(device)})
    assert "_auth_user_id" in client.session
    return client


@pytest.fixture
def administrator(db):
    return UserFactory(role=roles.ADMINISTRATORS, first_name="Maria", last_name="Ek")


@pytest.fixture
def trainer(db):
    return UserFactory(role=roles.TRAINERS)


def test_an_administrator_resets_the_second_step_of_a_trainer_who_lost_their_phone(
    client, administrator, trainer, django_capture_on_commit_callbacks
):
    trainers_browser = signed_in_with_phone(trainer)
    assert trainers_browser.get("/admin/").status_code == 200
    client.force_login(administrator)

    listing = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert reset_url(trainer) in listing and "Reset two-step sign-in" in listing
    page = client.get(reset_url(trainer))
    assert page.status_code == 200 and trainer.email in page.content.decode()
    # Looking is not doing: nothing changed yet.
    assert two_factor.is_enabled(trainer)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reset_url(trainer))
    assert response["Location"] == reverse("wagtailusers_users:edit", args=[trainer.pk])
    assert not TOTPDevice.objects.filter(user=trainer).exists()
    assert not RecoveryCodeDevice.objects.filter(user=trainer).exists()

    # The trainer's browser is signed out; the old recovery codes open nothing.
    assert trainers_browser.get("/admin/")["Location"].startswith("/admin/login/")
    assert two_factor.recovery_code_use(trainer, trainer.recovery_codes[0]) is None
    # The password leads to setting up a new authenticator, as at a first sign-in.
    again = trainers_browser.post(
        reverse("accounts:login"), {"username": trainer.email, "password": PASSWORD}
    )
    assert again["Location"] == reverse("accounts:two_factor_setup")

    entry = ModelLogEntry.objects.get(action=two_factor.RESET_ACTION)
    assert entry.user == administrator and entry.object_id == str(trainer.pk)
    history = client.get(reverse("wagtailusers_users:history", args=[trainer.pk]))
    assert "Two-step sign-in reset" in history.content.decode()

    (notice,) = mail.outbox
    assert notice.to == [trainer.email]
    assert "Maria Ek" in notice.body
    assert "Din tvåstegsinloggning har återställts" in notice.subject
    assert "Your two-step sign-in was reset" in notice.subject
    assert "Hej " in notice.body and "Hello " in notice.body
    assert "/accounts/login/" in notice.body


def test_only_administrators_reset_and_never_their_own(client, administrator, trainer):
    client.force_login(trainer)  # a trainer works in the admin but administers no accounts
    assert client.get(reset_url(administrator)).status_code == 403
    assert client.post(reset_url(administrator)).status_code == 403

    signed_in_with_phone(administrator)
    client.force_login(administrator)
    assert client.post(reset_url(administrator)).status_code == 403
    assert two_factor.is_enabled(administrator)
    superuser = UserFactory(role=roles.ADMINISTRATORS, is_superuser=True, is_staff=True)
    two_factor.authenticator_add(superuser, "00" * 20)
    assert client.post(reset_url(superuser)).status_code == 403
    assert two_factor.is_enabled(superuser)
    assert client.get(reverse("accounts_two_factor_reset", args=[999999])).status_code == 404
    assert not mail.outbox and not ModelLogEntry.objects.filter(action=two_factor.RESET_ACTION)


def test_a_superuser_may_reset_another_superuser(client, db):
    first = UserFactory(role=roles.ADMINISTRATORS, is_superuser=True, is_staff=True)
    second = UserFactory(role=roles.ADMINISTRATORS, is_superuser=True, is_staff=True)
    two_factor.authenticator_add(second, "00" * 20)
    client.force_login(first)
    assert client.post(reset_url(second)).status_code == 302
    assert not two_factor.is_enabled(second)


def test_a_manager_cannot_reset_a_members_second_step(client, learner):
    manager = UserFactory(organisation=learner.organisation)
    learner.organisation.managers.add(manager)
    two_factor.authenticator_add(learner, "00" * 20)
    client.force_login(manager)
    response = client.post(reset_url(learner))
    assert response.status_code in (302, 403)
    assert "/accounts/two-factor/" not in response.get("Location", "")
    assert two_factor.is_enabled(learner)


def test_the_reset_needs_the_csrf_token(administrator, trainer):
    two_factor.authenticator_add(trainer, "00" * 20)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(administrator)
    assert browser.post(reset_url(trainer)).status_code == 403
    assert two_factor.is_enabled(trainer)


def test_nothing_to_reset_is_said_plainly(client, administrator, learner):
    client.force_login(administrator)
    page = client.get(reset_url(learner)).content.decode()
    assert "nothing to reset" in page
    refused = client.post(reset_url(learner))
    assert refused.status_code == 400
    assert "no two-step sign-in to reset" in refused.content.decode()
    assert not mail.outbox


def test_the_reset_page_speaks_swedish(client, administrator, trainer):
    two_factor.authenticator_add(trainer, "00" * 20)
    profile = UserProfile.get_for_user(administrator)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(administrator)
    page = client.get(reset_url(trainer)).content.decode()
    assert "Återställ tvåstegsinloggning" in page


def test_a_sign_in_half_way_through_is_ended_too(client, administrator, trainer):
    """Someone who typed the trainer's password and waits at the second step starts again."""
    two_factor.authenticator_add(trainer, "00" * 20)
    half_way = Client()
    half_way.post(reverse("accounts:login"), {"username": trainer.email, "password": PASSWORD})
    assert half_way.get(reverse("accounts:two_factor")).status_code == 200
    client.force_login(administrator)
    client.post(reset_url(trainer))
    assert half_way.get(reverse("accounts:two_factor"))["Location"] == reverse("accounts:login")
