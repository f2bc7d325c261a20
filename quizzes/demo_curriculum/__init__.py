"""The final assessments of the demo curriculum (``courses.demo.curriculum``), by course slug:
one module per course, in the shape of ``quizzes.demo.FINAL_ASSESSMENT``. Each module's
``FINAL_ASSESSMENT`` holds its pooled questions and ``BRANCHING_QUESTIONS`` its assessed
branching cases (kind "branching"), always asked."""

from . import c2, j1, k0, m1, np, p1, p2, p3, pr1

# By course slug (courses.demo.curriculum's COURSE["slug"]).
FINAL_ASSESSMENTS: dict[str, dict] = {
    "trafficking-essentials": k0.FINAL_ASSESSMENT,
    "threat-and-risk-assessment": c2.FINAL_ASSESSMENT,
    "non-punishment-principle": np.FINAL_ASSESSMENT,
    "identification-in-migration-cases": m1.FINAL_ASSESSMENT,
    "first-response": p1.FINAL_ASSESSMENT,
    "prosecuting-trafficking": pr1.FINAL_ASSESSMENT,
    "trafficking-law-in-court": j1.FINAL_ASSESSMENT,
    "victim-centred-interviewing": p2.FINAL_ASSESSMENT,
    "threat-and-risk-in-investigations": p3.FINAL_ASSESSMENT,
}
BRANCHING_QUESTIONS: dict[str, list[dict]] = {
    "trafficking-essentials": k0.BRANCHING_QUESTIONS,
    "threat-and-risk-assessment": c2.BRANCHING_QUESTIONS,
    "non-punishment-principle": np.BRANCHING_QUESTIONS,
    "identification-in-migration-cases": m1.BRANCHING_QUESTIONS,
    "first-response": p1.BRANCHING_QUESTIONS,
    "prosecuting-trafficking": pr1.BRANCHING_QUESTIONS,
    "trafficking-law-in-court": j1.BRANCHING_QUESTIONS,
    "victim-centred-interviewing": p2.BRANCHING_QUESTIONS,
    "threat-and-risk-in-investigations": p3.BRANCHING_QUESTIONS,
}


def final_assessment(course_slug: str) -> dict | None:
    """The course's final assessment spec, its branching cases among its questions."""
    spec = FINAL_ASSESSMENTS.get(course_slug)
    if spec is None:
        return None
    # In every attempt, however many questions the assessment draws from its pool.
    cases = [{**case, "always_asked": True} for case in BRANCHING_QUESTIONS.get(course_slug, [])]
    return {**spec, "questions": [*spec["questions"], *cases]}
