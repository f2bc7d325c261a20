"""Requests per second over HTTP, against a running production stack on loopback.

    make serve-prod                                  # in another terminal: gunicorn, 2 workers
    .venv/bin/python benchmarks/http_load.py         # 8 connections, 20 s per page
    .venv/bin/python benchmarks/http_load.py --connections 4 --seconds 10 --base http://127.0.0.1:8001

Signs in as the demo learner (Anna, enrolled in the consular course), then for each page keeps
``--connections`` connections busy for ``--seconds`` seconds, each sending its next request as
soon as the last one is answered, and prints requests/second, median and p95 latency and the
failures. Then it sets the figures beside issue 17's goals: the signed-in lesson page at least
0.6× the home page's rate, and the home page at least twice what the evaluation measured
(8.9 requests/s on a 2-core machine).

Bounded on purpose: loopback addresses only (it refuses any other host), a fixed duration and
connection count, so it cannot be pointed at somebody else's server."""

import argparse
import ipaddress
import re
import statistics
import threading
import time
from urllib.parse import urlsplit

import httpx

DEMO_EMAIL = "learner@example.org"
DEMO_PASSWORD = "frontline-demo-2026"
LESSON = "/courses/identifying-victims-consular/understanding-trafficking/what-is-trafficking/"
HOME_MEASURED_BEFORE = 8.9  # requests/s, the evaluation's figure for the home page (issue 17)
MAX_CONNECTIONS, MAX_SECONDS = 32, 120


def loopback_only(base: str) -> str:
    host = urlsplit(base).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise SystemExit(f"refusing {base}: this load generator only targets loopback addresses")
    return base.rstrip("/")


def cookie_header(cookies: httpx.Cookies) -> dict:
    """The cookies as a header of our own: production settings mark them Secure, and httpx
    (unlike a browser on localhost) sends no Secure cookie over plain http."""
    return {"Cookie": "; ".join(f"{c.name}={c.value}" for c in cookies.jar)}


def signed_in(base: str) -> dict:
    with httpx.Client(base_url=base, timeout=60) as client:
        form = client.get("/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        response = client.post(
            "/accounts/login/",
            data={"csrfmiddlewaretoken": token, "username": DEMO_EMAIL, "password": DEMO_PASSWORD},
            headers={"Referer": base + "/accounts/login/", **cookie_header(client.cookies)},
        )
        if response.status_code != 302:
            raise SystemExit(f"signing in as {DEMO_EMAIL} failed ({response.status_code})")
        client.cookies.update(response.cookies)
        return cookie_header(client.cookies)


def load(base: str, path: str, headers: dict | None, connections: int, seconds: float) -> dict:
    """Keep ``connections`` clients busy on ``path`` for ``seconds``; every answer is timed."""
    latencies, failures, lock = [], [0], threading.Lock()
    deadline = time.perf_counter() + seconds

    def work():
        with httpx.Client(base_url=base, headers=headers or {}, timeout=60) as client:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    ok = client.get(path).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = time.perf_counter() - started
                with lock:
                    if ok:
                        latencies.append(elapsed * 1000)
                    else:
                        failures[0] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "rate": len(latencies) / elapsed,
        "median": statistics.median(latencies) if latencies else 0.0,
        "p95": latencies[max(0, int(len(latencies) * 0.95) - 1)] if latencies else 0.0,
        "failures": failures[0],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8001")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--lesson", default=LESSON, help="the signed-in lesson page's path")
    args = parser.parse_args()
    base = loopback_only(args.base)
    connections = max(1, min(args.connections, MAX_CONNECTIONS))
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    cookies = signed_in(base)
    print(f"{base}: {connections} connections, {seconds:g} s per page")
    print(f"{'page':28} {'requests/s':>10} {'median ms':>10} {'p95 ms':>8} {'failed':>7}")
    results = {}
    for label, path, jar in (
        ("home (anonymous)", "/", None),
        ("home (signed in)", "/", cookies),
        ("lesson (signed in)", args.lesson, cookies),
    ):
        results[label] = result = load(base, path, jar, connections, seconds)
        print(
            f"{label:28} {result['rate']:10.1f} {result['median']:10.1f} {result['p95']:8.1f} "
            f"{result['failures']:7d}"
        )
    home, lesson = results["home (signed in)"]["rate"], results["lesson (signed in)"]["rate"]
    share = lesson / home if home else 0.0
    print(
        f"\nsigned-in lesson at {share:.2f}× the signed-in home page "
        f"(goal ≥ 0.6×): {'met' if share >= 0.6 else 'not met'}"
    )
    anonymous = results["home (anonymous)"]["rate"]
    print(
        f"home page at {anonymous:.1f} requests/s, {anonymous / HOME_MEASURED_BEFORE:.1f}× the "
        f"evaluation's {HOME_MEASURED_BEFORE} (goal ≥ 2×): "
        f"{'met' if anonymous >= 2 * HOME_MEASURED_BEFORE else 'not met'}"
    )


if __name__ == "__main__":
    main()
