"""Karin invites new consular staff: one by one, or a whole list from a spreadsheet. A list
with any problem is reported line by line and nobody is invited until it is right; each
invitation's link works once."""

import re
from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.models import User
from organisations import services
from organisations.models import Invitation
from tests.factories import AudienceFactory, OrganisationFactory, UserFactory


@pytest.fixture
def embassy(db):
    AudienceFactory(slug="consular-staff", name="Consular staff", name_sv="Konsulär personal")
    embassy = OrganisationFactory(name="Embassy of Sweden, Kyiv")
    embassy.managers.add(UserFactory(organisation=embassy, first_name="Karin"))
    return embassy


@pytest.fixture
def manager(embassy):
    return embassy.managers.get()


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


def link_in(message) -> str:
    return re.search(r"https?://\S+/invitations/\S+/", message.body).group(0)


def upload(client, organisation, text: str, encoding="utf-8"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        reverse("organisations:invite-upload", args=[organisation.pk]),
        {"file": SimpleUploadedFile("staff.csv", text.encode(encoding), "text/csv")},
    )


def test_an_invited_colleague_creates_an_account_and_joins(
    manager_client, client, embassy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = manager_client.post(
            reverse("organisations:invite", args=[embassy.pk]),
            {"email": "Per.Nilsson@Example.org", "first_name": "Per", "role": ""},
        )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["per.nilsson@example.org"]
    assert "Embassy of Sweden, Kyiv" in message.subject
    url = link_in(message)
    invitation = Invitation.objects.get()
    assert url.rsplit("/", 2)[1] not in invitation.token_hash  # only its hash is stored

    manager_client.logout()
    page = client.get(url)
    assert page.status_code == 200 and "per.nilsson@example.org" in page.content.decode()
    audience = AudienceFactory(slug="consular-staff")
    response = client.post(
        url,
        {
            "email": "someone.else@example.org",  # the invited address is fixed
            "first_name": "Per",
            "last_name": "Nilsson",
            "audience": audience.pk,
            "password1": "a-long-passphrase-2026",
            "password2": "a-long-passphrase-2026",
        },
    )
    assert response.status_code == 302
    per = User.objects.get(email="per.nilsson@example.org")
    assert per.organisation == embassy
    invitation.refresh_from_db()
    assert invitation.accepted_by == per

    client.logout()
    again = client.get(url)
    assert again.status_code == 410
    assert "already been used" in again.content.decode()


def test_an_existing_account_signs_in_and_accepts(client, embassy, manager):
    colleague = UserFactory(email="maja@example.org", organisation=None)
    services.invitation_create(embassy, manager, "maja@example.org")
    token = "x"
    invitation = Invitation.objects.get()
    # The link is only in the e-mail: rebuild one for the test by giving the row a known token.
    Invitation.objects.filter(pk=invitation.pk).update(token_hash=services._hash(token))
    url = reverse("organisations:invitation", args=[token])
    assert "Sign in to accept" in client.get(url).content.decode()
    stranger = UserFactory(email="stranger@example.org")
    client.force_login(stranger)
    refused = client.post(url)
    assert refused.status_code == 403 and "maja@example.org" in refused.content.decode()
    client.force_login(colleague)
    assert client.post(url).status_code == 302
    colleague.refresh_from_db()
    stranger.refresh_from_db()
    assert colleague.organisation == embassy and stranger.organisation != embassy


def test_expired_cancelled_and_made_up_links_are_refused(client, embassy, manager):
    invitation = services.invitation_create(embassy, manager, "late@example.org")
    Invitation.objects.filter(pk=invitation.pk).update(
        token_hash=services._hash("late"), expires_at=timezone.now() - timedelta(minutes=1)
    )
    assert client.get(reverse("organisations:invitation", args=["late"])).status_code == 410
    assert client.get(reverse("organisations:invitation", args=["made-up"])).status_code == 404
    cancelled = services.invitation_create(embassy, manager, "gone@example.org")
    services.invitation_cancel(cancelled)
    Invitation.objects.filter(pk=cancelled.pk).update(token_hash=services._hash("gone"))
    response = client.get(reverse("organisations:invitation", args=["gone"]))
    assert response.status_code == 410 and "cancelled" in response.content.decode()


def test_a_single_invitation_is_checked(manager_client, embassy):
    UserFactory(email="member@example.org", organisation=embassy)
    services.invitation_create(embassy, embassy.managers.get(), "pending@example.org")
    url = reverse("organisations:invite", args=[embassy.pk])
    for email, message in [
        ("not-an-address", "Enter a valid email address."),
        ("member@example.org", "already a member"),
        ("PENDING@example.org", "already has an open invitation"),
    ]:
        response = manager_client.post(url, {"email": email})
        assert response.status_code == 400
        assert message in response.content.decode()
    assert Invitation.objects.count() == 1


ONLY_YOURS = " (you can invite only to those you manage)."


def test_a_bad_list_is_reported_row_by_row_and_nothing_is_imported(
    manager_client, embassy, manager
):
    police = OrganisationFactory(name="Police Region Stockholm")  # exists, not Karin's
    UserFactory(email="already@example.org", organisation=embassy)
    text = (
        "email,first_name,last_name,organisation,role\n"
        "ok.one@example.org,Ok,One,,consular-staff\n"
        "not-an-email,Bad,Address,,\n"
        "dup@example.org,Dup,First,,\n"
        "DUP@example.org,Dup,Second,,\n"
        "x@example.org,X,Y,Atlantis Consulate,\n"
        f"y@example.org,Y,Z,{police.name},\n"
        "z@example.org,Z,Z,,astronaut\n"
        "already@example.org,Al,Ready,,\n"
        ",No,Address,,\n"
    )
    response = upload(manager_client, embassy, text)
    assert response.status_code == 400
    problems = [(p.line, p.message) for p in response.context["report"].problems]
    assert problems == [
        (3, "“not-an-email” is not an e-mail address."),
        (5, "The same address is on line 4."),
        (6, f"Unknown organisation “Atlantis Consulate”{ONLY_YOURS}"),
        (7, f"Unknown organisation “{police.name}”{ONLY_YOURS}"),
        (8, "Unknown role “astronaut”."),
        (9, "Already a member of Embassy of Sweden, Kyiv."),
        (10, "The e-mail address is missing."),
    ]
    html = response.content.decode()
    assert "Nobody was invited: the file has 7 problems." in html
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_a_good_list_invites_everyone_once(
    manager_client, embassy, manager, django_capture_on_commit_callbacks
):
    second = OrganisationFactory(name="Consulate General, Istanbul")
    second.managers.add(manager)
    text = (
        "E-post;Förnamn;Efternamn;Organisation;Roll\n"
        "lena@example.org;Lena;Åberg;;Konsulär personal\n"
        "\n"
        "omar@example.org;Omar;Haddad;consulate general, istanbul;consular-staff\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(manager_client, embassy, text)
    assert response.status_code == 302
    invitations = {i.email: i for i in Invitation.objects.all()}
    assert invitations["lena@example.org"].organisation == embassy
    assert invitations["lena@example.org"].last_name == "Åberg"
    assert invitations["omar@example.org"].organisation == second
    assert invitations["omar@example.org"].audience.slug == "consular-staff"
    assert sorted(m.to[0] for m in mail.outbox) == ["lena@example.org", "omar@example.org"]
    # The same file again: both already invited, nothing new.
    again = upload(manager_client, embassy, text)
    assert again.status_code == 400 and Invitation.objects.count() == 2


def test_files_that_are_not_a_list_are_refused(manager_client, embassy):
    for text, encoding, message in [
        ("email\nå@example.org\n", "utf-16", "not UTF-8"),
        ("", "utf-8", "The submitted file is empty."),
        ("\n\n", "utf-8", "The file is empty."),
        ("name,phone\nPer,123\n", "utf-8", "an “email” column is required"),
    ]:
        response = upload(manager_client, embassy, text, encoding)
        assert response.status_code == 400
        assert message in response.content.decode()
    assert not Invitation.objects.exists()


def test_a_list_saved_with_old_mac_line_endings_is_read(
    manager_client, embassy, django_capture_on_commit_callbacks
):
    text = "email;first_name;last_name\rlena@example.org;Lena;Åberg\romar@example.org;Omar;H\r"
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(manager_client, embassy, text)
    assert response.status_code == 302
    assert sorted(Invitation.objects.values_list("email", "first_name")) == [
        ("lena@example.org", "Lena"),
        ("omar@example.org", "Omar"),
    ]


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ("per@example.org,Per\x00", "Column “first_name”: Null characters are not allowed."),
        (
            "per@example.org," + "P" * 151,
            "Column “first_name”: Ensure this value has at most 150 characters (it has 151).",
        ),
        (
            "per@example.org," + "P" * 140_000,  # over the csv module's own limit (131,072)
            "This line cannot be read: a cell is far longer than any column allows.",
        ),
        (
            "p" * 250 + "@example.org,Per",
            "Column “email”: Ensure this value has at most 254 characters (it has 262).",
        ),
    ],
)
def test_a_cell_no_column_can_hold_is_reported_on_its_line(manager_client, embassy, cells, problem):
    response = upload(manager_client, embassy, "email,first_name\nok@example.org,Ok\n" + cells)
    assert response.status_code == 400
    assert (3, problem) in [(p.line, p.message) for p in response.context["report"].problems]
    assert problem in response.content.decode()
    assert not Invitation.objects.exists()
