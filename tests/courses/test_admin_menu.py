"""Sara, a trainer, opens the admin and finds *Courses* in the menu: it takes her to the course
catalogue of either language in the page explorer, where she adds a course."""

import json
import re

import pytest

from accounts import roles
from courses.models import CourseCataloguePage
from tests.factories import UserFactory, make_course

pytestmark = pytest.mark.django_db


def menu(html: str) -> list[dict]:
    """The admin sidebar's main menu, as the page hands it to the sidebar script."""
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    data = json.loads(props)
    main = next(m for m in data["modules"] if m["_type"] == "wagtail.sidebar.MainMenuModule")
    return main["_args"][0]


def find(items, name):
    return next((item for item in items if item["_args"][0]["name"] == name), None)


def test_a_trainer_finds_courses_in_both_languages_in_the_admin_menu(client):
    course = make_course(title="Victim identification at the border")
    client.force_login(UserFactory(role=roles.TRAINERS))
    courses = find(menu(client.get("/admin/").content.decode()), "courses")
    assert courses is not None and courses["_args"][0]["label"] == "Courses"
    links = {item["_args"][0]["label"]: item["_args"][0]["url"] for item in courses["_args"][1]}
    assert links == {
        "English": "/admin/courses/en/",
        "Svenska": "/admin/courses/sv/",
        "Content due for review": "/admin/courses/review/due/",
        "Facts awaiting confirmation": "/admin/courses/review/awaiting-confirmation/",
    }
    for code, url in (("en", links["English"]), ("sv", links["Svenska"])):
        catalogue = CourseCataloguePage.objects.get(locale__language_code=code)
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/admin/pages/{catalogue.pk}/"
    explorer = client.get(links["English"], follow=True)
    assert explorer.status_code == 200
    assert "Victim identification at the border" in explorer.content.decode()
    assert f"/admin/pages/{course.get_parent().pk}/add_subpage/" in explorer.content.decode()


def test_people_who_edit_no_pages_see_no_courses_menu(client):
    client.force_login(UserFactory(role=roles.CERTIFYING_BODIES))
    assert find(menu(client.get("/admin/").content.decode()), "courses") is None


def test_learners_do_not_reach_the_catalogue_in_the_admin(client):
    client.force_login(UserFactory())
    response = client.get("/admin/courses/en/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_unknown_language_is_not_found(client):
    client.force_login(UserFactory(role=roles.TRAINERS))
    assert client.get("/admin/courses/xx/").status_code == 404
