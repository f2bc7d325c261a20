"""Swedish is whole: a learner who reads the platform in Swedish reads Swedish everywhere.

Over the seeded demo: no live Swedish page (home, catalogue, course, module, lesson, quiz) says
what its English source says — as a whole, block by block, or sentence by sentence — and the
Swedish interface (catalogue, *My learning* with its readiness panels and certificates, the
course pages) shows no English title of anything that has a Swedish one."""

import html
import re

from django.utils import translation

import pytest

from courses.durations import NOT_READ
from courses.models import CourseCataloguePage, CoursePage, LessonPage, ModulePage
from home.models import HomePage
from quizzes.models import QuizPage
from readiness.models import RequirementSet
from tests.two_factor import second_step

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]

PAGE_TYPES = (HomePage, CourseCataloguePage, CoursePage, ModulePage, LessonPage, QuizPage)
DEMO_PASSWORD = "frontline-demo-2026"

# Keys of block values that are not prose: choices made by the trainer and a case's plumbing.
NOT_PROSE = NOT_READ | {"key", "leads_to", "points", "critical", "is_correct", "correct_answer"}
TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")


def plain(value: str) -> str:
    return SPACE.sub(" ", html.unescape(TAG.sub(" ", value))).strip()


def strings(value):
    """Every string a reader reads in a raw block value or field, whatever the nesting."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_PROSE:
                yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def blocks(page) -> list[str]:
    """The page's text as the units a translator works in: each block of a lesson (each
    block inside an audience variant), each learning outcome, each question, each field."""
    page = page.specific
    units: list = []
    if isinstance(page, HomePage):
        units = [page.lead, page.body]
    elif isinstance(page, CourseCataloguePage):
        units = [page.intro]
    elif isinstance(page, CoursePage):
        units = [page.summary, *(str(outcome.value) for outcome in page.learning_outcomes)]
    elif isinstance(page, ModulePage):
        units = [page.summary]
    elif isinstance(page, LessonPage):
        for block in page.body.raw_data:
            if block["type"] == "audience_variant":
                units.extend(inner["value"] for inner in block["value"]["content"])
            else:
                units.append(block["value"])
    elif isinstance(page, QuizPage):
        units = [page.intro]
        for question in page.questions.order_by("sort_order"):
            units.append([question.prompt, question.explanation, question.answer.raw_data])
    texts = [plain(" ".join(strings(unit))) for unit in units]
    return [text for text in texts if text]


def english_source(page):
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale__language_code="en")
        .first()
    )


def swedish_pages():
    for model in PAGE_TYPES:
        yield from model.objects.live().filter(locale__language_code="sv").order_by("path")


# English function words that are not Swedish words (so "i", "in", "man", "by", "all", "hen"
# and "under" are left out: Swedish uses them too).
# fmt: off
ENGLISH_ONLY = frozenset({
    "the", "and", "of", "to", "is", "are", "was", "were", "be", "been", "with", "that", "this",
    "these", "those", "you", "your", "what", "which", "who", "have", "has", "had", "from", "they",
    "their", "them", "it", "its", "on", "not", "or", "but", "will", "would", "should", "could",
    "if", "when", "there", "how", "does", "did", "than", "then", "an", "at", "we", "our", "us",
    "can", "may", "must", "about", "after", "before", "because", "any", "for", "he", "she", "his",
    "her", "him", "do",
})
# fmt: on
SENTENCE = re.compile(r"(?<=[.!?:;])\s+")
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé'’-]+")
# Titles keep their language: a quoted title, a link's text and a lesson's list of sources
# ("Källor") name English documents by their English names.
QUOTED = re.compile(r"[“”\"«»][^“”\"«»]{0,300}[“”\"«»]")
LINK = re.compile(r"<a\b[^>]*>.*?</a>", re.S)
SOURCES = re.compile(r"<h2>\s*Källor\s*</h2>.*", re.S)


def english_sentences(text_html: str) -> list[str]:
    """Sentences of a Swedish text that read as English.

    A sentence of at least six words reads as English when at least three of its words, and
    at least a fifth of them, are English function words that are not also Swedish words
    (``ENGLISH_ONLY``). Function words make up about a third of running English prose and
    next to nothing of Swedish, so an English sentence of six words or more almost always
    carries three of them; a Swedish sentence that names an English institution or document
    ("CBSS Task Force against Trafficking in Human Beings") carries one or two, and a fifth
    keeps a long Swedish sentence with such a name below the line. Quoted titles, link texts
    and the list of sources are left out first: they name documents by their own titles."""
    text = SOURCES.sub(" ", text_html)
    text = LINK.sub(" ", text)
    text = plain(text)
    text = QUOTED.sub(" ", text)
    found = []
    for sentence in SENTENCE.split(text):
        words = [word.lower() for word in WORD.findall(sentence)]
        english = sum(word in ENGLISH_ONLY for word in words)
        if len(words) >= 6 and english >= 3 and english * 5 >= len(words):
            found.append(sentence)
    return found


def raw_text(page) -> str:
    """The page's text with its markup (the sources heading and links are found by it)."""
    page = page.specific
    parts = []
    for field in ("lead", "body", "intro", "summary"):
        value = getattr(page, field, None)
        if value is None:
            continue
        if hasattr(value, "raw_data"):
            parts.extend(" ".join(strings(block["value"])) for block in value.raw_data)
        else:
            parts.append(str(value))
    if isinstance(page, CoursePage):
        parts.extend(str(outcome.value) for outcome in page.learning_outcomes)
    if isinstance(page, QuizPage):
        for question in page.questions.all():
            parts.append(" ".join(strings([question.prompt, question.explanation])))
            parts.append(" ".join(strings(question.answer.raw_data)))
    return "\n".join(parts)


# The heuristic itself ---------------------------------------------------------------------
def test_the_english_sentence_heuristic_tells_english_from_swedish():
    assert english_sentences("<p>Talk to the applicant alone, away from the person with them.</p>")
    assert not english_sentences(
        "<p>Tala med den sökande ensam, utan den som följer med. Fråga vem som har passet.</p>"
    )
    # A Swedish sentence may name an English body or title.
    assert not english_sentences(
        "<p>CBSS Task Force against Trafficking in Human Beings utbildade konsulär personal "
        "i tolv utbildningar.</p>"
    )
    assert not english_sentences(
        "<p>Läs “Guidelines for the identification of victims of trafficking in human "
        "beings” före intervjun.</p>"
    )
    assert not english_sentences(
        "<h2>Källor</h2><ul><li>Handbook for Diplomatic and Consular Personnel on how to "
        "assist and protect victims of human trafficking. CBSS, 2011.</li></ul>"
    )


# Pages ------------------------------------------------------------------------------------
def test_every_swedish_page_has_its_english_source():
    orphans = [page.url_path for page in swedish_pages() if english_source(page) is None]
    assert not orphans


def test_no_live_swedish_page_says_what_its_english_source_says():
    copies = []
    for page in swedish_pages():
        swedish = blocks(page)
        if swedish and swedish == blocks(english_source(page)):
            copies.append(page.url_path)
    assert not copies, f"Swedish pages with their English text: {copies}"


def test_no_live_swedish_page_keeps_an_english_block():
    """Compared block by block with its English source: a Swedish block of a few words or more
    that is word for word an English one was not translated."""
    untranslated = []
    for page in swedish_pages():
        english = set(blocks(english_source(page)))
        for text in blocks(page):
            if len(text.split()) >= 4 and text in english:
                untranslated.append(f"{page.url_path}: {text[:80]}")
    assert not untranslated, "\n".join(untranslated)


def test_no_live_swedish_page_holds_english_sentences():
    english = []
    for page in swedish_pages():
        for sentence in english_sentences(raw_text(page)):
            english.append(f"{page.url_path}: {sentence[:100]}")
    assert not english, "\n".join(english)


# The interface ----------------------------------------------------------------------------
def english_titles() -> set[str]:
    """Titles of everything a learner meets that has a Swedish title of its own."""
    titles = set()
    for model in (CoursePage, ModulePage, LessonPage, QuizPage):
        for page in model.objects.live().filter(locale__language_code="sv"):
            source = english_source(page)
            if source is not None and source.title != page.title:
                titles.add(source.title)
    for requirement_set in RequirementSet.objects.exclude(name_sv=""):
        if requirement_set.name != requirement_set.name_sv:
            titles.add(requirement_set.name)
    return titles


def english_titles_in(response) -> list[str]:
    assert response.status_code == 200
    with translation.override("sv"):
        text = plain(response.content.decode())
    return sorted(title for title in english_titles() if title in text)


@pytest.mark.parametrize("email", ["learner@example.org", "police@example.org"])
def test_the_swedish_dashboard_shows_swedish_titles_in_every_panel(client, email):
    """*My learning* in Swedish: courses in progress, readiness for duty (sets, required
    courses, the shortest path's modules and quizzes) and certificates."""
    client.post("/sv/accounts/login/", {"username": email, "password": DEMO_PASSWORD})

    response = client.get("/sv/dashboard/")

    html_text = response.content.decode()
    assert "Beredskap för tjänst" in html_text
    assert english_titles_in(response) == []


def test_the_swedish_catalogue_and_course_pages_show_swedish_titles(client):
    client.post(
        "/sv/accounts/login/", {"username": "learner@example.org", "password": DEMO_PASSWORD}
    )
    addresses = ["/sv/kurser/"] + [
        course.url for course in CoursePage.objects.live().filter(locale__language_code="sv")
    ]
    found = {address: english_titles_in(client.get(address)) for address in addresses}
    assert {address: titles for address, titles in found.items() if titles} == {}


def test_the_swedish_members_page_names_courses_in_swedish(client):
    """Karin manages the embassy: in Swedish, what keeps a member from ready ("Saknas: …")
    names the course by its Swedish title."""
    from accounts.models import User
    from organisations.models import Organisation

    response = client.post(
        "/sv/accounts/login/", {"username": "manager@example.org", "password": DEMO_PASSWORD}
    )
    # A manager signs in with the demo authenticator's code too.
    second_step(client, response, User.objects.get(email="manager@example.org"))
    embassy = Organisation.objects.filter(managers__email="manager@example.org").get()

    response = client.get(f"/sv/organisations/{embassy.pk}/")

    assert "Saknas:" in response.content.decode()
    assert english_titles_in(response) == []
