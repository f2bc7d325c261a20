"""Pages are found by their URL in two queries, whatever their depth (HomePage.route): a
learner reaches a lesson at its address, a draft or a wrong address answers 404, and a page
whose slug changes is found at its new address only — as Wagtail's own routing does."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import lessons_of, make_course


def routing_queries(client, url) -> tuple[int, int]:
    """The response's status and how many page-tree queries routing it took."""
    with CaptureQueriesContext(connection) as captured:
        status = client.get(url).status_code
    return status, len([q for q in captured if '"wagtailcore_page"' in q["sql"]])


def test_a_lesson_is_found_at_its_address_and_nowhere_else(client, db):
    course = make_course(modules=1, lessons_per_module=2)
    first, second = lessons_of(course)
    assert client.get(first.url).status_code in (200, 302, 403)  # found; the gate decides
    assert client.get(first.url.rstrip("/") + "-nope/").status_code == 404
    assert client.get(f"{course.url}no-such-module/{first.slug}/").status_code == 404

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


def test_routing_a_deep_page_costs_no_more_than_a_shallow_one(client, db):
    course = make_course(modules=1, lessons_per_module=1)
    (lesson,) = lessons_of(course)
    client.get(course.url)  # warm per-process caches
    _status, course_routing = routing_queries(client, course.url)
    _status, lesson_routing = routing_queries(client, lesson.url)
    # The lesson lies two levels deeper; Wagtail's own routing would take four more queries.
    assert lesson_routing - course_routing < 4
