"""A verifier that follows its library's defaults finds the key's controller named as the issuer:
new credentials and status lists name the issuer by its did:web DID (``issuer.id``, the JWT's
``iss``), the DID that controls every key in /.well-known/did.json, whose ``alsoKnownAs`` points
back at the issuer's Open Badges profile. Credentials issued before, under the profile URL, keep
verifying everywhere the platform checks them: the API (JWT and Data Integrity) and the public
verification page. Any other issuer id is someone else's."""

import json

from django.urls import reverse

import pytest

from certificates import credentials, data_integrity, did, signing
from frontline.site import base_url

VERIFY = "/api/v1/verify"
DID = "did:web:academy.example.org"


@pytest.fixture(autouse=True)
def site_and_keys(settings, tmp_path):
    settings.WAGTAILADMIN_BASE_URL = "https://academy.example.org"
    settings.CERTIFICATE_SIGNING_KEYS_FILE = str(tmp_path / "keys.json")


def claims_of(token: str) -> dict:
    claims, _kid = signing.verify(token)
    return claims


def issued_under(certificate, issuer_id: str) -> str:
    """The certificate's VC-JWT as the platform would have signed it naming ``issuer_id``."""
    claims = claims_of(certificate.credential)
    claims["iss"] = issuer_id
    claims["issuer"] = {**claims["issuer"], "id": issuer_id}
    token, _kid = signing.sign(claims)
    return token


def check(client, body) -> dict:
    payload = {"credential": body}
    response = client.post(VERIFY, json.dumps(payload), content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()


def test_new_credentials_and_status_lists_name_the_issuer_by_its_did(client, certificate):
    claims = claims_of(certificate.credential)
    assert claims["iss"] == claims["issuer"]["id"] == did.issuer_did() == DID
    # The rest of the profile stays: who, and the human page.
    assert claims["issuer"]["name"] == credentials.issuer_profile()["name"]
    assert claims["issuer"]["url"] == base_url() + "/"
    assert claims["issuer"]["type"] == ["Profile"]

    url = reverse("certificates_api:status-list", args=[certificate.status_list])
    status_list = claims_of(client.get(url).content.decode())
    assert status_list["iss"] == status_list["issuer"]["id"] == did.issuer_did()
    secured_list = json.loads(client.get(url + "?format=ldp").content)
    linked_data, _kid = data_integrity.verify_proof(secured_list)
    assert linked_data["issuer"]["id"] == did.issuer_did()
    assert check(client, certificate.credential)["verified"] is True


def test_the_issuer_profile_is_the_did_and_the_did_document_points_back_to_it(client, db):
    profile = client.get(reverse("certificates_api:issuer")).json()
    document = client.get("/.well-known/did.json").json()

    assert profile["id"] == document["id"] == did.issuer_did()
    assert profile["type"] == ["Profile"]
    assert profile["url"] == base_url() + "/"
    assert document["alsoKnownAs"] == [credentials.issuer_profile_url()]
    assert credentials.issuer_profile_url() == base_url() + reverse("certificates_api:issuer")
    assert {method["controller"] for method in document["verificationMethod"]} <= {profile["id"]}


def test_a_credential_issued_under_the_profile_url_keeps_verifying(client, certificate):
    old = issued_under(certificate, credentials.issuer_profile_url())
    certificate.credential = old
    certificate.save(update_fields=["credential"])

    # The VC-JWT, as the holder downloaded it then.
    report = check(client, old)
    assert report["verified"] is True, report
    assert report["credential"]["issuer"]["id"] == credentials.issuer_profile_url()

    # The public verification page, and its Data Integrity file: the same old credential.
    page = client.get(reverse("certificates:verify-code", args=[certificate.code]))
    assert page.status_code == 200
    secured = json.loads(
        client.get(reverse("certificates:verify-data-integrity", args=[certificate.code])).content
    )
    assert secured["issuer"]["id"] == credentials.issuer_profile_url()
    report = check(client, secured)
    assert report["verified"] is True, report
    assert report["checks"]["signature"].endswith(data_integrity.CRYPTOSUITE + ")")

    # The API record's Data Integrity form too.
    record = client.get(reverse("certificates_api:certificate", args=[certificate.code])).json()
    assert check(client, record["credential_ldp"])["verified"] is True


def test_any_other_issuer_id_is_someone_elses(client, certificate):
    elsewhere = issued_under(certificate, "did:web:elsewhere.example")
    report = check(client, elsewhere)
    assert report["verified"] is False
    assert report["checks"]["signature"] == "failed: issued by someone else"

    # iss and issuer.id must agree, even when each is one of ours.
    claims = claims_of(certificate.credential)
    claims["iss"] = credentials.issuer_profile_url()
    mixed, _kid = signing.sign(claims)
    assert check(client, mixed)["checks"]["signature"] == "failed: issued by someone else"

    credential = data_integrity.unsigned_credential(certificate)
    credential["issuer"]["id"] = "https://elsewhere.example/issuer"
    report = check(client, data_integrity.add_proof(credential))
    assert report["checks"]["signature"] == "failed: issued by someone else"
