"""Honest time estimates: a lesson's minutes come from what it asks of the learner — its words
at 150 a minute, each video's length, a moment for each image and download — on the path of
the audience with the most to read; the trainer sees the number, read only, and cannot type
another."""

import importlib

from django.apps import apps

import pytest

from courses.models import CoursePage, LessonPage
from tests.factories import AudienceFactory, UserFactory, make_course, make_lesson, make_module

pytestmark = pytest.mark.django_db


def words(n: int, word="indicator") -> str:
    return " ".join([word] * n)


@pytest.fixture
def module():
    return make_module(make_course(modules=0))


def test_a_lesson_of_n_words_takes_n_over_150_minutes_rounded_up(module):
    assert make_lesson(module, body=[("text", f"<p>{words(1500)}</p>")]).estimated_minutes == 10
    assert make_lesson(module, body=[("text", f"<p>{words(1501)}</p>")]).estimated_minutes == 11
    assert make_lesson(module, body=[("text", "<p>Notice.</p>")]).estimated_minutes == 1


def test_every_text_block_counts(module):
    """Call-outs, cases (their choices and feedback too), checklists, takeaways."""
    body = [
        ("callout", {"kind": "info", "title": words(10), "text": f"<p>{words(140)}</p>"}),
        (
            "case_scenario",
            {
                "title": words(10),
                "situation": f"<p>{words(100)}</p>",
                "question": words(10),
                "choices": [
                    {"text": words(10), "feedback": words(20), "is_recommended": True},
                    {"text": words(10), "feedback": words(20), "is_recommended": False},
                ],
            },
        ),
        (
            "indicator_checklist",
            {
                "title": words(5),
                "intro": words(25),
                "groups": [{"heading": words(5), "indicators": [words(10)] * 4}],
            },
        ),
        ("key_takeaways", {"heading": words(5), "points": [words(15)] * 2}),
    ]
    # 150 + 180 + 75 + 35 = 440 words: 2.93 minutes.
    assert make_lesson(module, body=body).estimated_minutes == 3


def test_a_video_adds_its_length_and_its_transcript_is_not_counted_twice(module):
    video = {
        "title": "Marina's interview",
        "video": "https://www.youtube.com/watch?v=example",
        "transcript": f"<p>{words(900)}</p>",
        "duration": 7,
    }
    body = [("text", f"<p>{words(300)}</p>"), ("video", video)]
    assert make_lesson(module, body=body).estimated_minutes == 2 + 7 + 1  # title: 3 words
    # Of unknown length, the video is reckoned by its transcript.
    unknown = {**video, "duration": None}
    body = [("text", f"<p>{words(300)}</p>"), ("video", unknown)]
    assert make_lesson(module, body=body).estimated_minutes == 2 + 7


def test_figures_and_downloads_have_their_allowance(module):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Chain", file=get_test_image_file())
    document = get_document_model()(title="Pocket card")
    document.file.save("card.txt", ContentFile(b"indicators"), save=True)
    figure = {"image": image, "alt_text": words(10), "caption": words(5)}
    download = {"document": document, "title": words(5), "description": words(10)}
    body = [("figure", figure), ("download", download), ("text", f"<p>{words(270)}</p>")]
    # 300 words (2 minutes) + 30 s + 120 s.
    assert make_lesson(module, body=body).estimated_minutes == 5


def test_the_most_demanding_audience_path_counts(module):
    police = AudienceFactory(slug="police", name="Police")
    AudienceFactory(slug="judges-prosecutors", name="Judges and prosecutors")
    body = [
        ("text", f"<p>{words(150)}</p>"),
        (
            "audience_variant",
            {"audiences": ["police"], "content": [("text", f"<p>{words(450)}</p>")]},
        ),
        (
            "audience_variant",
            {"audiences": ["judges-prosecutors"], "content": [("text", f"<p>{words(150)}</p>")]},
        ),
    ]
    lesson = make_lesson(module, body=body)
    assert lesson.estimated_minutes == 1 + 3  # the shared part and the police variant
    assert police.slug in str(lesson.body.raw_data)


def test_the_course_total_is_its_lessons_for_the_audience_with_the_most(module):
    police = AudienceFactory(slug="police", name="Police")
    judges = AudienceFactory(slug="judges", name="Judges")
    make_lesson(module, body=[("text", f"<p>{words(1500)}</p>")])
    make_lesson(module, body=[("text", f"<p>{words(750)}</p>")], audiences=[police])
    make_lesson(module, body=[("text", f"<p>{words(300)}</p>")], audiences=[judges])
    course = CoursePage.objects.get(pk=module.get_parent().pk)
    assert course.estimated_minutes == 10 + 5


def test_the_trainer_sees_the_duration_read_only(client, module):
    lesson = make_lesson(module, body=[("text", f"<p>{words(1500)}</p>")])
    client.force_login(UserFactory(role="Trainers"))
    edit = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert 'name="estimated_minutes"' not in edit
    assert "Computed when the lesson is saved" in edit


def test_the_migrations_recompute_existing_pages(module):
    lesson = make_lesson(module, body=[("text", f"<p>{words(1500)}</p>")])
    LessonPage.objects.filter(pk=lesson.pk).update(estimated_minutes=45)  # typed by hand
    CoursePage.objects.update(estimated_minutes=60)
    importlib.import_module("courses.migrations.0011_computed_durations").compute_lesson_minutes(
        apps, None
    )
    importlib.import_module(
        "quizzes.migrations.0005_computed_duration"
    ).compute_quiz_and_course_minutes(apps, None)
    assert LessonPage.objects.get(pk=lesson.pk).estimated_minutes == 10
    assert CoursePage.objects.get(pk=module.get_parent().pk).estimated_minutes == 10
