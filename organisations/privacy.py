"""What organisations hold about a person beyond their membership (which goes with the
account), for their erasure (``accounts.privacy``): invitations to their address."""

from .models import Invitation


def invitations_erase(user, by=None) -> None:
    # Invitations carry the address (and the name a manager typed) of the person.
    Invitation.objects.filter(email__iexact=user.email).delete()
