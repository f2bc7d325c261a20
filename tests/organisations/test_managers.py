"""Karin manages the Embassy in Kyiv: she sees her staff's readiness for visa duty, what they
completed and when their certificates expire, filters and exports the list — and never sees
anyone from the police region next door, whichever address she types."""

import csv
import io
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from certificates.models import Certificate
from certificates.services import certificate_issue
from courses.services import enrolment_create, lesson_complete
from organisations import services
from organisations.models import Invitation
from readiness.models import Requirement, RequirementSet
from tests.factories import (
    AudienceFactory,
    OrganisationFactory,
    UserFactory,
    lessons_of,
    make_course,
    make_lesson,
)


@pytest.fixture
def consular(db):
    return AudienceFactory(slug="consular-staff", name="Consular staff")


@pytest.fixture
def embassy(consular):
    embassy = OrganisationFactory(name="Embassy of Sweden, Kyiv")
    manager = UserFactory(organisation=embassy, audience=consular, first_name="Karin")
    embassy.managers.add(manager)
    return embassy


@pytest.fixture
def manager(embassy):
    return embassy.managers.get()


@pytest.fixture
def police_region(db):
    region = OrganisationFactory(name="Police Region Stockholm")
    UserFactory(organisation=region, first_name="Jonas", email="jonas@polisen.example")
    region.managers.add(UserFactory(organisation=region, email="chief@polisen.example"))
    return region


@pytest.fixture
def visa_duty(consular):
    identification = make_course(modules=1, lessons_per_module=1, title="Identification")
    duty = RequirementSet.objects.create(name="Before visa duty", audience=consular)
    Requirement.objects.create(requirement_set=duty, course=identification)
    return identification


@pytest.fixture
def staff(embassy, consular, visa_duty):
    """Anna is ready (certificate expiring in 40 days); Olle is not; Eva is a driver."""
    anna = UserFactory(organisation=embassy, audience=consular, first_name="Anna")
    olle = UserFactory(organisation=embassy, audience=consular, first_name="Olle")
    eva = UserFactory(
        organisation=embassy, audience=AudienceFactory(slug="driver"), first_name="Eva"
    )
    enrolment_create(anna, visa_duty)
    certificate = certificate_issue(anna, visa_duty)
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() + timedelta(days=40)
    )
    enrolment_create(olle, visa_duty)
    return anna, olle, eva


# Session, user and the device of the manager's verified second sign-in step (3), the
# organisation, members, the requirement sets' courses' titles in the reader's language,
# certificates, enrolments with their lessons done, the lessons of those courses with their
# audiences (the progress per course), open invitations, course choices and roles (2) for the
# forms. The requirement sets with their requirements and courses (readiness.services) and the
# page's chrome — permissions (accounts.backends), its catalogue link, site and site settings —
# come from the shared cache.
MEMBERS_PAGE_QUERIES = 13


def members_url(organisation, **params):
    url = reverse("organisations:members", args=[organisation.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def test_a_manager_sees_readiness_completion_and_expiry(client, manager, embassy, staff):
    anna, olle, eva = staff
    client.force_login(manager)
    response = client.get(reverse("organisations:list"))
    assert response.url == members_url(embassy)
    html = client.get(members_url(embassy)).content.decode()
    for person in (anna, olle, eva, manager):
        assert person.email in html
    assert "Before visa duty: ready" in html and "Before visa duty: not ready" in html
    expiry = timezone.localtime(Certificate.objects.get(holder=anna).expires_at)
    assert f"{expiry.day} {expiry:%B %Y}" in html  # 12 January 2027


def test_the_table_shows_progress_per_course_and_names_what_is_missing(
    client, manager, embassy, staff, consular, visa_duty
):
    """Olle has read 3 of the 8 lessons of Victim identification meant for consular staff (a
    police-only lesson is not his to read) and has not started Non-punishment in practice,
    which visa duty requires too: Karin reads exactly that, and the CSV says the same."""
    anna, olle, _eva = staff
    police = AudienceFactory(slug="police")
    identification = make_course(modules=2, lessons_per_module=4, title="Victim identification")
    make_lesson(identification.get_children().live().last(), audiences=[police])
    non_punishment = make_course(
        modules=1, lessons_per_module=2, title="Non-punishment in practice"
    )
    duty = RequirementSet.objects.get(name="Before visa duty")
    Requirement.objects.create(requirement_set=duty, course=non_punishment)
    enrolment_create(olle, identification)
    for lesson in lessons_of(identification)[:3]:
        lesson_complete(olle, lesson)
    enrolment_create(olle, non_punishment)
    enrolment_create(anna, non_punishment)
    for lesson in lessons_of(non_punishment):
        lesson_complete(anna, lesson)

    client.force_login(manager)
    html = client.get(members_url(embassy)).content.decode()
    assert "Victim identification: 3 of 8 lessons" in html
    assert "Non-punishment in practice: not started" in html
    assert "Non-punishment in practice: completed" in html
    assert "Missing: Non-punishment in practice" in html
    assert "Missing: Identification" in html

    response = client.get(reverse("organisations:members-csv", args=[embassy.pk]) + "?q=olle")
    (header, row) = list(csv.reader(io.StringIO(response.content.decode())))
    assert header[-1] == "Progress"
    assert row[-1] == (
        "Identification: not started; Victim identification: 3 of 8 lessons; "
        "Non-punishment in practice: not started"
    )
    assert "Missing: Identification; Missing: Non-punishment in practice" in row[3]


def test_filters_narrow_the_list(client, manager, embassy, staff, visa_duty):
    anna, olle, eva = staff
    client.force_login(manager)

    def emails(**params):
        rows = client.get(members_url(embassy, **params)).context["rows"]
        return {row.member.email for row in rows}

    assert emails(readiness="ready") == {anna.email}
    assert emails(readiness="not_ready") == {olle.email, manager.email}
    assert emails(role="driver") == {eva.email}
    assert emails(expiring="60") == {anna.email}
    assert emails(expiring="30") == set()
    assert emails(q="olle") == {olle.email}
    assert emails(course=str(visa_duty.translation_key)) == {anna.email, olle.email}
    bad = client.get(members_url(embassy, expiring="7"))
    assert bad.status_code == 400


def test_the_csv_export_follows_the_filters(client, manager, embassy, staff):
    anna, _olle, _eva = staff
    client.force_login(manager)
    response = client.get(
        reverse("organisations:members-csv", args=[embassy.pk]) + "?readiness=ready"
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:2] == ["Name", "E-mail address"]
    assert [row[1] for row in rows[1:]] == [anna.email]
    certificate = Certificate.objects.get(holder=anna)
    assert rows[1][3] == "Before visa duty: ready"
    assert certificate.code in rows[1][6]
    expiry = timezone.localtime(certificate.expires_at).replace(microsecond=0)
    assert rows[1][7] == expiry.isoformat()  # ISO 8601 to the second: 2027-01-12T16:39:54+01:00


def test_a_manager_never_reaches_another_organisation(client, manager, embassy, police_region):
    """Every URL that names an organisation, with the police region's number: 404 each time,
    and nothing changes."""
    foreign_invitation = services.invitation_create(
        police_region, police_region.managers.get(), "new@polisen.example"
    )
    own_invitation = services.invitation_create(embassy, manager, "new@embassy.example")
    client.force_login(manager)
    other = police_region.pk
    gets = [
        reverse("organisations:members", args=[other]),
        reverse("organisations:members-csv", args=[other]),
    ]
    posts = [
        (reverse("organisations:invite", args=[other]), {"email": "x@example.org"}),
        (
            reverse("organisations:invite-upload", args=[other]),
            {"file": io.BytesIO(b"email\nx@example.org\n")},
        ),
        (
            reverse("organisations:invitation-cancel", args=[other, foreign_invitation.pk]),
            {},
        ),
        # Their invitation through my organisation's address is not mine either.
        (
            reverse("organisations:invitation-cancel", args=[embassy.pk, foreign_invitation.pk]),
            {},
        ),
    ]
    for url in gets:
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"jonas@polisen.example" not in response.content
    for url, data in posts:
        assert client.post(url, data).status_code == 404, url
    foreign_invitation.refresh_from_db()
    assert foreign_invitation.cancelled_at is None
    assert Invitation.objects.count() == 2
    # My own pages list only my people and my invitation.
    html = client.get(members_url(embassy)).content.decode()
    assert "polisen.example" not in html and own_invitation.email in html


def test_people_who_manage_nothing_are_kept_out(client, embassy, staff):
    anna = staff[0]
    urls = [
        reverse("organisations:list"),
        reverse("organisations:members", args=[embassy.pk]),
        reverse("organisations:members-csv", args=[embassy.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # to sign in
    client.force_login(anna)
    for url in urls:
        assert client.get(url).status_code == 404
    assert (
        client.post(
            reverse("organisations:invite", args=[embassy.pk]), {"email": "x@example.org"}
        ).status_code
        == 404
    )


def test_the_members_page_does_not_grow_in_queries_with_members(
    client, manager, embassy, consular, visa_duty, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(manager)
    url = members_url(embassy)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    count()  # the first request warms per-process caches (site, locales)
    small = count()
    for _ in range(12):
        member = UserFactory(organisation=embassy, audience=consular)
        enrolment_create(member, visa_duty)
        certificate_issue(member, visa_duty)
    count()  # new members' groups start a new permission generation (accounts.backends)
    assert count() == small
    with django_assert_num_queries(MEMBERS_PAGE_QUERIES):
        client.get(url)


def test_administrators_name_the_managers_in_the_admin(client, embassy):
    from django.contrib.auth.models import Group

    from accounts import roles

    administrator = UserFactory()
    administrator.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))
    client.force_login(administrator)
    listing = client.get("/admin/snippets/organisations/organisation/")
    assert listing.status_code == 200 and "Embassy of Sweden, Kyiv" in listing.content.decode()
    edit = client.get(f"/admin/snippets/organisations/organisation/edit/{embassy.pk}/")
    assert edit.status_code == 200 and 'name="managers"' in edit.content.decode()

    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    client.force_login(trainer)
    response = client.get(f"/admin/snippets/organisations/organisation/edit/{embassy.pk}/")
    assert response.status_code in (302, 403)
