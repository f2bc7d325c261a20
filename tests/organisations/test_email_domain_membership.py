"""Nobody declares their own organisation. A visitor signing up sees no list of organisations;
Lina, whose address is at the police's registered domain, gets an e-mail link and joins when she
opens it; a member can leave; a profile never moves anyone to another organisation. A membership
chosen before this rule stays, unconfirmed, and is not printed on a readiness statement."""

import importlib
import re
from datetime import timedelta

from django.apps import apps
from django.urls import reverse

import pytest

from accounts.models import User
from organisations import membership
from organisations.models import Organisation
from readiness.models import Requirement, RequirementSet
from readiness.services import statement_issue
from tests.certificates.conftest import complete, make_assessed_course
from tests.factories import AudienceFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-passphrase-2026"


@pytest.fixture
def police():
    return OrganisationFactory(name="Police Region West", email_domains="polisen.example")


@pytest.fixture
def embassy():
    return OrganisationFactory(name="Embassy of Sweden, Kyiv")


def sign_up(client, email, **extra):
    data = {
        "email": email,
        "first_name": "Lina",
        "last_name": "Sandberg",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "audience": AudienceFactory(slug="police").pk,
        **extra,
    }
    return client.post(reverse("accounts:signup"), data, follow=True)


def join_link(message) -> str:
    return (
        re.search(r"https?://\S+/organisation/join/\S+/", message.body)
        .group(0)
        .split("testserver", 1)[-1]
    )


def test_the_sign_up_page_lists_no_organisation(client, police, embassy):
    html = client.get(reverse("accounts:signup")).content.decode()
    assert police.name not in html and embassy.name not in html
    assert 'name="organisation"' not in html


def test_an_organisation_sent_with_the_sign_up_form_is_ignored(client, embassy, mailoutbox):
    sign_up(client, "lina@example.org", organisation=embassy.pk)
    user = User.objects.get(email="lina@example.org")
    assert user.organisation is None
    assert mailoutbox == []  # example.org belongs to no organisation


def test_an_address_at_a_registered_domain_joins_once_verified(
    client, police, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = sign_up(client, "Lina.Sandberg@Polisen.example")
    assert "We have e-mailed a link to lina.sandberg@polisen.example" in page.content.decode()
    assert police.name not in page.content.decode()  # named only in the e-mail
    user = User.objects.get(email="lina.sandberg@polisen.example")
    assert user.organisation is None  # not before she opens the link
    (message,) = mailoutbox
    assert message.to == [user.email] and police.name in message.subject
    link = join_link(message)

    confirm = client.get(link)  # a mail scanner's GET joins nobody
    assert confirm.status_code == 200
    assert f"Join {police.name}" in confirm.content.decode()
    user.refresh_from_db()
    assert user.organisation is None

    joined = client.post(link, follow=True)
    assert f"You are now a member of {police.name}." in joined.content.decode()
    user.refresh_from_db()
    assert user.organisation == police
    assert user.organisation_source == User.OrganisationSource.EMAIL_DOMAIN
    assert user in police.members.all()
    # The link works once.
    again = client.post(link)
    assert again.status_code == 410
    assert "already been used" in again.content.decode()


def test_a_link_opens_only_for_its_own_account_in_time_and_while_the_domain_is_registered(
    client, police, mailoutbox, django_capture_on_commit_callbacks, monkeypatch
):
    lina = UserFactory(email="lina@polisen.example", organisation=None)
    client.force_login(lina)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("organisations:membership-link"))
    link = join_link(mailoutbox[-1])

    client.force_login(UserFactory(email="someone@polisen.example", organisation=None))
    assert client.post(link).status_code == 410
    client.force_login(lina)
    assert client.post(link.replace("/join/", "/join/x")).status_code == 410
    monkeypatch.setattr(membership, "MEMBERSHIP_LINK_VALID", timedelta(seconds=-1))
    assert "expired" in client.post(link).content.decode()
    monkeypatch.undo()
    Organisation.objects.filter(pk=police.pk).update(email_domains="")
    assert "no longer admits" in client.post(link).content.decode()
    lina.refresh_from_db()
    assert lina.organisation is None


def test_the_profile_shows_the_organisation_and_never_moves_anyone(client, police, embassy):
    member = UserFactory(organisation=embassy)
    client.force_login(member)
    page = client.get(reverse("accounts:profile")).content.decode()
    assert f"You are a member of {embassy.name}" in page
    assert 'name="organisation"' not in page and police.name not in page
    client.post(
        reverse("accounts:profile"),
        {"first_name": "Kim", "last_name": "Ek", "organisation": police.pk},
    )
    member.refresh_from_db()
    assert member.organisation == embassy and member.first_name == "Kim"


def test_a_member_leaves_their_organisation(client, embassy):
    member = UserFactory(organisation=embassy)
    client.force_login(member)
    page = client.post(reverse("organisations:leave"), follow=True)
    assert f"You have left {embassy.name}." in page.content.decode()
    member.refresh_from_db()
    assert member.organisation is None
    assert member not in embassy.members.all()


def test_asking_for_a_link_without_a_registered_domain_sends_nothing(client, mailoutbox):
    client.force_login(UserFactory(email="lina@example.org", organisation=None))
    page = client.post(reverse("organisations:membership-link"), follow=True).content.decode()
    assert "No organisation admits members by the domain of lina@example.org" in page
    assert mailoutbox == []


def test_only_a_verified_membership_is_printed_on_a_readiness_statement(client, embassy):
    consular = AudienceFactory(slug="consular-staff")
    course = make_assessed_course()
    duty = RequirementSet.objects.create(name="Before visa duty", audience=consular)
    Requirement.objects.create(requirement_set=duty, course=course)
    declared = UserFactory(
        organisation=embassy,
        organisation_source=User.OrganisationSource.DECLARED,
        audience=consular,
    )
    invited = UserFactory(
        organisation=embassy,
        organisation_source=User.OrganisationSource.INVITATION,
        audience=consular,
    )
    for person in (declared, invited):
        complete(person, course)

    unconfirmed = statement_issue(declared, duty.pk)
    assert unconfirmed.organisation_name == ""
    public = client.get(reverse("certificates:verify-code", args=[unconfirmed.code]))
    assert public.status_code == 200 and embassy.name not in public.content.decode()
    confirmed = statement_issue(invited, duty.pk)
    assert confirmed.organisation_name == embassy.name
    public = client.get(reverse("certificates:verify-code", args=[confirmed.code]))
    assert embassy.name in public.content.decode()


def test_members_from_before_stay_unconfirmed_unless_they_were_invited(embassy):
    from organisations import services as org_services

    declared = UserFactory(organisation=embassy)
    invited = UserFactory(organisation=None)
    invitation = org_services.invitation_create(embassy, UserFactory(), invited.email)
    org_services.invitation_accept(invitation, invited)
    outsider = UserFactory(organisation=None)
    migration = importlib.import_module("accounts.migrations.0006_user_organisation_source")
    migration.mark_existing_members(apps, None)
    sources = dict(User.objects.values_list("pk", "organisation_source"))
    assert sources[declared.pk] == User.OrganisationSource.DECLARED
    assert sources[invited.pk] == User.OrganisationSource.INVITATION
    assert sources[outsider.pk] == ""
    assert embassy.members.filter(pk=declared.pk).exists()  # nobody is dropped
