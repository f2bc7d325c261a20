"""Trainers browse the embedded record store; administrators manage delivery."""

import pytest

from accounts import roles
from courses import services as course_services
from tests.factories import UserFactory, lessons_of, make_course
from tracking.models import DeliveryPause, Statement
from tracking.selectors import recorded_courses


@pytest.fixture
def records(db):
    course = make_course(modules=1, lessons_per_module=1, title="Non-punishment")
    learner = UserFactory(email="police.learner@example.org")
    course_services.enrolment_create(learner, course)
    course_services.lesson_complete(learner, lessons_of(course)[0])
    other = make_course(modules=1, lessons_per_module=1, title="Other course")
    course_services.enrolment_create(UserFactory(), other)
    return course


def listing(client, query=""):
    response = client.get(f"/admin/learning_records/{query}")
    assert response.status_code == 200
    return response


def test_trainer_browses_and_filters_statements(client, records):
    client.force_login(UserFactory(role=roles.TRAINERS))
    assert len(listing(client).context["object_list"]) == Statement.objects.count()
    registered = listing(client, "?verb=registered").context["object_list"]
    assert {s.verb for s in registered} == {"registered"} and len(registered) == 2
    by_course = listing(client, f"?course_key={records.translation_key}").context["object_list"]
    assert {s.course_key for s in by_course} == {records.translation_key}
    by_learner = listing(client, "?q=police.learner").context["object_list"]
    assert by_learner and {s.user.email for s in by_learner} == {"police.learner@example.org"}
    pending = listing(client, "?state=pending").context["object_list"]
    assert len(pending) == Statement.objects.count()
    statement = Statement.objects.filter(verb="completed").first()
    inspect = client.get(f"/admin/learning_records/inspect/{statement.pk}/")
    assert inspect.status_code == 200
    assert statement.object_id in inspect.content.decode()


def test_nobody_edits_or_deletes_statements(client, records):
    client.force_login(UserFactory(role=roles.ADMINISTRATORS, is_superuser=True))
    statement = Statement.objects.first()
    assert client.get(f"/admin/learning_records/edit/{statement.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/learning_records/delete/{statement.pk}/").status_code in (
        302,
        403,
    )
    assert Statement.objects.filter(pk=statement.pk).exists()
    assert client.get("/admin/learning_records/new/").status_code in (302, 403)


def test_learners_cannot_browse_statements(client, records):
    client.force_login(UserFactory())
    response = client.get("/admin/learning_records/")
    assert response.status_code in (302, 403)


def test_administrator_resends_refused_statements_and_resumes_delivery(client, records):
    client.force_login(UserFactory(role=roles.ADMINISTRATORS))
    Statement.objects.filter(verb="registered").update(state="dead", last_error="422: no verb")
    DeliveryPause.objects.create(reason="401: bad credentials")
    page = client.get("/admin/learning-records/delivery/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "422: no verb" in html and "401: bad credentials" in html
    client.post("/admin/learning-records/delivery/", {"action": "resend"})
    assert not Statement.objects.filter(state="dead").exists()
    client.post("/admin/learning-records/delivery/", {"action": "resume"})
    assert not DeliveryPause.objects.exists()


def test_trainers_do_not_manage_delivery(client, records):
    client.force_login(UserFactory(role=roles.TRAINERS))
    assert client.get("/admin/learning-records/delivery/").status_code in (302, 403)
    assert not DeliveryPause.objects.exists()


def test_without_an_lrs_records_are_kept_here_not_waiting(client, records, settings):
    settings.LRS_ENDPOINT = ""
    client.force_login(UserFactory(role=roles.ADMINISTRATORS, is_superuser=True))
    statement = Statement.objects.first()
    pages = [
        listing(client).content.decode(),
        client.get(f"/admin/learning_records/inspect/{statement.pk}/").content.decode(),
        client.get("/admin/learning-records/delivery/").content.decode(),
    ]
    for html in pages:
        assert "Kept in the platform&#x27;s record store" in html
        assert "Waiting to be delivered" not in html


def test_with_an_lrs_undelivered_records_are_waiting(client, records, settings):
    settings.LRS_ENDPOINT = "https://lrs.example.org/xAPI"
    client.force_login(UserFactory(role=roles.TRAINERS))
    html = listing(client).content.decode()
    assert "Waiting to be delivered" in html
    assert "record store" not in html


def test_the_course_filter_offers_each_recorded_course_by_its_english_name(client, records):
    from courses.models import CoursePage

    other = CoursePage.objects.get(title="Other course")
    client.force_login(UserFactory(role=roles.TRAINERS))
    html = listing(client).content.decode()
    assert f'<option value="{records.translation_key}">Non-punishment</option>' in html
    assert f'<option value="{other.translation_key}">Other course</option>' in html
    # A course renamed since keeps the name its records were made under until a new one.
    records.title = "Non-punishment principle"
    records.save_revision().publish()
    course_services.enrolment_create(UserFactory(), CoursePage.objects.get(pk=records.pk))
    assert (str(records.translation_key), "Non-punishment principle") in recorded_courses()
    assert [name for _key, name in recorded_courses()] == [
        "Non-punishment principle",
        "Other course",
    ]
