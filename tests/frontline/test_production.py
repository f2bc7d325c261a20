"""Production mode: `check --deploy` is clean with production settings read from the
environment; pages carry a Content Security Policy; repeated failed sign-ins lock out."""

import os
import re
import subprocess
import sys
from pathlib import Path

from django.urls import reverse

from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]


def production_env(tmp_path) -> dict:
    from certificates import signing

    keys = tmp_path / "signing-keys.json"
    signing.rotate(keys)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "CERTIFICATE_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="frontline.settings.production",
        SECRET_KEY="x7#Kq!vR2@mP9$wL4^nB8&cT1*zD6(fH3)jS5-gY0+eU_aQiWoErTyUiOpAsDfGhJkL",
        ALLOWED_HOSTS="academy.example.org",
        CSRF_TRUSTED_ORIGINS="https://academy.example.org",
        SITE_BASE_URL="https://academy.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CERTIFICATE_SIGNING_KEYS_FILE=str(keys),
    )
    return env


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_its_signing_keys(tmp_path):
    env = production_env(tmp_path)
    env["CERTIFICATE_SIGNING_KEYS_FILE"] = str(tmp_path / "missing.json")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "certificates.E001" in result.stderr + result.stdout


def test_learner_pages_carry_a_strict_content_security_policy(client, db):
    policy = client.get(reverse("certificates:verify"))["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"


def test_the_admin_gets_the_looser_policy_it_needs(client, db):
    from django.contrib.auth.models import Group

    from accounts import roles

    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    client.force_login(trainer)
    policy = client.get("/admin/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy


def test_repeated_failed_sign_ins_lock_the_account_out_from_that_client(client, db, settings):
    UserFactory(email="officer@example.org", password="the-right-passphrase")
    UserFactory(email="colleague@example.org", password="another-passphrase")
    url = reverse("accounts:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": "officer@example.org", "password": "wrong"})
        assert response.status_code == 200  # the form again, with its error
    # Capitals make no difference to the count.
    last = client.post(url, {"username": "Officer@Example.org", "password": "wrong"})
    assert last.status_code == 429
    # Now even the right password is refused, and the page says why.
    locked = client.post(
        url, {"username": "officer@example.org", "password": "the-right-passphrase"}
    )
    assert locked.status_code == 429
    assert "Sign-in paused" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # Another account from the same network is not locked out.
    other = client.post(
        url, {"username": "colleague@example.org", "password": "another-passphrase"}
    )
    assert other.status_code == 302


def procfile_command(process_type: str) -> list[str]:
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{process_type}:"):
            command = line.split(":", 1)[1].replace("${PORT:-8000}", "8000")
            return re.sub(r"\$\{\w+:-(\w+)\}", r"\1", command).split()
    raise AssertionError(f"no {process_type} line in the Procfile")


def test_gunicorn_trusts_forwarded_headers_only_from_the_configured_proxy():
    command = procfile_command("web")
    assert "*" not in " ".join(command)
    gunicorn = Path(sys.executable).parent / "gunicorn"

    def trusted(env_value):
        env = {key: value for key, value in os.environ.items() if key != "FORWARDED_ALLOW_IPS"}
        if env_value is not None:
            env["FORWARDED_ALLOW_IPS"] = env_value
        printed = subprocess.run(
            [str(gunicorn), *command[1:], "--print-config"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return re.search(r"^forwarded_allow_ips\s+= (.*)$", printed, re.M).group(1)

    assert trusted(None) == "['127.0.0.1', '::1']"
    assert trusted("10.0.0.5") == "['10.0.0.5']"
