import pytest

from organisations.models import AgencyIdentityProvider, AgencyRoleMapping
from tests.factories import AudienceFactory, OrganisationFactory

CLIENT_ID = "frontline-test"
SECRET = "agency-client-secret-for-tests"
SECRET_ENV = "TEST_AGENCY_OIDC_SECRET"
CALLBACK = "http://testserver/accounts/agency/callback/"
PASSWORD = "agency-password"
ANNA = {
    "sub": "emb-0001",
    "email": "anna.berg@embassy.example",
    "password": PASSWORD,
    "email_verified": True,
    "given_name": "Anna",
    "family_name": "Berg",
    "roles": ["visa-officer"],
}


@pytest.fixture
def agency_accounts(oidc_provider):
    """The people the agency's provider knows; a test may change them (they are put back)."""
    accounts = [dict(ANNA)]
    oidc_provider.set_accounts(accounts)
    yield accounts
    oidc_provider.set_accounts([dict(ANNA)])


@pytest.fixture
def agency(db, oidc_provider, agency_accounts, monkeypatch):
    """The embassy, connected to the provider: it vouches for embassy.example, and its role
    claim's "visa-officer" is consular staff here."""
    monkeypatch.setenv(SECRET_ENV, SECRET)
    oidc_provider.set_clients(
        [{"client_id": CLIENT_ID, "client_secret": SECRET, "redirect_uris": [CALLBACK]}]
    )
    organisation = OrganisationFactory(name="Embassy of Example (test)")
    provider = AgencyIdentityProvider.objects.create(
        organisation=organisation,
        name="Example Embassy sign-in",
        issuer=oidc_provider.issuer,
        client_id=CLIENT_ID,
        client_secret_env=SECRET_ENV,
        email_domains="embassy.example",
        role_claim="roles",
    )
    consular = AudienceFactory(slug="consular-staff", name="Consular staff")
    AgencyRoleMapping.objects.create(provider=provider, value="visa-officer", audience=consular)
    return provider
