"""Start Django for a benchmark script run directly (the project on the path, test settings,
and a SQLite file under var/ unless DATABASE_URL says otherwise), and time its pages."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(sqlite_name: str, settings: str = "frontline.settings.test") -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / sqlite_name}")
    (ROOT / "var").mkdir(exist_ok=True)

    import django

    django.setup()


def percentiles(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile of some timings."""
    import statistics

    samples = sorted(samples)
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def clock():
    """The clock timings are read on: wall time, or with ``BENCH_CLOCK=cpu`` this process's CPU
    time, which other work on shared cores barely disturbs (comparisons between runs made at
    different moments of a busy machine)."""
    import time

    return time.process_time if os.environ.get("BENCH_CLOCK") == "cpu" else time.perf_counter


def timed(client, url: str, rounds: int) -> tuple[float, float, int]:
    """Median and p95 milliseconds of ``rounds`` GETs of ``url`` after one warm-up, with the
    queries one request makes (needs DEBUG, which records them). A streamed response (a CSV
    export) is read to its end, since producing it is the work."""
    from django.db import connection, reset_queries

    now = clock()

    client.get(url)
    samples, queries = [], 0
    for _ in range(rounds):
        reset_queries()
        started = now()
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        samples.append((now() - started) * 1000)
        queries = len(connection.queries)
        assert response.status_code == 200, (url, response.status_code)
    return (*percentiles(samples), queries)


def measured(client, url: str, rounds: int) -> dict:
    """``rounds`` GETs of ``url`` after one warm-up, timed on both clocks at once: median and
    p95 milliseconds of this process's CPU time (steady on shared cores) and of wall time, and
    the queries of one more request, counted apart so that counting costs the timed requests
    nothing (DEBUG stays off, as in production)."""
    import time

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    cpu, wall = [], []
    for _ in range(rounds):
        started_cpu, started_wall = time.process_time(), time.perf_counter()
        response = client.get(url)
        cpu.append((time.process_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started_wall) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return {"cpu": percentiles(cpu), "wall": percentiles(wall), "queries": len(queries)}
