"""A learner signs up with an e-mail address and a role, and signs in. (An organisation is
never chosen: tests/accounts/test_membership.py.)"""

import pytest

from accounts import roles
from accounts.models import User
from tests.factories import AudienceFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def signup_data(**overrides):
    data = {
        "email": "Officer@Example.org",
        "first_name": "Lina",
        "last_name": "Sandberg",
        "password1": "a-long-passphrase-2026",
        "password2": "a-long-passphrase-2026",
    }
    data.update(overrides)
    return data


def test_learner_signs_up_and_lands_on_the_dashboard(client):
    police = AudienceFactory(slug="police")
    organisation = OrganisationFactory(name="Police Region West")
    response = client.post(
        "/accounts/signup/",
        signup_data(audience=police.pk, organisation=organisation.pk),
    )
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    user = User.objects.get(email="officer@example.org")
    # An organisation sent along with the form is ignored: nobody declares their own.
    assert user.audience == police and user.organisation is None
    assert user.groups.filter(name=roles.LEARNERS).exists()
    assert client.get("/dashboard/").status_code == 200


def test_signup_refuses_an_existing_email_in_any_case(client):
    UserFactory(email="officer@example.org")
    audience = AudienceFactory()
    response = client.post("/accounts/signup/", signup_data(audience=audience.pk))
    assert response.status_code == 400
    assert "already exists" in response.content.decode()
    assert User.objects.filter(email__iexact="officer@example.org").count() == 1


def test_signup_rejects_a_weak_password_and_keeps_nothing(client):
    audience = AudienceFactory()
    response = client.post(
        "/accounts/signup/",
        signup_data(audience=audience.pk, password1="password", password2="password"),
    )
    assert response.status_code == 400
    assert not User.objects.filter(email="officer@example.org").exists()


def test_sign_in_with_email_is_case_insensitive(client):
    UserFactory(email="judge@example.org")
    response = client.post(
        "/accounts/login/",
        {"username": "Judge@Example.org", "password": "correct-horse-battery"},
    )
    assert response.status_code == 302


def test_learner_changes_their_role_on_the_profile(client):
    judges = AudienceFactory(slug="judges")
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/accounts/profile/", {"first_name": "Kim", "last_name": "Ek", "audience": judges.pk}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.audience == judges and user.first_name == "Kim"


def test_learner_resets_a_forgotten_password_by_email(client, mailoutbox):
    UserFactory(email="consul@example.org")
    response = client.post("/accounts/password-reset/", {"email": "consul@example.org"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    link = next(line for line in mailoutbox[0].body.splitlines() if "/password-reset/" in line)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    set_password_url = form_page.redirect_chain[-1][0]
    response = client.post(
        set_password_url,
        {"new_password1": "a-brand-new-passphrase", "new_password2": "a-brand-new-passphrase"},
    )
    assert response.status_code == 302
    signed_in = client.post(
        "/accounts/login/",
        {"username": "consul@example.org", "password": "a-brand-new-passphrase"},
    )
    assert signed_in.status_code == 302 and "_auth_user_id" in client.session


def test_password_reset_for_an_unknown_address_sends_nothing_and_reveals_nothing(
    client, mailoutbox
):
    response = client.post("/accounts/password-reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mailoutbox == []
