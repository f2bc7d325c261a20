"""A real Ralph LRS for tests and benchmarks: installed into its own virtualenv by
``scripts/ralph.sh``, started on a free loopback port with the file-system backend, stopped
afterwards. Also validates statements with Ralph's strict pydantic model, and with Learning
Locker's validation library (``learning_locker_errors``), a second, independent validator."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
USERNAME = "frontline"
PASSWORD = "ralph-test-password"

VALIDATOR = """
import json, sys
from ralph.models.xapi.base.statements import BaseXapiStatement
errors = []
for index, statement in enumerate(json.load(sys.stdin)):
    try:
        BaseXapiStatement.model_validate(statement)
    except Exception as error:
        errors.append(f"{index}: {error}")
print(json.dumps(errors))
"""


def ralph_python() -> str:
    result = subprocess.run(
        [str(ROOT / "scripts" / "ralph.sh"), "install"],
        check=True,
        capture_output=True,
        text=True,
    )
    return str(ROOT / result.stdout.strip().splitlines()[-1])


def process_stop(process: subprocess.Popen | None) -> None:
    """Stop a service the tests started: asked to end, killed if it has not within 10 s."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def process_ready(process: subprocess.Popen, url: str, name: str, timeout: float, pause: float):
    """Wait until a service the tests started answers ``url`` with a success; if it exits or
    is not up within ``timeout`` seconds, stop it and raise with what it wrote to stderr."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read()
            error = error.decode() if isinstance(error, bytes) else error
            raise RuntimeError(f"{name} exited: {error[-2000:]}")
        try:
            if httpx.get(url, timeout=1).is_success:
                return
        except httpx.HTTPError:
            pass
        time.sleep(pause)
    process_stop(process)
    raise RuntimeError(f"{name} did not start in time")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Ralph:
    def __init__(self, python: str, port: int | None = None, directory: Path | None = None):
        self.python = python
        self.port = port or free_port()
        self.directory = directory or Path(tempfile.mkdtemp(prefix="ralph-"))
        self.process = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI"

    def start(self, timeout: float = 60) -> Ralph:
        self.process = subprocess.Popen(
            [
                self.python,
                str(ROOT / "scripts" / "ralph_server.py"),
                "--port",
                str(self.port),
                "--dir",
                str(self.directory),
                "--username",
                USERNAME,
                "--password",
                PASSWORD,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        heartbeat = f"http://127.0.0.1:{self.port}/__heartbeat__"
        process_ready(self.process, heartbeat, "Ralph", timeout, pause=0.1)
        return self

    def stop(self) -> None:
        process_stop(self.process)
        self.process = None

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)

    def stored_ids(self) -> list[str]:
        """Every statement id the LRS holds, paging through an unfiltered GET (its fs backend
        ignores verb/activity filters)."""
        ids = []
        url = f"{self.endpoint}/statements?limit=500"
        with httpx.Client(
            auth=(USERNAME, PASSWORD), headers={"X-Experience-API-Version": "1.0.3"}, timeout=30
        ) as client:
            while url:
                body = client.get(url).raise_for_status().json()
                ids += [statement["id"] for statement in body["statements"]]
                more = body.get("more")
                url = f"http://127.0.0.1:{self.port}{more}" if more else None
        return ids

    def validate(self, statements: list[dict]) -> list[str]:
        result = subprocess.run(
            [self.python, "-c", VALIDATOR],
            input=json.dumps(statements),
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout)


LEARNING_LOCKER_VALIDATION = ROOT / "node_modules" / "@learninglocker" / "xapi-validation"


def learning_locker_errors(statements: list[dict]) -> list[str]:
    """What Learning Locker's xAPI validation (npm ``@learninglocker/xapi-validation``, pinned
    in package.json) finds wrong with ``statements``: one line per failed rule, none when all
    are valid. Installs the test tools (``npm ci``) when they are missing, like ``make test``."""
    if not (LEARNING_LOCKER_VALIDATION / "dist" / "index.js").exists():
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    result = subprocess.run(
        ["node", str(ROOT / "scripts" / "xapi_validate.js")],
        input=json.dumps(statements),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)
