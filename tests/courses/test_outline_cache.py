"""A course's outline is read from the shared cache, and whatever a trainer changes in the
course shows in the very next outline a learner reads, in English and in Swedish."""

import pytest

from courses import outline_cache, services
from courses.models import CourseCataloguePage, ModulePage
from courses.selectors import course_outline
from tests.factories import AudienceFactory, UserFactory, lessons_of, make_course, make_lesson


@pytest.fixture(params=["en", "sv"])
def catalogue(request, db):
    return CourseCataloguePage.objects.get(locale__language_code=request.param)


@pytest.fixture
def course(catalogue):
    return make_course(modules=2, lessons_per_module=2, catalogue=catalogue)


def titles(course, learner) -> list[str]:
    return [entry.page.title for entry in course_outline(course, learner).lessons]


def modules_of(course) -> list[ModulePage]:
    return list(ModulePage.objects.child_of(course).order_by("path"))


def test_the_outline_is_read_once_and_then_from_the_cache(
    course, learner, django_assert_num_queries
):
    titles(course, learner)
    with django_assert_num_queries(1):  # the learner's progress only: no quiz in this course
        assert len(titles(course, learner)) == 4


def test_a_lesson_published_shows_in_the_next_outline(course, learner):
    before = titles(course, learner)
    make_lesson(modules_of(course)[-1], title="Debt bondage")
    assert titles(course, learner) == [*before, "Debt bondage"]


def test_an_unpublished_lesson_leaves_the_next_outline(course, learner):
    first, *rest = lessons_of(course)
    titles(course, learner)
    first.unpublish()
    assert titles(course, learner) == [lesson.title for lesson in rest]


def test_a_lesson_moved_to_another_module_moves_in_the_next_outline(course, learner):
    first, second, third, fourth = lessons_of(course)
    titles(course, learner)
    first.move(modules_of(course)[-1], pos="last-child")
    outline = course_outline(course, learner)
    assert [e.page.title for e in outline.modules[1].lessons] == [
        third.title,
        fourth.title,
        first.title,
    ]
    assert outline.lessons[-1].page.url.endswith(f"/{first.slug}/")


def test_a_lesson_limited_to_another_audience_leaves_that_learners_outline(course, learner):
    police = AudienceFactory(slug="police", name="Police")
    first = lessons_of(course)[0]
    titles(course, learner)
    first.audiences = [police]
    first.save_revision().publish()
    assert first.title not in titles(course, learner)
    assert first.title in titles(course, UserFactory(audience=police))


def test_a_renamed_lesson_shows_its_new_title_on_the_lesson_page(client, course, learner):
    services.enrolment_create(learner, course)
    first, second, *_ = lessons_of(course)
    client.force_login(learner)
    assert client.get(first.url).status_code == 200
    second.title = "Indicators of forced labour"
    second.save_revision().publish()
    page = client.get(first.url).content.decode()
    assert "Indicators of forced labour" in page


def test_progress_is_each_learners_own_though_the_outline_is_shared(course, learner):
    other = UserFactory(audience=learner.audience)
    for person in (learner, other):
        services.enrolment_create(person, course)
    services.lesson_complete(learner, lessons_of(course)[0])
    assert course_outline(course, learner).completed_count == 1
    assert course_outline(course, other).completed_count == 0
    assert course_outline(course, other).lessons[0].is_locked is False
    assert course_outline(course, other).lessons[1].is_locked is True


class BrokenCache:
    """A cache whose server is down and whose client raises, as Django's own Redis client does."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("Redis is down")

        return fail


@pytest.mark.parametrize("catalogue", ["en"], indirect=True)
def test_a_failing_cache_serves_the_lesson_from_the_database(client, course, learner, monkeypatch):
    services.enrolment_create(learner, course)
    monkeypatch.setattr(outline_cache, "cache", BrokenCache())
    client.force_login(learner)
    first, second, *_ = lessons_of(course)
    response = client.get(first.url)
    assert response.status_code == 200
    assert second.title in response.content.decode()
    second.title = "Renamed while the cache was down"
    second.save_revision().publish()  # the generation cannot be replaced: publishing still works
    assert "Renamed while the cache was down" in client.get(first.url).content.decode()


def test_the_outline_says_each_lessons_status_in_words_and_links_only_open_lessons(
    client, course, learner
):
    """The lesson rows come from the cached structure: a link to each lesson the learner may
    open, the current one marked for screen readers, locked ones as plain (escaped) text, and
    the status in the page's language."""
    first, second, third, _fourth = lessons_of(course)
    third.title = "Debt & <bondage>"
    third.save_revision().publish()
    services.enrolment_create(learner, course)
    services.lesson_complete(learner, first)
    client.force_login(learner)

    html = client.get(second.url).content.decode()
    outline = html[html.index('class="outline"') :]
    assert f'<a href="{first.url}">{first.title}</a>' in outline
    assert f'<a href="{second.url}" aria-current="page">{second.title}</a>' in outline
    assert "<span>Debt &amp; &lt;bondage&gt;</span>" in outline
    assert f'href="{third.url}"' not in outline
    swedish = course.locale.language_code == "sv"
    for label in ("Slutförd", "Nästa", "Låst") if swedish else ("Completed", "Up next", "Locked"):
        assert f'<span class="status-label">{label}</span>' in outline
    module = "Modul 1: " if swedish else "Module 1: "
    done = "1 av 2 lektioner klara" if swedish else "1 of 2 lessons completed"
    assert module in outline and done in outline
