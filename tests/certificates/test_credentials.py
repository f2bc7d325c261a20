"""The signed credential: an Open Badges 3.0 ``OpenBadgeCredential`` as a VC-JWT that any JOSE
library verifies with the published keys, a revocation list it points to, and keys that rotate
without breaking old certificates."""

import base64
import json

from django.urls import reverse

import pytest

from certificates import credentials, did, services, signing
from tests.factories import UserFactory


def b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def parts(token):
    header, payload, signature = token.split(".")
    return json.loads(b64decode(header)), json.loads(b64decode(payload)), signature


def check(client, token, **extra):
    return client.post(
        reverse("certificates_api:verify"),
        data=json.dumps({"credential": token}),
        content_type="application/json",
        **extra,
    )


@pytest.fixture(autouse=True)
def own_keyfile(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEYS_FILE = str(tmp_path / "keys.json")


def test_the_credential_is_an_open_badge_with_mirrored_jwt_claims(certificate):
    header, claims, _ = parts(certificate.credential)
    # The kid is the key's DID URL, which a verifier resolves (test_did_web.py).
    kid = f"{did.issuer_did()}#{certificate.signing_kid}"
    assert header == {"alg": "EdDSA", "kid": kid, "typ": "vc+jwt"}
    assert claims["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert "ob/v3p0" in claims["@context"][1]
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["iss"] == claims["issuer"]["id"]
    assert claims["jti"] == claims["id"]
    assert claims["sub"] == claims["credentialSubject"]["id"]
    assert claims["nbf"] == int(certificate.issued_at.timestamp())
    assert claims["exp"] == int(certificate.expires_at.timestamp())
    assert claims["validFrom"].endswith("Z") and claims["validUntil"].endswith("Z")
    subject = claims["credentialSubject"]
    assert subject["name"] == "Åsa Öberg-Lindqvist"
    achievement = subject["achievement"]
    assert achievement["name"] == "Identifying victims"
    assert achievement["criteria"]["narrative"]
    assert achievement["version"] == certificate.course_version
    status = claims["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert int(status["statusListIndex"]) == certificate.status_list_index


def test_any_jose_library_verifies_it_with_the_published_jwks(client, certificate):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from jwcrypto import jwk, jwt

    published = client.get("/.well-known/jwks.json").json()
    assert all("d" not in key for key in published["keys"])  # never the private half
    keyset = jwk.JWKSet.from_json(json.dumps(published))
    token = jwt.JWT(jwt=certificate.credential, key=keyset, algs=["EdDSA"])
    assert json.loads(token.claims)["credentialSubject"]["name"] == "Åsa Öberg-Lindqvist"
    # And with nothing but the raw Ed25519 primitive, from the JWKS's "x".
    header, _claims, signature = parts(certificate.credential)
    key = next(k for k in published["keys"] if k["kid"] == header["kid"])
    public = Ed25519PublicKey.from_public_bytes(b64decode(key["x"]))
    signed = certificate.credential.rsplit(".", 1)[0].encode()
    public.verify(b64decode(signature), signed)  # raises if it does not hold


def test_the_verify_api_accepts_a_genuine_credential(client, certificate):
    report = check(client, certificate.credential).json()
    assert report["verified"] is True
    assert report["checks"]["signature"].startswith("valid")
    assert report["checks"]["dates"] == "valid"
    assert report["checks"]["status"] == "valid (not revoked)"
    assert report["code"] == certificate.code


def test_a_revoked_credential_fails_its_status_check(client, certificate):
    services.certificate_revoke(certificate, UserFactory(), "Holder did not sit the exam")
    report = check(client, certificate.credential).json()
    assert report["verified"] is False
    assert report["checks"]["signature"].startswith("valid")
    assert report["checks"]["status"] == "failed: revoked"
    assert report["revocation_reason"] == "Holder did not sit the exam"


def _resign(token, claims, key):
    from jwcrypto import jws

    header, _, _ = parts(token)
    forged = jws.JWS(json.dumps(claims).encode())
    forged.add_signature(key, alg="EdDSA", protected=json.dumps(header))
    return forged.serialize(compact=True)


def test_tampered_credentials_are_rejected(client, certificate):
    from jwcrypto import jwk

    header_part, payload_part, signature = certificate.credential.split(".")
    _, claims, _ = parts(certificate.credential)

    # 1. A changed payload under the original signature.
    changed = dict(claims, credentialSubject=dict(claims["credentialSubject"], name="Mallory"))
    payload = base64.urlsafe_b64encode(json.dumps(changed).encode()).decode().rstrip("=")
    report = check(client, f"{header_part}.{payload}.{signature}").json()
    assert report["verified"] is False
    assert report["checks"]["signature"] == "failed: signature does not match"

    # 2. Signed by another key that claims our kid.
    impostor = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    report = check(client, _resign(certificate.credential, changed, impostor)).json()
    assert report["checks"]["signature"] == "failed: signature does not match"

    # 3. An unknown kid.
    header = {"alg": "EdDSA", "kid": "someone-elses-key", "typ": "vc+jwt"}
    unknown = base64.urlsafe_b64encode(json.dumps(header).encode()).decode().rstrip("=")
    report = check(client, f"{unknown}.{payload_part}.{signature}").json()
    assert report["checks"]["signature"] == "failed: unknown key id"

    # 4. Not a JWS at all, and no credential.
    assert check(client, "hello").json()["checks"]["signature"] == "failed: not a compact JWS"
    response = client.post(
        reverse("certificates_api:verify"), data="{}", content_type="application/json"
    )
    assert response.status_code == 400 and "credential" in response.json()["error"]
    response = client.post(
        reverse("certificates_api:verify"), data="not json", content_type="application/json"
    )
    assert response.status_code == 400


def test_a_credential_past_its_validity_fails_the_date_check(client, certificate):
    _, claims, _ = parts(certificate.credential)
    keys = signing.keyset()
    expired = dict(claims, nbf=claims["nbf"] - 3600, exp=claims["nbf"] - 60)
    report = check(client, _resign(certificate.credential, expired, keys.signing_key)).json()
    assert report["verified"] is False
    assert report["checks"]["dates"] == "failed: expired"


def test_keys_rotate_and_old_certificates_keep_verifying(client, learner, assessed_course):
    first = services.certificate_issue(learner, assessed_course)
    new_kid = signing.rotate()
    second = services.certificate_issue(learner, assessed_course)
    assert first.signing_kid != second.signing_kid == new_kid
    kids = {key["kid"] for key in client.get("/.well-known/jwks.json").json()["keys"]}
    assert {first.signing_kid, second.signing_kid} <= kids
    assert check(client, first.credential).json()["checks"]["signature"].startswith("valid")
    assert check(client, second.credential).json()["verified"] is True


def test_the_status_list_carries_the_revocation_bit(client, certificate):
    def revoked_bit():
        token = client.get(reverse("certificates_api:status-list", args=[certificate.status_list]))
        assert token["Content-Type"] == "application/vc+jwt"
        claims, kid = signing.verify(token.content.decode())
        subject = claims["credentialSubject"]
        assert subject["type"] == "BitstringStatusList"
        assert claims["issuer"]["id"] == parts(certificate.credential)[1]["issuer"]["id"]
        bits = credentials.decode_bits(subject["encodedList"])
        assert len(bits) * 8 == credentials.STATUS_LIST_SIZE
        return credentials.bit_is_set(bits, certificate.status_list_index)

    assert revoked_bit() is False
    services.certificate_revoke(certificate, UserFactory(), "Withdrawn")
    assert revoked_bit() is True


def test_bit_zero_is_the_most_significant_bit_of_the_first_byte():
    bits = credentials.decode_bits(credentials.encode_bits([0, 9]))
    assert bits[0] == 0b1000_0000 and bits[1] == 0b0100_0000


def test_production_refuses_to_invent_keys(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEYS_AUTOCREATE = False
    settings.CERTIFICATE_SIGNING_KEYS_FILE = str(tmp_path / "missing.json")
    with pytest.raises(signing.SigningKeysMissing):
        signing.keyset()
    from certificates.checks import signing_keys_present

    assert [error.id for error in signing_keys_present(None)] == ["certificates.E001"]
