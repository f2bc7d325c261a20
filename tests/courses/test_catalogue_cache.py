"""The catalogue's cards and the dashboard's courses come from the shared cache and show at
once what an editor changes; a request asks the cache for the content generation once, and
sees its own changes."""

from django.core.signals import request_finished, request_started

import pytest

from courses import outline_cache, services
from courses.models import CourseCataloguePage, CoursePage, ModulePage
from courses.selectors import catalogue_courses
from tests.factories import AudienceFactory, TopicFactory, UserFactory, make_course, make_lesson


@pytest.fixture
def catalogue(db):
    return CourseCataloguePage.objects.get(locale__language_code="en")


def test_the_catalogue_reads_its_courses_once_and_then_from_the_cache(
    catalogue, django_assert_num_queries
):
    course = make_course(catalogue=catalogue, title="Debt bondage")
    assert [c.title for c in catalogue_courses(catalogue)] == [course.title]
    with django_assert_num_queries(0):
        assert [c.title for c in catalogue_courses(catalogue)] == [course.title]


def test_a_course_longer_by_a_new_lesson_shows_its_new_duration_at_once(catalogue):
    course = make_course(catalogue=catalogue)
    (before,) = catalogue_courses(catalogue)
    module = ModulePage.objects.child_of(course).first()
    # Course minutes are stored with an ``update()`` after the lesson's save: no signal.
    make_lesson(module, body=[("text", "<p>" + "Recruiters promise work. " * 600 + "</p>")])
    stored = CoursePage.objects.get(pk=course.pk).estimated_minutes
    assert stored > before.estimated_minutes
    (after,) = catalogue_courses(catalogue)
    assert after.estimated_minutes == stored


def test_the_cards_show_audiences_and_topics_in_swedish_escaped(client, db):
    catalogue = CourseCataloguePage.objects.get(locale__language_code="sv")
    police = AudienceFactory(slug="police", name="Police", name_sv="Polis")
    topic = TopicFactory(slug="debt", name="Debt & control", name_sv="Skuld & kontroll")
    make_course(catalogue=catalogue, audiences=[police], topics=[topic], title="<Skuld>")
    make_course(catalogue=catalogue, title="För alla")
    page = client.get(catalogue.url, {"audience": "police"}).content.decode()
    assert "<dd>Polis</dd>" in page
    assert "<dd>Skuld &amp; kontroll</dd>" in page
    assert "&lt;Skuld&gt;</a>" in page
    assert "<dd>Alla</dd>" in page  # the course for everyone is listed for the police too
    assert "<dt>Tid</dt>" in page
    only_debt = client.get(catalogue.url, {"topic": "debt"}).content.decode()
    assert "För alla" not in only_debt


def test_a_request_asks_for_the_generation_once_and_sees_its_own_change(db, monkeypatch):
    reads = []
    real_get = outline_cache.cache.get

    def counting_get(key, *args, **kwargs):
        if key == outline_cache.GENERATION_KEY:
            reads.append(key)
        return real_get(key, *args, **kwargs)

    outline_cache._generation()  # the first generation of an empty cache: read, added, read
    monkeypatch.setattr(outline_cache.cache, "get", counting_get)
    request_started.send(sender=None)
    try:
        first = outline_cache._generation()
        assert outline_cache._generation() == first
        assert len(reads) == 1
        outline_cache.content_changed()  # an editor's save in this request
        assert outline_cache._generation() != first
    finally:
        request_finished.send(sender=None)
    outline_cache._generation()
    outline_cache._generation()
    assert len(reads) == 4  # outside a request: every time


def test_a_course_renamed_shows_its_new_title_on_the_dashboard(client, catalogue):
    learner = UserFactory()
    course = make_course(catalogue=catalogue, title="Forced labour")
    services.enrolment_create(learner, course)
    client.force_login(learner)
    assert "Forced labour" in client.get("/dashboard/").content.decode()
    course.title = "Forced labour in agriculture"
    course.save_revision().publish()
    assert "Forced labour in agriculture" in client.get("/dashboard/").content.decode()


def test_an_audience_added_or_renamed_shows_in_the_filters_at_once(client, catalogue):
    make_course(catalogue=catalogue)
    client.get(catalogue.url)
    judges = AudienceFactory(slug="judges", name="Judges", name_sv="Domare")
    assert ">Judges</option>" in client.get(catalogue.url).content.decode()
    judges.name = "Judges and prosecutors"
    judges.save()
    assert ">Judges and prosecutors</option>" in client.get(catalogue.url).content.decode()
