"""Drain pending statements from the outbox into a local Ralph LRS and compare with Ralph's own
rate for the same statements posted directly (the ceiling).

    make bench                              # SQLite file under var/
    DATABASE_URL=postgres://... make bench
    BENCH_XAPI_STATEMENTS=20000 .venv/bin/python benchmarks/xapi_delivery.py

For each batch size (1, 10, 100, 500) it records fresh pending statements (realistic
"completed lesson" statements built with tincan, distinct ids), starts a fresh Ralph on a free
loopback port, drains the outbox through ``tracking.delivery.deliver_pending`` and then posts
another set of the same size straight to another fresh Ralph with the same batch size. Batch
sizes 1 and 10 drain a smaller sample (a request per statement takes minutes at 100,000); the
rate is what is compared.

Then an outage: a backlog (BENCH_XAPI_OUTAGE, default 20,000) builds while the LRS is down and
ten sweeps run meanwhile (how many requests reach the down LRS: the circuit breaker's doing);
the LRS comes back and one run — the first sweep after the cool-down — drains the backlog.
BENCH_XAPI_OUTAGE=0 skips it."""

import os
import statistics
import time
import uuid

from _django import setup  # benchmarks/ is on sys.path when a script here runs

setup("bench-xapi.sqlite3")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

import httpx  # noqa: E402

from tests.lrs import PASSWORD, USERNAME, Ralph, ralph_python  # noqa: E402
from tracking import statements as xapi  # noqa: E402
from tracking.delivery import deliver_pending  # noqa: E402
from tracking.models import Statement  # noqa: E402

FULL = int(os.environ.get("BENCH_XAPI_STATEMENTS", "100000"))
# Each batch size is measured this many times, outbox and ceiling in turn (medians printed):
# on shared cores one pair can differ by half from the next.
ROUNDS = int(os.environ.get("BENCH_XAPI_ROUNDS", "3"))
RUNS = [(1, min(FULL, 2_000)), (10, min(FULL, 20_000)), (100, FULL), (500, FULL)]
# e.g. BENCH_XAPI_BATCHES=500 to measure one batch size only
if os.environ.get("BENCH_XAPI_BATCHES"):
    wanted = {int(size) for size in os.environ["BENCH_XAPI_BATCHES"].split(",")}
    RUNS = [(size, count) for size, count in RUNS if size in wanted]


def payloads(count: int, tag: str) -> list[dict]:
    lesson = xapi.activity("lesson", uuid.uuid4(), {"en": "Indicators", "sv": "Indikatorer"})
    module = xapi.activity("module", uuid.uuid4(), {"en": "Recognising", "sv": "Att känna igen"})
    course = xapi.activity("course", uuid.uuid4(), {"en": "Consular", "sv": "Konsulär"})
    now = timezone.now()
    template = xapi.freeze(
        xapi.build(
            event_key=f"{tag}:template",
            pseudonym=uuid.uuid4(),
            verb_name="completed",
            obj=lesson,
            timestamp=now,
            registration=uuid.uuid4(),
            parent=[module],
            grouping=[course],
            result=xapi.Result(completion=True),
        )
    )
    result = []
    for i in range(count):
        payload = dict(template)
        payload["id"] = str(xapi.statement_id(f"{tag}:{i}"))
        payload["actor"] = {
            "objectType": "Agent",
            "account": {
                "homePage": xapi.base_url(),
                "name": str(uuid.uuid5(uuid.NAMESPACE_OID, f"{i % 5000}")),
            },
        }
        result.append(payload)
    return result


def fill_outbox(count: int, tag: str) -> None:
    Statement.objects.all().delete()
    rows = [
        Statement(
            id=uuid.UUID(p["id"]),
            verb="completed",
            object_id=p["object"]["id"],
            object_name="Indicators",
            payload=p,
            stored_at=timezone.now(),
        )
        for p in payloads(count, tag)
    ]
    Statement.objects.bulk_create(rows, batch_size=5000)


def drain(ralph: Ralph, batch_size: int) -> float:
    with override_settings(
        LRS_ENDPOINT=ralph.endpoint, LRS_USERNAME=USERNAME, LRS_PASSWORD=PASSWORD
    ):
        started = time.perf_counter()
        while deliver_pending(batch_size=batch_size).delivered:
            pass
        elapsed = time.perf_counter() - started
    left = Statement.objects.exclude(state=Statement.State.DELIVERED).count()
    assert left == 0, f"{left} statements not delivered"
    return elapsed


def direct(ralph: Ralph, statements: list[dict], batch_size: int) -> float:
    with httpx.Client(
        auth=(USERNAME, PASSWORD),
        headers={"X-Experience-API-Version": "1.0.3"},
        timeout=60,
    ) as client:
        started = time.perf_counter()
        for start in range(0, len(statements), batch_size):
            client.post(
                f"{ralph.endpoint}/statements", json=statements[start : start + batch_size]
            ).raise_for_status()
        return time.perf_counter() - started


def outage(python: str, count: int) -> None:
    fill_outbox(count, f"outage-{uuid.uuid4()}")
    ralph = Ralph(python)  # its port, nothing listening yet: the LRS is down
    cooldown = 2
    try:
        with override_settings(
            LRS_ENDPOINT=ralph.endpoint,
            LRS_USERNAME=USERNAME,
            LRS_PASSWORD=PASSWORD,
            LRS_CIRCUIT_COOLDOWN=cooldown,
        ):
            while_down = [deliver_pending() for _ in range(10)]
            ralph.start()
            time.sleep(cooldown + 0.1)
            started = time.perf_counter()
            report = deliver_pending()
            elapsed = time.perf_counter() - started
        assert report.delivered == count, report
        assert len(ralph.stored_ids()) == count
    finally:
        ralph.destroy()
    requests = sum(run.requests for run in while_down)
    print(
        f"\noutage: {count} statements pending; 10 sweeps while the LRS was down sent "
        f"{requests} request(s) ({sum(run.resting for run in while_down)} rested);\n"
        f"the first sweep after it came back delivered all {count} in {elapsed:.1f} s "
        f"({count / elapsed:.0f}/s, {report.requests} requests)"
    )


def one_round(python: str, batch_size: int, count: int) -> tuple[float, float]:
    """Seconds to drain ``count`` statements through the outbox, then to post as many straight
    to Ralph: each into a fresh Ralph, one right after the other."""
    fill_outbox(count, f"run-{batch_size}-{uuid.uuid4()}")
    ralph = Ralph(python).start()
    try:
        elapsed = drain(ralph, batch_size)
        assert len(ralph.stored_ids()) == count
    finally:
        ralph.destroy()
    ralph = Ralph(python).start()
    try:
        ceiling = direct(ralph, payloads(count, f"direct-{batch_size}-{uuid.uuid4()}"), batch_size)
    finally:
        ralph.destroy()
    return elapsed, ceiling


def main():
    call_command("migrate", verbosity=0)
    python = ralph_python()
    print(f"\n{connection.vendor} outbox → Ralph 5.1.0 (fs backend, loopback)")
    print(
        f"median of {ROUNDS} rounds, each draining the outbox and then posting straight to "
        "Ralph (the ceiling); goal: the outbox at ≥ 90 % of the ceiling"
    )
    header = ("batch", "statements", "outbox s", "outbox/s", "direct/s", "share", "goal")
    print("{:>6} {:>11} {:>9} {:>9} {:>9} {:>6}  {}".format(*header))
    for batch_size, count in RUNS:
        rounds = [one_round(python, batch_size, count) for _ in range(ROUNDS)]
        elapsed = statistics.median(outbox for outbox, _ in rounds)
        ceiling = statistics.median(straight for _, straight in rounds)
        rate, direct_rate = count / elapsed, count / ceiling
        share = rate / direct_rate
        goal = "met" if share >= 0.9 else "not met"
        print(
            f"{batch_size:6d} {count:11d} {elapsed:9.1f} {rate:9.0f} {direct_rate:9.0f} "
            f"{share:6.0%}  {goal}"
        )
    backlog = int(os.environ.get("BENCH_XAPI_OUTAGE", str(min(FULL, 20_000))))
    if backlog:
        outage(python, backlog)
    Statement.objects.all().delete()


if __name__ == "__main__":
    main()
