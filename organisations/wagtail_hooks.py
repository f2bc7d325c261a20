from django.db.models import Count
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from frontline.learner_data import LEARNER_DATA, LearnerData

from . import membership, privacy
from .models import Organisation


class OrganisationViewSet(SnippetViewSet):
    """Administrators keep the list of organisations, name each one's managers and the e-mail
    domains whose verified addresses join it (validated by ``Organisation.clean``)."""

    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "kind", Column("member_count", label=_("Members"))]
    list_filter = ["kind"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("managers"),
        FieldPanel("email_domains"),
    ]

    def get_queryset(self, request):
        return Organisation.objects.annotate(member_count=Count("members"))


register_snippet(OrganisationViewSet)


@hooks.register("after_sign_up")
def offer_membership_by_email_domain(user):
    """A new account at a domain an organisation registered gets the link to join it (the
    organisation is named only in the e-mail); the person reads that it is on its way."""
    if membership.membership_link_send(user):
        return gettext(membership.LINK_SENT) % {"email": user.email}
    return None


# Erasing a person deletes the invitations to their address (``accounts.privacy``).
@hooks.register(LEARNER_DATA)
def learner_invitations():
    return LearnerData(order=60, erase=privacy.invitations_erase)
