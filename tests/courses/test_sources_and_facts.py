"""Content an officer can trust, and trainers keep true (issue 16, item 3): every lesson lists
its sources from reusable snippets; a dated reference fact shows when it was checked and where
it comes from; trainers see the courses and facts due for review; facts awaiting an expert are
shown to trainers, reviewers and previews and listed on one review page — never to learners."""

from datetime import date, timedelta

from django.contrib.auth.models import Group, Permission
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from accounts import roles
from courses import services
from courses.expert_checks import highlight_markers, marked_passages, strip_markers
from courses.models import LessonSource, ReferenceFact, Source
from courses.selectors import SUBJECT_MATTER_EXPERTS
from frontline.dates import add_months
from tests.factories import (
    UserFactory,
    lessons_of,
    make_course,
    make_lesson,
    make_quiz,
    single,
)

pytestmark = pytest.mark.django_db

MARKED_TEXT = (
    "text",
    "<p>Since 2018, section 1b also makes human exploitation a crime. [CHECK]</p>"
    "<p>The directive is to be transposed within two years. [CHECK: when Sweden does]</p>",
)
EXPERT_CHECK = ("expert_check", {"points": ["Penal Code ch. 4 s. 1b, in force since 2018"]})


@pytest.fixture
def trainer(db):
    return UserFactory(role=roles.TRAINERS)


@pytest.fixture
def handbook(db):
    return Source.objects.create(
        title="Handbook for Diplomatic and Consular Personnel",
        title_sv="Handbok för diplomatisk och konsulär personal",
        publisher="CBSS Task Force against Trafficking in Human Beings",
        year="2011",
        url="http://www.ungift.org/handbook.pdf",
        link_text="ungift.org",
    )


@pytest.fixture
def convention(db):
    return Source.objects.create(
        title="Council of Europe Convention on Action against Trafficking in Human Beings",
        publisher="Council of Europe",
        year="2005",
    )


def cite(lesson, *sources_and_pinpoints):
    """The lesson cites these sources, in this order, as a trainer would list them in the
    editor (a new revision, published)."""
    lesson.sources = [
        LessonSource(source=source, pinpoint=pinpoint) for source, pinpoint in sources_and_pinpoints
    ]
    lesson.save_revision().publish()


def queries_for(client, url) -> int:
    """The queries a request asks (the log emptied first: it keeps only the last 9,000, and
    building the data may have filled it)."""
    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured.captured_queries)


def reader(user, course, client):
    services.enrolment_create(user, course)
    client.force_login(user)
    return client


def fact(**fields) -> ReferenceFact:
    values = {
        "label": "Support line for professionals",
        "label_sv": "Stödtelefon för yrkesverksamma",
        "kind": ReferenceFact.HELPLINE,
        "fact": "<p>Weekdays in office hours.</p>",
        "fact_sv": "<p>Vardagar under kontorstid.</p>",
        "as_of": date(2026, 3, 1),
    }
    return ReferenceFact.objects.create(**(values | fields))


# Sources ------------------------------------------------------------------------------------


def test_a_lesson_lists_its_sources_from_the_snippets_at_its_end(
    client, learner, handbook, convention
):
    course = make_course(modules=1, lessons_per_module=1)
    lesson = lessons_of(course)[0]
    cite(lesson, (convention, "art. 26"), (handbook, ""))
    page = reader(learner, course, client).get(lesson.url).content.decode()

    sources = page[page.index('id="sources-heading"') :]
    assert "Sources</h2>" in sources
    assert (
        "Council of Europe Convention on Action against Trafficking in Human Beings, art. 26. "
        "Council of Europe, 2005." in sources
    )
    assert '<a href="http://www.ungift.org/handbook.pdf">ungift.org</a>' in sources
    assert sources.index("Council of Europe Convention") < sources.index("Handbook for")


def test_correcting_a_source_once_corrects_every_lesson_citing_it(client, learner, handbook):
    course = make_course(modules=1, lessons_per_module=2)
    first, second = lessons_of(course)
    cite(first, (handbook, "chapter 3"))
    cite(second, (handbook, ""))
    reader(learner, course, client)
    assert "chapter 3. CBSS" in client.get(first.url).content.decode()  # read (and cached)
    handbook.year = "2011 (2nd edition)"
    handbook.save()
    services.lesson_complete(learner, first)
    for lesson in (first, second):
        assert "2011 (2nd edition)" in client.get(lesson.url).content.decode()


def test_a_pinpoint_changed_and_a_source_added_show_on_the_next_reading(
    client, learner, handbook, convention
):
    course = make_course(modules=1, lessons_per_module=1)
    (lesson,) = lessons_of(course)
    cite(lesson, (handbook, "chapter 3"))
    reader(learner, course, client)
    assert "chapter 3" in client.get(lesson.url).content.decode()
    lesson.refresh_from_db()
    cite(lesson, (handbook, "chapter 4"), (convention, "art. 26"))
    page = client.get(lesson.url).content.decode()
    assert "chapter 4" in page and "art. 26" in page and "chapter 3" not in page


def test_a_source_reads_in_swedish_where_it_has_a_swedish_title(handbook):
    with translation.override("sv"):
        assert handbook.shown_title == "Handbok för diplomatisk och konsulär personal"
        assert handbook.shown_publisher == handbook.publisher  # no Swedish name: the English one
    assert handbook.shown_title == "Handbook for Diplomatic and Consular Personnel"


def test_trainers_list_a_lessons_sources_in_its_editor(client, trainer, handbook):
    course = make_course(modules=1, lessons_per_module=1, review_by=date(2027, 6, 30))
    lesson = lessons_of(course)[0]
    cite(lesson, (handbook, "module 5"))
    client.force_login(trainer)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert 'id="id_sources-TOTAL_FORMS"' in editor and 'value="module 5"' in editor
    course_editor = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert 'name="review_by"' in course_editor.content.decode()


def test_a_source_still_cited_cannot_be_deleted(client, handbook):
    course = make_course(modules=1, lessons_per_module=1)
    cite(lessons_of(course)[0], (handbook, ""))
    admin = UserFactory(role=roles.ADMINISTRATORS, is_superuser=True)
    client.force_login(admin)
    client.post(reverse("wagtailsnippets_courses_source:delete", args=[handbook.pk]))
    assert Source.objects.filter(pk=handbook.pk).exists()


# Reference facts ------------------------------------------------------------------------------


def test_a_reference_fact_shows_when_it_was_checked_and_its_source(client, learner, handbook):
    line = fact(source=handbook, note="Not reachable from abroad.")
    course = make_course(modules=1, lessons_per_module=0)
    lesson = make_lesson(
        course.get_children().first(),
        body=[
            ("text", "<p>Know the contacts for your role.</p>"),
            ("reference_facts", {"title": "Reference card", "facts": [line], "note": ""}),
        ],
    )
    page = reader(learner, course, client).get(lesson.url).content.decode()
    assert "Support line for professionals" in page and "Weekdays in office hours." in page
    assert "As of March 2026" in page
    assert f'Source: <a href="{handbook.url}">{handbook.title}</a>' in page
    assert "Not reachable from abroad." in page


def test_correcting_a_reference_fact_corrects_the_lesson_with_its_new_date(
    client, learner, handbook
):
    line = fact(source=handbook)
    course = make_course(modules=1, lessons_per_module=0)
    lesson = make_lesson(
        course.get_children().first(),
        body=[("reference_facts", {"title": "", "facts": [line], "note": ""})],
    )
    line.fact, line.as_of = "<p>Weekdays 9–16.</p>", date(2026, 11, 20)
    line.save()
    page = reader(learner, course, client).get(lesson.url).content.decode()
    assert "Weekdays 9–16." in page and "As of November 2026" in page
    assert "office hours" not in page


# Review by ----------------------------------------------------------------------------------


def test_trainers_see_the_courses_and_facts_due_for_review_and_nothing_else(client, trainer):
    today = timezone.localdate()
    overdue = make_course(0, 0, title="Overdue course", review_by=today - timedelta(days=3))
    due_soon = make_course(0, 0, title="Due soon course", review_by=today + timedelta(days=59))
    make_course(0, 0, title="Checked last month", review_by=today + timedelta(days=200))
    undated = make_course(0, 0, title="Course never dated")
    stale = fact(label="Old helpline", as_of=today - timedelta(days=400))
    fact(label="Fresh helpline", as_of=today - timedelta(days=30))
    client.force_login(trainer)

    page = client.get(reverse("courses_content_due_for_review")).content.decode()

    assert "Overdue course" in page and "Due soon course" in page
    assert page.index("Overdue course") < page.index("Due soon course")
    assert "Checked last month" not in page
    assert "Course never dated" in page  # listed apart: a course without a date
    assert "Old helpline" in page and "Fresh helpline" not in page
    for course in (overdue, due_soon, undated):
        assert reverse("wagtailadmin_pages:edit", args=[course.pk]) in page
    assert reverse("wagtailsnippets_courses_referencefact:edit", args=[stale.pk]) in page


def test_the_due_for_review_page_is_in_the_courses_menu_for_trainers_only(client, trainer):
    url = reverse("courses_content_due_for_review")
    client.force_login(trainer)
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(UserFactory(role=roles.CERTIFYING_BODIES))
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()
    refused = client.get(url)  # the admin's way: back to its home page, with a message
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")


def test_the_admin_home_page_tells_trainers_what_is_due(client, trainer):
    client.force_login(trainer)
    assert "is due for review" not in client.get(reverse("wagtailadmin_home")).content.decode()
    make_course(0, 0, review_by=timezone.localdate())
    fact(as_of=timezone.localdate() - timedelta(days=800))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 course is due for review." in home
    assert "1 reference fact was checked too long ago." in home


def test_the_due_for_review_page_asks_as_many_queries_for_twice_the_courses(
    client, trainer, django_assert_num_queries
):
    today = timezone.localdate()

    def add(count):
        for _ in range(count):
            make_course(0, 0, review_by=today)
            fact(as_of=today - timedelta(days=800))

    add(2)
    client.force_login(trainer)
    url = reverse("courses_content_due_for_review")
    client.get(url)  # the admin's own per-user caches, warmed
    smaller = queries_for(client, url)
    add(2)
    reset_queries()
    with django_assert_num_queries(smaller):
        page = client.get(url).content.decode()
    assert page.count("/edit/") >= 8


# Facts awaiting an expert -------------------------------------------------------------------


@pytest.fixture
def marked_course(db):
    course = make_course(modules=1, lessons_per_module=0)
    make_lesson(
        course.get_children().first(),
        title="Swedish law",
        body=[MARKED_TEXT, ("text", "<p>Settled text.</p>"), EXPERT_CHECK],
    )
    return course


def test_a_learner_reads_neither_the_markers_nor_the_expert_check(client, learner, marked_course):
    lesson = lessons_of(marked_course)[0]
    page = reader(learner, marked_course, client).get(lesson.url).content.decode()
    assert "section 1b also makes human exploitation a crime.</p>" in page
    assert "[CHECK" not in page and "when Sweden does" not in page
    assert "To be confirmed by a subject-matter expert" not in page
    assert "Penal Code ch. 4 s. 1b" not in page


def test_a_trainer_reads_the_markers_highlighted_and_the_points_to_confirm(
    client, trainer, marked_course
):
    client.force_login(trainer)
    page = client.get(lessons_of(marked_course)[0].url).content.decode()
    assert '<mark class="expert-mark">[CHECK]</mark>' in page
    assert '<mark class="expert-mark">[CHECK: when Sweden does]</mark>' in page
    assert "To be confirmed by a subject-matter expert" in page
    assert "Penal Code ch. 4 s. 1b, in force since 2018" in page


def test_the_preview_shows_the_facts_awaiting_an_expert_and_the_sources_being_edited(
    marked_course, handbook
):
    lesson = lessons_of(marked_course)[0]
    lesson.sources = [LessonSource(source=handbook, pinpoint="chapter 2")]  # not saved yet
    page = lesson.make_preview_request().content.decode()
    assert '<mark class="expert-mark">[CHECK]</mark>' in page
    assert "Penal Code ch. 4 s. 1b, in force since 2018" in page
    assert "Handbook for Diplomatic and Consular Personnel, chapter 2." in page


def test_a_subject_matter_expert_who_may_not_edit_sees_them_too(client, marked_course):
    experts, _ = Group.objects.get_or_create(name=SUBJECT_MATTER_EXPERTS)
    experts.permissions.add(Permission.objects.get(codename="access_admin"))
    expert = UserFactory()
    expert.groups.add(experts)
    page = reader(expert, marked_course, client).get(lessons_of(marked_course)[0].url)
    assert "Trainer view" not in page.content.decode()  # reads as a learner would…
    assert "Penal Code ch. 4 s. 1b" in page.content.decode()  # …with the points to confirm


def test_the_review_page_lists_every_open_point_of_live_and_draft_pages(
    client, trainer, marked_course
):
    module = marked_course.get_children().first()
    drafted = make_lesson(module, title="Referral", body=[("text", "<p>Settled.</p>")])
    drafted.body = [("text", "<p>Call 114 14 when it is urgent. [CHECK]</p>")]
    drafted.save_revision()  # a draft: the live lesson holds no marker yet
    make_lesson(module, title="Nothing to confirm")
    quiz = make_quiz(module, [single("Refer to the focal point [CHECK: the routine abroad]")])
    stale = fact(fact="<p>020-39 00 00 [CHECK]</p>")
    client.force_login(trainer)

    page = client.get(reverse("courses_facts_awaiting_confirmation")).content.decode()

    assert "Penal Code ch. 4 s. 1b, in force since 2018" in page
    assert "Since 2018, section 1b also makes human exploitation a crime." in page
    assert "The directive is to be transposed within two years. [when Sweden does]" in page
    assert "Call 114 14 when it is urgent." in page and "live, with a draft" in page
    assert "Refer to the focal point [the routine abroad]" in page
    assert "Nothing to confirm" not in page
    for item in (lessons_of(marked_course)[0], drafted, quiz):
        assert reverse("wagtailadmin_pages:edit", args=[item.pk]) in page
    assert reverse("wagtailsnippets_courses_referencefact:edit", args=[stale.pk]) in page


def test_learners_and_certifying_bodies_cannot_open_the_review_pages(client):
    url = reverse("courses_facts_awaiting_confirmation")
    client.force_login(UserFactory(role=roles.CERTIFYING_BODIES))
    assert client.get(url)["Location"] == reverse("wagtailadmin_home")  # refused, admin's way
    client.force_login(UserFactory())
    assert client.get(url)["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_review_page_asks_as_many_queries_for_twice_the_courses(
    client, trainer, django_assert_num_queries
):
    def add(count):
        for _ in range(count):
            course = make_course(modules=1, lessons_per_module=0)
            make_lesson(course.get_children().first(), body=[MARKED_TEXT, EXPERT_CHECK])

    add(2)
    client.force_login(trainer)
    url = reverse("courses_facts_awaiting_confirmation")
    client.get(url)
    smaller = queries_for(client, url)
    add(2)
    reset_queries()
    with django_assert_num_queries(smaller):
        page = client.get(url).content.decode()
    assert page.count("Penal Code ch. 4 s. 1b") == 4


def test_the_lesson_page_asks_as_many_queries_for_twice_the_sources_and_facts(
    client, learner, handbook, convention, django_assert_num_queries
):
    course = make_course(modules=1, lessons_per_module=0)
    module = course.get_children().first()

    def lesson_with(count):
        facts = [fact(label=f"Line {n}", source=handbook) for n in range(count)]
        lesson = make_lesson(
            module, body=[("reference_facts", {"title": "", "facts": facts, "note": ""})]
        )
        cite(lesson, *[(convention, f"art. {n}") for n in range(count)])
        return lesson

    small, large = lesson_with(2), lesson_with(4)
    reader(learner, course, client)
    services.lesson_complete(learner, small)
    client.get(small.url)
    fewer = queries_for(client, small.url)
    services.lesson_complete(learner, large)  # both completed: the same records to read
    client.get(large.url)
    reset_queries()
    with django_assert_num_queries(fewer):
        page = client.get(large.url).content.decode()
    assert page.count("As of March 2026") == 4 and "art. 3." in page


# The markers, as text -----------------------------------------------------------------------


def test_markers_are_removed_for_learners_and_marked_for_reviewers_outside_tags():
    html = '<p title="x [CHECK]">Since 2018. [CHECK: the year]</p>'
    assert strip_markers(html) == '<p title="x">Since 2018.</p>'
    assert highlight_markers(html) == (
        '<p title="x [CHECK]">Since 2018. <mark class="expert-mark">[CHECK: the year]</mark></p>'
    )


def test_a_marked_passage_is_the_text_before_its_marker():
    html = "<p>First fact. [CHECK]</p><p>Second <em>fact</em>. [CHECK: its year]</p>"
    assert marked_passages(html) == ["First fact.", "Second fact. [its year]"]


def test_months_are_counted_back_to_the_same_day_or_the_months_last():
    assert add_months(date(2027, 3, 31), -1) == date(2027, 2, 28)
    assert add_months(date(2028, 3, 31), -1) == date(2028, 2, 29)
    assert add_months(date(2027, 1, 15), -12) == date(2026, 1, 15)
    assert add_months(date(2026, 12, 3), 1) == date(2027, 1, 3)
