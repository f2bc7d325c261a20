from .pages import (
    CourseCataloguePage,
    CoursePage,
    CoursePrerequisite,
    LessonPage,
    ModulePage,
)
from .progress import Enrolment, LessonProgress
from .taxonomy import Audience, Topic

__all__ = [
    "Audience",
    "CourseCataloguePage",
    "CoursePage",
    "CoursePrerequisite",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "Topic",
]
