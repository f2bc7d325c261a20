"""Factories for every model the tests touch. Pages are built through Wagtail's tree API
(``add_child`` + publish), as a trainer's admin actions would."""

from django.contrib.auth.models import Group

from wagtail.models import Locale

import factory

from accounts import roles
from accounts.models import User
from courses.models import (
    Audience,
    CourseCataloguePage,
    CoursePage,
    CoursePrerequisite,
    LessonPage,
    ModulePage,
    Topic,
)
from organisations.models import Organisation


class AudienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"audience-{n}")
    name = factory.Sequence(lambda n: f"Audience {n}")
    name_sv = factory.Sequence(lambda n: f"Målgrupp {n}")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.Sequence(lambda n: f"Topic {n}")
    name_sv = factory.Sequence(lambda n: f"Ämne {n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Consulate {n}")
    kind = Organisation.Kind.CONSULATE


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    first_name = "Alex"
    last_name = factory.Sequence(lambda n: f"Learner{n}")
    password = factory.django.Password("correct-horse-battery")
    organisation = factory.SubFactory(OrganisationFactory)
    audience = None

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name=extracted or roles.LEARNERS))


def english_catalogue() -> CourseCataloguePage:
    return CourseCataloguePage.objects.get(locale__language_code="en")


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


_counter = iter(range(1, 10**9))


def make_lesson(module, title=None, audiences=(), body=None, **fields) -> LessonPage:
    n = next(_counter)
    lesson = LessonPage(
        title=title or f"Lesson {n}",
        slug=f"lesson-{n}",
        body=body
        if body is not None
        else [("text", "<p>Identification starts with noticing.</p>")],
        **fields,
    )
    lesson.audiences = list(audiences)
    return publish(module, lesson)


def make_module(course, title=None) -> ModulePage:
    n = next(_counter)
    return publish(course, ModulePage(title=title or f"Module {n}", slug=f"module-{n}"))


def make_course(
    modules=2, lessons_per_module=2, catalogue=None, audiences=(), topics=(), title=None, **fields
) -> CoursePage:
    n = next(_counter)
    course = CoursePage(
        title=title or f"Course {n}",
        slug=f"course-{n}",
        summary="Recognise the indicators of trafficking.",
        learning_outcomes=[("outcome", "Recognise combined indicators")],
        **fields,
    )
    course.audiences = list(audiences)
    course.topics = list(topics)
    course = publish(catalogue or english_catalogue(), course)
    for _ in range(modules):
        module = make_module(course)
        for _ in range(lessons_per_module):
            make_lesson(module)
    return course


def require(course, required_course):
    return CoursePrerequisite.objects.create(course=course, required_course=required_course)


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).live().order_by("path"))


def swedish_locale() -> Locale:
    return Locale.objects.get(language_code="sv")


# Quizzes ------------------------------------------------------------------------------------


def single(correct="Refer to the NMR coordinator", *wrong, feedback=""):
    wrong = wrong or ("Ask the person to prove it", "Close the case")
    options = [{"text": correct, "is_correct": True, "feedback": ""}]
    options += [{"text": text, "is_correct": False, "feedback": feedback} for text in wrong]
    return ("single", {"options": options})


def multiple(correct=("Debt bondage", "Withheld passport"), wrong=("Holiday visa",)):
    options = [{"text": t, "is_correct": True, "feedback": ""} for t in correct]
    options += [{"text": t, "is_correct": False, "feedback": ""} for t in wrong]
    return ("multiple", {"options": options})


def true_false(answer=True):
    return ("true_false", {"correct_answer": "true" if answer else "false"})


def matching(pairs=(("Debt bondage", "Recruitment fee"), ("Control", "Passport kept")), extra=()):
    return (
        "matching",
        {
            "pairs": [{"prompt": p, "match": m} for p, m in pairs],
            "distractors": list(extra),
        },
    )


def ordering(steps=("Notice", "Talk alone", "Assess risk", "Refer")):
    return ("ordering", {"steps": list(steps)})


def short_answer(*accepted):
    return ("short_answer", {"accepted_answers": list(accepted or ("Non-punishment",))})


def scenario(*parts, case="<p>A worker at a car wash has no passport.</p>"):
    parts = parts or (("Is this an indicator?", true_false(True)),)
    return (
        "scenario",
        {"case": case, "sub_questions": [{"prompt": p, "answer": [a]} for p, a in parts]},
    )


def _case_choice(label, leads_to, consequence, points=0, critical=False, remediation=""):
    return {
        "label": label,
        "leads_to": leads_to,
        "consequence": consequence,
        "points": points,
        "critical": critical,
        "remediation": remediation,
    }


def au_pair_case(**changes):
    """A branching case in BranchingCaseBlock's shape, as content is written: an au-pair
    applicant at the counter; a private talk leads to a disclosure, confronting the man who
    holds her passport is a critical error. Every text is its own, so a test can tell which
    parts of the case reached a page."""
    case = {
        "title": "The au-pair application",
        "intro": "<p>An au-pair application at the embassy counter.</p>",
        "situations": [
            {
                "key": "counter",
                "text": "<p>A man who says he is her cousin holds her passport.</p>",
                "image": None,
                "image_alt": "",
                "choices": [
                    _case_choice(
                        "Speak with her alone",
                        "private-talk",
                        "In a side room she relaxes a little.",
                        points=2,
                    ),
                    _case_choice(
                        "Confront the man about the passport",
                        "confronted",
                        "He takes her by the arm and they leave.",
                        critical=True,
                        remediation="Never confront a possible trafficker: it puts her in danger.",
                    ),
                    _case_choice(
                        "Refuse the application at once",
                        "refused",
                        "She is handed her papers back without a word.",
                    ),
                ],
            },
            {
                "key": "private-talk",
                "text": "<p>She says she owes the agency for her ticket.</p>",
                "image": None,
                "image_alt": "",
                "choices": [
                    _case_choice(
                        "Tell her where she can get help",
                        "referred",
                        "She keeps the card in her shoe.",
                        points=2,
                    ),
                    _case_choice(
                        "Ask her to call her family now",
                        "refused",
                        "She says the agency listens to her calls.",
                    ),
                ],
            },
        ],
        "endings": [
            {"key": "referred", "title": "Referred", "debrief": "<p>Debrief: she knows.</p>"},
            {"key": "refused", "title": "Left alone", "debrief": "<p>Debrief: she left.</p>"},
            {
                "key": "confronted",
                "title": "Confronted",
                "debrief": "<p>Debrief: she vanished.</p>",
            },
        ],
    }
    case.update(changes)
    return case


def branching(case=None):
    return ("branching", case or au_pair_case())


def make_quiz(parent, questions=None, title=None, **settings):
    """A published quiz under a module or course. ``questions``: answer blocks, or
    (answer, {question fields}) pairs."""
    from quizzes.models import QuizPage, QuizQuestion

    n = next(_counter)
    quiz = QuizPage(title=title or f"Quiz {n}", slug=f"quiz-{n}", **settings)
    questions = questions if questions is not None else [single()]
    rows = []
    for index, item in enumerate(questions, start=1):
        answer, fields = item if isinstance(item[0], tuple) else (item, {})
        fields = {"prompt": f"Question {index}", **fields}
        tags = fields.pop("tags", [])
        audiences = fields.pop("audiences", [])
        question = QuizQuestion(answer=[answer], sort_order=index, **fields)
        question.tags.add(*tags)
        question.audiences = list(audiences)
        rows.append(question)
    quiz.questions = rows
    return publish(parent, quiz)
