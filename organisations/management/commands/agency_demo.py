"""Connect the demo embassy to a local OpenID Connect provider (``make agency-demo``).

Writes the files ``scripts/oidc_provider.mjs`` reads — a signing key, the platform as its
client, two fictional embassy staff — and the embassy's ``AgencyIdentityProvider``. Run again,
it keeps the key and updates the rest."""

import json
import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from jwcrypto import jwk

from courses.models import Audience
from organisations.models import AgencyIdentityProvider, AgencyRoleMapping, Organisation

EMBASSY = "Embassy of Sweden, Kyiv (demo)"
DOMAIN = "embassy-kyiv.example"
CLIENT_ID = "frontline-academy-demo"
SECRET_ENV = "AGENCY_DEMO_OIDC_SECRET"
PASSWORD = "agency-demo-2026"
# Fictional embassy staff, as the agency's directory knows them.
PEOPLE = [
    {
        "sub": "kyiv-0001",
        "email": f"olena.demo@{DOMAIN}",
        "given_name": "Olena",
        "family_name": "Demo",
        "roles": ["visa-officer"],
    },
    {
        "sub": "kyiv-0002",
        "email": f"erik.demo@{DOMAIN}",
        "given_name": "Erik",
        "family_name": "Demo",
        "roles": [],
    },
]


class Command(BaseCommand):
    help = "Connect the demo embassy to a local OpenID Connect provider (make agency-demo)."

    def add_arguments(self, parser):
        parser.add_argument("--issuer", default="http://127.0.0.1:5611")
        parser.add_argument("--dir", default="var/agency-provider")
        parser.add_argument("--site", action="append", default=None)

    def handle(self, *args, issuer, dir, site, **options):
        secret = os.environ.get(SECRET_ENV)
        if not secret:
            raise CommandError(f"Set {SECRET_ENV} (the demo client's secret) first.")
        organisation = Organisation.objects.filter(name=EMBASSY).first()
        if organisation is None:
            raise CommandError("No demo embassy: run manage.py seed_demo first.")
        folder = Path(dir)
        folder.mkdir(parents=True, exist_ok=True)
        keys = folder / "jwks.json"
        if not keys.exists():
            key = jwk.JWK.generate(kty="RSA", size=2048, kid="demo-1", alg="RS256", use="sig")
            keys.write_text(json.dumps({"keys": [json.loads(key.export_private())]}))
            keys.chmod(0o600)
        sites = site or ["http://127.0.0.1:8000", "http://localhost:8000"]
        clients = [
            {
                "client_id": CLIENT_ID,
                "client_secret": secret,
                "redirect_uris": [f"{s.rstrip('/')}/accounts/agency/callback/" for s in sites],
            }
        ]
        (folder / "clients.json").write_text(json.dumps(clients, indent=2))
        people = [{**person, "password": PASSWORD, "email_verified": True} for person in PEOPLE]
        (folder / "accounts.json").write_text(json.dumps(people, indent=2))

        provider, _created = AgencyIdentityProvider.objects.update_or_create(
            organisation=organisation,
            client_id=CLIENT_ID,
            defaults={
                "name": "Embassy of Sweden, Kyiv (demo sign-in)",
                "issuer": issuer,
                "client_secret_env": SECRET_ENV,
                "email_domains": DOMAIN,
                "role_claim": "roles",
                "enabled": True,
                "metadata": {},
                "metadata_fetched_at": None,
            },
        )
        consular = Audience.objects.filter(slug="consular-staff").first()
        if consular is not None:
            AgencyRoleMapping.objects.update_or_create(
                provider=provider, value="visa-officer", defaults={"audience": consular}
            )
        self.stdout.write(
            f"Agency sign-in: {provider.name} at {issuer}\n"
            f"  Sign in at {sites[0]}/accounts/login/ → “Sign in with your agency”:\n"
            f"  olena.demo@{DOMAIN} (consular staff, from the agency's role claim) or\n"
            f"  erik.demo@{DOMAIN} (no role: chooses one on the profile); password {PASSWORD}"
        )
