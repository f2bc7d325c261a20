"""A certifying body whose software speaks linked data, not JOSE, gets the same Open Badges
credential the VC-JWT carries with a Data Integrity proof (eddsa-rdfc-2022): from the holder's
*My certificates*, from the public verification page and in the API record. Our API checks it
like a JWT (the proof and its did:web key, the dates, revocation) and refuses what it cannot
check with a 400; Digital Bazaar's verifier from the npm registry — an implementation that
shares nothing with ours — accepts what we issue, reads the revocation bit from the status list
credential's own Data Integrity form, and refuses a tampered copy. Everything runs offline:
the JSON-LD contexts are bundled and an unknown one is an error, never a fetch."""

import copy
import json
import subprocess
from datetime import timedelta
from pathlib import Path

from django.urls import reverse
from django.utils import timezone

import pytest

from certificates import credentials, data_integrity, did, services, signing
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
VERIFY = "/api/v1/verify"


@pytest.fixture(autouse=True)
def own_keys(settings, tmp_path):
    """A key file of this test's own, made when the first certificate is signed."""
    settings.CERTIFICATE_SIGNING_KEYS_FILE = str(tmp_path / "keys.json")


def download(client, certificate) -> dict:
    response = client.get(reverse("certificates:data-integrity", args=[certificate.code]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc"
    assert "attachment" in response["Content-Disposition"]
    return json.loads(response.content)


def check(client, body, content_type="application/json"):
    return client.post(VERIFY, json.dumps(body), content_type=content_type)


def test_the_holder_downloads_the_jwt_credential_with_a_data_integrity_proof(
    learner_client, certificate
):
    secured = download(learner_client, certificate)
    (proof,) = secured.pop("proof")  # a list of one, as OB 3.0's schema wants
    claims, kid = signing.verify(certificate.credential)
    # The same OpenBadgeCredential the VC-JWT carries, without the JWT's registered claims.
    assert secured == {k: v for k, v in claims.items() if k not in data_integrity.JWT_CLAIMS}
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["proofPurpose"] == "assertionMethod"
    assert proof["verificationMethod"] == did.key_url(kid)
    assert proof["proofValue"].startswith("z")  # multibase base58btc
    assert len(data_integrity.base58_decode(proof["proofValue"][1:])) == 64


def test_my_certificates_and_the_verify_page_offer_the_file(client, learner_client, certificate):
    dashboard = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert reverse("certificates:data-integrity", args=[certificate.code]) in dashboard
    page = client.get(reverse("certificates:verify-code", args=[certificate.code]))
    public_url = reverse("certificates:verify-data-integrity", args=[certificate.code])
    assert public_url in page.content.decode()
    secured = json.loads(client.get(public_url).content)
    assert secured["id"] == credentials.credential_id(certificate)
    assert check(client, secured).json()["verified"] is True


def test_the_api_verifies_the_proof_the_dates_and_the_status(client, learner_client, certificate):
    secured = download(learner_client, certificate)
    for body, content_type in [
        (secured, "application/vc"),  # the file as it is
        (secured, "application/json"),
        ({"credential": secured}, "application/json"),
    ]:
        report = check(client, body, content_type).json()
        assert report["verified"] is True, report
        assert report["checks"]["signature"].startswith("valid (key ")
        assert report["checks"] == report["checks"] | {
            "dates": "valid",
            "status": "valid (not revoked)",
        }
        assert report["code"] == certificate.code

    services.certificate_revoke(certificate, UserFactory(), "Issued on a falsified identity")
    report = check(client, secured).json()
    assert report["verified"] is False
    assert report["checks"]["status"] == "failed: revoked"
    assert report["revocation_reason"] == "Issued on a falsified identity"


def test_an_expired_credential_fails_its_dates_like_a_jwt(client, certificate):
    credential = data_integrity.unsigned_credential(certificate)
    credential["validUntil"] = credentials._iso(timezone.now() - timedelta(days=1))
    report = check(client, data_integrity.add_proof(credential)).json()
    assert report["checks"]["signature"].startswith("valid")
    assert report["checks"]["dates"] == "failed: expired"
    assert report["verified"] is False


def test_a_tampered_copy_or_another_key_is_not_verified(client, learner_client, certificate):
    secured = download(learner_client, certificate)
    tampered = copy.deepcopy(secured)
    tampered["credentialSubject"]["name"] = "Mallory"
    report = check(client, tampered).json()
    assert report["verified"] is False
    assert report["checks"]["signature"] == "failed: signature does not match"

    stranger = copy.deepcopy(secured)
    stranger["proof"][0]["verificationMethod"] = "did:web:elsewhere.example#key-1"
    report = check(client, stranger).json()
    assert report["checks"]["signature"] == "failed: unknown key"


def _with(secured, path, value):
    changed = copy.deepcopy(secured)
    target = changed
    for key in path[:-1]:
        target = target[key]
    if value is None:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return changed


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("proof", 0, "cryptosuite"), "ecdsa-rdfc-2019", "unsupported proof"),
        (("proof", 0, "proofPurpose"), "authentication", "unsupported proof purpose"),
        (("proof", 0, "proofValue"), "uNotBase58", "not multibase base58btc"),
        (("proof", 0, "proofValue"), "z0OIl", "not base58btc"),
        (("proof", 0, "proofValue"), "z3mJr7AoUXx2Wqd", "not an Ed25519 signature"),
        (("proof", 0, "created"), "yesterday", "not a date and time"),
        (("@context",), [credentials.VC_CONTEXT, "https://evil.example/ctx"], "unknown JSON-LD"),
        (("credentialSubject", "@context"), "https://evil.example/ctx", "unknown JSON-LD"),
        (("credentialSubject", "nickname"), "Åsa", "properties no context defines"),
        (("proof",), None, "no proof"),
    ],
)
def test_what_cannot_be_checked_is_a_400_that_says_why(
    client, learner_client, certificate, path, value, message
):
    response = check(client, _with(download(learner_client, certificate), path, value))
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_the_status_list_comes_with_a_data_integrity_proof_on_request(client, certificate):
    url = reverse("certificates_api:status-list", args=[certificate.status_list])
    default = client.get(url)
    assert default["Content-Type"] == "application/vc+jwt"  # unchanged without Accept
    assert client.get(url, HTTP_ACCEPT="*/*")["Content-Type"] == "application/vc+jwt"
    for response in (
        client.get(url, HTTP_ACCEPT="application/vc"),
        client.get(url + "?format=ldp"),
    ):
        assert response.status_code == 200
        assert response["Content-Type"] == "application/vc"
        assert "Accept" in response["Vary"]
        document, _kid = data_integrity.verify_proof(json.loads(response.content))
        assert document["credentialSubject"]["type"] == "BitstringStatusList"
        assert document["issuer"]["id"] == credentials.issuer_id()


def test_the_api_record_carries_it_and_null_once_erased(client, certificate):
    url = reverse("certificates_api:certificate", args=[certificate.code])
    record = client.get(url).json()
    document, _kid = data_integrity.verify_proof(record["credential_ldp"])
    assert document["id"] == credentials.credential_id(certificate)
    services.certificates_erase_holder(certificate.holder)
    assert client.get(url).json()["credential_ldp"] is None


def test_no_context_is_ever_fetched():
    with pytest.raises(data_integrity.UnknownContext):
        data_integrity.load_context("https://www.w3.org/2018/credentials/v1")


def test_base58_round_trips_leading_zeros():
    for data in (b"", b"\0\0\x01", bytes(range(64))):
        assert data_integrity.base58_decode(data_integrity.base58_encode(data)) == data
    assert data_integrity.base58_encode(b"hello world") == "StV1DL6CwTryKyV"


def digital_bazaar_verifies(documents, status_lists, did_document) -> list[dict]:
    """Digital Bazaar's verifier (scripts/di_verify.mjs), offline, on several documents at
    once: the bundled contexts and our DID document and status lists are all it can load."""
    contexts = {
        url: json.loads((data_integrity.CONTEXTS_DIR / name).read_text())
        for url, name in data_integrity.BUNDLED_CONTEXTS.items()
    }
    data = {
        "contexts": contexts,
        "dids": {did_document["id"]: did_document},
        "statusLists": status_lists,
        "documents": documents,
    }
    result = subprocess.run(
        ["node", str(ROOT / "scripts" / "di_verify.mjs")],
        input=json.dumps(data),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    return json.loads(result.stdout)


def test_an_independent_verifier_from_npm_accepts_what_we_issue(
    client, learner_client, assessed_course, certificate
):
    other = UserFactory()
    from tests.certificates.conftest import complete

    revoked = complete(other, assessed_course)
    services.certificate_revoke(revoked, UserFactory(), "Issued in error")
    secured = download(learner_client, certificate)
    revoked_secured = data_integrity.certificate_credential(revoked)
    tampered = _with(secured, ("credentialSubject", "name"), "Mallory")
    lists = {}
    for number in {certificate.status_list, revoked.status_list}:
        url = reverse("certificates_api:status-list", args=[number])
        lists[credentials.status_list_url(number)] = json.loads(
            client.get(url + "?format=ldp").content
        )
    did_document = client.get("/.well-known/did.json").json()
    # A credential as issued before the issuer was its DID: issuer.id the profile URL.
    before = data_integrity.unsigned_credential(certificate)
    before["issuer"]["id"] = credentials.issuer_profile_url()
    before = data_integrity.add_proof(before)

    valid, revoked_result, status_list, forged, old = digital_bazaar_verifies(
        [secured, revoked_secured, next(iter(lists.values())), tampered, before],
        lists,
        did_document,
    )

    # With the library's default checks (scripts/di_verify.mjs relaxes none): the key's
    # controller is the issuer, the status list is verified and has the credential's issuer.
    assert secured["issuer"]["id"] == did_document["id"] == did.issuer_did()
    assert valid == {"verified": True, "revoked": False, "errors": []}
    assert revoked_result["verified"] is True and revoked_result["revoked"] is True
    assert status_list["verified"] is True, status_list
    assert forged["verified"] is False
    assert any("Invalid signature" in error for error in forged["errors"]), forged
    # Why our API (not those defaults) is where credentials issued before are checked
    # (tests/certificates/test_issuer_did.py): the defaults want the controller's own id.
    assert old["verified"] is False
    assert any("must match the verification method controller" in e for e in old["errors"]), old


def test_a_document_nested_too_deeply_is_a_400_not_a_crash(client, learner_client, certificate):
    secured = download(learner_client, certificate)
    head = json.dumps({key: value for key, value in secured.items() if key != "credentialSubject"})
    for depth in (900, 100_000):  # deeper than pyld recurses; deeper than json reads
        subject = '{"credentialSubject": ' * depth + "{}" + "}" * depth
        response = client.post(
            VERIFY,
            head[:-1] + ', "credentialSubject": ' + subject + "}",
            content_type="application/json",
        )
        assert response.status_code == 400, response.content[:200]
        assert response.json()["error"]
    deep_jwt = '{"credential": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert client.post(VERIFY, deep_jwt, content_type="application/json").status_code == 400
