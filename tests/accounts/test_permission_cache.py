"""A person's permissions are read from the shared cache, and never outlive a change to them
(accounts.backends). Each check reads the person again, as a new request does."""

from django.contrib.auth.models import Group, Permission
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

import pytest

from accounts import roles
from accounts.models import User
from tests.factories import UserFactory

ADMIN = "wagtailadmin.access_admin"


def fresh(user) -> User:
    return User.objects.get(pk=user.pk)


def permission_queries(check) -> int:
    with CaptureQueriesContext(connection) as captured:
        check()
    return sum("auth_permission" in query["sql"] for query in captured)


def test_a_signed_in_page_reads_permissions_once_then_from_the_cache(learner_client):
    with CaptureQueriesContext(connection) as first:
        learner_client.get("/")
    with CaptureQueriesContext(connection) as second:
        response = learner_client.get("/")
    assert response.status_code == 200
    assert sum("auth_permission" in q["sql"] for q in first) == 2  # own and the groups'
    assert not [q for q in second if "auth_permission" in q["sql"]]


def test_a_role_given_or_taken_counts_from_the_next_request(db):
    person = UserFactory()
    assert not fresh(person).has_perm(ADMIN)
    assert permission_queries(lambda: fresh(person).has_perm(ADMIN)) == 0

    person.groups.add(Group.objects.get(name=roles.TRAINERS))
    assert fresh(person).has_perm(ADMIN)

    person.groups.remove(Group.objects.get(name=roles.TRAINERS))
    assert not fresh(person).has_perm(ADMIN)


def test_a_permission_given_to_a_group_reaches_its_members(db):
    group = Group.objects.create(name="Report readers")
    person = UserFactory()
    person.groups.add(group)
    assert not fresh(person).has_perm("quizzes.view_quizattempt")

    group.permissions.add(Permission.objects.get(codename="view_quizattempt"))
    assert fresh(person).has_perm("quizzes.view_quizattempt")

    group.delete()
    assert not fresh(person).has_perm("quizzes.view_quizattempt")


def test_a_permission_given_to_the_person_and_superuser_status_count_at_once(db):
    person = UserFactory()
    assert not fresh(person).has_perm("quizzes.view_quizattempt")
    person.user_permissions.add(Permission.objects.get(codename="view_quizattempt"))
    assert fresh(person).has_perm("quizzes.view_quizattempt")

    assert not fresh(person).has_perm("certificates.view_certificate")
    User.objects.filter(pk=person.pk).update(is_superuser=True)  # no signal: the key says it
    assert fresh(person).has_perm("certificates.view_certificate")

    User.objects.filter(pk=person.pk).update(is_active=False)
    assert not fresh(person).has_perm("quizzes.view_quizattempt")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_what_a_transaction_changed_is_not_cached_before_it_commits_nor_after_a_rollback():
    person = UserFactory()
    trainers = Group.objects.get(name=roles.TRAINERS)
    assert not fresh(person).has_perm(ADMIN)

    with pytest.raises(RuntimeError), transaction.atomic():
        person.groups.add(trainers)
        assert fresh(person).has_perm(ADMIN)  # read from this transaction, not stored
        raise RuntimeError("the administrator's save failed half-way")
    assert not fresh(person).has_perm(ADMIN)

    with transaction.atomic():
        person.groups.add(trainers)
        assert fresh(person).has_perm(ADMIN)
    assert fresh(person).has_perm(ADMIN)
    assert permission_queries(lambda: fresh(person).has_perm(ADMIN)) == 0


def test_a_failing_cache_is_read_past(db, monkeypatch):
    from django.core.cache import cache

    person = UserFactory()
    person.groups.add(Group.objects.get(name=roles.TRAINERS))

    def broken(*args, **kwargs):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(cache, "get", broken)
    assert fresh(person).has_perm(ADMIN)
