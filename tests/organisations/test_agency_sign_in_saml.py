"""Signing in through an agency's SAML 2.0 identity provider — a real one (pysaml2's Server
in its own process on loopback, tests/saml_idp.py): the same provisioning as OpenID Connect
(the account made or linked, the organisation and the role from the agency), and every answer
that does not hold up — unsigned, signed with another key, for another audience, expired,
replayed — refused with the page that says so, with nothing created."""

from django.urls import reverse
from django.utils import translation

import pytest

from accounts.models import User
from organisations.models import AgencyAccount, AgencyIdentityProvider, AgencyRoleMapping
from tests.factories import AudienceFactory, OrganisationFactory, UserFactory

ANNA = {
    "name_id": "emb-saml-0001",
    "attributes": {
        "mail": ["anna.berg@embassy.example"],
        "givenName": ["Anna"],
        "sn": ["Berg"],
        "eduPersonAffiliation": ["visa-officer"],
    },
}


@pytest.fixture
def agency(db, saml_idp):
    saml_idp.accounts_set({"anna": ANNA})
    provider = AgencyIdentityProvider.objects.create(
        organisation=OrganisationFactory(name="Embassy of Example (test)"),
        name="Example Embassy SAML",
        protocol=AgencyIdentityProvider.Protocol.SAML,
        saml_metadata_xml=saml_idp.metadata(),
        email_domains="embassy.example",
        role_claim="eduPersonAffiliation",
    )
    consular = AudienceFactory(slug="consular-staff", name="Consular staff")
    AgencyRoleMapping.objects.create(provider=provider, value="visa-officer", audience=consular)
    return provider


def start(client, email="anna.berg@embassy.example", next_url=""):
    """The person types their work address; returns the IdP address they are sent to."""
    data = {"email": email, **({"next": next_url} if next_url else {})}
    found = client.post(reverse("organisations:agency-find"), data)
    assert found.status_code == 302, found.content.decode()[:500]
    started = client.get(found["Location"])
    assert started.status_code == 302, started.content.decode()[:500]
    return started["Location"]


def post_back(client, answer):
    return client.post(answer["action"], {"SAMLResponse": answer["SAMLResponse"], "RelayState": ""})


def refused_page(response, status, words):
    assert response.status_code == status, response.content.decode()[:800]
    assert response.templates[0].name == "organisations/agency_refused.html"
    assert words in response.content.decode()
    assert "_auth_user_id" not in response.wsgi_request.session


def test_first_sign_in_provisions_the_account_with_its_role_and_the_second_links_it(
    client, agency, saml_idp
):
    sso = start(client, next_url="/en/courses/")
    assert sso.startswith(saml_idp.base + "/sso?SAMLRequest=")
    answer = saml_idp.answer(sso, "anna")
    assert answer["action"] == f"http://testserver/accounts/agency/saml/{agency.pk}/acs/"

    response = post_back(client, answer)

    assert response.status_code == 302, response.content.decode()[:800]
    assert response["Location"] == "/en/courses/"
    anna = User.objects.get(email="anna.berg@embassy.example")
    assert (anna.first_name, anna.last_name) == ("Anna", "Berg")
    assert anna.organisation == agency.organisation
    assert anna.audience.slug == "consular-staff"
    assert AgencyAccount.objects.get(provider=agency).subject == "emb-saml-0001"
    assert int(client.session["_auth_user_id"]) == anna.pk

    # Next time, the same persistent NameID finds the same account.
    client.logout()
    response = post_back(client, saml_idp.answer(start(client), "anna"))
    assert response.status_code == 302
    assert User.objects.count() == 1
    assert int(client.session["_auth_user_id"]) == anna.pk


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("unsigned", "Signature missing for assertion"),
        ("wrong-key", "Failed to verify signature"),
        ("wrong-audience", "AudienceRestrictions conditions not satisfied"),
        ("expired", "Condition not OK"),
    ],
)
def test_an_answer_that_does_not_hold_up_is_refused_and_creates_nothing(
    client, agency, saml_idp, mode, reason
):
    response = post_back(client, saml_idp.answer(start(client), "anna", mode=mode))

    refused_page(response, 403, "could not be checked")
    assert not User.objects.exists()
    assert not AgencyAccount.objects.exists()
    agency.refresh_from_db()
    # pysaml2's own check said no, for this reason (the administrator reads it).
    assert agency.last_error.startswith("A SAML answer was refused")
    assert reason in agency.last_error


def test_an_answer_used_twice_is_refused_the_second_time(client, agency, saml_idp):
    answer = saml_idp.answer(start(client), "anna")
    assert post_back(client, answer).status_code == 302
    client.logout()
    start(client)  # a new attempt in the session: the old answer still is not for it

    refused_page(post_back(client, answer), 403, "could not be checked")
    assert AgencyAccount.objects.count() == 1
    agency.refresh_from_db()
    assert "Unsolicited response" in agency.last_error


def test_an_answer_from_another_browser_is_refused(client, agency, saml_idp):
    answer = saml_idp.answer(start(client), "anna")
    client.cookies.clear()
    # Without a session cookie, the answer is first posted again from this site …
    page = post_back(client, answer)
    assert page.templates[0].name == "organisations/saml_continue.html"
    # … and then there is no request it answers.
    response = client.post(
        answer["action"], {"SAMLResponse": answer["SAMLResponse"], "resent": "1"}
    )
    refused_page(response, 400, "started in another browser")
    assert not User.objects.exists()


def test_an_address_the_agency_does_not_vouch_for_is_refused(client, agency, saml_idp):
    outsider = {**ANNA, "attributes": {**ANNA["attributes"], "mail": ["anna@elsewhere.example"]}}
    saml_idp.accounts_set({"anna": outsider})

    response = post_back(client, saml_idp.answer(start(client), "anna"))

    refused_page(response, 403, "does not vouch for addresses at elsewhere.example")
    assert not User.objects.exists()


def test_an_account_already_here_is_linked_only_when_the_agency_owns_its_addresses(
    client, agency, saml_idp
):
    """SAML says nothing of whether an address is confirmed: Anna's own account (made before
    her embassy was connected) stays hers alone until the administrator says the agency's
    directory sets the addresses; then her agency sign-in opens that same account."""
    own = UserFactory(email="anna.berg@embassy.example")

    response = post_back(client, saml_idp.answer(start(client), "anna"))
    refused_page(response, 403, "has not confirmed that the address is yours")
    assert not AgencyAccount.objects.exists()

    agency.addresses_confirmed = True
    agency.save()
    response = post_back(client, saml_idp.answer(start(client), "anna"))
    assert response.status_code == 302, response.content.decode()[:800]
    assert int(client.session["_auth_user_id"]) == own.pk
    assert User.objects.count() == 1
    assert AgencyAccount.objects.get(provider=agency).user == own


@pytest.mark.parametrize(
    ("trusted", "mode", "lands_on"),
    [
        (False, "mfa", "setup"),  # the agency's word is not taken
        (True, "", "setup"),  # a password only
        (True, "mfa", "admin"),  # the REFEDS MFA context from a trusted agency
    ],
)
def test_staff_skip_the_second_step_only_when_a_trusted_agency_says_they_used_one(
    client, agency, saml_idp, trusted, mode, lands_on
):
    from django.contrib.auth.models import Group

    from accounts import roles

    trainer = UserFactory(email="anna.berg@embassy.example")
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    agency.addresses_confirmed, agency.trust_mfa = True, trusted
    agency.save()

    response = post_back(client, saml_idp.answer(start(client), "anna", mode))

    if lands_on == "setup":
        assert response["Location"].startswith(reverse("accounts:two_factor_setup"))
        assert "_auth_user_id" not in client.session
    else:
        assert response["Location"] == reverse("wagtailadmin_home")
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_our_metadata_names_the_entity_and_the_address_answers_come_to(client, agency):
    response = client.get(reverse("agency-saml:metadata", args=[agency.pk]))
    assert response.status_code == 200
    xml = response.content.decode()
    assert f'entityID="http://testserver/accounts/agency/saml/{agency.pk}/metadata/"' in xml
    assert f"http://testserver/accounts/agency/saml/{agency.pk}/acs/" in xml
    assert 'WantAssertionsSigned="true"' in xml


ADD = "/admin/snippets/organisations/agencyidentityprovider/add/"


@pytest.fixture
def administrator_client(client, db):
    from django.contrib.auth.models import Group

    from accounts import roles
    from tests.factories import UserFactory

    administrator = UserFactory()
    administrator.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    client.force_login(administrator)
    return client


def add(client, **fields):
    """The administrator saves a SAML provider; returns the response (302 when saved)."""
    data = {
        "organisation": OrganisationFactory().pk,
        "name": "Agency",
        "protocol": "saml",
        "email_domains": "agency.example",
        "enabled": "on",
        "role_mappings-TOTAL_FORMS": "0",
        "role_mappings-INITIAL_FORMS": "0",
        "role_mappings-MIN_NUM_FORMS": "0",
        "role_mappings-MAX_NUM_FORMS": "1000",
        **fields,
    }
    return client.post(ADD, data)


def errors(response, field):
    assert response.status_code == 200, response.status_code
    return str(response.context["form"].errors.get(field, ""))


def test_the_admin_reads_the_metadata_on_save(administrator_client, saml_idp):
    metadata = saml_idp.metadata()
    garbled = add(administrator_client, saml_metadata_xml="<not metadata")
    assert "metadata that can be read" in errors(garbled, "saml_metadata_xml")
    assert "Paste the identity provider" not in errors(garbled, "saml_metadata_xml")

    no_cert = metadata.split("<ns0:KeyDescriptor")[0] + metadata.split("</ns0:KeyDescriptor>")[-1]
    assert "no signing certificate" in errors(
        add(administrator_client, saml_metadata_xml=no_cert), "saml_metadata_xml"
    )
    unreachable = add(administrator_client, saml_metadata_url="http://127.0.0.1:9/metadata")
    assert "cannot be fetched" in errors(unreachable, "saml_metadata_url")
    assert "Paste the identity provider" in errors(add(administrator_client), "saml_metadata_xml")
    assert not AgencyIdentityProvider.objects.exists()

    saved = add(administrator_client, saml_metadata_url=saml_idp.metadata_url)
    assert saved.status_code == 302, saved.context["form"].errors
    provider = AgencyIdentityProvider.objects.get()
    assert provider.protocol == "saml"
    assert "EntityDescriptor" in provider.saml_metadata_xml


def test_the_sign_in_page_may_send_people_to_the_agencys_idp(client, agency, saml_idp):
    response = client.get(reverse("accounts:login"))
    assert "Sign in with your agency" in response.content.decode()
    assert f"form-action 'self' {saml_idp.base}" in response["Content-Security-Policy"]


def test_a_refusal_reads_in_swedish_for_a_swedish_sign_in(client, agency, saml_idp):
    with translation.override("sv"):
        sso = start(client)
    response = post_back(client, saml_idp.answer(sso, "anna", mode="unsigned"))

    refused_page(response, 403, "kunde inte kontrolleras, så du är inte inloggad")


@pytest.mark.parametrize("garbage", ["", "not base64 at all", "PGZvbz48L2Zvbz4="])
def test_garbage_posted_to_the_answer_address_is_refused_not_an_error(
    client, agency, saml_idp, garbage
):
    sso = start(client)
    acs = f"/accounts/agency/saml/{agency.pk}/acs/"
    response = client.post(acs, {"SAMLResponse": garbage})
    assert response.status_code in (400, 403)
    assert response.templates[0].name == "organisations/agency_refused.html"
    assert not User.objects.exists()
    # The attempt itself still works afterwards.
    assert post_back(client, saml_idp.answer(sso, "anna")).status_code == 302


def test_addresses_of_no_saml_provider_are_not_found(client, agency):
    assert client.get(f"/accounts/agency/saml/{agency.pk + 1}/metadata/").status_code == 404
    assert client.post(f"/accounts/agency/saml/{agency.pk + 1}/acs/").status_code == 404
    assert client.get(f"/accounts/agency/saml/{agency.pk}/acs/").status_code == 405
