"""Pages are found by their URL as Wagtail finds them, the page at an address and its view
restrictions coming from the shared cache (home.routing): a learner reaches a lesson at its
address in one page query; a draft, an unpublished page or a wrong address answers 404; a page
renamed or moved is found at its new address only; a view restriction added, moved up the tree
or removed is enforced on the very next request — the cache is never stale."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from courses import outline_cache
from courses.models import LessonPage
from tests.courses.test_outline_cache import BrokenCache
from tests.factories import lessons_of, make_course, make_module

pytestmark = pytest.mark.django_db


def routing_queries(client, url) -> tuple[int, int]:
    """The response's status and how many page-tree queries routing it took."""
    with CaptureQueriesContext(connection) as captured:
        status = client.get(url).status_code
    return status, len([q for q in captured if '"wagtailcore_page"' in q["sql"]])


def test_a_lesson_is_found_at_its_address_and_nowhere_else(client):
    course = make_course(modules=1, lessons_per_module=2)
    first, second = lessons_of(course)
    assert client.get(first.url).status_code in (200, 302, 403)  # found; the gate decides
    assert client.get(first.url.rstrip("/") + "-nope/").status_code == 404
    assert client.get(f"{course.url}no-such-module/{first.slug}/").status_code == 404

    assert client.get(second.url).status_code == 302  # served (and so cached): sign in first
    second.unpublish()
    assert client.get(second.url).status_code == 404

    module = first.get_parent().specific
    old_url = first.url
    module.slug = "renamed-module"
    module.save_revision().publish()
    first.refresh_from_db()
    assert first.url != old_url and "renamed-module" in first.url
    assert client.get(old_url).status_code == 404
    assert client.get(first.url).status_code != 404


def test_a_lesson_moved_to_another_module_is_found_at_its_new_address_only(client):
    course = make_course(modules=1, lessons_per_module=1)
    (lesson,) = lessons_of(course)
    old_url = lesson.url
    assert client.get(old_url).status_code == 302
    lesson.move(make_module(course), pos="last-child")
    lesson.refresh_from_db()
    # The old address no longer routes to it: Wagtail's redirect (made on the move) answers.
    response = client.get(old_url)
    assert (response.status_code, response["Location"]) == (301, lesson.url)
    assert client.get(lesson.url).status_code == 302


def test_a_draft_never_published_answers_404_at_its_address(client):
    course = make_course(modules=1, lessons_per_module=1)
    module = lessons_of(course)[0].get_parent()
    body = [("text", "<p>Soon.</p>")]
    draft = LessonPage(title="Draft", slug="draft", body=body, live=False)
    module.add_child(instance=draft)
    assert client.get(draft.url or f"{module.url}draft/").status_code == 404
    assert client.get(f"{module.url}draft/").status_code == 404  # twice: the cache says the same


def test_a_page_is_read_in_one_query_once_its_address_is_known(client):
    course = make_course(modules=1, lessons_per_module=1)
    (lesson,) = lessons_of(course)
    client.get(lesson.url)  # the first request reads the site and the address
    status, page_queries = routing_queries(client, lesson.url)
    # Wagtail's own routing takes two queries per level below the site's root and two for the
    # view restrictions: thirteen for a lesson.
    assert (status, page_queries) == (302, 1)


def test_a_view_restriction_added_after_the_page_was_cached_is_enforced(client):
    course = make_course(modules=1, lessons_per_module=1)
    assert client.get(course.url).status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(course.url)
    assert response.status_code == 302 and "login" in response["Location"]

    restriction.delete()
    assert client.get(course.url).status_code == 200


def test_a_restriction_on_an_ancestor_and_a_password_on_the_page_are_enforced(client):
    course = make_course(modules=1, lessons_per_module=1)
    catalogue = course.get_parent()
    assert client.get(course.url).status_code == 200

    on_catalogue = PageViewRestriction.objects.create(
        page=catalogue, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(course.url).status_code == 302
    on_catalogue.delete()

    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-word"
    )
    response = client.get(course.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert "Recognise the indicators of trafficking." not in response.content.decode()


def test_a_failing_cache_routes_every_page_through_the_database(client, monkeypatch):
    course = make_course(modules=1, lessons_per_module=1)
    (lesson,) = lessons_of(course)
    monkeypatch.setattr(outline_cache, "cache", BrokenCache())
    assert client.get("/").status_code == 200
    assert client.get(course.url).status_code == 200
    assert client.get(lesson.url).status_code == 302
    assert client.get(f"{course.url}no-such-page/").status_code == 404
