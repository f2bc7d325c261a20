"""`make serve-prod` brings up the production shape on loopback — PostgreSQL, Redis,
gunicorn with production settings, a Celery worker and beat — and stops all of it again."""

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.lrs import free_port

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not os.environ.get("TEST_REDIS_URL"), reason="runs in make test (PostgreSQL and Redis)"
)


def test_the_production_stack_serves_the_site_and_stops_cleanly(tmp_path):
    port, pg_port = free_port(), free_port()
    env = dict(
        os.environ,
        SERVE_PROD_DIR=str(tmp_path / "prod"),
        WEB_PORT=str(port),
        # PostgreSQL runs as the postgres user, who cannot enter pytest's private tmp_path.
        PG_DIR=f"/tmp/frontline-serve-prod-pg-{pg_port}",
        PG_PORT=str(pg_port),
        REDIS_DIR=str(tmp_path / "redis"),
        REDIS_PORT=str(free_port()),
    )
    for name in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "CELERY_BROKER_URL", "MEDIA_ROOT"):
        env.pop(name, None)
    log = tmp_path / "serve-prod.log"
    with open(log, "w") as output:
        process = subprocess.Popen(
            ["scripts/serve-prod.sh"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        home = None
        while time.monotonic() < deadline and process.poll() is None:
            try:
                home = httpx.get(base + "/", timeout=5)
                if home.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        assert home is not None and home.status_code == 200, log.read_text()[-3000:]
        assert "Frontline Academy" in home.text
        assert "Content-Security-Policy" in home.headers
        css = httpx.get(base + "/static/css/site.css", timeout=5)
        assert css.status_code == 200 and ".verification" in css.text  # whitenoise
        assert httpx.get(base + "/verify/", timeout=5).status_code == 200
        # The worker and beat come up beside the web process.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = log.read_text()
            if re.search(r"celery@\S+ ready\.", text) and "beat: Starting" in text:
                break
            time.sleep(1)
        assert re.search(r"celery@\S+ ready\.", text), text[-3000:]
        assert "beat: Starting" in text
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)
    assert process.returncode is not None
    with pytest.raises(httpx.HTTPError):
        httpx.get(base + "/", timeout=2)
