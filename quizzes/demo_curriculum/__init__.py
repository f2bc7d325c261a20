"""The final assessments of the demo curriculum, by course slug: one module per course of
``courses.demo.curriculum``, in the shape of ``quizzes.demo.FINAL_ASSESSMENT``, and the consular
course of ``courses.demo.content`` (C1), whose assessment stays in ``quizzes.demo`` beside its
module quiz and demo learners. Each ``FINAL_ASSESSMENT`` holds its pooled questions and
``BRANCHING_QUESTIONS`` its assessed branching cases (kind "branching"), always asked.

seed_demo builds C1's quizzes with ``quizzes.demo.seed_consular_quizzes`` and the others with
``final_assessment``; both put the cases among the questions with ``quizzes.demo.with_cases``."""

from quizzes import demo

from . import c2, j1, k0, m1, np, p1, p2, p3, pr1

CONSULAR = "identifying-victims-consular"

# By course slug (courses.demo.curriculum's COURSE["slug"]).
FINAL_ASSESSMENTS: dict[str, dict] = {
    CONSULAR: demo.FINAL_ASSESSMENT,
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
    CONSULAR: demo.BRANCHING_QUESTIONS,
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
    return demo.with_cases(spec, BRANCHING_QUESTIONS.get(course_slug, []))
