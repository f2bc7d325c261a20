"""The demo curriculum of ../shared/CURRICULUM.md beyond the first courses of ``content.py``:
one module per course (``COURSE``, the same shape as ``content.COURSES``' items), written in
English and Swedish from the seeds and the public sources each lesson cites.

seed_demo seeds these after ``content.COURSES``; a course's final assessment is in
``quizzes.demo_curriculum`` under the course's slug."""

from . import c2, j1, k0, m1, np, p1, p2, p3, pr1

# The essentials first: every readiness set begins with it.
COURSES: list[dict] = [
    k0.COURSE,
    c2.COURSE,
    np.COURSE,
    m1.COURSE,
    p1.COURSE,
    pr1.COURSE,
    j1.COURSE,
    p2.COURSE,
    p3.COURSE,
]
