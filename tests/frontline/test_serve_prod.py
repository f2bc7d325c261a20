"""`make serve-prod` brings up the production shape on loopback — PostgreSQL, Redis,
gunicorn with production settings, the two Celery workers and beat — keeps it up when a
process dies, and stops all of it again. Its data survives every one of those."""

import os
import re
import signal
import subprocess
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.background import wait_for
from tests.lrs import free_port

ROOT = Path(__file__).resolve().parents[2]
PROCESS_TYPES = ("web", "worker", "statements", "beat")

pytestmark = pytest.mark.skipif(
    not os.environ.get("TEST_REDIS_URL"), reason="runs in make test (PostgreSQL and Redis)"
)


class Stack:
    def __init__(self, tmp_path):
        self.port, self.pg_port = free_port(), free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = tmp_path / "serve-prod.log"
        self.env = dict(
            os.environ,
            SERVE_PROD_DIR=str(tmp_path / "prod"),
            WEB_PORT=str(self.port),
            # PostgreSQL runs as the postgres user, who cannot enter pytest's private tmp_path.
            PG_DIR=f"/tmp/frontline-serve-prod-pg-{self.pg_port}",
            PG_PORT=str(self.pg_port),
            REDIS_DIR=str(tmp_path / "redis"),
            REDIS_PORT=str(free_port()),
            # The consular course is demo enough for this story; the whole curriculum would
            # add a minute or two to the start.
            DEMO_COURSES="identifying-victims-consular",
        )
        for name in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "CELERY_BROKER_URL", "MEDIA_ROOT"):
            self.env.pop(name, None)
        self.process = None

    def start(self):
        self.log.write_text("")
        with open(self.log, "a") as output:
            self.process = subprocess.Popen(
                ["scripts/serve-prod.sh"],
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        assert wait_for(self.serves, 300), self.text()[-3000:]
        assert wait_for(lambda: len(self.ready_workers()) >= 2, 90), self.text()[-3000:]
        assert wait_for(lambda: "beat: Starting" in self.text(), 60), self.text()[-3000:]

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=90)

    def text(self):
        return self.log.read_text()

    def serves(self) -> bool:
        try:
            return httpx.get(self.base + "/", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    def ready_workers(self) -> list[str]:
        return re.findall(r"(\w+)@\S+ ready\.", self.text())

    def pid_of(self, process_type) -> int:
        return int(re.findall(rf"started {process_type} \(pid (\d+)\)", self.text())[-1])

    def database(self):
        return psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.pg_port}/frontline")

    def records(self) -> dict:
        with self.database() as connection:
            return {
                table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                for table in ("certificates_certificate", "tracking_statement", "accounts_user")
            }

    def verify(self, code) -> dict:
        response = httpx.get(f"{self.base}/api/v1/certificates/{code}", timeout=10)
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture
def stack(tmp_path):
    stack = Stack(tmp_path)
    try:
        yield stack
    finally:
        stack.stop()
        subprocess.run(["scripts/postgres.sh", "destroy"], cwd=ROOT, env=stack.env, check=False)


def test_the_production_stack_survives_crashes_and_restarts_with_its_data(stack):
    stack.start()
    home = httpx.get(stack.base + "/", timeout=5)
    assert "Frontline Academy" in home.text
    assert "Content-Security-Policy" in home.headers
    css = httpx.get(stack.base + "/static/css/site.css", timeout=5)
    assert css.status_code == 200 and ".verification" in css.text  # whitenoise
    assert httpx.get(stack.base + "/verify/", timeout=5).status_code == 200
    assert sorted(stack.ready_workers()) == ["statements", "worker"]
    code = re.search(r"Demo certificate (FA-[0-9A-Z-]+)", stack.text()).group(1)
    before = stack.records()
    assert before["certificates_certificate"] >= 1 and before["tracking_statement"] > 10
    assert stack.verify(code)["status"] == "valid"

    # Each process killed outright in turn: the stack starts it again, nothing is deleted.
    for process_type in PROCESS_TYPES:
        pid = stack.pid_of(process_type)
        os.kill(pid, signal.SIGKILL)
        assert wait_for(lambda t=process_type, p=pid: stack.pid_of(t) != p, 30), stack.text()[
            -3000:
        ]
        assert stack.process.poll() is None, stack.text()[-3000:]
    assert wait_for(stack.serves, 60), stack.text()[-3000:]
    assert wait_for(lambda: len(stack.ready_workers()) >= 4, 90), stack.text()[-3000:]
    assert_kept(stack.records(), before)
    assert stack.verify(code)["status"] == "valid"

    # Stopped and started again: the same database, not a new seed.
    stack.stop()
    assert stack.process.returncode is not None
    with pytest.raises(httpx.HTTPError):
        httpx.get(stack.base + "/", timeout=2)
    assert "data kept" in stack.text()
    assert (Path(stack.env["PG_DIR"]) / "data" / "PG_VERSION").exists()
    stack.start()
    assert_kept(stack.records(), before)
    assert stack.verify(code)["status"] == "valid"


def assert_kept(now: dict, before: dict) -> None:
    assert now["certificates_certificate"] == before["certificates_certificate"]
    assert now["accounts_user"] == before["accounts_user"]
    assert now["tracking_statement"] >= before["tracking_statement"]
