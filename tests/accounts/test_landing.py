"""Signing in takes each person to where their work is, unless they asked for a page."""

import pytest

from accounts import roles
from tests.factories import OrganisationFactory, UserFactory
from tests.two_factor import second_step

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def sign_in(client, user, next_url=None, prefix=""):
    data = {"username": user.email, "password": PASSWORD}
    if next_url is not None:
        data["next"] = next_url
    response = client.post(f"{prefix}/accounts/login/", data)
    assert response.status_code == 302
    # Staff set up their authenticator app at their first sign-in (accounts.two_factor).
    return second_step(client, response, user)


@pytest.mark.parametrize(
    ("role", "landing"),
    [
        (roles.LEARNERS, "/dashboard/"),
        (roles.TRAINERS, "/admin/"),
        (roles.CERTIFYING_BODIES, "/admin/certificates_admin/"),
        (roles.ADMINISTRATORS, "/admin/"),
    ],
)
def test_each_role_lands_where_its_work_is(client, role, landing):
    assert sign_in(client, UserFactory(role=role)) == landing


def test_a_certifying_body_lands_on_the_certificate_register_it_can_open(client):
    location = sign_in(client, UserFactory(role=roles.CERTIFYING_BODIES))
    register = client.get(location)
    assert register.status_code == 200
    html = register.content.decode()
    assert "Certificates" in html
    assert 'href="/verify/"' in html  # and from there to verification


def test_a_manager_lands_on_their_organisations_members(client):
    manager = UserFactory()
    organisation = OrganisationFactory(name="Embassy in Kyiv")
    organisation.managers.add(manager)
    location = sign_in(client, manager)
    assert location == "/organisations/"
    members = client.get(location, follow=True)
    assert members.redirect_chain[-1][0] == f"/organisations/{organisation.pk}/"
    assert "Embassy in Kyiv" in members.content.decode()


def test_a_swedish_learner_lands_on_swedish_my_learning(client):
    assert sign_in(client, UserFactory(), prefix="/sv") == "/sv/dashboard/"


def test_an_explicit_safe_next_wins_over_the_landing(client):
    verifier = UserFactory(role=roles.CERTIFYING_BODIES)
    assert sign_in(client, verifier, next_url="/verify/") == "/verify/"


def test_an_outside_next_is_ignored(client):
    verifier = UserFactory(role=roles.CERTIFYING_BODIES)
    location = sign_in(client, verifier, next_url="https://evil.example/verify/")
    assert location == "/admin/certificates_admin/"


def test_a_signed_in_certifying_body_opening_sign_in_goes_to_the_register(client):
    verifier = UserFactory(role=roles.CERTIFYING_BODIES)
    client.force_login(verifier)
    response = client.get("/accounts/login/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/certificates_admin/"
