"""Organisation membership. Nobody chooses their own organisation: a person joins through an
invitation (``services.invitation_accept``), an administrator or manager, or by verifying their
e-mail address at a domain the organisation has registered — the link this module mails them.
They may leave; a manager may remove them.

Pages never name an organisation to someone who has not proved a claim to it: the name is in
the e-mail, and on the page its link opens."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from accounts.models import User
from frontline.site import base_url

from .models import Organisation

MEMBERSHIP_LINK_VALID = timedelta(days=7)
# What the person reads once the link is on its way (after sign-up, or asked for on the profile).
LINK_SENT = gettext_noop(
    "We have e-mailed a link to %(email)s: open it to join your organisation on the platform."
)
# As when this lived in accounts: links already mailed keep working.
_SALT = "accounts.membership"


class MembershipError(Exception):
    """A membership link cannot be used; the message says why, for the person."""


def organisation_for_email(email: str) -> Organisation | None:
    """The organisation that registered the domain of ``email``, if one did (exact match:
    a sub-domain is a domain of its own)."""
    domain = email.rpartition("@")[2].strip().lower()
    if not domain:
        return None
    for organisation in Organisation.objects.filter(email_domains__icontains=domain):
        if domain in organisation.domains:
            return organisation
    return None


def _token(user: User, organisation: Organisation) -> str:
    # The membership the user has now is part of what is signed: once they join, the link no
    # longer matches and cannot be used again.
    return signing.dumps(
        {
            "user": user.pk,
            "email": user.email.lower(),
            "organisation": organisation.pk,
            "had": [user.organisation_id, user.organisation_source],
        },
        salt=_SALT,
    )


def membership_url(token: str) -> str:
    return base_url() + reverse("organisations:membership-join", args=[token])


def membership_link_send(user: User) -> bool:
    """E-mail ``user`` a link to join the organisation of their address's domain, if one has
    registered it and they are not a confirmed member of an organisation already. Returns
    whether a link was sent (after the commit)."""
    if user.verified_organisation is not None:
        return False
    organisation = organisation_for_email(user.email)
    if organisation is None:
        return False
    url = membership_url(_token(user, organisation))
    language = translation.get_language()

    def send():
        with translation.override(language):
            send_mail(
                _("Join %(organisation)s on Frontline Academy")
                % {"organisation": organisation.name},
                render_to_string(
                    "organisations/membership_email.txt",
                    {"user": user, "organisation": organisation, "url": url},
                ),
                settings.DEFAULT_FROM_EMAIL,
                [user.email],
            )

    transaction.on_commit(send)
    return True


def membership_for_token(user: User, token: str) -> Organisation:
    """The organisation ``user`` may join with this link; MembershipError otherwise."""
    try:
        claim = signing.loads(token, salt=_SALT, max_age=MEMBERSHIP_LINK_VALID)
    except signing.SignatureExpired as expired:
        raise MembershipError(
            _("This link has expired. Ask for a new one on your profile page.")
        ) from expired
    except signing.BadSignature as bad:
        raise MembershipError(
            _("This link is not valid. Check that you copied all of it.")
        ) from bad
    if claim.get("user") != user.pk or claim.get("email") != user.email.lower():
        raise MembershipError(
            _("This link was sent to another account. Sign in with the address it was sent to.")
        )
    if claim.get("had") != [user.organisation_id, user.organisation_source]:
        raise MembershipError(_("This link has already been used."))
    organisation = organisation_for_email(user.email)
    if organisation is None or organisation.pk != claim.get("organisation"):
        raise MembershipError(
            _("Your organisation no longer admits members by e-mail address. Ask your manager.")
        )
    return organisation


@transaction.atomic
def membership_join(user: User, token: str) -> Organisation:
    """``user`` joins the organisation their verified address belongs to; the link works
    once."""
    user = User.objects.select_for_update().get(pk=user.pk)
    organisation = membership_for_token(user, token)
    user.organisation = organisation
    user.organisation_source = User.OrganisationSource.EMAIL_DOMAIN
    user.save(update_fields=["organisation", "organisation_source"])
    return organisation


def organisation_leave(user: User) -> Organisation | None:
    """``user`` leaves their organisation (its managers no longer see them); returns it.
    A membership their agency's sign-in sets is not theirs to leave: None, nothing changes."""
    if user.organisation_source == User.OrganisationSource.IDENTITY_PROVIDER:
        return None
    organisation = user.organisation
    user.organisation = None
    user.organisation_source = User.OrganisationSource.STAFF
    user.save(update_fields=["organisation", "organisation_source"])
    return organisation
