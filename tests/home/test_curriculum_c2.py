"""C2 "Threat, risk and safe return" keeps the curriculum's bar (issue 16, item 7): four modules
for consular staff, lessons long enough to teach, written in Swedish too, every lesson citing
its sources, branching cases an author may publish, and a final assessment drawn from a pool
twice its draw, with a case that fails when the family is contacted behind the person's back.

The checks over the spec are fast; one test seeds the demo and finds the course there."""

import re

import pytest

from courses import branching
from courses.demo.curriculum import COURSES
from courses.demo.curriculum.c2 import CASES, COURSE
from quizzes import kinds
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS

SLUG = "threat-and-risk-assessment"
ASSESSMENT = FINAL_ASSESSMENTS[SLUG]
PHONE_LIKE = re.compile(r"\d[\d\s-]{4,}\d")


def lessons():
    return [lesson for module in COURSE["modules"] for lesson in module["lessons"]]


def written(body):
    """The blocks the author wrote: the reviewers' list of facts to confirm is added by
    ``lesson()``."""
    return [
        (kind, value)
        for kind, value in body
        if kind != "expert_check" and not (kind == "callout" and value["kind"] == "warning")
    ]


def words(value) -> int:
    """Words a learner reads in a block's value (text, cases, lists), without markup or keys."""
    if isinstance(value, str):
        return len(re.sub(r"<[^>]+>", " ", value).split())
    if isinstance(value, dict):
        skipped = {"kind", "key", "leads_to", "image", "image_alt", "points", "critical"}
        return sum(words(item) for name, item in value.items() if name not in skipped)
    if isinstance(value, list | tuple):
        return sum(words(item) for item in value)
    return 0


def everything_a_question_says(spec, lang) -> str:
    """Prompt, explanation and every text of the answer, as the quiz stores it."""
    answer = kinds.get(spec["kind"]).demo_value(spec, lang) if spec["kind"] != "branching" else ""
    case = spec.get("case", ("", ""))[lang]
    return f"{spec['prompt'][lang]} {spec['explanation'][lang]} {answer} {case}"


def test_the_course_is_registered_with_the_placeholders_slugs():
    assert COURSE in COURSES
    assert (COURSE["slug"], COURSE["slug_sv"]) == (SLUG, "hot-och-riskbedomning")
    slugs = [lesson["slug"] for lesson in lessons()]
    assert slugs[:2] == ["sources-of-threat", "planning-safe-steps"]
    assert COURSE["modules"][0]["slug"] == "assessing-risk"
    assert COURSE["audiences"][0] == "consular-staff"
    assert COURSE["issues_certificate"] and COURSE["certificate_months"] == 24


def test_the_course_has_three_to_six_modules_each_with_lessons():
    assert 3 <= len(COURSE["modules"]) <= 6
    assert all(module["lessons"] for module in COURSE["modules"])


def test_lessons_average_at_least_400_words_in_each_language():
    for body in ("body", "body_sv"):
        counts = [words([value for _, value in written(lesson[body])]) for lesson in lessons()]
        assert sum(counts) / len(counts) >= 400, (body, counts)


def test_no_swedish_lesson_is_its_english_one():
    for lesson in lessons():
        assert written(lesson["body_sv"]) != written(lesson["body"]), lesson["slug"]
        assert "Key takeaways" not in str(lesson["body_sv"]), lesson["slug"]


def test_every_lesson_cites_its_sources_and_lists_what_experts_must_confirm():
    for lesson in lessons():
        cited = lesson["sources"]  # made the lesson's Sources list by seed_demo
        assert cited and all(c.title and c.publisher and c.year for c in cited), lesson["slug"]
        for body in ("body", "body_sv"):
            if "[CHECK" in str(lesson[body]):
                (check,) = [value for kind, value in lesson[body] if kind == "expert_check"]
                assert check["points"], lesson["slug"]


def test_case_material_comes_after_a_content_warning():
    for lesson in lessons():
        for body in ("body", "body_sv"):
            kinds_in_order = [
                value["kind"] if kind == "callout" else kind for kind, value in lesson[body]
            ]
            if "branching_case" in kinds_in_order:
                case_at = kinds_in_order.index("branching_case")
                assert "content_warning" in kinds_in_order[:case_at], lesson["slug"]


def test_every_case_in_english_and_swedish_may_be_published_and_has_a_critical_error():
    assessed = [question["case"] for question in BRANCHING_QUESTIONS[SLUG]]
    cases = [*CASES, *(case for pair in assessed for case in pair)]
    assert len(cases) >= 4
    for case in cases:
        assert branching.problems(case) == [], case["title"]
        assert 2 <= len(case["situations"]) <= 4 and 2 <= len(case["endings"]) <= 4
        choices = [c for s in case["situations"] for c in s["choices"]]
        assert all(choice["consequence"].strip() for choice in choices)
        assert any(c["critical"] and c["remediation"].strip() for c in choices), case["title"]
        assert all(ending["debrief"].strip() for ending in case["endings"])
        assert branching.max_points(branching.plan_of(case)) > 0


def test_the_swedish_cases_follow_the_english_paths():
    """Same keys and points in both languages, so a learner's path grades the same."""
    pairs = [(CASES[0], CASES[1]), (CASES[2], CASES[3])]
    pairs += [question["case"] for question in BRANCHING_QUESTIONS[SLUG]]
    for english, swedish in pairs:
        shape = [
            (s["key"], [(c["leads_to"], c["points"], c["critical"]) for c in s["choices"]])
            for s in english["situations"]
        ]
        assert shape == [
            (s["key"], [(c["leads_to"], c["points"], c["critical"]) for c in s["choices"]])
            for s in swedish["situations"]
        ]
        assert english["title"] != swedish["title"]


def test_the_assessed_case_fails_on_contacting_the_family_without_consent():
    (question,) = BRANCHING_QUESTIONS[SLUG]
    english, _ = question["case"]
    plan = branching.plan_of(english)
    calls_family = next(
        choice
        for choice in plan["situations"]["request"]["choices"]
        if "parents" in choice["label"]
    )
    assert calls_family["critical"] and "consent" in calls_family["remediation"]
    assert branching.grade(plan, [calls_family["id"]]) == 0
    assert branching.grade(plan, branching.best_path(plan)) == 1


def test_the_assessment_draws_from_a_pool_twice_the_draw():
    settings = ASSESSMENT["settings"]
    assert ASSESSMENT["slug"] == "final-assessment"
    assert settings["pass_mark"] == 80 and settings["max_attempts"] == 3
    assert settings["time_limit_minutes"]
    assert len(ASSESSMENT["questions"]) >= 2 * settings["draw_count"]


def test_every_question_is_built_by_its_kind_and_explains_itself_in_both_languages():
    for spec in ASSESSMENT["questions"]:
        for lang in (0, 1):
            assert kinds.get(spec["kind"]).demo_value(spec, lang)
            assert spec["prompt"][lang] and len(spec["explanation"][lang].split()) >= 15
        assert spec["prompt"][0] != spec["prompt"][1]
        assert spec["tags"]


def test_no_graded_question_holds_a_phone_number_or_a_statistic():
    for spec in [*ASSESSMENT["questions"], *BRANCHING_QUESTIONS[SLUG]]:
        for lang in (0, 1):
            said = everything_a_question_says(spec, lang)
            assert not PHONE_LIKE.search(said), spec["prompt"][lang]
            assert "%" not in said.replace("80%", ""), spec["prompt"][lang]


@pytest.mark.django_db
def test_the_seeded_demo_has_the_course_in_english_and_swedish_with_its_assessment(
    seeded_demo, client
):
    """A consular officer who holds the identification course's certificate finds C2 in both
    languages, reads its lessons (the night call in Swedish too), and passes its final
    assessment: the course then issues a certificate valid for 24 months."""
    from wagtail.models import Locale

    from accounts.models import User
    from certificates.models import Certificate
    from courses import services
    from courses.models import CoursePage, LessonPage, ModulePage
    from quizzes import services as quiz_services
    from quizzes.models import QuizPage, QuizQuestion
    from tests.quizzes.conftest import answer_post, walk_cases

    english = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    swedish = english.get_translation(Locale.objects.get(language_code="sv"))
    assert english.live and swedish.live
    assert swedish.title == "Hot, risk och säkert återvändande"
    assert english.issues_certificate and english.certificate_validity_months == 24
    for course in (english, swedish):
        assert ModulePage.objects.child_of(course).live().count() == len(COURSE["modules"])
        assert LessonPage.objects.descendant_of(course).live().count() == len(lessons())
        (final,) = QuizPage.objects.child_of(course).live()
        assert final.draw_count == 6
        assert QuizQuestion.objects.filter(quiz=final).count() >= 12
    swedish_lessons = LessonPage.objects.descendant_of(swedish).live()
    assert "branching_case" in {block.block_type for page in swedish_lessons for block in page.body}
    assert [p.required_course.slug for p in english.prerequisites.all()] == [
        "identifying-victims-consular"
    ]

    # Jonas holds the identification course's certificate, so he may enrol.
    jonas = User.objects.get(email="police@example.org")
    services.enrolment_create(jonas, english)
    for lesson in LessonPage.objects.descendant_of(english).live().order_by("path"):
        services.lesson_complete(jonas, lesson)
    client.force_login(jonas)
    call = (
        LessonPage.objects.descendant_of(swedish).live().get(slug="when-someone-from-sweden-calls")
    )
    html = client.get(call.url).content.decode()
    assert "Ett samtal mitt i natten" in html and "Lektionen beskriver exploatering" in html
    final = QuizPage.objects.child_of(english).live().get()
    attempt, _ = quiz_services.attempt_start(jonas, final)
    assert attempt.answers.count() == 6  # drawn from the pool of twelve
    walk_cases(jonas, attempt)  # the assessed case, always asked: the recommended path
    outcome = quiz_services.attempt_submit(jonas, attempt.pk, answer_post(attempt))
    assert outcome.attempt.percent == 100
    assert Certificate.objects.filter(holder=jonas, course_key=english.translation_key).exists()
