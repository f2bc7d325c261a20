"""Run Ralph's LRS on loopback with its file-system backend, for tests and benchmarks.

    .ralph-venv/bin/python scripts/ralph_server.py --port 8100 --dir /tmp/ralph \
        --username frontline --password secret

Runs under Ralph's own virtualenv (scripts/ralph.sh install). Two class attributes of the fs
backend are changed before the app is imported: its inherited create-only write mode makes
every write after the first answer 500, and it rewrites a whole history file on each request.
Plain uvicorn, no auto-reload."""

import argparse
import os
import subprocess
import sys
from pathlib import Path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()

    root = Path(args.dir)
    (root / "statements").mkdir(parents=True, exist_ok=True)
    os.environ.update(
        {
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_APP_DIR": str(root / "app"),
            "RALPH_AUTH_FILE": str(root / "auth.json"),
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(root / "statements"),
            "RALPH_SENTRY_DSN": "",
        }
    )
    ralph = Path(sys.executable).with_name("ralph")
    if (root / "auth.json").exists():  # restarted on the same folder: credentials are there
        return _serve(args.port)
    subprocess.run(
        [
            str(ralph),
            "auth",
            "-u",
            args.username,
            "-p",
            args.password,
            "-s",
            "all",
            "-A",
            args.username,
            "http://127.0.0.1",
            "-w",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    _serve(args.port)


def _serve(port: int) -> None:
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
    FSLRSBackend.append_to_history = lambda self, event: None

    import uvicorn
    from ralph.api import app

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
