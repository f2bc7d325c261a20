"""A certificate's bit in the revocation list tells nothing about how many certificates exist
or in what order they were issued: bits are drawn at random within a list, one certificate
per bit, a full list opens the next, and certificates issued before keep the bit their signed
credentials name. The list credential is valid exactly as long as it may be cached."""

import importlib
import json
from datetime import datetime

from django.apps import apps as django_apps
from django.urls import reverse

from certificates import credentials, services, signing
from certificates.models import Certificate
from tests.factories import UserFactory


def entry(certificate) -> tuple[int, int]:
    return certificate.status_list, certificate.status_list_index


def test_twenty_certificates_get_unique_bits_in_no_order(client, assessed_course):
    issued = [services.certificate_issue(UserFactory(), assessed_course) for _ in range(20)]
    bits = [c.status_list_index for c in issued]
    assert {c.status_list for c in issued} == {0}
    assert len(set(bits)) == 20
    # Neither the order of issue nor the number issued shows (1/20! and (20/131072)^20 odds).
    assert bits != sorted(bits)
    assert max(bits) >= 20
    # Each credential names its own bit, and the verify API finds the certificate by it.
    last = issued[-1]
    payload, _kid = signing.verify(last.credential)
    assert payload["credentialStatus"]["statusListIndex"] == str(last.status_list_index)
    report = client.post(
        reverse("certificates_api:verify"),
        data=json.dumps({"credential": last.credential}),
        content_type="application/json",
    ).json()
    assert report["verified"] is True and report["code"] == last.code


def test_a_full_list_opens_the_next(monkeypatch, assessed_course):
    monkeypatch.setattr(credentials, "STATUS_LIST_SIZE", 4)
    issued = [services.certificate_issue(UserFactory(), assessed_course) for _ in range(6)]
    first_list = sorted(entry(c) for c in issued if c.status_list == 0)
    assert first_list == [(0, 0), (0, 1), (0, 2), (0, 3)]
    assert sorted(c.status_list for c in issued) == [0, 0, 0, 0, 1, 1]
    # Bits are never reused: revoking or erasing leaves the list full.
    services.certificates_erase_holder(issued[0].holder)
    later = services.certificate_issue(UserFactory(), assessed_course)
    assert later.status_list == 1


def test_a_bit_taken_at_the_same_moment_is_drawn_again(monkeypatch, assessed_course):
    monkeypatch.setattr(credentials, "STATUS_LIST_SIZE", 2)
    first = services.certificate_issue(UserFactory(), assessed_course)
    draws = iter([first.status_list_index, 1 - first.status_list_index])
    monkeypatch.setattr(services.secrets, "randbelow", lambda size: next(draws))
    # Another issue takes the bit between the check and the insert: the check says "free" once.
    real_bit_taken, lied = services._bit_taken, []

    def bit_taken_racing(list_number, bit):
        if not lied:
            lied.append(bit)
            return False
        return real_bit_taken(list_number, bit)

    monkeypatch.setattr(services, "_bit_taken", bit_taken_racing)
    second = services.certificate_issue(UserFactory(), assessed_course)
    assert entry(second) == (0, 1 - first.status_list_index)


def test_certificates_issued_before_keep_their_bits(assessed_course):
    migration = importlib.import_module(
        "certificates.migrations.0005_holder_identifier_and_random_status_bits"
    )
    old = services.certificate_issue(UserFactory(), assessed_course)
    Certificate.objects.filter(pk=old.pk).update(status_list=9, status_list_index=9)
    migration.keep_issued_entries(django_apps, None)
    old.refresh_from_db()
    assert entry(old) == divmod(old.pk, credentials.STATUS_LIST_SIZE)


def test_the_status_list_is_valid_as_long_as_it_may_be_cached(client, db):
    response = client.get(reverse("certificates_api:status-list", args=[0]))
    assert "max-age=300" in response["Cache-Control"]
    claims, _kid = signing.verify(response.content.decode())

    def moment(text):
        return datetime.fromisoformat(text.replace("Z", "+00:00"))

    lifetime = moment(claims["validUntil"]) - moment(claims["validFrom"])
    assert lifetime.total_seconds() == credentials.STATUS_LIST_CACHE_SECONDS == 300
    assert claims["exp"] - claims["nbf"] == 300
    assert claims["credentialSubject"]["ttl"] == 300_000
