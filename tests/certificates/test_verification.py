"""A certifying body checks a code on the page or through the API and is told the truth:
valid, expired, revoked (with the reason), superseded, or not found — never a bare 404 for a
certificate that exists, never a list."""

from datetime import timedelta

from django.urls import reverse
from django.utils import formats, timezone

import pytest

from certificates import services
from certificates.models import AuditEntry, Certificate
from tests.factories import UserFactory


def page(client, code, **extra):
    return client.get(reverse("certificates:verify-code", args=[code]), **extra)


def api(client, code, **extra):
    return client.get(reverse("certificates_api:certificate", args=[code]), **extra)


def test_a_valid_certificate_shows_everything_a_verifier_needs(client, certificate):
    response = page(client, certificate.code)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Valid certificate" in html
    for fact in (
        "Åsa Öberg-Lindqvist",
        "Identifying victims",
        certificate.course_version,
        formats.date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT"),
        formats.date_format(timezone.localtime(certificate.expires_at), "DATE_FORMAT"),
        "Frontline Academy",
    ):
        assert fact in html


def test_the_api_gives_the_same_facts_and_the_signed_credential(client, certificate):
    data = api(client, certificate.code.lower().replace("-", " ")).json()
    assert data["status"] == "valid"
    assert data["code"] == certificate.code
    assert data["holder_name"] == "Åsa Öberg-Lindqvist"
    assert data["course"]["version"] == certificate.course_version
    assert data["credential"] == certificate.credential
    assert data["verify_url"].endswith(f"/verify/{certificate.code}/")


def test_a_revoked_certificate_says_so_with_date_and_public_reason(client, certificate):
    trainer = UserFactory()
    services.certificate_revoke(certificate, trainer, "Issued on a falsified identity")
    response = page(client, certificate.code)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Revoked certificate" in html and "Issued on a falsified identity" in html
    data = api(client, certificate.code).json()
    assert data["status"] == "revoked"
    assert data["revocation_reason"] == "Issued on a falsified identity"


def test_an_expired_certificate_says_when_even_before_the_nightly_task(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() - timedelta(days=3)
    )
    response = page(client, certificate.code)
    assert response.status_code == 200
    assert "Expired certificate" in response.content.decode()
    assert api(client, certificate.code).json()["status"] == "expired"


def test_a_superseded_certificate_points_to_the_newer_one(client, certificate, assessed_course):
    newer = services.certificate_issue(certificate.holder, assessed_course)
    response = page(client, certificate.code)
    html = response.content.decode()
    assert "Superseded certificate" in html and newer.code in html
    data = api(client, certificate.code).json()
    assert (data["status"], data["superseded_by"]) == ("superseded", newer.code)
    assert api(client, newer.code).json()["status"] == "valid"


def test_an_unknown_code_is_not_found_and_a_typo_is_called_a_typo(client, db):
    from certificates import codes

    unknown = codes.generate()
    response = page(client, unknown)
    assert response.status_code == 404
    assert "No certificate found" in response.content.decode()
    assert api(client, unknown).json()["status"] == "not_found"
    assert api(client, unknown).status_code == 404

    typo = unknown[:-1] + ("0" if unknown[-1] != "0" else "1")
    assert page(client, typo).status_code == 400
    response = api(client, typo)
    assert response.status_code == 400 and response.json()["status"] == "typo"


def test_the_form_sends_a_typed_code_to_its_page(client, certificate):
    typed = certificate.code.replace("-", " ").lower()
    response = client.get(reverse("certificates:verify"), {"code": typed})
    assert response.status_code == 302
    assert response.url == reverse("certificates:verify-code", args=[certificate.code])
    response = client.get(reverse("certificates:verify"), {"code": "not a code"})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()


def test_the_verify_page_never_lists_certificates(client, certificate):
    html = client.get(reverse("certificates:verify")).content.decode()
    assert certificate.code not in html and "Åsa" not in html


def test_swedish_verifiers_read_it_in_swedish(client, certificate):
    response = client.get(f"/sv/verify/{certificate.code}/")
    assert response.status_code == 200
    assert "Giltigt intyg" in response.content.decode()


def test_lookups_are_limited_per_address_on_page_and_api(client, certificate, settings):
    from certificates import codes

    settings.CERTIFICATE_LOOKUP_LIMIT = 5
    for _ in range(5):
        assert api(client, codes.generate()).status_code == 404
    response = api(client, certificate.code)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert page(client, certificate.code).status_code == 429
    # Another address is not affected.
    assert api(client, certificate.code, REMOTE_ADDR="10.0.0.9").status_code == 200


def test_behind_a_proxy_the_forwarded_address_is_limited(client, certificate, settings):
    settings.CERTIFICATE_LOOKUP_LIMIT = 2
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(2):
        api(client, certificate.code, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert api(client, certificate.code, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429
    # A client cannot escape by prepending a forged hop: the proxy's own hop is the one read.
    forged = api(client, certificate.code, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7")
    assert forged.status_code == 429
    assert api(client, certificate.code, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 200


def test_certifying_body_staff_are_not_limited(client, certificate, settings):
    from django.contrib.auth.models import Group

    from accounts import roles

    settings.CERTIFICATE_LOOKUP_LIMIT = 1
    officer = UserFactory()
    officer.groups.add(Group.objects.get(name=roles.CERTIFYING_BODIES))
    client.force_login(officer)
    for _ in range(3):
        assert api(client, certificate.code).status_code == 200


def test_every_lookup_is_audited_without_storing_addresses(client, certificate):
    page(client, certificate.code)
    api(client, "FA-NOT-A-CODE")
    entries = list(AuditEntry.objects.filter(action="lookup").order_by("pk"))
    assert [(e.channel, e.outcome) for e in entries] == [("page", "valid"), ("api", "malformed")]
    assert entries[0].certificate == certificate
    assert entries[1].code_entered == "FA-NOT-A-CODE"
    assert entries[0].client and "127.0.0.1" not in entries[0].client


def test_a_nul_in_a_code_is_refused_and_still_audited_without_it(client, db):
    # PostgreSQL refuses NUL in text: storing it as typed made the lookup a 500, unaudited.
    response = page(client, "FA-\x00")
    assert response.status_code == 400
    assert "That is not a certificate code" in response.content.decode()
    response = api(client, "\x00")
    assert response.status_code == 400 and response.json()["status"] == "malformed"
    entries = AuditEntry.objects.filter(action="lookup").order_by("pk")
    assert [(e.channel, e.outcome, e.code_entered) for e in entries] == [
        ("page", "malformed", "FA-\ufffd"),
        ("api", "malformed", "\ufffd"),
    ]


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_lookup_endpoints_accept_only_get(client, certificate, method):
    response = getattr(client, method)(
        reverse("certificates_api:certificate", args=[certificate.code])
    )
    assert response.status_code == 405


def test_the_openapi_schema_is_valid_and_describes_every_endpoint(client, db):
    from openapi_spec_validator import validate

    schema = client.get(reverse("certificates_api:openapi")).json()
    validate(schema)
    assert set(schema["paths"]) == {
        "/api/v1/certificates/{code}",
        "/api/v1/verify",
        "/api/v1/status-lists/{list_number}",
        "/api/v1/issuer",
        "/.well-known/jwks.json",
        "/.well-known/did.json",
    }
