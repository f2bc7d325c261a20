"""Judge Eva Lindahl's training is recommended, not a condition of duty (decision 0015): her
*My learning* shows the judges' path and what she has done ("Recommended path: 1 of 3 done"),
never "Not ready"; her court's managers never see her as a gap; and the path gives no
readiness statement — each course's certificate is its record."""

import csv
import io

from django.urls import reverse

import pytest

from certificates.services import certificate_issue
from organisations import services as organisations
from readiness.models import Requirement, RequirementSet
from readiness.services import NotReady, readiness_for, statement_issue
from tests.factories import AudienceFactory, OrganisationFactory, UserFactory, make_course


@pytest.fixture
def judges(db):
    return AudienceFactory(slug="judges", name="Judges", name_sv="Domare")


@pytest.fixture
def court(judges):
    court = OrganisationFactory(name="District Court, Gothenburg", kind="court")
    court.managers.add(UserFactory(organisation=court, audience=judges, first_name="Chief"))
    return court


@pytest.fixture
def judges_path(judges):
    """The judges' recommended path: the essentials, trafficking law in court, non-punishment."""
    courses = [
        make_course(modules=1, lessons_per_module=1, title=title)
        for title in ("The essentials", "Trafficking law in court", "Non-punishment")
    ]
    path = RequirementSet.objects.create(
        name="Judges — recommended path",
        name_sv="Domare — rekommenderad utbildningsväg",
        audience=judges,
        recommended=True,
    )
    for order, course in enumerate(courses):
        Requirement.objects.create(requirement_set=path, course=course, sort_order=order)
    return path, courses


@pytest.fixture
def eva(court, judges):
    return UserFactory(organisation=court, audience=judges, first_name="Eva", last_name="Lindahl")


def test_a_recommended_path_counts_what_is_done_and_never_says_not_ready(eva, judges_path):
    _path, (essentials, _law, _non_punishment) = judges_path
    certificate_issue(eva, essentials)
    (path,) = readiness_for(eva)
    assert path.is_recommended
    assert (path.done, path.total) == (1, 3)
    assert not path.is_complete
    assert path.is_ready is False and path.missing == []  # no gap, and no "ready for duty"


def test_the_judge_sees_her_recommended_path_on_my_learning(client, eva, judges_path):
    _path, (essentials, _law, _non_punishment) = judges_path
    certificate_issue(eva, essentials)
    client.force_login(eva)
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert "Judges — recommended path" in html
    assert "Recommended path: 1 of 3 done" in html
    assert "Recommended training" in html and "Readiness for duty" not in html
    assert "Not ready" not in html and "missing: complete this course" not in html
    assert "Print a readiness statement" not in html


def test_the_path_reads_in_swedish_too(client, eva, judges_path):
    client.force_login(eva)
    html = client.get("/sv/dashboard/").content.decode()
    assert "Domare — rekommenderad utbildningsväg" in html
    assert "Rekommenderad utbildningsväg: 0 av 3 klara" in html
    assert "Rekommenderad utbildning" in html


def test_a_completed_path_gives_no_readiness_statement(client, eva, judges_path):
    path, courses = judges_path
    for course in courses:
        certificate_issue(eva, course)
    (evaluated,) = readiness_for(eva)
    assert evaluated.is_complete and (evaluated.done, evaluated.total) == (3, 3)
    with pytest.raises(NotReady, match="recommended path gives no readiness statement"):
        statement_issue(eva, path.pk)
    client.force_login(eva)
    response = client.post(reverse("readiness:statement-create"), {"requirement_set": path.pk})
    assert response.status_code == 302 and "/readiness/statements/" not in response["Location"]


def test_the_court_managers_never_count_a_judge_as_a_gap(client, court, eva, judges_path):
    manager = court.managers.get()
    client.force_login(manager)
    url = reverse("organisations:members", args=[court.pk])
    html = client.get(url).content.decode()
    assert "Judges — recommended path: recommended path, 0 of 3 done" in html
    assert "not ready" not in html and "Missing:" not in html
    not_ready = client.get(url + "?readiness=not_ready").context["rows"]
    assert eva not in [row.member for row in not_ready]
    (row,) = [
        r
        for r in organisations.member_rows(court, organisations.MemberFilters())
        if r.member == eva
    ]
    assert row.is_ready is None  # no condition of duty applies to her
    exported = client.get(reverse("organisations:members-csv", args=[court.pk]))
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    eva_row = next(r for r in rows if r[0] == "Eva Lindahl")
    assert eva_row[3] == "Judges — recommended path: recommended path, 0 of 3 done"


def test_a_required_set_beside_a_recommended_one_still_decides_readiness(
    court, eva, judges, judges_path
):
    """Should a court require a course of its judges, that set alone decides who is ready."""
    required_course = make_course(modules=1, lessons_per_module=1, title="Court security")
    duty = RequirementSet.objects.create(name="Court security", audience=judges)
    Requirement.objects.create(requirement_set=duty, course=required_course)
    (row,) = organisations.member_rows(court, organisations.MemberFilters(search="Eva"))
    assert row.is_ready is False
    certificate_issue(eva, required_course)
    (row,) = organisations.member_rows(court, organisations.MemberFilters(search="Eva"))
    assert row.is_ready is True  # the recommended path, still 0 of 3, is no gap


def test_trainers_mark_a_set_recommended_in_the_admin(client, judges_path):
    from django.contrib.auth.models import Group

    from accounts import roles

    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    client.force_login(trainer)
    path, _courses = judges_path
    form = client.get(f"/admin/snippets/readiness/requirementset/edit/{path.pk}/")
    html = form.content.decode().lower()
    assert "recommended path, not required" in html and "nobody is ever" in html
