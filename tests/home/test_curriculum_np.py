"""NP, "Non-punishment in practice" (issue 16, item 7): the course an officer, prosecutor,
migration officer or judge takes before deciding what to do with a suspect who may be a victim.
The spec keeps the curriculum's bar — fast checks over plain data — and one seeded demo shows
the course published in English and Swedish with its final assessment."""

import re

import pytest

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum import np as course_np
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS
from quizzes.demo_curriculum import np as assessment_np

SLUG = "non-punishment-principle"
PHONE_LIKE = re.compile(r"\d[\d\s-]{4,}\d")
TAG = re.compile(r"<[^>]+>")
# Keys of a case or a block that are structure, not text a learner reads.
STRUCTURE = {"key", "leads_to", "kind", "audiences", "image", "image_alt", "points", "critical"}


def text_of(value) -> str:
    """Every string a learner reads in ``value`` (a lesson body, a block, a case, a question),
    markup removed."""
    found = []

    def walk(item):
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for key, inner in item.items():
                if key not in STRUCTURE:
                    walk(inner)
        elif isinstance(item, list | tuple):
            for inner in item:
                walk(inner)

    walk(value)
    return TAG.sub(" ", " ".join(found))


def written(body) -> list:
    """The blocks the author wrote: without the reviewers' list of facts to confirm that
    ``lesson()`` appends."""
    return [block for block in body if block[0] != "expert_check"]


def lessons():
    return [lesson for module in course_np.COURSE["modules"] for lesson in module["lessons"]]


def test_the_course_is_registered_and_keeps_the_placeholders_slugs():
    assert course_np.COURSE in COURSES
    assert course_np.COURSE["slug"] == SLUG
    assert course_np.COURSE["slug_sv"] == "principen-om-icke-bestraffning"
    slugs = [lesson["slug"] for lesson in lessons()]
    assert {"compelled-offences", "case-the-shoplifting-charge"} <= set(slugs)
    assert course_np.COURSE["issues_certificate"] is True
    assert course_np.COURSE["certificate_months"] == 24


def test_the_course_has_three_to_six_modules_of_substantial_lessons_in_both_languages():
    assert 3 <= len(course_np.COURSE["modules"]) <= 6
    for language in ("body", "body_sv"):
        counts = [len(text_of(written(lesson[language])).split()) for lesson in lessons()]
        assert sum(counts) / len(counts) >= 400, (language, counts)


def test_swedish_lessons_are_written_in_swedish_not_copied():
    for lesson in lessons():
        assert lesson["body_sv"] != lesson["body"], lesson["slug"]
        assert "Att ta med sig" in str(lesson["body_sv"]), lesson["slug"]
        assert "Key takeaways" not in str(lesson["body_sv"]), lesson["slug"]


def test_every_lesson_cites_its_sources_and_lists_what_experts_must_confirm():
    for lesson in lessons():
        cited = lesson["sources"]  # made the lesson's Sources list by seed_demo
        assert cited and all(c.title and c.publisher and c.year for c in cited), lesson["slug"]
        for body in ("body", "body_sv"):
            if "[CHECK" in str(lesson[body]):
                (check,) = [value for kind, value in lesson[body] if kind == "expert_check"]
                assert check["points"], lesson["slug"]
            assert "{CHECK}" not in str(lesson[body]), lesson["slug"]


def test_begging_is_not_called_a_crime_and_judges_are_not_told_about_charging_decisions():
    compelled = next(lesson for lesson in lessons() if lesson["slug"] == "compelled-offences")
    assert "Begging itself is not a crime under Swedish national law" in text_of(
        compelled["body"]
    ).replace("  ", " ")
    assert "Att tigga är inte brottsligt enligt svensk nationell lag" in str(compelled["body_sv"])
    for lesson in lessons():
        assert "charging decision" not in str(lesson["body"])


def test_every_case_in_the_lessons_and_the_assessment_may_be_published_in_both_languages():
    in_lessons = [
        value
        for lesson in lessons()
        for language in ("body", "body_sv")
        for block_type, value in lesson[language]
        if block_type == "branching_case"
    ]
    assessed = [case for question in BRANCHING_QUESTIONS[SLUG] for case in question["case"]]
    assert len(in_lessons) == 4 and len(assessed) == 2  # two cases in lessons, one assessed
    for case in in_lessons + assessed:
        assert branching.problems(case) == [], case["title"]
        assert 2 <= len(case["situations"]) <= 4 and 2 <= len(case["endings"]) <= 4
        assert any(c["critical"] for s in case["situations"] for c in s["choices"]), case["title"]
        assert all(c["consequence"] for s in case["situations"] for c in s["choices"])
        assert all(ending["debrief"] for ending in case["endings"])


def test_a_case_comes_after_a_content_warning():
    for lesson in lessons():
        for language in ("body", "body_sv"):
            types = [block_type for block_type, _ in lesson[language]]
            if "branching_case" in types:
                warning = types.index("callout")
                assert lesson[language][warning][1]["kind"] == "content_warning"
                assert warning < types.index("branching_case"), lesson["slug"]


def test_the_assessment_draws_from_a_pool_twice_its_size_and_fails_a_critical_error():
    spec = FINAL_ASSESSMENTS[SLUG]
    assert spec is assessment_np.FINAL_ASSESSMENT and spec["slug"] == "final-assessment"
    settings = spec["settings"]
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3
    assert settings["time_limit_minutes"]
    assert len(spec["questions"]) >= 2 * settings["draw_count"]
    for question in spec["questions"] + BRANCHING_QUESTIONS[SLUG]:
        assert all(question["explanation"]), question["prompt"][0]
    (case_question,) = BRANCHING_QUESTIONS[SLUG]
    assert case_question["kind"] == "branching"
    english, _swedish = case_question["case"]
    plan = branching.plan_of(english)
    confronting = next(c for c in plan["situations"][plan["start"]]["choices"] if c["critical"])
    assert "owner" in confronting["label"] and confronting["remediation"]
    assert branching.grade(plan, [confronting["id"]]) == 0
    assert branching.grade(plan, branching.best_path(plan)) == 1


def test_no_graded_question_holds_a_phone_number_or_a_statistic():
    for question in FINAL_ASSESSMENTS[SLUG]["questions"] + BRANCHING_QUESTIONS[SLUG]:
        said = text_of(question)
        assert not PHONE_LIKE.search(said), question["prompt"][0]
        assert "%" not in said.replace("80%", ""), question["prompt"][0]


@pytest.mark.django_db
def test_the_seeded_demo_publishes_the_course_in_english_and_swedish_with_its_assessment(
    seeded_demo,
):
    from courses.models import CoursePage, LessonPage, ModulePage
    from quizzes.models import QuizPage

    english = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    assert english.live and english.issues_certificate
    assert english.certificate_validity_months == 24
    swedish = english.get_translations().get().specific
    assert swedish.live and swedish.title == "Principen om icke-bestraffning i praktiken"
    modules = ModulePage.objects.child_of(english).live()
    assert [module.slug for module in modules.order_by("path")] == [
        module["slug"] for module in course_np.COURSE["modules"]
    ]
    assert ModulePage.objects.child_of(swedish).live().count() == modules.count()
    english_lessons = LessonPage.objects.descendant_of(english).live()
    swedish_lessons = LessonPage.objects.descendant_of(swedish).live()
    assert english_lessons.count() == swedish_lessons.count() == len(lessons())
    bodies = {lesson.translation_key: str(lesson.body) for lesson in english_lessons}
    for lesson in swedish_lessons:
        assert str(lesson.body) != bodies[lesson.translation_key], lesson.title
    used = {block.block_type for lesson in english_lessons for block in lesson.body}
    assert {"branching_case", "audience_variant", "callout", "key_takeaways"} <= used
    final = QuizPage.objects.child_of(english).live().get()
    assert final.is_final_assessment and final.pass_mark == 80 and final.draw_count == 7
    assert final.questions.count() >= 14
    swedish_final = QuizPage.objects.child_of(swedish).live().get()
    assert swedish_final.questions.count() == final.questions.count()
