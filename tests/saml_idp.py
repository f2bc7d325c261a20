"""A minimal SAML 2.0 identity provider, built on pysaml2's ``Server``, run as its own HTTP
process by the agency sign-in tests (``SamlIdp``): the agency whose people sign in by SAML.

    GET /metadata                     its metadata (entity ID, SSO address, signing cert)
    GET /sso?SAMLRequest=…&user=…     answers the AuthnRequest (HTTP-Redirect binding) with
                                      JSON {"action", "SAMLResponse", "RelayState"}: what its
                                      auto-posting form would send to the service provider

``user`` names an account in accounts.json (beside it in its folder, read at each use);
``mode`` makes a bad answer on purpose: unsigned, wrong-key (signed with a key it does not
publish), wrong-audience, expired. Run: python tests/saml_idp.py PORT FOLDER."""

from __future__ import annotations

import datetime
import json
import socket
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

# What the IdP says the person signed in with: a password, or (mode "mfa") the REFEDS MFA
# profile, which the platform counts as a second factor when the provider is trusted.
PASSWORD_CONTEXT = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
MFA_CONTEXT = "https://refeds.org/profile/mfa"


def _key_pair(folder: Path, name: str) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_file, cert_file = folder / f"{name}.key", folder / f"{name}.pem"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return str(key_file), str(cert_file)


def _server(base: str, key_file: str, cert_file: str, lifetime_minutes: int = 15):
    from saml2 import BINDING_HTTP_REDIRECT
    from saml2.config import IdPConfig
    from saml2.mdstore import MetadataStore
    from saml2.server import Server

    config = IdPConfig()
    config.load(
        {
            "entityid": f"{base}/metadata",
            "xmlsec_binary": "/usr/bin/xmlsec1",
            "key_file": key_file,
            "cert_file": cert_file,
            "service": {
                "idp": {
                    "endpoints": {
                        "single_sign_on_service": [(f"{base}/sso", BINDING_HTTP_REDIRECT)]
                    },
                    "name_id_format": ["urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"],
                    "policy": {"default": {"lifetime": {"minutes": lifetime_minutes}}},
                }
            },
        }
    )
    server = Server(config=config)
    # It answers any service provider (the tests' addresses), so it knows none: an empty
    # store, and no SP key to encrypt for (pysaml2 would look the SP up to find one).
    server.metadata = MetadataStore(attrc=config.attribute_converters, config=config)
    server.has_encrypt_cert_in_metadata = lambda sp_entity_id: False
    return server


def serve(port: int, folder: Path) -> None:
    from saml2 import BINDING_HTTP_REDIRECT
    from saml2.metadata import create_metadata_string
    from saml2.saml import NAMEID_FORMAT_PERSISTENT, NameID

    base = f"http://127.0.0.1:{port}"
    key_file, cert_file = _key_pair(folder, "idp")
    other_key, other_cert = _key_pair(folder, "other")
    server = _server(base, key_file, cert_file)
    # Same entity, another key: what it signs does not verify with the published cert.
    impostor = _server(base, other_key, other_cert)
    # Same entity and key, whose assertions expired ten minutes ago.
    stale = _server(base, key_file, cert_file, lifetime_minutes=-10)
    metadata = create_metadata_string(None, config=server.config).decode()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, status, body, content_type="application/json"):
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            url = urlsplit(self.path)
            query = {key: values[0] for key, values in parse_qs(url.query).items()}
            if url.path == "/metadata":
                return self._send(200, metadata, "application/samlmetadata+xml")
            if url.path != "/sso":
                return self._send(404, "{}")
            accounts = json.loads((folder / "accounts.json").read_text())
            account = accounts.get(query.get("user", ""))
            if account is None:
                return self._send(404, json.dumps({"error": "no such user"}))
            request = server.parse_authn_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT)
            message = request.message
            mode = query.get("mode", "")
            issuer = {"wrong-key": impostor, "expired": stale}.get(mode, server)
            sp_entity_id = message.issuer.text
            if mode == "wrong-audience":
                sp_entity_id = "https://elsewhere.example/saml/metadata/"
            signed = mode != "unsigned"
            response = issuer.create_authn_response(
                identity=account["attributes"],
                in_response_to=message.id,
                destination=message.assertion_consumer_service_url,
                sp_entity_id=sp_entity_id,
                name_id=NameID(format=NAMEID_FORMAT_PERSISTENT, text=account["name_id"]),
                authn={"class_ref": MFA_CONTEXT if mode == "mfa" else PASSWORD_CONTEXT},
                sign_assertion=signed,
                sign_response=False,
            )
            import base64

            self._send(
                200,
                json.dumps(
                    {
                        "action": message.assertion_consumer_service_url,
                        "SAMLResponse": base64.b64encode(str(response).encode()).decode(),
                        "RelayState": query.get("RelayState", ""),
                    }
                ),
            )

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


class SamlIdp:
    """Starts the IdP in its own process on a free loopback port; ``accounts_set`` says who
    can sign in (name_id and attributes each)."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="saml-idp-"))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.metadata_url = f"{self.base}/metadata"
        self.process = None

    def start(self):
        self.accounts_set({})
        self.process = subprocess.Popen(
            [sys.executable, __file__, str(self.port), str(self.folder)],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                if httpx.get(self.metadata_url, timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.destroy()
        raise RuntimeError("The SAML IdP did not start.")

    def accounts_set(self, accounts: dict) -> None:
        (self.folder / "accounts.json").write_text(json.dumps(accounts))

    def metadata(self) -> str:
        return httpx.get(self.metadata_url, timeout=5).text

    def answer(self, sso_url: str, user: str, mode: str = "") -> dict:
        """What the IdP posts back for the AuthnRequest in ``sso_url`` (the redirect the
        service provider sent the person to), for ``user``."""
        # Added to the request's own query (httpx's params would replace it).
        url = f"{sso_url}&{urlencode({'user': user, 'mode': mode})}"
        response = httpx.get(url, timeout=10)
        response.raise_for_status()
        return response.json()

    def destroy(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=5)
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":
    serve(int(sys.argv[1]), Path(sys.argv[2]))
