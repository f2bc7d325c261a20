"""Verification at 1,000,000 certificates, next to a bare primary-key lookup; PDF render time.

    make bench                      # SQLite file under var/ (created once, reused)
    DATABASE_URL=postgres://... make bench

Seeds 1,000,000 certificates once (BENCH_CERTIFICATES to change it), then prints median and
p95 server time and query count for: a bare ``Certificate.objects.get(pk=...)``; a lookup by
code; the verification page ``/verify/<code>/``; the API ``/api/v1/certificates/<code>``;
``POST /api/v1/verify`` with a signed credential; the revocation status list; and the time to
render one certificate PDF (WeasyPrint, warm)."""

import os
import random
import statistics
import time
import uuid
from datetime import timedelta

from _django import setup  # benchmarks/ is on sys.path when a script here runs

setup("bench-certificates.sqlite3")

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from certificates import codes, credentials  # noqa: E402
from certificates.models import Certificate  # noqa: E402
from certificates.pdf import render_pdf  # noqa: E402

TOTAL = int(os.environ.get("BENCH_CERTIFICATES", "1000000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
SIGNED = 200  # certificates given a real signed credential (the rest carry none: size aside,
# a lookup by code reads the same index and row either way)
BATCH = 10_000


def seed() -> list[Certificate]:
    have = Certificate.objects.count()
    if have >= TOTAL:
        return list(Certificate.objects.exclude(credential="").order_by("?")[:SIGNED])
    started = time.perf_counter()
    now = timezone.now()
    statuses = ["valid"] * 85 + ["expired"] * 8 + ["revoked"] * 4 + ["superseded"] * 3
    course_keys = [uuid.uuid4() for _ in range(20)]
    remaining = TOTAL - have
    # Status entries in order of seeding: one per bit, as issuing keeps them (the bits it
    # draws at random cost a lookup of their own, not measured here).
    entries = iter(range(have, TOTAL))
    while remaining > 0:
        rows = []
        for _ in range(min(BATCH, remaining)):
            issued = now - timedelta(days=random.randint(0, 1500))
            status_list, status_list_index = divmod(next(entries), credentials.STATUS_LIST_SIZE)
            rows.append(
                Certificate(
                    status_list=status_list,
                    status_list_index=status_list_index,
                    code=codes.generate(),
                    holder=None,
                    holder_name=f"Holder {random.randint(1, 10**9)}",
                    course_key=random.choice(course_keys),
                    course_title="Identifying victims of human trafficking",
                    course_version="2026.1",
                    issued_at=issued,
                    expires_at=issued + timedelta(days=730),
                    status=random.choice(statuses),
                    status_changed_at=issued,
                    revocation_reason="",
                    issuer_name="Frontline Academy",
                )
            )
        with transaction.atomic():
            Certificate.objects.bulk_create(rows)
        remaining -= len(rows)
    signed = list(Certificate.objects.filter(status="valid").order_by("?")[:SIGNED])
    for certificate in signed:
        certificate.credential, certificate.signing_kid = credentials.sign_certificate(certificate)
        certificate.save(update_fields=["credential", "signing_kid"])
    print(f"seeded {TOTAL:,} certificates in {time.perf_counter() - started:.0f} s")
    return signed


def measure(label, action, rounds=ROUNDS, baseline=None):
    times, queries = [], 0
    for index in range(rounds):
        reset_queries()
        started = time.perf_counter()
        action(index)
        times.append((time.perf_counter() - started) * 1000)
        queries = len(connection.queries)
    times.sort()
    median = statistics.median(times)
    p95 = times[int(len(times) * 0.95) - 1]
    ratio = f"  ×{median / baseline:.1f} of the pk lookup" if baseline else ""
    print(f"{label:<44} median {median:7.2f} ms  p95 {p95:7.2f} ms  {queries:2d} queries{ratio}")
    return median


def main():
    call_command("migrate", verbosity=0)
    certificates = seed()
    codes_ = [c.code for c in certificates]
    pks = list(Certificate.objects.values_list("pk", flat=True).order_by("?")[:ROUNDS])
    client = Client()
    print(f"\n{Certificate.objects.count():,} certificates stored ({connection.vendor})")
    with override_settings(
        DEBUG=True, ALLOWED_HOSTS=["testserver"], CERTIFICATE_LOOKUP_LIMIT=10**9
    ):
        bare = measure(
            "bare pk lookup (ORM)", lambda i: Certificate.objects.get(pk=pks[i % len(pks)])
        )
        measure(
            "lookup by code (ORM)",
            lambda i: Certificate.objects.get(code=codes_[i % len(codes_)]),
            baseline=bare,
        )
        page = measure(
            "verification page /verify/<code>/",
            lambda i: client.get(f"/verify/{codes_[i % len(codes_)]}/"),
            baseline=bare,
        )
        measure(
            "API GET /api/v1/certificates/<code>",
            lambda i: client.get(f"/api/v1/certificates/{codes_[i % len(codes_)]}"),
            baseline=bare,
        )
        measure(
            "API POST /api/v1/verify (credential)",
            lambda i: client.post(
                "/api/v1/verify",
                {"credential": certificates[i % len(certificates)].credential},
                content_type="application/json",
            ),
            baseline=bare,
        )
        measure(
            "status list (131,072 bits, signed)",
            lambda i: client.get(
                f"/api/v1/status-lists/{i % max(1, TOTAL // credentials.STATUS_LIST_SIZE)}"
            ),
            rounds=20,
        )
        home = measure("home page (for scale)", lambda i: client.get("/"), rounds=50)
        print(f"verification page is ×{page / home:.2f} the home page")
    render_pdf(certificates[0])  # import and font loading
    measure("PDF render (A4, QR, fonts embedded)", lambda i: render_pdf(certificates[i]), rounds=20)
    print(f"PDF size: {len(render_pdf(certificates[0])) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
