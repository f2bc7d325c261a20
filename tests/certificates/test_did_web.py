"""A certifying body's software finds the key of a credential from the credential alone: the
JWS header's kid is a did:web DID URL, which resolves — by the did:web method's own rules — to
the issuer's DID document at /.well-known/did.json, whose key verifies the credential with a
standard JOSE library. Every key the issuer ever signed with stays there, and credentials signed
before the keys had a DID URL (a bare kid) keep verifying."""

import base64
import io
import json
from urllib.parse import unquote, urlsplit

from django.core.management import call_command
from django.urls import reverse

import pytest
from jwcrypto import jwk, jws, jwt

from certificates import credentials, services, signing

SITE = "https://academy.example.org:8443"
DID = "did:web:academy.example.org%3A8443"


@pytest.fixture(autouse=True)
def site_and_keys(settings, tmp_path):
    """A site on a port (whose colon did:web percent-encodes) and a key file of its own."""
    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.CERTIFICATE_SIGNING_KEYS_FILE = str(tmp_path / "keys.json")


def header_of(token: str) -> dict:
    part = token.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def did_json_url(did: str) -> str:
    """Where a DID document is, by the did:web method spec's "Read (Resolve)" steps: colons to
    slashes, the port's colon percent-decoded, https:// before, /.well-known/did.json after."""
    assert did.startswith("did:web:")
    host_and_path = "/".join(unquote(part) for part in did.removeprefix("did:web:").split(":"))
    if "/" not in host_and_path:
        host_and_path += "/.well-known"
    return f"https://{host_and_path}/did.json"


def resolve(client, kid: str) -> tuple[dict, dict]:
    """(DID document, verification method) for a DID URL, read over HTTP as a verifier would."""
    did, _, _fragment = kid.partition("#")
    url = did_json_url(did)
    assert url.startswith(SITE + "/"), url  # the site's own address, nobody else's
    response = client.get(urlsplit(url).path)
    assert response.status_code == 200
    document = response.json()
    assert document["id"] == did
    method = next(m for m in document["verificationMethod"] if m["id"] == kid)
    return document, method


def verify_with_jose(token: str, public_jwk: dict) -> dict:
    """The claims, if a plain JOSE library accepts the token's signature under that key."""
    checked = jwt.JWT(jwt=token, key=jwk.JWK(**public_jwk), algs=["EdDSA"])
    return json.loads(checked.claims)


def check(client, token: str) -> dict:
    return client.post(
        reverse("certificates_api:verify"), {"credential": token}, content_type="application/json"
    ).json()


def retire_current_key():
    """What docs/operations.md says to do with an old key: drop its private half, keep it."""
    path = signing.keys_path()
    data = json.loads(path.read_text())
    for entry in data["keys"]:
        if entry["kid"] == data["current"]:
            del entry["d"]
    signing.write_keyfile(path, data)


def test_a_credentials_kid_resolves_to_a_key_that_verifies_it(client, learner, assessed_course):
    certificate = services.certificate_issue(learner, assessed_course)
    kid = header_of(certificate.credential)["kid"]
    assert kid == f"{DID}#{certificate.signing_kid}"

    document, method = resolve(client, kid)

    assert method["type"] == "JsonWebKey"
    assert method["controller"] == document["id"] == DID
    assert kid in document["assertionMethod"]
    assert "d" not in method["publicKeyJwk"]  # never the private half
    claims = verify_with_jose(certificate.credential, method["publicKeyJwk"])
    assert claims["credentialSubject"]["name"] == certificate.holder_name
    # The key's controller is the credential's issuer; its profile URL is another name of it.
    assert claims["iss"] == claims["issuer"]["id"] == method["controller"] == DID
    assert document["alsoKnownAs"] == [credentials.issuer_profile_url()]


def test_every_key_stays_in_the_did_document_after_rotation_and_retirement(
    client, learner, assessed_course
):
    first = services.certificate_issue(learner, assessed_course)
    retire_current_key()
    call_command("signing_keys", "rotate", stdout=io.StringIO())
    second = services.certificate_issue(learner, assessed_course)
    assert first.signing_kid != second.signing_kid

    document = client.get("/.well-known/did.json").json()

    listed = [method["id"] for method in document["verificationMethod"]]
    assert listed == [f"{DID}#{first.signing_kid}", f"{DID}#{second.signing_kid}"]
    assert document["assertionMethod"] == listed
    assert document["@context"][0] == "https://www.w3.org/ns/did/v1"
    for certificate in (first, second):  # the retired key still verifies what it signed
        _, method = resolve(client, header_of(certificate.credential)["kid"])
        verify_with_jose(certificate.credential, method["publicKeyJwk"])
        assert check(client, certificate.credential)["checks"]["signature"].startswith("valid")


def resign(token: str, header: dict) -> str:
    """The same claims signed with the current key under another JWS header."""
    payload = token.split(".")[1]
    claims = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    signed = jws.JWS(claims)
    signed.add_signature(signing.keyset().signing_key, alg="EdDSA", protected=json.dumps(header))
    return signed.serialize(compact=True)


def test_a_credential_signed_before_keys_had_a_did_url_still_verifies(
    client, learner, assessed_course
):
    certificate = services.certificate_issue(learner, assessed_course)
    # What the issuer signed until now: the same header with the key's bare name as kid.
    old = resign(
        certificate.credential, {"alg": "EdDSA", "kid": certificate.signing_kid, "typ": "vc+jwt"}
    )

    report = check(client, old)
    assert report["verified"] is True
    assert report["checks"]["signature"] == f"valid (key {certificate.signing_kid})"
    # And a JOSE library still finds its key in the JWKS by that bare kid, as before.
    keys = jwk.JWKSet.from_json(client.get("/.well-known/jwks.json").content)
    token = jwt.JWT(jwt=old, key=keys, algs=["EdDSA"])
    assert json.loads(token.claims)["id"] == credentials.credential_id(certificate)


def test_a_did_url_of_another_did_names_none_of_our_keys(client, learner, assessed_course):
    certificate = services.certificate_issue(learner, assessed_course)
    elsewhere = f"did:web:issuer.example.net#{certificate.signing_kid}"
    forged = resign(certificate.credential, {"alg": "EdDSA", "kid": elsewhere, "typ": "vc+jwt"})

    report = check(client, forged)

    assert report["verified"] is False
    assert report["checks"]["signature"] == "failed: unknown key id"


def test_a_spoofed_host_header_does_not_change_the_did(client, settings, db):
    # Even behind a proxy that passes any Host on and a setting that trusts X-Forwarded-Host.
    settings.ALLOWED_HOSTS = ["*"]
    settings.USE_X_FORWARDED_HOST = True
    genuine = client.get("/.well-known/did.json").json()

    spoofed = client.get(
        "/.well-known/did.json",
        HTTP_HOST="attacker.example",
        HTTP_X_FORWARDED_HOST="attacker.example:9000",
    ).json()

    assert spoofed == genuine
    assert spoofed["id"] == DID
    assert "attacker" not in json.dumps(spoofed)


@pytest.mark.parametrize(
    ("site", "did"),
    [
        ("https://academy.example.org", "did:web:academy.example.org"),
        ("https://Academy.Example.org/", "did:web:academy.example.org"),
        ("https://academy.example.org:8443", "did:web:academy.example.org%3A8443"),
    ],
)
def test_the_did_is_the_sites_host_with_a_ports_colon_encoded(client, settings, db, site, did):
    settings.WAGTAILADMIN_BASE_URL = site
    document = client.get("/.well-known/did.json").json()
    assert document["id"] == did
    assert did_json_url(did) == site.rstrip("/").lower() + "/.well-known/did.json"


def test_the_deployment_check_warns_when_verifiers_could_not_resolve_the_did(settings):
    from certificates.checks import issuer_did_resolvable

    settings.WAGTAILADMIN_BASE_URL = "https://academy.example.org"
    assert issuer_did_resolvable(None) == []
    for address in ("http://academy.example.org", "https://10.0.0.7", "https://x.example/lms"):
        settings.WAGTAILADMIN_BASE_URL = address
        assert [w.id for w in issuer_did_resolvable(None)] == ["certificates.W001"], address
