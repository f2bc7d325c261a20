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

    def get():
        response = client.get(url)
        if response.streaming:  # a CSV export: producing it is the work
            b"".join(response.streaming_content)
        assert response.status_code == 200, (url, response.status_code)

    get()
    database_cpu = database_cpu_clock()
    cpu, wall = [], []
    for _ in range(rounds):
        started_cpu, started_wall = time.process_time() + database_cpu(), time.perf_counter()
        get()
        cpu.append((time.process_time() + database_cpu() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started_wall) * 1000)
    with CaptureQueriesContext(connection) as queries:
        get()
    return {"cpu": percentiles(cpu), "wall": percentiles(wall), "queries": len(queries)}


def database_cpu_clock():
    """A clock of the CPU seconds a PostgreSQL server on this machine has spent for this
    connection — its backend process and the parallel workers it started (counted, once they
    end, in the postmaster's children's time) — so that a page's CPU time includes the queries
    it waits for, as SQLite's (run inside this process) always does. Reads /proc; a clock
    standing at zero elsewhere (SQLite, a remote server), which ``cpu_note`` says."""
    from django.db import connection

    def zero():
        return 0.0

    if connection.vendor != "postgresql":
        return zero
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        postmaster = int(stat.rsplit(")", 1)[1].split()[1])
        if "postgres" not in Path(f"/proc/{postmaster}/cmdline").read_text():
            return zero  # that pid here is not the server's: the database is elsewhere
    except (OSError, ValueError, IndexError):
        return zero
    tick = os.sysconf("SC_CLK_TCK")

    def seconds() -> float:
        backend = int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
        fields = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
        return backend + (int(fields[13]) + int(fields[14])) / tick  # cutime + cstime

    return seconds


def cpu_note() -> str:
    """What the CPU figures count, for the line above a table."""
    from django.db import connection

    if connection.vendor == "sqlite":
        return "CPU: this process, SQLite included"
    if database_cpu_clock()() > 0:
        return f"CPU: this process and the local {connection.vendor} server's for it"
    return f"CPU: this process only (the {connection.vendor} server's is not counted)"


def machine_load() -> str:
    """The load the wall-time figures were taken under (other work on shared cores stretches
    them; CPU time barely moves)."""
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"


def time_goal_rows(results: list[tuple[str, dict]], goal_ms: float) -> None:
    """Print each page's CPU and wall median and p95, its queries, and whether its server time
    meets ``goal_ms`` — on each clock, since wall time on a busy machine is mostly waiting."""
    print(f"{'page':44} {'CPU ms':>15} {'wall ms':>15} {'queries':>7}  goal: < {goal_ms:g} ms")
    print(f"{'':44} {'median':>7} {'p95':>7} {'median':>7} {'p95':>7}")
    for label, result in results:
        (cpu, cpu95), (wall, wall95) = result["cpu"], result["wall"]
        print(
            f"{label:44} {cpu:7.1f} {cpu95:7.1f} {wall:7.1f} {wall95:7.1f} "
            f"{result['queries']:7d}  CPU {'met' if cpu < goal_ms else 'not met'}, "
            f"wall {'met' if wall < goal_ms else 'not met'}"
        )


def sign_in_staff(client, user) -> None:
    """Sign ``user`` in with the second step done, as the admin requires of staff: a confirmed
    authenticator and the session marked verified by it, as ``django_otp.login()`` marks it
    (what the tests' ``force_login`` does too)."""
    from tests.two_factor import mark_second_step_done

    client.force_login(user)
    mark_second_step_done(client, user, "Benchmark authenticator")
