"""Course M1 "Identification in migration cases" keeps the curriculum's bar (issue 16, item 7):
3–6 modules, lessons of substance in both languages with their sources, sound branching cases
with a critical error in English and Swedish alike, a final assessment drawn from a pool at
least twice what an attempt asks and holding no phone number — and seed_demo publishes it in
English and Swedish."""

import re

import pytest

from courses import branching
from courses.demo.curriculum.m1 import COURSE
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS, final_assessment

SLUG = COURSE["slug"]
LESSONS = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]
BODIES = ("body", "body_sv")
# Swedish numbers (020-39 00 00, 08-…), international ones and the emergency numbers.
PHONE = re.compile(
    r"(\+\d{2}[\s-]?\d{1,3}|\b0\d{1,3})[\s-]?\d{2,3}([\s-]?\d{2,4}){1,3}\b|\b112\b|\b114\s?14\b"
)
# Keys of a block's value that hold no prose the author wrote for the reader.
NOT_PROSE = {"kind", "key", "leads_to", "image", "image_alt", "points", "critical", "audiences"}


def words(value) -> int:
    """The words a reader reads in a block's value, markup left out."""
    if isinstance(value, str):
        return len(re.sub(r"<[^>]+>", " ", value).split())
    if isinstance(value, dict):
        return sum(words(item) for key, item in value.items() if key not in NOT_PROSE)
    if isinstance(value, list | tuple):
        return sum(words(item) for item in value)
    return 0


def written(body):
    """The lesson's own blocks: without the reviewers' list of facts to confirm."""
    return [(kind, value) for kind, value in body if kind != "expert_check"]


def lesson_cases():
    return [
        (lesson["slug"], language, value)
        for lesson in LESSONS
        for language in BODIES
        for kind, value in lesson[language]
        if kind == "branching_case"
    ]


def assessed_cases():
    return [
        (f"question {number}", language, question["case"][index])
        for number, question in enumerate(BRANCHING_QUESTIONS[SLUG], start=1)
        for index, language in enumerate(BODIES)
    ]


def graded_texts(spec):
    """Everything a graded question shows or keys, in both languages."""
    return repr(spec)


def test_the_course_is_for_migration_officers_and_certifies_for_24_months():
    assert 3 <= len(COURSE["modules"]) <= 6
    assert COURSE["audiences"] == ["migration-officers"]
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24
    assert SLUG in FINAL_ASSESSMENTS


def test_lessons_average_at_least_400_words_in_each_language():
    for language in BODIES:
        total = sum(words(written(lesson[language])) for lesson in LESSONS)
        assert total / len(LESSONS) >= 400, language


def test_the_swedish_lessons_are_written_in_swedish_not_copied():
    for lesson in LESSONS:
        assert lesson["body_sv"] != lesson["body"], lesson["slug"]
        swedish = repr(written(lesson["body_sv"]))
        assert "Key takeaways" not in swedish and "Att ta med sig" in swedish, lesson["slug"]
        assert lesson["title_sv"] != lesson["title"], lesson["slug"]


def test_every_lesson_ends_with_its_sources_and_lists_what_experts_must_confirm():
    for lesson in LESSONS:
        cited = lesson["sources"]  # made the lesson's Sources list by seed_demo
        assert cited and all(c.title and c.publisher and c.year for c in cited), lesson["slug"]
        for body in ("body", "body_sv"):
            if "[CHECK" in str(lesson[body]):
                (check,) = [value for kind, value in lesson[body] if kind == "expert_check"]
                assert check["points"], lesson["slug"]
        assert len(lesson["sources"]) >= 2, lesson["slug"]


def test_case_material_comes_after_a_content_warning():
    for lesson in LESSONS:
        for language in BODIES:
            kinds = [kind for kind, _value in lesson[language]]
            if "branching_case" in kinds:
                first = lesson[language][0]
                assert first[0] == "callout" and first[1]["kind"] == "content_warning"


def test_every_case_in_english_and_swedish_may_be_published_and_teaches_a_critical_error():
    cases = lesson_cases() + assessed_cases()
    assert len({where for where, _language, _case in cases}) >= 3  # 2 in lessons, 1 assessed
    for where, language, case in cases:
        assert [str(problem) for problem in branching.problems(case)] == [], (where, language)
        assert 2 <= len(case["situations"]) <= 4, where
        assert 2 <= len(case["endings"]) <= 4, where
        choices = [choice for situation in case["situations"] for choice in situation["choices"]]
        assert any(choice["critical"] and choice["remediation"] for choice in choices), where
        assert all(choice["consequence"].strip() for choice in choices), where
        assert all(ending["debrief"].strip() for ending in case["endings"]), where


def test_each_swedish_case_is_the_same_case_as_the_english_one():
    """Same situations, same choices leading to the same places with the same points: a
    learner's path and grade do not depend on the language."""

    def graph(case):
        return [
            (s["key"], [(c["leads_to"], c["points"], c["critical"]) for c in s["choices"]])
            for s in case["situations"]
        ] + [e["key"] for e in case["endings"]]

    english = [case for _where, language, case in lesson_cases() if language == "body"]
    swedish = [case for _where, language, case in lesson_cases() if language == "body_sv"]
    for question in BRANCHING_QUESTIONS[SLUG]:
        english.append(question["case"][0])
        swedish.append(question["case"][1])
    for en, sv in zip(english, swedish, strict=True):
        assert graph(en) == graph(sv), en["title"]
        assert en["title"] != sv["title"]


def test_the_assessment_draws_from_a_pool_at_least_twice_its_size():
    spec = FINAL_ASSESSMENTS[SLUG]
    settings = spec["settings"]
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3
    assert settings["time_limit_minutes"]
    assert len(spec["questions"]) >= 2 * settings["draw_count"]
    assert all(q["explanation"][0] and q["explanation"][1] for q in spec["questions"])
    assert all(q["tags"] for q in spec["questions"])


def test_an_assessed_branching_case_can_be_failed_by_a_critical_error():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    assert question["kind"] == "branching" and question["points"] == 3
    plan = branching.plan_of(question["case"][0])
    transfer = next(
        choice for choice in plan["situations"]["dublin-interview"]["choices"] if choice["critical"]
    )
    assert branching.grade(plan, [transfer["id"]]) == 0
    assert branching.grade(plan, branching.best_path(plan)) == 1


def test_no_graded_question_holds_a_phone_number():
    for spec in FINAL_ASSESSMENTS[SLUG]["questions"] + BRANCHING_QUESTIONS[SLUG]:
        assert not PHONE.search(graded_texts(spec)), spec["prompt"][0]


@pytest.mark.django_db
@pytest.mark.usefixtures("seeded_demo")
def test_seed_demo_publishes_the_course_in_english_and_swedish_with_its_final_assessment():
    from courses.models import CoursePage, LessonPage, ModulePage
    from quizzes.models import QuizPage, QuizQuestion

    english = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    swedish = english.get_translations().get().specific
    assert english.live and swedish.live
    assert swedish.title == COURSE["title_sv"] and swedish.slug == COURSE["slug_sv"]
    assert english.issues_certificate and english.certificate_validity_months == 24
    assert {a.slug for a in english.audiences.all()} == {"migration-officers"}
    expected = final_assessment(SLUG)
    for course in (english, swedish):
        modules = ModulePage.objects.child_of(course).live()
        assert modules.count() == len(COURSE["modules"])
        lessons = LessonPage.objects.descendant_of(course).live()
        assert lessons.count() == len(LESSONS)
        quiz = QuizPage.objects.child_of(course).live().get()
        assert quiz.is_final_assessment and quiz.draw_count == 8 and quiz.pass_mark == 80
        assert QuizQuestion.objects.filter(quiz=quiz).count() == len(expected["questions"])
    english_bodies = {
        lesson.translation_key: str(lesson.body)
        for lesson in LessonPage.objects.descendant_of(english)
    }
    for lesson in LessonPage.objects.descendant_of(swedish):
        assert str(lesson.body) != english_bodies[lesson.translation_key], lesson.title
    case = next(
        block
        for block in LessonPage.objects.descendant_of(swedish).get(slug="the-interview").body
        if block.block_type == "branching_case"
    )
    assert case.value["title"] == "Leila och hennes moster"
