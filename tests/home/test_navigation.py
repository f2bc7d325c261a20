"""The header and footer every page shows — the catalogue link, this page in each language,
the site's helpline — come from the shared cache, and change on the very next request after
an editor changes them: a translation published or unpublished, the catalogue renamed, the
site settings edited. A failing cache serves them from the database."""

import pytest

from courses import outline_cache
from courses.models import CourseCataloguePage
from home.models import SiteSettings
from tests.courses.test_outline_cache import BrokenCache
from tests.factories import make_course, swedish_locale

pytestmark = pytest.mark.django_db


def language_link(html: str, code: str) -> str:
    """The href of the language switcher's link to ``code``."""
    tag = html[: html.index(f'hreflang="{code}"')]
    return tag[tag.rindex('href="') + 6 :].split('"')[0]


def test_a_translation_published_is_linked_on_the_next_request_and_unlinked_when_withdrawn(client):
    course = make_course(modules=1, lessons_per_module=1)
    before = language_link(client.get(course.url).content.decode(), "sv")
    assert before == f"/sv{course.url}"  # no Swedish course yet: the same path in Swedish

    swedish = course.copy_for_translation(swedish_locale())
    swedish.save_revision().publish()
    swedish.refresh_from_db()
    assert language_link(client.get(course.url).content.decode(), "sv") == swedish.url
    assert swedish.url.startswith("/sv/kurser/")

    swedish.unpublish()
    assert language_link(client.get(course.url).content.decode(), "sv") == before


def test_the_catalogue_renamed_is_linked_at_its_new_address(client):
    assert 'href="/courses/"' in client.get("/").content.decode()
    catalogue = CourseCataloguePage.objects.get(locale__language_code="en")
    catalogue.slug = "training"
    catalogue.save_revision().publish()
    html = client.get("/").content.decode()
    assert 'href="/training/"' in html and 'href="/courses/"' not in html


def test_the_helpline_edited_in_the_site_settings_shows_in_the_next_footer(client):
    assert "116 006" not in client.get("/").content.decode()
    settings = SiteSettings.objects.get()  # created by the first request
    settings.helpline = "Victim support line: 116 006"
    settings.save()
    assert "Victim support line: 116 006" in client.get("/").content.decode()


def test_a_failing_cache_serves_the_header_and_footer_from_the_database(client, monkeypatch):
    client.get("/")  # creates the site's settings
    SiteSettings.objects.update(helpline="Victim support line: 116 006")  # only in the database
    monkeypatch.setattr(outline_cache, "cache", BrokenCache())
    html = client.get("/").content.decode()
    assert "Victim support line: 116 006" in html
    assert 'href="/courses/"' in html and 'hreflang="sv"' in html
