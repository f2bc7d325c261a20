"""1EdTech's own JSON Schema for an Open Badges 3.0 AchievementCredential (bundled from the
published specification, tests/certificates/schemas/) accepts the credential as the VC-JWT
carries it and as the Data Integrity file has it — and refuses one that lost its subject, so
the check is real."""

import json
from pathlib import Path

import pytest
from jsonschema import Draft201909Validator

from certificates import data_integrity

SCHEMA = json.loads(
    (Path(__file__).with_name("schemas") / "ob_v3p0_achievementcredential.json").read_text()
)
VALIDATOR = Draft201909Validator(SCHEMA, format_checker=Draft201909Validator.FORMAT_CHECKER)


@pytest.fixture(autouse=True)
def own_keys(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEYS_FILE = str(tmp_path / "keys.json")


def errors(credential) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in VALIDATOR.iter_errors(credential)
    ]


def test_our_credential_in_both_forms_is_a_valid_achievement_credential(certificate):
    Draft201909Validator.check_schema(SCHEMA)
    jwt_payload = data_integrity.unsigned_credential(certificate)
    secured = data_integrity.certificate_credential(certificate)
    # The fixture's certificate has what is optional: a score, an identifier, an expiry.
    assert "result" in jwt_payload["credentialSubject"] and "validUntil" in jwt_payload
    assert errors(jwt_payload) == []
    assert errors(secured) == []


def test_the_schema_refuses_a_credential_without_its_subject(certificate):
    broken = data_integrity.unsigned_credential(certificate)
    del broken["credentialSubject"]
    assert any("credentialSubject" in error for error in errors(broken))
