"""Olena works at the embassy, whose own identity provider is connected: she signs in with
her agency account on its sign-in page (a real oidc-provider on loopback, tests/oidc.py) and
lands on My learning as a consular staff member of the embassy, without a password here."""

from accounts.models import User
from organisations.models import AgencyIdentityProvider, AgencyRoleMapping
from tests.factories import AudienceFactory, OrganisationFactory

from .conftest import JOURNEY, PHONE, axe_violations

pytestmark = JOURNEY

SECRET_ENV = "TEST_AGENCY_OIDC_SECRET"
OLENA = {
    "sub": "kyiv-42",
    "email": "olena@embassy.example",
    "password": "her-agency-password",
    "email_verified": True,
    "given_name": "Olena",
    "family_name": "Kovalenko",
    "roles": ["visa-officer"],
}


def test_a_consular_officer_signs_in_with_her_agency_account(
    visit, live_server, oidc_provider, monkeypatch
):
    monkeypatch.setenv(SECRET_ENV, "journey-secret")
    oidc_provider.set_clients(
        [
            {
                "client_id": "frontline-journey",
                "client_secret": "journey-secret",
                "redirect_uris": [f"{live_server.url}/accounts/agency/callback/"],
            }
        ]
    )
    oidc_provider.set_accounts([OLENA])
    embassy = OrganisationFactory(name="Embassy (journey)")
    provider = AgencyIdentityProvider.objects.create(
        organisation=embassy,
        name="Embassy sign-in",
        issuer=oidc_provider.issuer,
        client_id="frontline-journey",
        client_secret_env=SECRET_ENV,
        email_domains="embassy.example",
        role_claim="roles",
    )
    consular = AudienceFactory(slug="consular-staff", name="Consular staff")
    AgencyRoleMapping.objects.create(provider=provider, value="visa-officer", audience=consular)

    # The site's own Content-Security-Policy in force: its form may lead to the agency.
    phone = visit(**PHONE)
    page = phone.go("/accounts/login/")
    phone.shot("sign-in-page")
    page.get_by_label("Your work e-mail address").fill(OLENA["email"])
    page.get_by_role("button", name="Continue with your agency").click()
    # The agency's own sign-in page, on its own site.
    page.wait_for_url(f"{oidc_provider.issuer}/interaction/**")
    phone.shot("agency-sign-in-page")
    page.get_by_label("Work e-mail address").fill(OLENA["email"])
    page.get_by_label("Password").fill(OLENA["password"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/dashboard/")
    phone.shot("signed-in")

    olena = User.objects.get(email=OLENA["email"])
    assert olena.organisation == embassy and olena.audience == consular
    assert not olena.has_usable_password()

    # The new pages are accessible: the sign-in page with its agency part, the list of
    # agencies, a refusal (bypass_csp: for axe-core).
    checker = visit(bypass_csp=True, **PHONE)
    for path in ("/accounts/login/", "/sv/accounts/agency/"):
        assert axe_violations(checker.go(path)) == [], path
    page = checker.go("/accounts/agency/callback/?state=forged&code=forged")
    checker.shot("refused")
    assert page.get_by_role("heading", name="You are not signed in").is_visible()
    assert axe_violations(page) == []

    # A SAML agency's answer, posted from its own site, arrives without the session cookie
    # (SameSite=Lax): the page that posts it again from this site is accessible too.
    saml = AgencyIdentityProvider.objects.create(
        organisation=embassy,
        name="Embassy federation",
        protocol=AgencyIdentityProvider.Protocol.SAML,
        email_domains="federation.embassy.example",
        saml_metadata_xml="<EntityDescriptor/>",  # not read before the answer is posted again
    )
    acs = f"{live_server.url}/accounts/agency/saml/{saml.pk}/acs/"
    page.set_content(
        f'<form method="post" action="{acs}"><input name="SAMLResponse" value="answer"></form>'
    )
    with page.expect_navigation():
        page.evaluate("document.forms[0].submit()")
    checker.shot("saml-continue")
    assert page.get_by_role("heading", name="Finish signing in").is_visible()
    assert axe_violations(page) == []
