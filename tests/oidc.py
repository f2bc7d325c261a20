"""A real OpenID Connect provider for tests and the agency demo: panva's oidc-provider (npm,
pinned in package.json) run by ``scripts/oidc_provider.mjs`` on a free loopback port. Its
signing key is made here, so a test can also sign a token with the provider's real key (a
forged claim) or with another key (a forged signature)."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from base64 import urlsafe_b64decode
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
from jwcrypto import jwk, jwt

from tests.lrs import free_port, process_ready, process_stop

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "oidc_provider.mjs"
PACKAGE = ROOT / "node_modules" / "oidc-provider" / "package.json"


def signing_key(kid: str = "agency-key-1") -> jwk.JWK:
    return jwk.JWK.generate(kty="RSA", size=2048, kid=kid, alg="RS256", use="sig")


class OidcProvider:
    def __init__(self, port: int | None = None, directory: Path | None = None):
        # Its signing key (kid "agency-key-1"); ``forge`` signs with it or with another.
        self.port = port or free_port()
        self.directory = directory or Path(tempfile.mkdtemp(prefix="oidc-provider-"))
        self.key = signing_key()
        self.process = None
        self.clients: list[dict] = []
        self.accounts: list[dict] = []

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _write(self, name: str, value) -> None:
        (self.directory / name).write_text(json.dumps(value))

    def set_clients(self, clients: list[dict]) -> None:
        self.clients = clients
        self._write("clients.json", clients)

    def set_accounts(self, accounts: list[dict]) -> None:
        self.accounts = accounts
        self._write("accounts.json", accounts)

    def start(self, timeout: float = 20) -> OidcProvider:
        if not PACKAGE.exists():
            subprocess.run(
                ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
        self.directory.mkdir(parents=True, exist_ok=True)
        self._write("jwks.json", {"keys": [json.loads(self.key.export_private())]})
        if not (self.directory / "clients.json").exists():
            self.set_clients(self.clients)
        if not (self.directory / "accounts.json").exists():
            self.set_accounts(self.accounts)
        self.process = subprocess.Popen(
            ["node", str(SCRIPT), "--port", str(self.port), "--dir", str(self.directory)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        discovery = f"{self.issuer}/.well-known/openid-configuration"
        process_ready(self.process, discovery, "oidc-provider", timeout, pause=0.05)
        return self

    def stop(self) -> None:
        process_stop(self.process)
        self.process = None

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)

    # What a person does on the provider's pages ----------------------------------------
    def sign_in(
        self, authorize_url: str, email: str, password: str, stop_at: str = "http://testserver"
    ) -> str:
        """Open the authorization URL as a browser would, sign in on the provider's page, and
        return the URL it sends the browser back to (the client's callback), unfollowed."""
        with httpx.Client(timeout=10) as browser:
            response = browser.get(authorize_url)
            url = self._follow(browser, response, stop_at)
            if url.startswith(stop_at):
                return url
            login = browser.post(
                url.rstrip("/") + "/login", data={"email": email, "password": password}
            )
            if login.status_code == 400:
                raise ProviderRefused(login.text)
            return self._follow(browser, login, stop_at)

    def _follow(self, browser: httpx.Client, response: httpx.Response, stop_at: str) -> str:
        """Follow the provider's redirects until its sign-in page, or until they leave it."""
        url = str(response.url)
        while response.is_redirect:
            url = urljoin(url, response.headers["location"])
            if url.startswith(stop_at) or urlsplit(url).netloc != urlsplit(self.issuer).netloc:
                return url
            response = browser.get(url)
        if response.status_code != 200 or "/interaction/" not in url:
            raise ProviderRefused(f"{response.status_code} at {url}: {response.text[:500]}")
        return url


class ProviderRefused(Exception):
    """The provider's own page said no (a wrong password, a bad request)."""


def forge(token: str, key: jwk.JWK, **changes) -> str:
    """``token`` (a JWS) with its claims changed, signed again with ``key`` — the provider's
    own key (a forged claim under a valid signature) or another (a forged signature). A change
    to None removes the claim."""
    header, claims = json.loads(_part(token, 0)), json.loads(_part(token, 1))
    for name, value in changes.items():
        if value is None:
            claims.pop(name, None)
        else:
            claims[name] = value
    kid = json.loads(key.export_public()).get("kid")
    forged = jwt.JWT(header={"alg": header["alg"], "kid": kid}, claims=claims)
    forged.make_signed_token(key)
    return forged.serialize()


def _part(token: str, index: int) -> str:
    part = token.split(".")[index]
    return urlsafe_b64decode(part + "=" * (-len(part) % 4)).decode()
