"""The credential says whose it is: a salted hash of the holder's e-mail address (an Open Badges
3.0 IdentityObject) that a certifying body who knows the address can match, and the holder's
own DID as the subject when they gave one."""

import base64
import hashlib
import json

from django.urls import reverse

from jsonschema import Draft202012Validator

from certificates import credentials, services

KEY_DID = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"

# The parts of the OB 3.0 data model (1EdTech, "AchievementSubject" and "IdentityObject",
# IdentityHash) that this credential's subject uses, as a JSON Schema: "Either id or at least
# one identifier MUST be supplied"; an IdentityObject has type "IdentityObject", hashed (a
# boolean), identityHash, identityType and, optionally, salt.
IDENTITY_OBJECT = {
    "type": "object",
    "required": ["type", "hashed", "identityHash", "identityType"],
    "properties": {
        "type": {"const": "IdentityObject"},
        "hashed": {"type": "boolean"},
        "identityHash": {"type": "string", "pattern": "^(sha256|md5)\\$[0-9a-fA-F]+$"},
        "identityType": {"type": "string"},
        "salt": {"type": "string"},
    },
}
ACHIEVEMENT_SUBJECT = {
    "type": "object",
    "required": ["type", "achievement"],
    "anyOf": [{"required": ["id"]}, {"required": ["identifier"]}],
    "properties": {
        "id": {"type": "string", "format": "uri"},
        "type": {"type": "array", "contains": {"const": "AchievementSubject"}},
        "identifier": {"type": "array", "items": IDENTITY_OBJECT},
    },
}


def claims_of(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def verified(client, token) -> bool:
    response = client.post(
        reverse("certificates_api:verify"),
        data=json.dumps({"credential": token}),
        content_type="application/json",
    )
    return response.json()["verified"]


def test_the_identity_hash_is_the_one_open_badges_specifies():
    # The example of the OB 3.0 data model (IdentityHash): "a@example.com" salted with "Kosher".
    assert credentials.identity_hash("a@example.com", "Kosher") == (
        "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399"
    )


def test_the_credential_names_the_holder_by_a_salted_hash_of_their_address(
    client, learner, assessed_course
):
    certificate = services.certificate_issue(learner, assessed_course)
    subject = claims_of(certificate.credential)["credentialSubject"]
    salt = certificate.identity_salt
    assert len(salt) == 32  # 128 random bits, kept so the credential can be built again
    digest = hashlib.sha256((learner.email + salt).encode()).hexdigest()
    assert subject["identifier"] == [
        {
            "type": "IdentityObject",
            "identityHash": f"sha256${digest}",
            "identityType": "emailAddress",
            "hashed": True,
            "salt": salt,
        }
    ]
    # The address itself is nowhere in the credential.
    assert learner.email not in json.dumps(claims_of(certificate.credential))
    Draft202012Validator(ACHIEVEMENT_SUBJECT).validate(subject)
    assert verified(client, certificate.credential)
    # Each credential has its own salt: two credentials of one holder cannot be linked by it.
    again = services.certificate_issue(learner, assessed_course)
    assert again.identity_salt != salt and again.identity_hash != certificate.identity_hash


def test_a_verifier_who_knows_the_address_can_match_the_holder(learner, assessed_course):
    certificate = services.certificate_issue(learner, assessed_course)
    claims = claims_of(certificate.credential)
    assert credentials.identifier_matches(claims, learner.email)
    assert credentials.identifier_matches(claims, f"  {learner.email.upper()} ")
    assert not credentials.identifier_matches(claims, "someone.else@example.org")
    assert not credentials.identifier_matches({"credentialSubject": {}}, learner.email)
    claims["credentialSubject"]["identifier"][0]["salt"] = "another salt"
    assert not credentials.identifier_matches(claims, learner.email)


def test_a_holder_with_a_did_is_the_subject_of_credentials_issued_after(
    client, learner, assessed_course
):
    before = services.certificate_issue(learner, assessed_course)
    learner.did = KEY_DID
    learner.save()
    after = services.certificate_issue(learner, assessed_course)
    claims = claims_of(after.credential)
    assert claims["credentialSubject"]["id"] == claims["sub"] == KEY_DID
    assert claims["credentialSubject"]["identifier"][0]["identityType"] == "emailAddress"
    Draft202012Validator(ACHIEVEMENT_SUBJECT).validate(claims["credentialSubject"])
    assert verified(client, after.credential)
    # The earlier credential is left as it was signed.
    earlier = claims_of(before.credential)["credentialSubject"]["id"]
    assert earlier == f"urn:frontline:certificate:{before.code}"
    # What is stored rebuilds the credential exactly, whatever the profile says now.
    learner.did = ""
    learner.save()
    rebuilt = credentials.open_badge(after)
    assert rebuilt == {
        k: v for k, v in claims.items() if k not in ("iss", "jti", "sub", "nbf", "exp")
    }


def test_erasing_the_holder_drops_their_identifiers(learner, assessed_course):
    learner.did = KEY_DID
    learner.save()
    certificate = services.certificate_issue(learner, assessed_course)
    services.certificates_erase_holder(learner)
    certificate.refresh_from_db()
    assert (certificate.holder_did, certificate.identity_hash, certificate.identity_salt) == (
        "",
        "",
        "",
    )
