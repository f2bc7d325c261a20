"""English and Swedish: translated pages, translated interface, a language switcher."""

import pytest

pytestmark = pytest.mark.django_db
DEMO_COURSES = ["identifying-victims-consular"]  # seeded_demo: this course, not them all


@pytest.fixture
def demo(seeded_demo):
    return seeded_demo


def test_swedish_catalogue_lists_swedish_courses(client, demo):
    response = client.get("/sv/kurser/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="sv">' in html
    assert "Att identifiera offer för människohandel" in html
    assert "Identifying victims of trafficking" not in html


def test_interface_strings_are_translated(client, demo):
    html = client.get("/sv/kurser/identifiera-offer-konsular/").content.decode()
    assert "Kursöversikt" in html  # "Course outline"
    assert "Logga in för att anmäla dig" in html  # "Sign in to enrol"


def test_language_switcher_links_to_the_translation_of_this_page(client, demo):
    html = client.get("/courses/identifying-victims-consular/").content.decode()
    assert 'href="/sv/kurser/identifiera-offer-konsular/" hreflang="sv"' in html
    html = client.get("/sv/kurser/identifiera-offer-konsular/").content.decode()
    assert 'href="/courses/identifying-victims-consular/" hreflang="en"' in html


def test_language_switcher_on_a_non_page_view(client, demo):
    html = client.get("/accounts/login/").content.decode()
    assert 'href="/sv/accounts/login/" hreflang="sv"' in html


def test_swedish_learner_progress_is_shared_with_english(client, demo):
    client.post(
        "/accounts/login/", {"username": "learner@example.org", "password": "frontline-demo-2026"}
    )
    english = client.get("/dashboard/").content.decode()
    swedish = client.get("/sv/dashboard/").content.decode()
    # Anna has read the first module's two lessons; ten lessons and two quizzes in all.
    assert "17% complete (2 of 12 steps)" in english
    assert "Att identifiera offer för människohandel" in swedish
    assert "17 %" in swedish or "17%" in swedish


def test_the_home_page_is_read_in_its_language_and_as_last_published(client, demo):
    """Its introduction and audiences are kept rendered (content_fragment_tags): per language,
    and never older than the page."""
    from home.models import HomePage

    english, swedish = client.get("/").content.decode(), client.get("/sv/").content.decode()
    assert "Who it is for" in english and "Who it is for" not in swedish
    assert client.get("/").content.decode() == english  # from the cache, the same

    home = HomePage.objects.get(locale__language_code="en")
    home.title = "Training for those who meet victims first"
    home.save_revision().publish()
    assert "<h1>Training for those who meet victims first</h1>" in client.get("/").content.decode()
    assert client.get("/sv/").content.decode() == swedish
