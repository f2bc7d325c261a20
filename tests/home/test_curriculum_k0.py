"""K0, "Human trafficking and exploitation: the essentials", keeps the bar of issue 16: every
audience can take it first, each lesson teaches in English and in Swedish (both written) and
says where its facts come from, its cases can be published and fail on a critical error, and
its final assessment draws from a pool twice the size of an attempt with no phone number or
figure to memorise. One test seeds the demo and finds the course live in both languages."""

import re

import pytest

from courses import branching
from courses.demo.content import AUDIENCES
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.k0 import COURSE
from quizzes import kinds
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS
from quizzes.demo_curriculum.k0 import COURSE_SLUG

LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]
BODIES = ("body", "body_sv")
NOT_PROSE = {"kind", "audiences", "leads_to", "key", "points", "critical", "image", "image_alt"}
# A telephone number (020-39 00 00, 114 14, 112 …) or the old police estimate (400–600).
PHONE_OR_FIGURE = re.compile(r"\b0\d{1,3}[\s-]?\d{2}|\b11[24]\b|\b400\s*(–|-|to|och)\s*600")


def prose(value, key=None):
    """The words a learner reads in a block's value, without markup or the block's settings."""
    if key in NOT_PROSE:
        return
    if isinstance(value, str):
        yield re.sub(r"<[^>]+>", " ", value)
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from prose(item, name)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from prose(item)


def is_closing(block):
    """The reviewers' list of facts to confirm that ``lesson()`` appends."""
    return block[0] == "expert_check"


def words(body):
    return sum(
        len(text.split()) for block in body if not is_closing(block) for text in prose(block[1])
    )


def blocks_of(body, block_type):
    """The body's blocks of ``block_type``, those inside audience variants included."""
    found = []
    for kind, value in body:
        if kind == "audience_variant":
            found += [v for k, v in value["content"] if k == block_type]
        elif kind == block_type:
            found.append(value)
    return found


def test_the_essentials_are_registered_for_every_audience_with_a_24_month_certificate():
    assert COURSE in COURSES
    assert set(COURSE["audiences"]) == {slug for slug, _name, _name_sv in AUDIENCES}
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24
    assert COURSE["slug_sv"] == "manniskohandel-grunderna"
    assert FINAL_ASSESSMENTS[COURSE_SLUG]["slug"] == "final-assessment"
    assert COURSE["slug"] == COURSE_SLUG


def test_the_course_has_three_to_six_modules_of_one_to_three_lessons():
    assert 3 <= len(COURSE["modules"]) <= 6
    for module in COURSE["modules"]:
        assert 1 <= len(module["lessons"]) <= 3, module["slug"]
        assert module["summary"] and module["summary_sv"], module["slug"]


def test_lessons_average_at_least_400_words_in_each_language():
    for body in BODIES:
        counts = [words(lesson[body]) for lesson in LESSONS]
        assert sum(counts) / len(counts) >= 400, (body, counts)


def test_no_swedish_lesson_is_a_copy_of_its_english_one():
    for lesson in LESSONS:
        assert lesson["body_sv"] != lesson["body"], lesson["slug"]
        swedish = " ".join(text for block in lesson["body_sv"] for text in prose(block[1]))
        assert "Key takeaways" not in swedish and "Att ta med sig" in swedish, lesson["slug"]


def test_every_lesson_ends_with_its_sources_and_lists_the_facts_awaiting_review():
    for lesson in LESSONS:
        cited = lesson["sources"]  # made the lesson's Sources list by seed_demo
        assert cited and all(c.title and c.publisher and c.year for c in cited), lesson["slug"]
        for body in ("body", "body_sv"):
            if "[CHECK" in str(lesson[body]):
                (check,) = [value for kind, value in lesson[body] if kind == "expert_check"]
                assert check["points"], lesson["slug"]


def test_phone_numbers_and_the_old_estimate_stand_only_on_dated_call_outs():
    """Numbers live on the dated reference card (or in the list of facts to confirm), and the
    old police estimate only in its dated call-out — never in running text or a case."""
    dated = ("Reference card", "Referenskort", "A dated figure", "En daterad siffra")
    for lesson in LESSONS:
        for body in BODIES:
            for kind, value in lesson[body]:
                if is_closing((kind, value)):
                    continue
                if PHONE_OR_FIGURE.search(" ".join(prose(value))):
                    assert kind == "callout", lesson["slug"]
                    assert value["title"].startswith((*dated, "To be confirmed", "Ska bekr"))


def test_every_case_english_and_swedish_can_be_published_and_has_a_critical_error():
    cases = [
        case
        for lesson in LESSONS
        for body in BODIES
        for case in blocks_of(lesson[body], "branching_case")
    ]
    cases += [case for question in BRANCHING_QUESTIONS[COURSE_SLUG] for case in question["case"]]
    assert len(cases) >= 4  # one case in a lesson and one assessed, each in two languages
    for case in cases:
        assert branching.problems(case) == [], case["title"]
        assert 2 <= len(case["situations"]) <= 4 and 2 <= len(case["endings"]) <= 4
        choices = [choice for situation in case["situations"] for choice in situation["choices"]]
        critical = [choice for choice in choices if choice["critical"]]
        assert critical and all(choice["remediation"].strip() for choice in critical)
        assert all(choice["consequence"].strip() for choice in choices), case["title"]


def test_case_material_follows_a_content_warning():
    for lesson in LESSONS:
        for body in BODIES:
            kinds_in_order = [kind for kind, _value in lesson[body]]
            if "branching_case" in kinds_in_order:
                first_case = kinds_in_order.index("branching_case")
                warnings = [
                    i
                    for i, (kind, value) in enumerate(lesson[body])
                    if kind == "callout" and value["kind"] == "content_warning"
                ]
                assert warnings and warnings[0] < first_case, lesson["slug"]


def test_the_assessed_case_fails_on_a_critical_error_and_passes_on_the_recommended_path():
    question = BRANCHING_QUESTIONS[COURSE_SLUG][0]
    assert question["kind"] == "branching" and question["points"] == 3
    for case in question["case"]:
        plan = branching.plan_of(case)
        best = branching.best_path(plan)
        assert branching.grade(plan, best) == 1
        confronting = [f"{plan['start']}-1"]  # going out to the "boyfriend"
        assert branching.walk(plan, confronting).critical is not None
        assert branching.grade(plan, confronting) == 0
        # A child treated as an adult fails too, even after a good first step.
        as_an_adult = [best[0], "age-1"]
        assert branching.grade(plan, as_an_adult) == 0


def test_the_final_assessment_draws_from_a_pool_twice_its_size():
    spec = FINAL_ASSESSMENTS[COURSE_SLUG]
    settings = spec["settings"]
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3
    assert settings["time_limit_minutes"]
    assert len(spec["questions"]) >= 2 * settings["draw_count"]


def test_every_pooled_question_builds_in_both_languages_and_explains_its_answer():
    for spec in FINAL_ASSESSMENTS[COURSE_SLUG]["questions"]:
        kind = kinds.get(spec["kind"])
        for lang in (0, 1):
            assert kind.demo_value(spec, lang)
            assert spec["prompt"][lang] and spec["explanation"][lang]
        assert spec["prompt"][0] != spec["prompt"][1]


def test_no_graded_question_holds_a_phone_number_a_statistic_or_an_unconfirmed_fact():
    questions = [*FINAL_ASSESSMENTS[COURSE_SLUG]["questions"], *BRANCHING_QUESTIONS[COURSE_SLUG]]
    for question in questions:
        said = " ".join(prose(question))
        assert not PHONE_OR_FIGURE.search(said), question["prompt"]
        assert "[CHECK]" not in said and "%" not in said, question["prompt"]


@pytest.mark.django_db
@pytest.mark.usefixtures("seeded_demo")
def test_the_demo_publishes_the_essentials_in_english_and_swedish_with_a_final_assessment():
    from courses.models import CoursePage, LessonPage, ModulePage
    from quizzes.models import QuizPage

    course = CoursePage.objects.get(slug=COURSE_SLUG, locale__language_code="en")
    swedish = course.get_translations().get().specific
    assert course.live and swedish.live
    assert swedish.slug == "manniskohandel-grunderna"
    assert swedish.title == "Människohandel och exploatering: grunderna"
    assert course.certificate_validity_months == 24

    for page, title_key in ((course, "title"), (swedish, "title_sv")):
        modules = ModulePage.objects.child_of(page).live()
        assert [m.title for m in modules] == [m[title_key] for m in COURSE["modules"]]
        lessons = LessonPage.objects.descendant_of(page).live()
        assert lessons.count() == len(LESSONS)
    english_bodies = {
        lesson.translation_key: str(lesson.body)
        for lesson in LessonPage.objects.descendant_of(course)
    }
    for lesson in LessonPage.objects.descendant_of(swedish):
        assert str(lesson.body) != english_bodies[lesson.translation_key], lesson.title
    case_lesson = LessonPage.objects.descendant_of(course).get(slug="case-the-car-wash")
    assert "branching_case" in [block.block_type for block in case_lesson.body]

    final = QuizPage.objects.child_of(course).live().get(slug="final-assessment")
    assert final.is_final_assessment
    assert final.draw_count == 6 and final.pass_mark == 80
    assert final.questions.count() >= len(FINAL_ASSESSMENTS[COURSE_SLUG]["questions"])
    swedish_final = final.get_translations().get().specific
    assert swedish_final.live and swedish_final.title == "Slutprov"
    assert swedish_final.questions.count() == final.questions.count()
