"""An administrator deleting an account in the admin erases the person, as the person can from
"My data": their certificates are revoked as "Holder erased", their learning records go, and
the admin's history says who deleted the account. (Until issue 15 only the records went, by a
signal on the row's deletion.)"""

from django.urls import reverse

import pytest

from accounts.models import User
from certificates.models import AuditEntry, Certificate
from courses import services as course_services
from tests.certificates.conftest import complete, make_assessed_course
from tests.factories import UserFactory, make_course
from tracking.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client):
    administrator = UserFactory(is_superuser=True)
    client.force_login(administrator)
    return administrator


def test_deleting_an_account_in_the_admin_erases_its_records(client, administrator):
    course = make_course(modules=1, lessons_per_module=1)
    learner = UserFactory()
    course_services.enrolment_create(learner, course)
    assert Statement.objects.filter(user=learner).exists()

    response = client.post(reverse("wagtailusers_users:delete", args=[learner.pk]))

    assert response.status_code == 302
    assert not User.objects.filter(pk=learner.pk).exists()
    # Nothing was delivered, so there is nothing to void either.
    assert not Statement.objects.exists()


def test_deleting_an_account_in_the_admin_revokes_its_certificates(client, administrator):
    learner = UserFactory()
    complete(learner, make_assessed_course())

    client.post(reverse("wagtailusers_users:delete", args=[learner.pk]))

    certificate = Certificate.objects.get()
    assert (certificate.status, certificate.holder_name) == ("revoked", "(erased)")
    entry = AuditEntry.objects.get(reason="Holder erased")
    assert entry.actor == administrator
    assert not Statement.objects.exclude(verb="voided").exists()


def test_deleting_accounts_together_in_the_admin_erases_each(client, administrator):
    course = make_course(modules=1, lessons_per_module=1)
    learners = [UserFactory(), UserFactory()]
    for learner in learners:
        course_services.enrolment_create(learner, course)
    stays = UserFactory()
    course_services.enrolment_create(stays, course)

    url = reverse("wagtail_bulk_action", args=["accounts", "user", "delete"])
    query = "&".join(f"id={learner.pk}" for learner in learners)
    response = client.post(f"{url}?{query}&next=/admin/users/")

    assert response.status_code == 302
    assert not User.objects.filter(pk__in=[learner.pk for learner in learners]).exists()
    assert set(Statement.objects.values_list("user", flat=True)) == {stays.pk}
