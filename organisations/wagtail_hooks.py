from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.models import Organisation


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
