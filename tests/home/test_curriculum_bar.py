"""Every certificate-issuing demo course keeps the bar of issue 16, item 7 — the same checks for
each, so a new course is held to them by being listed in ``courses.demo.curriculum.COURSES``
(or, for the first courses, in ``courses.demo.content.COURSES``) with its final assessment in
``quizzes.demo_curriculum``'s maps:
3–6 modules; lessons averaging at least 400 words in English and in Swedish, the Swedish
written rather than copied; every lesson citing its sources and listing for the reviewers what
an expert must confirm; case material after a content warning; branching cases an author may
publish, each with a critical error, the Swedish one the same case as the English; and a final
assessment drawn from a pool at least twice its draw, with an assessed case always asked and
no phone number or statistic in anything graded.

What only one course teaches (its slugs, the critical error of its own case, its seeded
journey) stays in that course's own test file."""

import re

import pytest

from courses import branching
from courses.demo import content, curriculum
from quizzes import kinds
from quizzes.demo_curriculum import BRANCHING_QUESTIONS, FINAL_ASSESSMENTS

BODIES = ("body", "body_sv")
# Swedish numbers (020-39 00 00, 08-…), international ones and the emergency numbers.
PHONE = re.compile(
    r"(\+\d{2}[\s-]?\d{1,3}|\b0\d{1,3})[\s-]?\d{2,3}([\s-]?\d{2,4}){1,3}\b|\b112\b|\b114\s?14\b"
)
# Keys of a block's value that hold no prose the author wrote for the reader.
NOT_PROSE = {"kind", "key", "leads_to", "image", "image_alt", "points", "critical", "audiences"}

# Every demo course that issues a certificate: content.COURSES' (the consular course, C1) and the
# curriculum's, as seed_demo seeds them (a course issues one unless its spec says otherwise).
COURSES = [
    *[course for course in content.COURSES if course.get("issues_certificate", True)],
    *curriculum.COURSES,
]
by_course = pytest.mark.parametrize("course", COURSES, ids=[c["slug"] for c in COURSES])


def lessons(course):
    return [lesson for module in course["modules"] for lesson in module["lessons"]]


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
    """The blocks the author wrote: without the reviewers' list of facts to confirm, which
    ``lesson()`` adds, and the standard content warning."""
    return [
        (kind, value)
        for kind, value in body
        if kind != "expert_check"
        and not (kind == "callout" and value["kind"] in {"warning", "content_warning"})
    ]


def blocks_of(body, block_type):
    """The body's blocks of ``block_type``, those inside audience variants included."""
    found = []
    for kind, value in body:
        if kind == "audience_variant":
            found += [v for k, v in value["content"] if k == block_type]
        elif kind == block_type:
            found.append(value)
    return found


def case_pairs(course):
    """(where, English case, Swedish case): the lessons' cases in order, then the assessed."""
    pairs = []
    for lesson in lessons(course):
        english, swedish = (blocks_of(lesson[body], "branching_case") for body in BODIES)
        assert len(english) == len(swedish), lesson["slug"]
        pairs += [(lesson["slug"], en, sv) for en, sv in zip(english, swedish, strict=True)]
    for number, question in enumerate(BRANCHING_QUESTIONS.get(course["slug"], []), start=1):
        pairs.append((f"assessed case {number}", *question["case"]))
    return pairs


def graded_text(spec, lang) -> str:
    """Prompt, explanation and every text of the answer, as the quiz stores it."""
    if spec["kind"] == "branching":
        return f"{spec['prompt'][lang]} {spec['explanation'][lang]} {spec['case'][lang]}"
    answer = kinds.get(spec["kind"]).demo_value(spec, lang)
    return f"{spec['prompt'][lang]} {spec['explanation'][lang]} {answer}"


@by_course
def test_the_course_has_three_to_six_modules_each_with_lessons_and_certifies(course):
    assert 3 <= len(course["modules"]) <= 6
    assert all(module["lessons"] for module in course["modules"])
    assert course["issues_certificate"] and course["audiences"]


@by_course
def test_lessons_average_at_least_400_words_in_each_language(course):
    for body in BODIES:
        counts = [words([v for _k, v in written(lesson[body])]) for lesson in lessons(course)]
        assert sum(counts) / len(counts) >= 400, (body, counts)


@by_course
def test_the_swedish_lessons_are_written_in_swedish_not_copied(course):
    for lesson in lessons(course):
        assert lesson["title_sv"] != lesson["title"], lesson["slug"]
        assert written(lesson["body_sv"]) != written(lesson["body"]), lesson["slug"]
        assert "Key takeaways" not in str(lesson["body_sv"]), lesson["slug"]


@by_course
def test_every_lesson_cites_its_sources_and_lists_what_experts_must_confirm(course):
    for lesson in lessons(course):
        cited = lesson["sources"]  # made the lesson's Sources list by seed_demo
        assert cited and all(c.title and c.publisher and c.year for c in cited), lesson["slug"]
        for body in BODIES:
            if "[CHECK" in str(lesson[body]):
                (check,) = [value for kind, value in lesson[body] if kind == "expert_check"]
                assert check["points"], lesson["slug"]


@by_course
def test_case_material_comes_after_a_content_warning(course):
    for lesson in lessons(course):
        for body in BODIES:
            kinds_in_order = [
                value["kind"] if kind == "callout" else kind for kind, value in lesson[body]
            ]
            if "branching_case" in kinds_in_order:
                case_at = kinds_in_order.index("branching_case")
                assert "content_warning" in kinds_in_order[:case_at], (lesson["slug"], body)


@by_course
def test_every_case_may_be_published_and_teaches_a_critical_error(course):
    pairs = case_pairs(course)
    assert len(pairs) >= 2, "at least two branching cases, one of them assessed"
    for where, *cases in pairs:
        for case in cases:
            assert [str(p) for p in branching.problems(case)] == [], (where, case["title"])
            assert 2 <= len(case["situations"]) <= 4 and 2 <= len(case["endings"]) <= 4, where
            choices = [c for s in case["situations"] for c in s["choices"]]
            assert all(choice["consequence"].strip() for choice in choices), where
            assert any(c["critical"] and c["remediation"].strip() for c in choices), where
            assert all(ending["debrief"].strip() for ending in case["endings"]), where
            assert branching.max_points(branching.plan_of(case)) > 0, where


@by_course
def test_each_swedish_case_is_the_same_case_as_the_english_one(course):
    """Same situations, same choices leading to the same places with the same points: a
    learner's path and grade do not depend on the language."""

    def graph(case):
        return [
            (s["key"], [(c["leads_to"], c["points"], c["critical"]) for c in s["choices"]])
            for s in case["situations"]
        ] + [e["key"] for e in case["endings"]]

    for where, english, swedish in case_pairs(course):
        assert graph(english) == graph(swedish), where
        assert english["title"] != swedish["title"], where


@by_course
def test_the_assessed_cases_fail_on_a_critical_error_and_pass_on_the_recommended_path(course):
    questions = BRANCHING_QUESTIONS[course["slug"]]
    assert questions
    for question in questions:
        assert question["kind"] == "branching"
        plan = branching.plan_of(question["case"][0])
        best = branching.best_path(plan)
        assert branching.grade(plan, best) == 1
        # Every critical choice fails the case, wherever on the way it is made.
        for path in branching.every_path(plan):
            if branching.walk(plan, path).critical is not None:
                assert branching.grade(plan, path) == 0


@by_course
def test_the_final_assessment_draws_from_a_pool_at_least_twice_its_draw(course):
    spec = FINAL_ASSESSMENTS[course["slug"]]
    settings = spec["settings"]
    assert spec["slug"] == "final-assessment"
    assert settings["pass_mark"] >= 70 and settings["max_attempts"] >= 1
    assert settings["time_limit_minutes"]
    assert len(spec["questions"]) >= 2 * settings["draw_count"]


@by_course
def test_every_question_is_built_by_its_kind_and_explains_itself_in_both_languages(course):
    for spec in FINAL_ASSESSMENTS[course["slug"]]["questions"]:
        for lang in (0, 1):
            assert kinds.get(spec["kind"]).demo_value(spec, lang)
            assert spec["prompt"][lang] and len(spec["explanation"][lang].split()) >= 15
        assert spec["prompt"][0] != spec["prompt"][1]
        assert spec["tags"]


@by_course
def test_no_graded_question_holds_a_phone_number_or_a_statistic(course):
    slug = course["slug"]
    for spec in [*FINAL_ASSESSMENTS[slug]["questions"], *BRANCHING_QUESTIONS[slug]]:
        for lang in (0, 1):
            said = graded_text(spec, lang)
            assert not PHONE.search(said), spec["prompt"][lang]
            assert "[CHECK" not in said, spec["prompt"][lang]
            assert "%" not in said.replace("80%", "").replace("80 %", ""), spec["prompt"][lang]
