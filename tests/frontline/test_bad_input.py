"""Whatever someone puts in a URL, a query string or a form — a NUL byte, a superscript two,
five thousand digits, a broken percent sequence, a whole page of text — the site answers with
a page (or JSON) that says what is wrong, or ignores a filter it does not know; never a server
error.

PostgreSQL refuses NUL in any text and SQLite does not, so here the database is made to refuse
it as PostgreSQL does: a NUL that reaches a query fails these tests on SQLite too."""

from urllib.parse import quote

from django.contrib.auth.models import Group
from django.db import DataError, connection
from django.test import Client

import pytest

from accounts import roles
from certificates.services import certificate_issue
from quizzes.models import QuizPage
from tests.factories import AudienceFactory, UserFactory, make_course, make_quiz

NUL_REFUSED = "PostgreSQL text fields cannot contain NUL (0x00) bytes"


def _texts(params):
    if isinstance(params, dict):
        params = params.values()
    for param in params or ():
        if isinstance(param, (list, tuple)):
            yield from _texts(param)
        elif isinstance(param, str):
            yield param


@pytest.fixture(autouse=True)
def _database_refuses_nul_as_postgresql_does():
    def refuse_nul(execute, sql, params, many, context):
        if any("\x00" in text for text in _texts(params)):
            raise DataError(NUL_REFUSED)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse_nul):
        yield


BAD_VALUES = [
    "\x00",
    "FA-\x00",
    "²",  # a digit to str.isdigit(), not to int()
    "٣",  # an Arabic-Indic three: int() reads it
    "9" * 5000,  # more digits than int() converts
    "9" * 25,  # more than a 64-bit integer
    "-1",
    "1e5",
    "0",
    " ",
    "%",
    "' OR 1=1 --",
    "x" * 5000,
    b"\xed\xa0\x80",  # a UTF-16 surrogate, UTF-8-encoded: not valid UTF-8
    b"\xff",
]


@pytest.fixture
def site(db):
    """A course with a quiz and a certificate, a learner, the learner's manager, a trainer, a
    certifying body's officer and an administrator."""
    audience = AudienceFactory(slug="consular-staff")
    course = make_course(modules=1, lessons_per_module=1, title="Identifying victims")
    quiz = make_quiz(course.get_children().first(), title="Module check")
    learner = UserFactory(audience=audience)
    certificate_issue(learner, course)
    manager = UserFactory(organisation=learner.organisation)
    learner.organisation.managers.add(manager)
    people = {"learner": learner, "manager": manager}
    for who, group in [
        ("trainer", roles.TRAINERS),
        ("officer", roles.CERTIFYING_BODIES),
        ("administrator", roles.ADMINISTRATORS),
    ]:
        people[who] = UserFactory()
        people[who].groups.add(Group.objects.get(name=group))
    ids = {
        "org": learner.organisation.pk,
        "course": course.pk,
        "quiz": QuizPage.objects.get(pk=quiz.pk).pk,
    }
    return people, ids


# (who is signed in, URL with {v} where the value goes, {org}/{course}/{quiz} for the ids)
TARGETS = [
    (None, "/verify/?code={v}"),
    (None, "/verify/{v}/"),
    (None, "/sv/verify/{v}/"),
    (None, "/api/v1/certificates/{v}"),
    (None, "/api/v1/status-lists/{v}"),
    (None, "/api/v1/status-lists/0?format={v}"),
    (None, "/verify/{v}/credential-data-integrity.json"),
    (None, "/api/v1/{v}"),
    (None, "/?audience={v}&topic={v}"),
    (None, "/courses/?audience={v}"),
    (None, "/courses/?topic={v}"),
    (None, "/accounts/login/?next={v}"),
    (None, "/accounts/signup/?next={v}"),
    (None, "/invitations/{v}/"),
    (None, "/{v}/"),
    ("learner", "/readiness/statements/{v}/"),
    ("learner", "/dashboard/?{v}={v}"),
    ("learner", "/certificates/{v}/certificate.pdf"),
    ("learner", "/certificates/{v}/credential.json"),
    ("learner", "/certificates/{v}/credential-data-integrity.json"),
    ("manager", "/organisations/{org}/?q={v}"),
    ("manager", "/organisations/{org}/?role={v}"),
    ("manager", "/organisations/{org}/?readiness={v}"),
    ("manager", "/organisations/{org}/?expiring={v}"),
    ("manager", "/organisations/{org}/?course={v}"),
    ("manager", "/organisations/{org}/members.csv?role={v}"),
    ("manager", "/organisations/{org}/members.csv?course={v}"),
    ("officer", "/admin/certificates_admin/?status={v}"),
    ("officer", "/admin/certificates_admin/?course_key={v}"),
    ("officer", "/admin/certificates_admin/?organisation={v}"),
    ("officer", "/admin/certificates_admin/?expiring={v}"),
    ("officer", "/admin/certificates_admin/?issued_after={v}"),
    ("officer", "/admin/certificates_admin/?q={v}"),
    ("officer", "/admin/certificates_admin/?p={v}"),
    ("officer", "/admin/certificates_admin/?ordering={v}"),
    ("officer", "/admin/certificates_admin/?export=csv&q={v}"),
    ("officer", "/admin/certificate_audit/?action={v}"),
    ("officer", "/admin/certificate_audit/?outcome={v}"),
    ("officer", "/admin/certificate_audit/?q={v}"),
    ("officer", "/admin/certificate_audit/?p={v}"),
    ("trainer", "/admin/quizzes/{quiz}/report/?{v}={v}"),
    ("trainer", "/admin/quizzes/{quiz}/report.csv?rows={v}"),
    ("trainer", "/admin/analytics/{course}/?{v}={v}"),
    ("trainer", "/admin/analytics/{course}/{v}.csv"),
    ("trainer", "/admin/pages/search/?q={v}"),
    ("administrator", "/admin/learning_records/?verb={v}"),
    ("administrator", "/admin/learning_records/?state={v}"),
    ("administrator", "/admin/learning_records/?course_key={v}"),
    ("administrator", "/admin/learning_records/?q={v}"),
    ("administrator", "/admin/learning_records/?p={v}"),
    ("administrator", "/admin/snippets/organisations/organisation/?q={v}"),
    ("administrator", "/admin/snippets/organisations/organisation/?kind={v}"),
]


def assert_answered(response, url):
    assert response.status_code < 500, f"{response.status_code} for {url}"
    if response.status_code >= 400:
        assert response.content.strip(), f"{response.status_code} without a message for {url}"
        if url.startswith("/api/"):
            assert response.json()["error"], url


@pytest.mark.parametrize(("who", "target"), TARGETS)
def test_bad_values_in_urls_get_an_answer_never_a_server_error(site, who, target):
    people, ids = site
    client = Client(raise_request_exception=False)
    if who:
        client.force_login(people[who])
    for value in BAD_VALUES:
        url = target.format(v=quote(value, safe=""), **ids)
        assert_answered(client.get(url), url)


NUL_MESSAGE = "Null characters are not allowed."


def _invitation_link(organisation) -> str:
    import hashlib
    from datetime import timedelta

    from django.utils import timezone

    from organisations.models import Invitation

    Invitation.objects.create(
        organisation=organisation,
        email="new.colleague@example.org",
        token_hash=hashlib.sha256(b"the-token").hexdigest(),
        expires_at=timezone.now() + timedelta(days=1),
    )
    return "/invitations/the-token/"


SIGN_UP = {
    "email": "nils@example.org",
    "first_name": "Nils",
    "last_name": "Holm",
    "password1": "a long passphrase 42",
    "password2": "a long passphrase 42",
}

# (who is signed in, the form's URL, what is sent, what the page says)
FORMS = [
    (None, "/accounts/signup/", {**SIGN_UP, "first_name": "Ni\x00ls"}, NUL_MESSAGE),
    (None, "/accounts/signup/", {**SIGN_UP, "email": "n\x00@example.org"}, NUL_MESSAGE),
    (None, "/accounts/signup/", {**SIGN_UP, "last_name": "H" * 151}, "at most 150 characters"),
    (None, "/accounts/login/", {"username": "a\x00@example.org", "password": "x"}, NUL_MESSAGE),
    (
        None,
        "/accounts/login/",
        {"username": "a" * 300 + "@example.org", "password": "x"},
        "at most 254 characters",
    ),
    (None, "/accounts/password-reset/", {"email": "a\x00@example.org"}, NUL_MESSAGE),
    (None, "invitation", {**SIGN_UP, "first_name": "Ni\x00ls"}, NUL_MESSAGE),
    ("learner", "/accounts/profile/", {"first_name": "A\x00", "last_name": "B"}, NUL_MESSAGE),
    ("learner", "/accounts/my-data/erase/", {"password": "x", "confirm": "ERA\x00SE"}, NUL_MESSAGE),
    (
        "manager",
        "/organisations/{org}/invite/",
        {"email": "per@example.org", "first_name": "P\x00er"},
        NUL_MESSAGE,
    ),
    (
        "manager",
        "/organisations/{org}/invite/",
        {"email": "p" * 250 + "@example.org"},
        "at most 254 characters",
    ),
    (
        "trainer",
        "/admin/certificates/issue/",
        {"holder_email": "x@example.org", "reason": "\x00"},
        NUL_MESSAGE,
    ),
]


@pytest.mark.parametrize(("who", "url", "data", "message"), FORMS)
def test_text_no_column_can_hold_is_refused_by_every_form_with_a_message(
    site, who, url, data, message
):
    from accounts.models import User
    from organisations.models import Invitation

    people, ids = site
    if url == "invitation":
        url = _invitation_link(people["learner"].organisation)
    url = url.format(**ids)
    users, invitations = User.objects.count(), Invitation.objects.filter(accepted_at=None).count()
    client = Client(raise_request_exception=False)
    if who:
        client.force_login(people[who])
    response = client.post(url, data)
    assert response.status_code in (200, 400), response.status_code
    assert message in response.content.decode()
    assert User.objects.count() == users
    assert Invitation.objects.filter(accepted_at=None).count() == invitations
