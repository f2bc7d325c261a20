from .pages import (
    CourseCataloguePage,
    CoursePage,
    CoursePrerequisite,
    LessonPage,
    ModulePage,
)
from .progress import Enrolment, LessonProgress
from .sources import LessonSource, ReferenceFact, Source
from .taxonomy import Audience, ForSomeAudiences, Topic

__all__ = [
    "Audience",
    "CourseCataloguePage",
    "CoursePage",
    "CoursePrerequisite",
    "Enrolment",
    "ForSomeAudiences",
    "LessonPage",
    "LessonProgress",
    "LessonSource",
    "ModulePage",
    "ReferenceFact",
    "Source",
    "Topic",
]
