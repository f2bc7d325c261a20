import os

from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.sign_in import SignInOption
from accounts.views import PROFILE_LOCKS, SIGN_IN_OPTIONS
from courses.dashboard import LEARNER_DASHBOARD_PANELS, DashboardPanel
from frontline.learner_data import LEARNER_DATA, LearnerData

from . import agencies, membership, privacy, saml, services
from .models import AgencyAccount, AgencyIdentityProvider, Organisation


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


class AgencyIdentityProviderForm(WagtailAdminModelForm):
    """Saving an enabled provider checks what can be checked now: its discovery document
    (reachable, naming this issuer, with the endpoints the flow needs) and that the server
    holds the client secret. A wrong secret shows only at a sign-in: then the provider's
    *Last error* says so."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("protocol") == AgencyIdentityProvider.Protocol.SAML:
            return self._clean_saml(cleaned)
        if not cleaned.get("enabled"):
            return cleaned
        name = cleaned.get("client_secret_env")
        if name and not os.environ.get(name):
            self.add_error(
                "client_secret_env",
                _(
                    "This server has no environment variable %(name)s: set it to the client "
                    "secret (and restart), or save the provider disabled for now."
                )
                % {"name": name},
            )
        issuer = cleaned.get("issuer")
        if issuer and "issuer" not in self.errors:
            try:
                self.instance.metadata = agencies.discovery_fetch(issuer)
            except agencies.DiscoveryError as problem:
                self.add_error("issuer", str(problem))
            else:
                self.instance.metadata_fetched_at = timezone.now()
                self.instance.last_error, self.instance.last_error_at = "", None
        return cleaned

    def _clean_saml(self, cleaned):
        """SAML metadata is checked on every save (enabled or not): fetched from its address
        when one is given (and kept, so that sign-in does not depend on it), then read: one
        identity provider, with a signing certificate and a sign-in address."""
        url = cleaned.get("saml_metadata_url")
        field = "saml_metadata_url" if url else "saml_metadata_xml"
        # Kept on the instance even when refused below, so that the model's own check (one
        # of the two is given) does not add a second, wrong message.
        self.instance.saml_metadata_url = url or ""
        self.instance.saml_metadata_xml = cleaned.get("saml_metadata_xml") or ""
        try:
            if url:
                cleaned["saml_metadata_xml"] = saml.metadata_fetch(url)
                self.instance.saml_metadata_xml = cleaned["saml_metadata_xml"]
            if cleaned.get("saml_metadata_xml"):
                saml.idp_entity_id(cleaned["saml_metadata_xml"])
        except saml.MetadataError as problem:
            self.add_error(field, str(problem))
        else:
            self.instance.last_error, self.instance.last_error_at = "", None
        return cleaned


class AgencyIdentityProviderViewSet(SnippetViewSet):
    """Administrators connect an organisation's own identity provider: its people then sign
    in with their agency account and join the organisation (organisations.agencies)."""

    model = AgencyIdentityProvider
    icon = "key"
    menu_label = _("Agency sign-in")
    add_to_admin_menu = True
    menu_order = 261
    list_display = ["name", "organisation", "enabled", "last_error", "last_error_at"]
    list_filter = ["enabled"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "organisation",
        "issuer",
        "client_id",
        "client_secret_env",
        "saml_metadata_url",
        "email_domains",
        "enabled",
        "metadata_fetched_at",
        "last_error",
        "last_error_at",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("organisation"),
            FieldPanel("name"),
            FieldPanel("enabled"),
            MultiFieldPanel(
                [
                    FieldPanel("protocol"),
                    FieldPanel("issuer"),
                    FieldPanel("client_id"),
                    FieldPanel("client_secret_env"),
                ],
                heading=_("Provider"),
            ),
            MultiFieldPanel(
                [FieldPanel("saml_metadata_url"), FieldPanel("saml_metadata_xml")],
                heading=_("SAML 2.0"),
            ),
            FieldPanel("email_domains"),
            FieldPanel("addresses_confirmed"),
            FieldPanel("trust_mfa"),
            MultiFieldPanel(
                [FieldPanel("role_claim"), InlinePanel("role_mappings", label=_("Role"))],
                heading=_("Roles"),
            ),
        ],
        base_form_class=AgencyIdentityProviderForm,
    )


register_snippet(AgencyIdentityProviderViewSet)


@hooks.register(SIGN_IN_OPTIONS)
def agency_sign_in_option(request, next_url):
    """“Sign in with your agency” on the sign-in page, once an agency is connected."""
    providers = list(agencies.enabled_providers())
    if not providers:
        return None
    html = render_to_string(
        "organisations/agency_sign_in_option.html", {"next": next_url}, request=request
    )
    return SignInOption(html, form_action=agencies.form_action_origins(providers))


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


# The agency links go with the account (on delete cascade); the export lists them.
@hooks.register(LEARNER_DATA)
def learner_agency_accounts():
    return LearnerData(order=70, section="agency_sign_in", export=privacy.agency_accounts_export)


@hooks.register(PROFILE_LOCKS)
def agency_sets_the_role(user):
    """A role the person's agency gave them at sign-in (its role mapping) is theirs to read,
    not to change: the agency says it again at each sign-in."""
    if AgencyAccount.objects.filter(user=user, sets_role=True).exists():
        return {"audience": gettext("Set by your agency when you sign in through it.")}
    return {}


@hooks.register(LEARNER_DASHBOARD_PANELS, order=-10)
def managed_organisations_panel(request, rows):
    """On *My learning*, first: the organisations the person manages, linked to their
    members' pages."""
    managed = services.managed_organisations_list(request.user)
    if not managed:
        return None
    return DashboardPanel(
        "organisations/dashboard_panel.html", {"managed": managed}, above_courses=True
    )
