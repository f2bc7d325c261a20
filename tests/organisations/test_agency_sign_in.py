"""Signing in through an agency's OpenID Connect provider — a real one (oidc-provider on
loopback, tests/oidc.py): the account is made or linked, the organisation and role come from
the agency, and every answer that does not hold up is refused with a page that says so, with
nothing created."""

from urllib.parse import parse_qs, urlsplit

from django.urls import reverse
from django.utils import translation

import pytest

from accounts.models import User
from organisations import agencies, oidc
from organisations.models import AgencyAccount, AgencyIdentityProvider
from tests.factories import AudienceFactory, OrganisationFactory, UserFactory
from tests.oidc import ProviderRefused, forge, signing_key

from .conftest import ANNA, PASSWORD, SECRET_ENV


def start(client, email=ANNA["email"], next_url=""):
    """The person types their work address under “Sign in with your agency”; returns the
    provider's authorization URL they are sent to."""
    data = {"email": email, **({"next": next_url} if next_url else {})}
    found = client.post(reverse("organisations:agency-find"), data)
    assert found.status_code == 302, found.content.decode()[:500]
    started = client.get(found["Location"])
    assert started.status_code == 302
    return started["Location"]


def sign_in(client, provider, email=ANNA["email"], password=PASSWORD, next_url=""):
    """The whole way: our page, the provider's sign-in page, back to our callback."""
    callback = provider.sign_in(start(client, email, next_url), email, password)
    return client.get(callback)


def refused_page(response, status, words):
    assert response.status_code == status
    assert response.templates[0].name == "organisations/agency_refused.html"
    assert words in response.content.decode()
    assert "_auth_user_id" not in response.wsgi_request.session


def test_sign_in_page_offers_the_agency_once_one_is_connected(client, db, oidc_provider):
    page = client.get(reverse("accounts:login")).content.decode()
    assert "Sign in with your agency" not in page

    AgencyIdentityProvider.objects.create(
        organisation=OrganisationFactory(),
        name="Embassy",
        issuer=oidc_provider.issuer,
        client_id="c",
        client_secret_env="X",
        email_domains="embassy.example",
    )
    response = client.get(reverse("accounts:login"))
    assert "Sign in with your agency" in response.content.decode()
    # Its form may lead to the agency's sign-in page, and only there.
    policy = response["Content-Security-Policy"]
    assert f"form-action 'self' {oidc_provider.issuer}" in policy


def test_first_sign_in_creates_the_account_in_the_agencys_organisation_with_its_role(
    client, agency, oidc_provider
):
    authorize = start(client, next_url="/en/courses/")
    query = parse_qs(urlsplit(authorize).query)
    # The authorization code flow with PKCE, a state and a nonce.
    assert query["response_type"] == ["code"]
    assert query["code_challenge_method"] == ["S256"]
    assert query["state"] and query["nonce"] and query["code_challenge"]

    response = client.get(oidc_provider.sign_in(authorize, ANNA["email"], PASSWORD))

    assert response.status_code == 302
    assert response["Location"] == "/en/courses/"
    anna = User.objects.get(email=ANNA["email"])
    assert (anna.first_name, anna.last_name) == ("Anna", "Berg")
    assert anna.organisation == agency.organisation
    assert anna.organisation_source == User.OrganisationSource.IDENTITY_PROVIDER
    assert anna.verified_organisation == agency.organisation
    assert anna.audience.slug == "consular-staff"
    assert not anna.has_usable_password()
    assert AgencyAccount.objects.get(user=anna).subject == ANNA["sub"]
    assert client.get(reverse("courses:dashboard")).status_code == 200


def test_second_sign_in_finds_the_same_account_and_keeps_name_and_address_current(
    client, agency, oidc_provider, agency_accounts
):
    sign_in(client, oidc_provider)
    client.logout()
    # At the agency, Anna married and has a new address; the subject stays hers.
    agency_accounts[0].update(family_name="Lind", email="anna.lind@embassy.example")
    oidc_provider.set_accounts(agency_accounts)

    response = sign_in(client, oidc_provider, email="anna.lind@embassy.example")

    assert response.status_code == 302
    anna = User.objects.get()
    assert (anna.email, anna.last_name) == ("anna.lind@embassy.example", "Lind")
    assert AgencyAccount.objects.filter(user=anna).count() == 1


def test_an_existing_account_with_the_address_the_agency_verified_is_linked(
    client, agency, oidc_provider
):
    existing = UserFactory(email=ANNA["email"], organisation=None)

    response = sign_in(client, oidc_provider)

    assert response.status_code == 302
    existing.refresh_from_db()
    assert existing.organisation == agency.organisation
    assert AgencyAccount.objects.get(provider=agency).user == existing
    # Her password still works too.
    assert existing.check_password("correct-horse-battery")


def test_an_existing_account_is_not_linked_when_the_agency_has_not_verified_the_address(
    client, agency, oidc_provider, agency_accounts
):
    existing = UserFactory(email=ANNA["email"], organisation=None)
    agency_accounts[0]["email_verified"] = False
    oidc_provider.set_accounts(agency_accounts)

    response = sign_in(client, oidc_provider)

    refused_page(response, 403, "has not confirmed that the address is yours")
    existing.refresh_from_db()
    assert existing.organisation is None
    assert not AgencyAccount.objects.exists()


def test_a_role_the_agency_gives_is_shown_on_the_profile_but_not_changed_there(
    client, agency, oidc_provider, agency_accounts
):
    police = AudienceFactory(slug="police", name="Police")
    sign_in(client, oidc_provider)
    anna = User.objects.get(email=ANNA["email"])

    page = client.get(reverse("accounts:profile")).content.decode()
    assert "Set by your agency when you sign in through it." in page
    response = client.post(
        reverse("accounts:profile"),
        {"first_name": "Anna", "last_name": "Berg", "audience": police.pk, "time_zone": ""},
    )
    assert response.status_code == 302
    anna.refresh_from_db()
    assert anna.audience.slug == "consular-staff"  # what was posted for the role is ignored

    # The agency stops sending a role it maps: the role is hers to choose again.
    agency_accounts[0]["roles"] = []
    oidc_provider.set_accounts(agency_accounts)
    client.logout()
    sign_in(client, oidc_provider)
    assert "Set by your agency" not in client.get(reverse("accounts:profile")).content.decode()
    client.post(
        reverse("accounts:profile"),
        {"first_name": "Anna", "last_name": "Berg", "audience": police.pk, "time_zone": ""},
    )
    anna.refresh_from_db()
    assert anna.audience == police


def test_an_address_the_agency_does_not_vouch_for_is_refused_and_nothing_is_created(
    client, agency, oidc_provider, agency_accounts
):
    agency_accounts.append(
        {**ANNA, "sub": "emb-0002", "email": "someone@elsewhere.example", "roles": []}
    )
    oidc_provider.set_accounts(agency_accounts)
    # Nobody vouches for elsewhere.example: the address finds no agency…
    found = client.post(
        reverse("organisations:agency-find"), {"email": "someone@elsewhere.example"}
    )
    assert found.status_code == 400
    assert "No connected agency vouches for addresses at elsewhere.example" in (
        found.content.decode()
    )
    # …and choosing the embassy from the list does not help.
    authorize = client.get(reverse("organisations:agency-start", args=[agency.pk]))["Location"]
    callback = oidc_provider.sign_in(authorize, "someone@elsewhere.example", PASSWORD)

    refused_page(client.get(callback), 403, "does not vouch for addresses at elsewhere.example")
    assert not User.objects.exists()
    assert not AgencyAccount.objects.exists()


def test_a_person_the_agency_no_longer_lets_in_cannot_sign_in_and_keeps_their_records(
    client, agency, oidc_provider, agency_accounts
):
    sign_in(client, oidc_provider)
    client.logout()
    anna = User.objects.get()
    agency_accounts[0]["disabled"] = True
    oidc_provider.set_accounts(agency_accounts)

    response = sign_in(client, oidc_provider)

    refused_page(response, 403, "Example Embassy sign-in did not let you sign in.")
    assert User.objects.filter(pk=anna.pk, organisation=agency.organisation).exists()


def test_a_wrong_password_at_the_agency_never_reaches_the_platform(client, agency, oidc_provider):
    with pytest.raises(ProviderRefused, match="Wrong e-mail address or password"):
        oidc_provider.sign_in(start(client), ANNA["email"], "not-her-password")
    assert not User.objects.exists()


@pytest.fixture
def tampered_token(monkeypatch):
    """Change the ID token the provider's token endpoint really sent, between it and the
    platform's checks (what an attacker in the middle, or a broken provider, would send)."""
    changes = {}
    real_get_token = oidc.AgencyOIDCBackend.get_token

    def get_token(self, payload):
        answer = real_get_token(self, payload)
        key, claims = changes["key"], changes["claims"]
        answer["id_token"] = forge(answer["id_token"], key, **claims)
        return answer

    monkeypatch.setattr(oidc.AgencyOIDCBackend, "get_token", get_token)
    return changes


FORGERIES = {
    "wrong audience": ({"aud": "another-client"}, "another client (audience)"),
    "wrong issuer": ({"iss": "http://127.0.0.1:9/"}, "another issuer"),
    "expired": ({"exp": 1_700_000_000, "iat": 1_699_999_000}, "expired"),
    "nonce mismatch": ({"nonce": "not-the-nonce-we-sent"}, "Nonce"),
}


@pytest.mark.parametrize("forgery", FORGERIES, ids=list(FORGERIES))
def test_an_id_token_with_a_claim_that_does_not_hold_is_refused_even_with_the_providers_key(
    client, agency, oidc_provider, tampered_token, forgery
):
    claims, recorded = FORGERIES[forgery]
    tampered_token.update(key=oidc_provider.key, claims=claims)

    response = sign_in(client, oidc_provider)

    refused_page(response, 403, "could not be checked, so you are not signed in")
    assert not User.objects.exists()
    agency.refresh_from_db()
    assert recorded in agency.last_error


@pytest.mark.parametrize("same_kid", [True, False], ids=["same key id", "unknown key id"])
def test_an_id_token_signed_with_another_key_is_refused(
    client, agency, oidc_provider, tampered_token, same_kid
):
    other = signing_key(kid="agency-key-1" if same_kid else "forger")
    tampered_token.update(key=other, claims={})

    response = sign_in(client, oidc_provider)

    refused_page(response, 403, "could not be checked")
    assert not User.objects.exists()
    agency.refresh_from_db()
    assert ("signature" if same_kid else "key the provider does not publish") in agency.last_error


def test_a_callback_with_a_state_this_browser_never_sent_is_refused(client, agency, oidc_provider):
    callback = oidc_provider.sign_in(start(client), ANNA["email"], PASSWORD)
    forged = callback.replace("state=", "state=x")

    refused_page(client.get(forged), 400, "started in another browser or finished already")
    assert not User.objects.exists()


def test_a_code_used_once_is_refused_the_second_time(
    client, agency, oidc_provider, django_user_model
):
    callback = oidc_provider.sign_in(start(client), ANNA["email"], PASSWORD)
    assert client.get(callback).status_code == 302
    client.logout()
    # The same answer again: its state is used up.
    refused_page(client.get(callback), 400, "finished already")
    # The code again, under a fresh state of this browser: the provider refuses it.
    fresh = parse_qs(urlsplit(start(client)).query)["state"][0]
    code = parse_qs(urlsplit(callback).query)["code"][0]
    replay = reverse("agency:callback") + f"?code={code}&state={fresh}&iss={agency.issuer}"

    refused_page(client.get(replay), 400, "no longer accepts this sign-in")
    assert django_user_model.objects.count() == 1


def test_a_wrong_client_secret_shows_a_clear_page_and_tells_the_administrator(
    client, agency, oidc_provider, monkeypatch
):
    monkeypatch.setenv(SECRET_ENV, "not-the-secret")

    response = sign_in(client, oidc_provider)

    refused_page(response, 503, "does not work at the moment")
    agency.refresh_from_db()
    assert "invalid_client" in agency.last_error and SECRET_ENV in agency.last_error
    assert not User.objects.exists()


def test_an_unreachable_provider_shows_a_clear_page_and_tells_the_administrator(client, agency):
    agency.issuer = "http://127.0.0.1:9"
    agency.metadata = {}
    agency.save()

    response = client.get(reverse("organisations:agency-start", args=[agency.pk]))

    refused_page(response, 503, "does not work at the moment")
    agency.refresh_from_db()
    assert "cannot be reached" in agency.last_error


def test_cancelling_at_the_agency_comes_back_to_a_clear_page(client, agency, oidc_provider):
    import httpx

    authorize = start(client)
    with httpx.Client() as browser:
        page = browser.get(authorize, follow_redirects=True)
        back = browser.post(str(page.url).rstrip("/") + "/abort", follow_redirects=False)
        while back.is_redirect and not back.headers["location"].startswith("http://testserver"):
            back = browser.get(back.headers["location"], follow_redirects=False)

    refused_page(client.get(back.headers["location"]), 403, "did not let you sign in")


@pytest.fixture
def trainer(agency):
    from django.contrib.auth.models import Group

    from accounts import roles

    trainer = UserFactory(email=ANNA["email"])
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    return trainer


@pytest.mark.parametrize(
    ("trusted", "second_factor_at_agency"),
    [(False, False), (False, True), (True, False)],
    ids=["not trusted, password", "not trusted, one-time code", "trusted, password only"],
)
def test_staff_signing_in_through_the_agency_meet_the_second_step(
    client, agency, oidc_provider, agency_accounts, trainer, trusted, second_factor_at_agency
):
    agency.trust_mfa = trusted
    agency.save()
    agency_accounts[0]["mfa"] = second_factor_at_agency
    oidc_provider.set_accounts(agency_accounts)

    response = sign_in(client, oidc_provider)

    assert response["Location"].startswith(reverse("accounts:two_factor_setup"))
    assert "_auth_user_id" not in client.session


def test_staff_whose_agency_vouches_for_their_second_factor_go_straight_to_the_admin(
    client, agency, oidc_provider, agency_accounts, trainer
):
    agency.trust_mfa = True
    agency.save()
    agency_accounts[0]["mfa"] = True  # the provider's amr: ["pwd", "otp"]
    oidc_provider.set_accounts(agency_accounts)

    response = sign_in(client, oidc_provider)

    assert response["Location"] == reverse("wagtailadmin_home")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_refusal_reads_in_the_language_the_sign_in_started_in(
    client, agency, oidc_provider, agency_accounts
):
    assert "Logga in med din myndighet" in client.get("/sv/accounts/login/").content.decode()
    agency_accounts[0]["disabled"] = True
    oidc_provider.set_accounts(agency_accounts)
    with translation.override("sv"):
        swedish_start = reverse("organisations:agency-start", args=[agency.pk])
    assert swedish_start.startswith("/sv/")
    authorize = client.get(swedish_start)["Location"]

    response = client.get(oidc_provider.sign_in(authorize, ANNA["email"], PASSWORD))

    refused_page(response, 403, "lät dig inte logga in")


def test_my_data_names_the_agency_and_erasure_forgets_the_link(client, agency, oidc_provider):
    from accounts import privacy

    sign_in(client, oidc_provider)
    anna = User.objects.get()

    assert privacy.learner_data(anna)["agency_sign_in"] == [
        {
            "agency": "Example Embassy sign-in",
            "organisation": "Embassy of Example (test)",
            "subject": ANNA["sub"],
            "linked_at": AgencyAccount.objects.get().linked_at.isoformat(),
            "last_sign_in_at": AgencyAccount.objects.get().last_sign_in_at.isoformat(),
        }
    ]
    privacy.learner_erase(anna)
    assert not AgencyAccount.objects.exists()


def test_a_member_through_the_agency_cannot_leave_the_organisation_it_sets(
    client, agency, oidc_provider
):
    sign_in(client, oidc_provider)

    client.post(reverse("organisations:leave"))

    assert User.objects.get().organisation == agency.organisation


# The administrator connects the agency ------------------------------------------------------
def _provider_form(organisation, issuer, **changes):
    return {
        "organisation": organisation.pk,
        "name": "Embassy sign-in",
        "enabled": "on",
        "protocol": "oidc",
        "issuer": issuer,
        "client_id": "frontline-test",
        "client_secret_env": SECRET_ENV,
        "email_domains": "embassy2.example",
        "role_claim": "",
        "role_mappings-TOTAL_FORMS": "0",
        "role_mappings-INITIAL_FORMS": "0",
        "role_mappings-MIN_NUM_FORMS": "0",
        "role_mappings-MAX_NUM_FORMS": "1000",
        **changes,
    }


@pytest.mark.parametrize(
    ("issuer", "says"),
    [
        ("http://127.0.0.1:9", "cannot be reached"),
        ("http://127.0.0.1:{port}/other", "answered 404"),
    ],
    ids=["unreachable", "not an issuer"],
)
def test_saving_a_provider_whose_discovery_fails_says_what_is_wrong(
    client, admin_user, oidc_provider, monkeypatch, issuer, says
):
    monkeypatch.setenv(SECRET_ENV, "x")
    client.force_login(admin_user)
    organisation = OrganisationFactory()
    url = reverse("wagtailsnippets_organisations_agencyidentityprovider:add")

    response = client.post(
        url, _provider_form(organisation, issuer.format(port=oidc_provider.port))
    )

    assert response.status_code == 200
    assert says in response.content.decode()
    assert not AgencyIdentityProvider.objects.exists()


def test_saving_a_provider_checks_its_discovery_document_and_the_secret_on_the_server(
    client, admin_user, oidc_provider, monkeypatch
):
    client.force_login(admin_user)
    organisation = OrganisationFactory()
    url = reverse("wagtailsnippets_organisations_agencyidentityprovider:add")
    monkeypatch.delenv(SECRET_ENV, raising=False)

    missing = client.post(url, _provider_form(organisation, oidc_provider.issuer))
    assert f"This server has no environment variable {SECRET_ENV}" in missing.content.decode()

    monkeypatch.setenv(SECRET_ENV, "x")
    saved = client.post(url, _provider_form(organisation, oidc_provider.issuer))

    assert saved.status_code == 302
    provider = AgencyIdentityProvider.objects.get()
    assert provider.metadata["token_endpoint"].startswith(oidc_provider.issuer)


@pytest.mark.parametrize(
    ("amr", "asserted"),
    [
        (["pwd", "mfa"], True),  # Entra ID's way of saying it
        (["pwd", "otp"], True),
        (["hwk", "pin"], True),
        (["pwd"], False),
        (["otp"], False),
        ("mfa", False),  # not a list: not the claim RFC 8176 defines
        (None, False),
    ],
)
def test_what_counts_as_a_second_factor_at_the_agency(amr, asserted):
    trusted = AgencyIdentityProvider(trust_mfa=True)
    assert agencies.mfa_asserted(trusted, {"amr": amr}) is asserted
    assert agencies.mfa_asserted(AgencyIdentityProvider(trust_mfa=False), {"amr": amr}) is False


def test_administrators_may_connect_agencies_and_trainers_may_not(db):
    from django.contrib.auth.models import Group

    from accounts import roles

    def can(role):
        group = Group.objects.get(name=role)
        return group.permissions.filter(codename="add_agencyidentityprovider").exists()

    assert can(roles.ADMINISTRATORS)
    assert not can(roles.TRAINERS)


def test_a_first_sign_in_finishing_twice_at_once_is_a_page_not_an_error(
    client, agency, oidc_provider, monkeypatch
):
    """Two tabs finishing the same first sign-in at once: the loser's insert of the link
    meets the winner's (the unique subject), as this stand-in for the race does."""
    from django.db import IntegrityError

    def race(provider, claims, now=None):
        raise IntegrityError("duplicate key value violates organisations_agency_account_subject")

    monkeypatch.setattr(agencies, "agency_sign_in", race)

    refused_page(sign_in(client, oidc_provider), 409, "could not be checked")
