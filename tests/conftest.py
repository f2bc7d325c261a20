import pytest

from courses import services

from .factories import AudienceFactory, UserFactory, lessons_of, make_course


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: rate-limit counters and queued-work flags of one
    test must not decide what the next one sees."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _english_to_start_with():
    """Each test starts in the default language: a request to a /sv/ page activates Swedish
    for the thread, and would otherwise carry over into the next test's reverse() and texts."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _force_login_includes_second_step(monkeypatch):
    """``client.force_login(user)`` stands for a finished sign-in, second step included.

    Staff must pass two-step sign-in (accounts.two_factor) before the Wagtail admin or the
    certificate register open to them. The tests about *that* sign in through the real forms
    (tests/accounts/test_two_factor.py); the other tests — opening the admin as a trainer, a
    certifying body's register — are about what comes after, so for them force_login also
    does what the second step does: the person has a confirmed authenticator and the session
    is marked verified by it, as django_otp.login() marks it (``otp_device_id``)."""
    from django.test import Client

    from accounts import roles
    from tests.two_factor import mark_second_step_done

    force_login = Client.force_login

    def force_login_verified(self, user, backend=None):
        force_login(self, user, backend)
        if roles.requires_two_factor(user):
            mark_second_step_done(self, user)

    monkeypatch.setattr(Client, "force_login", force_login_verified)


@pytest.fixture(scope="module")
def seeded_demo(request, django_db_setup, django_db_blocker):
    """The demo site (seed_demo), built once for a module's tests: the module runs in one
    transaction, rolled back at its end, and each test in a savepoint inside it, so no test
    sees another's changes. A module that reads only the consular course says
    ``DEMO_COURSES = [CONSULAR]`` (seed_demo --course): a quarter of the whole curriculum's
    seeding time. The modules that read the whole demo share one seed (tests/home/demo)."""
    yield from seeded(django_db_blocker, demo_courses(request.module))


def seeded(django_db_blocker, options=()):
    from django.core.management import call_command
    from django.db import transaction
    from django.test import TestCase

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            # What seed_demo queues after its commits (certificate PDFs) runs here.
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("seed_demo", *options, verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def demo_courses(module) -> list[str]:
    return [f"--course={slug}" for slug in getattr(module, "DEMO_COURSES", [])]


@pytest.fixture
def learner(db):
    return UserFactory(audience=AudienceFactory(slug="consular-staff", name="Consular staff"))


@pytest.fixture
def course(db):
    """A published course: 2 modules × 2 lessons."""
    return make_course(modules=2, lessons_per_module=2)


@pytest.fixture
def enrolled(learner, course):
    services.enrolment_create(learner, course)
    return learner


@pytest.fixture
def lessons(course):
    return lessons_of(course)


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


# Every statement any test records is checked once, at the end of the session, by two
# independent validators: Ralph's strict xAPI model (in Ralph's own virtualenv) and Learning
# Locker's validation library (Node, tests/lrs.py). An invalid one fails the run.
PRODUCED_STATEMENTS: dict = {}


def _collect_statement(sender, instance, created, **kwargs):
    if created:
        PRODUCED_STATEMENTS[str(instance.pk)] = instance.payload


def pytest_configure(config):
    from django.db.models.signals import post_save

    from tracking.models import Statement

    post_save.connect(_collect_statement, sender=Statement, dispatch_uid="collect-statements")


def pytest_sessionfinish(session, exitstatus):
    if not PRODUCED_STATEMENTS or exitstatus not in (0, 1):
        return
    from tests.lrs import Ralph, learning_locker_errors, ralph_python

    statements = list(PRODUCED_STATEMENTS.values())
    found = {
        "Ralph's model": Ralph(ralph_python()).validate(statements),
        "Learning Locker's validation": learning_locker_errors(statements),
    }
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter:
        reporter.write("\n")
        for validator, errors in found.items():
            reporter.write_line(
                f"xAPI: {len(statements)} statements recorded by the suite, "
                f"{len(errors)} invalid by {validator}"
            )
            for error in errors[:20]:
                reporter.write_line(f"  {error[:500]}")
    if any(found.values()):
        session.exitstatus = 1


@pytest.fixture(scope="session")
def saml_idp():
    """A real SAML 2.0 identity provider (pysaml2's Server in its own process, tests/saml_idp.py)
    for the whole run. Tests set its accounts (a JSON file it reads at each use)."""
    from tests.saml_idp import SamlIdp

    idp = SamlIdp().start()
    yield idp
    idp.destroy()


@pytest.fixture(scope="session")
def oidc_provider():
    """A real OpenID Connect provider (oidc-provider, tests/oidc.py) for the whole run: the
    agency whose people sign in in the agency sign-in tests and journey. Tests set its
    clients and accounts (JSON files it reads at each use)."""
    from tests.oidc import OidcProvider

    provider = OidcProvider().start()
    yield provider
    provider.destroy()
