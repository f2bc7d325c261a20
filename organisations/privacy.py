"""What organisations hold about a person beyond their membership (which goes with the
account), for their erasure (``accounts.privacy``): invitations to their address."""

from .models import AgencyAccount, Invitation


def invitations_erase(user, by=None) -> None:
    # Invitations carry the address (and the name a manager typed) of the person.
    Invitation.objects.filter(email__iexact=user.email).delete()


def agency_accounts_export(user) -> list[dict]:
    """The agencies the person signs in through, and the identifier each knows them by."""
    return [
        {
            "agency": link.provider.name,
            "organisation": link.provider.organisation.name,
            "subject": link.subject,
            "linked_at": link.linked_at.isoformat(),
            "last_sign_in_at": link.last_sign_in_at.isoformat() if link.last_sign_in_at else None,
        }
        for link in AgencyAccount.objects.filter(user=user).select_related("provider__organisation")
    ]
