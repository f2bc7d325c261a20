"""The demo content an officer reads before meeting a victim holds no known defect (issue 16):
no dated estimate or phone number in a graded question, no begging called a crime, every
lesson saying where its facts come from, Swedish pages in Swedish, contacts that fit the
person's place and sex, and a readiness statement that claims no endorsement."""

import re

from django.urls import reverse

import pytest

from accounts.models import User
from courses.models import CoursePage, LessonPage, ReferenceFact
from quizzes.models import QuizQuestion

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]

DEMO_COURSES = [
    "identifying-victims-consular",
    "non-punishment-principle",
    "threat-and-risk-assessment",
]
OLD_ESTIMATE = re.compile(r"400\s*(–|-|to|and|och)\s*600")
FREEPHONE = re.compile(r"\b020[\s-]?\d")


def course(slug, language="en"):
    english = CoursePage.objects.get(slug=slug, locale__language_code="en")
    return english if language == "en" else english.get_translation(_locale("sv"))


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def lessons(slug, language="en"):
    return LessonPage.objects.descendant_of(course(slug, language)).live().order_by("path")


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def everything_a_question_says(question):
    """Prompt, explanation and the stored key (options, pairs, steps, accepted answers, parts),
    without the blocks' random ids: "…-0205…" in an id is not a phone number."""
    said = f"{question.prompt} {question.explanation} {question.answer.raw_data}"
    return UUID.sub("", said)


def blocks(lesson, block_type):
    """The lesson's blocks of ``block_type``, audience variants included."""
    found = []
    for block in lesson.body:
        if block.block_type == "audience_variant":
            found += [b for b in block.value["content"] if b.block_type == block_type]
        elif block.block_type == block_type:
            found.append(block)
    return found


def test_no_question_grades_the_old_police_estimate():
    questions = QuizQuestion.objects.all()
    assert questions.count() >= 24  # both quizzes, in English and Swedish
    for question in questions:
        assert not OLD_ESTIMATE.search(everything_a_question_says(question)), question.prompt


def test_the_estimate_is_taught_only_as_a_dated_qualified_historical_figure():
    """The estimate is a reference fact (a statistic, with the month it was checked and its
    seed document), shown in the lesson through the reference-facts block."""
    estimate = ReferenceFact.objects.get(kind=ReferenceFact.STATISTIC, fact__contains="400–600")
    assert "early 2000s" in estimate.fact and "<em>sexual</em> exploitation" in estimate.fact
    assert "not a current figure" in estimate.fact
    assert "början av 2000-talet" in estimate.fact_sv and "inte aktuell" in estimate.fact_sv
    assert estimate.source.publisher == "Stiftelsen Kvinnoforum"
    for language in ("en", "sv"):
        shown = [fact for block in blocks(lessons(DEMO_COURSES[0], language)[0], "reference_facts")
                 for fact in block.value["facts"]]  # fmt: skip
        assert estimate in shown


def test_no_graded_question_holds_a_phone_number():
    for question in QuizQuestion.objects.all():
        assert not FREEPHONE.search(everything_a_question_says(question)), question.prompt


def test_the_man_at_the_car_wash_is_not_sent_to_the_womens_helpline():
    for question in QuizQuestion.objects.filter(prompt__in=["The man who wants no help"]):
        said = everything_a_question_says(question).lower()
        assert "helpline" not in said and "kvinnofrid" not in said


def test_phone_numbers_in_lessons_stand_only_on_the_dated_reference_card():
    """An applicant abroad is not handed a Swedish 020 number in the lesson's text or scenes:
    numbers are reference facts (dated, with their source) on the reference card, and listed
    for the experts to confirm; never in a lesson's own text."""
    for language in ("en", "sv"):
        for lesson in lessons(DEMO_COURSES[0], language):
            for block in lesson.body:
                if block.block_type == "reference_facts":
                    continue
                if FREEPHONE.search(str(block.value)):
                    assert block.block_type == "expert_check", lesson.title
        referral = lessons(DEMO_COURSES[0], language).get(slug__startswith="referral")
        (card,) = [b for b in blocks(referral, "reference_facts") if b.value["title"]]
        assert card.value["title"].startswith(("Reference card", "Referenskort"))
        numbers = " ".join(fact.fact for fact in card.value["facts"])
        assert "020-39 00 00" in numbers and "020-50 50 50" in numbers
        assert all(fact.as_of for fact in card.value["facts"])


def lesson_by_slug(course_slug, lesson_slug, language="en"):
    english = lessons(course_slug).get(slug=lesson_slug)
    if language == "en":
        return english
    return lessons(course_slug, language).get(translation_key=english.translation_key)


def test_the_begging_sentence_no_longer_calls_begging_a_crime():
    english, swedish = (
        str(lesson_by_slug(DEMO_COURSES[1], "compelled-offences", lang).body)
        for lang in ("en", "sv")
    )
    assert "theft, drug handling, begging" not in english
    assert "Begging itself is not a crime under Swedish national law" in english
    assert "Att tigga är inte brottsligt enligt svensk nationell lag" in swedish


def test_every_lesson_of_the_demo_courses_lists_its_sources():
    """Every lesson cites its sources as rows of Source snippets (title, publisher, year), the
    Swedish lesson the same works as the English one."""
    for slug in DEMO_COURSES:
        english = {lesson.translation_key: lesson for lesson in lessons(slug)}
        for lesson in lessons(slug, "sv"):
            cited = [row.source for row in lesson.sources.all()]
            assert cited, lesson.title
            assert all(source.title and source.publisher and source.year for source in cited)
            english_cited = [row.source for row in english[lesson.translation_key].sources.all()]
            assert cited == english_cited, lesson.title


def test_every_fact_marked_for_review_is_listed_for_the_experts():
    for slug in DEMO_COURSES:
        for language in ("en", "sv"):
            for lesson in lessons(slug, language):
                if "[CHECK" in str(lesson.body):
                    (check,) = blocks(lesson, "expert_check")
                    assert len(check.value["points"]) >= 1, lesson.title


def test_swedish_pages_of_the_placeholder_courses_are_written_in_swedish():
    for slug in DEMO_COURSES[1:]:
        english = {lesson.translation_key: lesson for lesson in lessons(slug)}
        swedish = list(lessons(slug, "sv"))
        assert len(swedish) == len(english) >= 2
        for lesson in swedish:
            assert str(lesson.body) != str(english[lesson.translation_key].body), lesson.title
            assert "Att ta med sig" in str(lesson.body) and "Key takeaways" not in str(lesson.body)


def test_no_lesson_claims_more_time_than_it_could_take():
    """A claimed minute holds at least 20 words (reading slowly, with the cases): a 22-word
    lesson no longer claims 15 minutes."""
    for slug in DEMO_COURSES:
        for lesson in lessons(slug):
            words = len(re.sub(r"<[^>]+>", " ", str(lesson.body)).split())
            assert lesson.estimated_minutes <= max(5, words / 20), lesson.title


def test_judges_are_not_told_about_charging_decisions():
    for slug in DEMO_COURSES:
        for language in ("en", "sv"):
            for lesson in lessons(slug, language):
                assert "charging decision" not in str(lesson.body)
                assert "beslut om åtal fattas" not in str(lesson.body)


def test_the_shoplifters_case_makes_child_protection_not_control_the_test():
    """A branching case now: the learner commits to a choice. Treating the teenagers as children
    is the recommended first step; handling them as adults is a critical error, and the debrief
    says that "suspect or victim" is a false choice."""
    from courses import branching

    lesson = lesson_by_slug(DEMO_COURSES[1], "case-the-shoplifting-charge")
    case = blocks(lesson, "branching_case")[0].value
    plan = branching.plan_of(case)
    first = branching.walk(plan, branching.best_path(plan)).steps[0][1]
    assert "children" in first["label"] and "social services" in first["label"]
    as_adults = next(
        c for c in plan["situations"][plan["start"]]["choices"] if "adult" in c["label"]
    )
    assert as_adults["critical"] and "child" in as_adults["remediation"]
    assert "suspect and a victim at the same" in str(lesson.body)


def test_the_au_pair_case_is_a_residence_permit_decided_by_the_migration_agency():
    for language, permit in (("en", "residence permit"), ("sv", "uppehållstillstånd")):
        case = blocks(lessons(DEMO_COURSES[0], language)[3], "branching_case")[0].value
        situations = " ".join(str(situation["text"]) for situation in case["situations"])
        assert permit in situations
        assert "visa" not in situations and "visum" not in situations


def test_marinas_case_is_played_choice_by_choice_with_its_critical_errors():
    """Marina's case is a branching case (confront / refuse / private talk → disclosure → risk
    to her family): confronting the cousin and calling her family without consent are
    critical errors with their remediation, and the recommended path is the private talk."""
    from courses import branching

    for language in ("en", "sv"):
        case = blocks(lessons(DEMO_COURSES[0], language)[3], "branching_case")[0].value
        assert branching.problems(case) == []
        plan = branching.plan_of(case)
        critical = [
            (situation["key"], choice["leads_to"])
            for situation in plan["situations"].values()
            for choice in situation["choices"]
            if choice["critical"]
        ]
        assert critical == [
            ("at-the-window", "recruiter-alerted"),
            ("her-family", "family-exposed"),
        ]
        recommended = branching.walk(plan, branching.best_path(plan))
        assert [situation["key"] for situation, _ in recommended.steps] == [
            "at-the-window",
            "alone-with-marina",
            "her-family",
        ]
        assert recommended.ending["key"] == "referred"
        assert all(ending["debrief"] for ending in plan["endings"].values())


def test_swedish_indicators_say_den_sokande_and_visering():
    for lesson in lessons(DEMO_COURSES[0], "sv"):
        assert not re.search(r"\bvisum", str(lesson.body)), lesson.title
    checklist = blocks(lessons(DEMO_COURSES[0], "sv")[2], "indicator_checklist")[0].value
    said = " ".join(item for group in checklist["groups"] for item in group["indicators"])
    assert not re.search(r"\b(hon|henne|hennes)\b", said)
    for question in QuizQuestion.objects.filter(quiz__locale__language_code="sv"):
        assert not re.search(r"\bvisum", everything_a_question_says(question)), question.prompt


def test_the_swedish_lesson_offers_the_swedish_pocket_card():
    english = blocks(lessons(DEMO_COURSES[0])[1], "download")[0].value["document"]
    swedish = blocks(lessons(DEMO_COURSES[0], "sv")[1], "download")[0].value["document"]
    assert english.title == "Indicator pocket card"
    assert swedish.title == "Indikatorkort i fickformat"
    # Each test has its own media folder, so the card is read from what seeding wrote into it.
    from home.management.commands.seed_demo import pocket_card_text

    text = pocket_card_text("sv").decode()
    assert "Den sökande har inte själv sitt pass" in text and "focal point" not in text


def test_the_figure_alt_text_names_what_the_image_shows():
    figure = blocks(lessons(DEMO_COURSES[0])[0], "figure")[0].value
    for label in ("Identify", "First contact", "Refer", "Support", "Safe future"):
        assert label in figure["alt_text"]


def test_no_lesson_links_to_a_placeholder_video():
    for slug in DEMO_COURSES:
        for language in ("en", "sv"):
            for lesson in lessons(slug, language):
                assert "frontline-academy-demo" not in str(lesson.body.raw_data)


def test_the_readiness_statement_names_only_its_issuer(client):
    """Anna, certified in both courses of her set, prints her statement: it is issued by
    Frontline Academy, and names no programme as if it endorsed the training."""
    from certificates.services import certificate_issue
    from readiness.models import RequirementSet
    from readiness.services import statement_issue

    anna = User.objects.get(email="learner@example.org")
    duty = RequirementSet.objects.get(name="Consular staff — before visa duty")
    for requirement in duty.requirements.all():
        certificate_issue(anna, requirement.course)
    statement = statement_issue(anna, duty.pk)
    client.force_login(anna)
    html = client.get(reverse("readiness:statement", args=[statement.code])).content.decode()
    assert '<p class="statement__issuer">Frontline Academy</p>' in html
    assert "National Support Programme" not in html


def test_seeding_again_adds_no_second_pocket_card():
    from django.core.management import call_command

    from wagtail.documents import get_document_model

    Document = get_document_model()
    before = Document.objects.count()
    call_command("seed_demo", verbosity=0)
    assert Document.objects.count() == before
    assert Document.objects.filter(title="Indikatorkort i fickformat").count() == 1


def test_anna_reads_the_first_lesson_with_its_dated_facts_and_sources_and_no_open_point(client):
    """What a learner reads: the police estimate and the Penal Code as dated reference facts
    with their sources, the lesson's sources at its end, and nothing of what awaits an expert.
    Her trainer, Sara, reads the same lesson with the open points marked and listed."""
    first = lessons(DEMO_COURSES[0])[0]
    client.force_login(User.objects.get(email="learner@example.org"))
    page = client.get(first.url).content.decode()
    assert "not a current figure" in page and "As of December 2026" in page
    assert 'Source: <a href="https://lagen.nu/prop/2017/18:123">' in page
    assert 'id="sources-heading"' in page and "Protocol to Prevent, Suppress and Punish" in page
    assert "[CHECK" not in page and "To be confirmed by a subject-matter expert" not in page

    client.force_login(User.objects.get(email="trainer@example.org"))
    page = client.get(first.url).content.decode()
    assert '<mark class="expert-mark">[CHECK: the year of the estimate]</mark>' in page
    assert "To be confirmed by a subject-matter expert" in page


def test_the_swedish_lesson_shows_the_swedish_facts_and_sources(client):
    first = lessons(DEMO_COURSES[0], "sv")[0]
    client.force_login(User.objects.get(email="learner@example.org"))
    page = client.get(first.url).content.decode()
    assert "inte aktuell" in page and "december 2026" in page  # the month in Swedish
    assert 'id="sources-heading"' in page and "Tilläggsprotokollet om förebyggande" in page
    assert "artikel 3" in page and "[CHECK" not in page
