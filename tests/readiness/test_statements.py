"""A consular officer who is ready for visa duty prints a one-page readiness statement; the
embassy's security officer checks its code on the same page as any certificate, and sees it
lapse or be revoked when a certificate it relies on does."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from accounts import privacy
from certificates.models import AuditEntry, Certificate
from certificates.services import certificate_issue, certificate_revoke
from courses.models import ModulePage
from courses.services import enrolment_create, lesson_complete
from readiness.models import ReadinessStatement, Requirement, RequirementSet
from readiness.services import NotReady, attach_paths, readiness_for, statement_issue
from tests.factories import UserFactory, lessons_of, make_course


@pytest.fixture
def visa_duty(learner):
    identification = make_course(modules=2, lessons_per_module=2, title="Identification")
    threats = make_course(modules=3, lessons_per_module=1, title="Threat assessment")
    duty = RequirementSet.objects.create(
        name="Consular staff — before visa duty",
        name_sv="Konsulär personal — före viseringstjänst",
        audience=learner.audience,
    )
    Requirement.objects.create(requirement_set=duty, course=identification, grace_days=30)
    Requirement.objects.create(requirement_set=duty, course=threats)
    return duty, identification, threats


@pytest.fixture
def ready(learner, visa_duty):
    duty, identification, threats = visa_duty
    first = certificate_issue(learner, identification)
    second = certificate_issue(learner, threats)
    Certificate.objects.filter(pk=first.pk).update(expires_at=timezone.now() + timedelta(days=90))
    Certificate.objects.filter(pk=second.pk).update(expires_at=timezone.now() + timedelta(days=400))
    return duty, first, second


def paths(learner):
    from courses.selectors import learner_dashboard

    readiness = readiness_for(learner)
    attach_paths(learner, readiness, learner_dashboard(learner))
    return {item.requirement.course.title: item.path for item in readiness[0].items}


def test_the_shortest_path_is_the_whole_course_before_enrolling(learner, visa_duty):
    found = paths(learner)
    identification = found["Identification"]
    assert not identification.enrolled
    assert [m.page.pk for m in identification.modules] == list(
        ModulePage.objects.child_of(visa_duty[1]).order_by("path").values_list("pk", flat=True)
    )
    assert identification.steps == 2 and len(found["Threat assessment"].modules) == 3
    assert identification.minutes == sum(
        lesson.estimated_minutes for lesson in lessons_of(visa_duty[1])
    )


def test_the_shortest_path_skips_the_modules_already_done(learner, visa_duty):
    _duty, identification, _threats = visa_duty
    enrolment_create(learner, identification)
    first_module_lessons = lessons_of(identification)[:2]
    for lesson in first_module_lessons:
        lesson_complete(learner, lesson)
    path = paths(learner)["Identification"]
    assert path.enrolled and not path.take_again
    assert len(path.modules) == 1  # only the second module remains
    assert path.minutes == sum(
        lesson.estimated_minutes for lesson in lessons_of(identification)[2:]
    )


def test_an_expired_certificate_means_taking_the_course_again(learner, visa_duty):
    _duty, identification, threats = visa_duty
    enrolment_create(learner, identification)
    for lesson in lessons_of(identification):
        lesson_complete(learner, lesson)  # completes it: a certificate is issued
    Certificate.objects.filter(holder=learner).update(
        expires_at=timezone.now() - timedelta(days=40)
    )
    path = paths(learner)["Identification"]
    assert path.take_again and path.steps == 2


def test_the_dashboard_lists_the_remaining_modules(learner_client, visa_duty):
    html = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert "Shortest path: 2 steps" in html and "Shortest path: 3 steps" in html
    assert "Print a readiness statement" not in html


def test_a_ready_officer_prints_a_statement_and_anyone_can_verify_it(
    learner, learner_client, client, ready
):
    duty, first, second = ready
    dashboard = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert "Print a readiness statement" in dashboard
    response = learner_client.post(
        reverse("readiness:statement-create"), {"requirement_set": duty.pk}
    )
    statement = ReadinessStatement.objects.get()
    assert response.url == reverse("readiness:statement", args=[statement.code])
    assert statement.valid_until == Certificate.objects.get(pk=first.pk).expires_at
    assert [i["certificate_code"] for i in statement.items] == [first.code, second.code]

    printable = learner_client.get(response.url).content.decode()
    assert statement.code in printable and "<svg" in printable
    assert "Consular staff — before visa duty" in printable and first.code in printable

    # Printing again without any change gives the same statement, not a second one.
    learner_client.post(reverse("readiness:statement-create"), {"requirement_set": duty.pk})
    assert ReadinessStatement.objects.count() == 1

    page = client.get(reverse("certificates:verify-code", args=[statement.code]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Valid readiness statement" in html and learner.get_full_name() in html
    api = client.get(f"/api/v1/certificates/{statement.code.lower().replace('-', ' ')}").json()
    assert api["kind"] == "readiness_statement" and api["status"] == "valid"
    assert api["requirement_set"]["name_sv"] == "Konsulär personal — före viseringstjänst"
    assert AuditEntry.objects.filter(code_entered=statement.code, outcome="valid").exists()


def test_the_statement_lapses_with_the_first_certificate_and_falls_with_a_revocation(
    learner, client, ready
):
    duty, first, second = ready
    statement = statement_issue(learner, duty.pk)
    later = timezone.now() + timedelta(days=91)
    from readiness.services import statement_status

    assert statement_status(statement, later)[0] == "expired"
    certificate_revoke(Certificate.objects.get(pk=second.pk), UserFactory(), "Issued in error")
    api = client.get(f"/api/v1/certificates/{statement.code}").json()
    assert api["status"] == "revoked"
    assert api["revocation_reason"] == "A certificate it relies on was revoked."
    html = client.get(reverse("certificates:verify-code", args=[statement.code])).content.decode()
    assert "Revoked readiness statement" in html


def test_no_statement_for_someone_not_ready(learner, learner_client, visa_duty):
    duty = visa_duty[0]
    with pytest.raises(NotReady):
        statement_issue(learner, duty.pk)
    response = learner_client.post(
        reverse("readiness:statement-create"), {"requirement_set": duty.pk}, follow=True
    )
    assert "You do not meet every requirement of this set yet." in response.content.decode()
    assert not ReadinessStatement.objects.exists()
    bad = learner_client.post(reverse("readiness:statement-create"), {"requirement_set": "x"})
    assert bad.status_code == 302 and not ReadinessStatement.objects.exists()


def test_only_the_holder_opens_the_printable_statement(learner, client, ready):
    statement = statement_issue(learner, ready[0].pk)
    url = reverse("readiness:statement", args=[statement.code])
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404


def test_erasure_withdraws_the_statement_without_the_name(learner, client, ready):
    statement = statement_issue(learner, ready[0].pk)
    exported = privacy.learner_data(learner)
    assert exported["readiness_statements"][0]["code"] == statement.code
    privacy.learner_erase(learner)
    api = client.get(f"/api/v1/certificates/{statement.code}").json()
    assert api["status"] == "revoked" and api["holder_name"] == "(erased)"
    assert api["revocation_reason"] == "Holder erased"
