"""The roles exist from the migrations with the right Wagtail permissions."""

from django.contrib.auth.models import Group

import pytest

from accounts import roles
from courses.models import CourseCataloguePage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_roles_are_created_by_migrations():
    assert set(Group.objects.values_list("name", flat=True)) == set(roles.ALL)


def test_trainers_can_edit_the_catalogues_in_both_languages():
    """...and publish what they write only through the Subject-matter review."""
    trainer = UserFactory(role=roles.TRAINERS)
    for catalogue in CourseCataloguePage.objects.all():
        permissions = catalogue.permissions_for_user(trainer)
        assert permissions.can_add_subpage() and permissions.can_edit()
        assert not permissions.can_publish_subpage()
        assert catalogue.get_workflow().name == "Subject-matter review"


def test_trainers_cannot_edit_the_home_page_or_site_settings(client):
    trainer = UserFactory(role=roles.TRAINERS)
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200
    settings_response = client.get("/admin/settings/home/sitesettings/")
    assert settings_response.status_code in (302, 403)
    home = CourseCataloguePage.objects.first().get_parent()
    assert not home.permissions_for_user(trainer).can_edit()
    assert client.get("/admin/users/").status_code in (302, 403)


def test_administrators_edit_site_settings(client):
    administrator = UserFactory(role=roles.ADMINISTRATORS)
    client.force_login(administrator)
    response = client.get("/admin/settings/home/sitesettings/", follow=True)
    assert response.status_code == 200
    assert "helpline" in response.content.decode().lower()


def test_learners_cannot_enter_the_admin(client):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
