"""Karin, who manages the Embassy in Kyiv, decides who is a member: she removes someone who
left, and confirms a membership a person chose for themselves before memberships were verified
— only for her own organisation. Administrators register the e-mail domains whose verified
addresses join an organisation, and the admin refuses domains that would let anyone in."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from accounts import roles
from accounts.models import User
from organisations import services
from organisations.models import Organisation
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def embassy():
    embassy = OrganisationFactory(name="Embassy of Sweden, Kyiv")
    embassy.managers.add(UserFactory(organisation=embassy, first_name="Karin"))
    return embassy


@pytest.fixture
def manager_client(client, embassy):
    client.force_login(embassy.managers.get())
    return client


def members_page(client, organisation) -> str:
    return client.get(reverse("organisations:members", args=[organisation.pk])).content.decode()


def test_a_manager_removes_a_member(manager_client, embassy):
    olle = UserFactory(organisation=embassy, first_name="Olle", last_name="Berg")
    assert olle.email in members_page(manager_client, embassy)
    response = manager_client.post(
        reverse("organisations:member-remove", args=[embassy.pk, olle.pk]), follow=True
    )
    assert "Olle Berg is no longer a member of Embassy of Sweden, Kyiv." in (
        response.content.decode()
    )
    olle.refresh_from_db()
    assert olle.organisation is None
    assert olle.email not in members_page(manager_client, embassy)


def test_a_manager_confirms_a_self_declared_membership(manager_client, embassy):
    eva = UserFactory(organisation=embassy, organisation_source=User.OrganisationSource.DECLARED)
    page = members_page(manager_client, embassy)
    assert "Membership not confirmed" in page
    manager_client.post(reverse("organisations:member-confirm", args=[embassy.pk, eva.pk]))
    eva.refresh_from_db()
    assert eva.membership_confirmed and eva.verified_organisation == embassy
    assert "Membership not confirmed" not in members_page(manager_client, embassy)


def test_a_manager_never_removes_or_confirms_anyone_else(manager_client, embassy):
    region = OrganisationFactory(name="Police Region Stockholm")
    jonas = UserFactory(organisation=region, organisation_source=User.OrganisationSource.DECLARED)
    for name in ("organisations:member-remove", "organisations:member-confirm"):
        # Someone of another organisation, through her own organisation or theirs: 404.
        for organisation in (embassy, region):
            url = reverse(name, args=[organisation.pk, jonas.pk])
            assert manager_client.post(url).status_code == 404
        assert manager_client.get(reverse(name, args=[embassy.pk, jonas.pk])).status_code == 405
    jonas.refresh_from_db()
    assert jonas.organisation == region and not jonas.membership_confirmed


def test_an_accepted_invitation_is_a_verified_membership(embassy):
    anna = UserFactory(organisation=None)
    invitation = services.invitation_create(embassy, embassy.managers.get(), anna.email)
    services.invitation_accept(invitation, anna)
    anna.refresh_from_db()
    assert anna.organisation_source == User.OrganisationSource.INVITATION
    assert anna.verified_organisation == embassy


@pytest.fixture
def administrator_client(client):
    administrator = UserFactory()
    administrator.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    client.force_login(administrator)
    return client


def edit_domains(client, organisation, domains: str):
    return client.post(
        f"/admin/snippets/organisations/organisation/edit/{organisation.pk}/",
        {"name": organisation.name, "kind": organisation.kind, "email_domains": domains},
    )


def test_an_administrator_registers_the_organisations_domains(administrator_client, embassy):
    form = administrator_client.get(
        f"/admin/snippets/organisations/organisation/edit/{embassy.pk}/"
    )
    assert 'name="email_domains"' in form.content.decode()
    response = edit_domains(administrator_client, embassy, " GOV.Example \n@mfa.example\n\n")
    assert response.status_code == 302
    embassy.refresh_from_db()
    assert embassy.domains == ["gov.example", "mfa.example"]


@pytest.mark.parametrize(
    ("domains", "problem"),
    [
        ("not a domain", "is not a domain name"),
        ("localhost", "is not a domain name"),
        ("gmail.com", "Anyone can have an address at “gmail.com”"),
        ("polisen.example", "“polisen.example” already belongs to Police Region West"),
    ],
)
def test_the_admin_refuses_domains_that_would_let_anyone_in(
    administrator_client, embassy, domains, problem
):
    OrganisationFactory(name="Police Region West", email_domains="polisen.example")
    response = edit_domains(administrator_client, embassy, domains)
    assert response.status_code == 200
    assert problem in response.content.decode()
    assert Organisation.objects.get(pk=embassy.pk).email_domains == ""
