"""The certificates register in the Wagtail admin: certifying bodies and trainers look
certificates up, filter them and export CSV for quality assurance; trainers revoke and issue by
hand; both read the audit log. Nobody edits or deletes a certificate here."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.permissions import register_permission_policy

import django_filters

from courses.dashboard import DashboardPanel
from courses.selectors import course_choices
from frontline.learner_data import LEARNER_DATA, LearnerData
from frontline.permissions import RecordsArePermanent
from frontline.spreadsheets import SpreadsheetCellsMixin

from . import admin_views, privacy
from .models import AuditEntry, Certificate
from .selectors import request_holder_certificates
from .services import certificate_issue_on_completion

# Certificates change only through their services (issue, revoke, expire, supersede); audit
# entries never change.
register_permission_policy(Certificate, RecordsArePermanent(Certificate))
register_permission_policy(AuditEntry, RecordsArePermanent(AuditEntry))

EXPIRING_CHOICES = [
    ("30", _("within 30 days")),
    ("60", _("within 60 days")),
    ("90", _("within 90 days")),
]


# A holder's organisation, reached through their account: organisations is an app above this one.
Organisation = get_user_model()._meta.get_field("organisation").related_model


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Certificate.Status.choices)
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices)
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"),
        field_name="holder__organisation",
        queryset=Organisation.objects.all(),
    )
    expiring = django_filters.ChoiceFilter(
        label=_("Valid, expiring"), choices=EXPIRING_CHOICES, method="filter_expiring"
    )
    issued_after = django_filters.DateFilter(
        label=_("Issued on or after"), field_name="issued_at", lookup_expr="date__gte"
    )

    class Meta:
        model = Certificate
        fields = ["status", "course_key", "organisation", "expiring", "issued_after"]

    def filter_expiring(self, queryset, name, value):
        now = timezone.now()
        return queryset.filter(
            status=Certificate.Status.VALID,
            expires_at__gt=now,
            expires_at__lte=now + timedelta(days=int(value)),
        )


class CertificateIndexView(SpreadsheetCellsMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("holder__organisation", "superseded_by")

    @property
    def header_buttons(self):
        buttons = super().header_buttons
        # The other half of a certifying body's work, where they land after signing in.
        buttons.append(
            HeaderButton(
                _("Verify a certificate"), url=reverse("certificates:verify"), icon_name="search"
            )
        )
        if self.request.user.has_perm("certificates.issue_certificate"):
            buttons.append(
                HeaderButton(
                    _("Issue by hand"), url=reverse("certificates_issue"), icon_name="plus"
                )
            )
        return buttons


class CertificateInspectView(InspectView):
    extra_labels = {"history": _("Status history"), "lookups": _("Times looked up")}

    def get_field_label(self, field_name, field):
        if field_name in self.extra_labels:
            return self.extra_labels[field_name]
        return super().get_field_label(field_name, field)

    def get_history_display_value(self):
        entries = self.object.audit_entries.exclude(action=AuditEntry.Action.LOOKUP).select_related(
            "actor"
        )
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{} · {} · {} {}</li>",
                (
                    (
                        formats.date_format(timezone.localtime(entry.at), "DATETIME_FORMAT"),
                        entry.get_action_display(),
                        entry.actor or entry.get_channel_display(),
                        f"— {entry.reason}" if entry.reason else "",
                    )
                    for entry in entries
                ),
            ),
        )

    def get_lookups_display_value(self):
        return self.object.audit_entries.filter(action=AuditEntry.Action.LOOKUP).count()

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if (
            self.request.user.has_perm("certificates.revoke_certificate")
            and self.object.status != Certificate.Status.REVOKED
        ):
            buttons.append(
                Button(
                    _("Revoke"),
                    url=reverse("certificates_revoke", args=[self.object.pk]),
                    icon_name="warning",
                    priority=30,
                )
            )
        return buttons


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "success"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 310
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    list_display = ["code", "holder_name", "course_title", "status", "issued_at", "expires_at"]
    list_export = [
        "code",
        "holder_name",
        "organisation_name",
        "course_title",
        "course_version",
        "status",
        "score",
        "issued_at",
        "expires_at",
        "status_changed_at",
        "revocation_reason",
        "superseded_by_code",
    ]
    export_headings = {
        "organisation_name": _("Organisation"),
        "superseded_by_code": _("Superseded by"),
    }
    export_filename = "certificates"
    filterset_class = CertificateFilterSet
    search_fields = ["code", "holder_name", "course_title"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "code",
        "status",
        "holder_name",
        "course_title",
        "course_title_sv",
        "course_version",
        "score",
        "issued_at",
        "expires_at",
        "status_changed_at",
        "revocation_reason",
        "superseded_by",
        "issuer_name",
        "issued_by",
        "issue_reason",
        "signing_kid",
        "history",
        "lookups",
    ]
    copy_view_enabled = False
    list_per_page = 50
    form_fields = []


class AuditEntryFilterSet(WagtailFilterSet):
    class Meta:
        model = AuditEntry
        fields = ["action", "channel", "outcome"]


class AuditEntryIndexView(SpreadsheetCellsMixin, IndexView):
    pass


class AuditEntryViewSet(ModelViewSet):
    model = AuditEntry
    index_view_class = AuditEntryIndexView
    icon = "history"
    menu_label = _("Certificate audit log")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["at", "action", "channel", "code_entered", "outcome", "actor", "client"]
    list_export = [
        "at",
        "action",
        "channel",
        "code_entered",
        "outcome",
        "actor",
        "reason",
        "client",
    ]
    export_filename = "certificate-audit-log"
    filterset_class = AuditEntryFilterSet
    search_fields = ["code_entered", "reason"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 100
    form_fields = []


@hooks.register("register_admin_viewset")
def register_certificate_viewsets():
    return [CertificateViewSet("certificates_admin"), AuditEntryViewSet("certificate_audit")]


@hooks.register("register_admin_urls")
def register_certificate_action_urls():
    return [
        path("certificates/<int:pk>/revoke/", admin_views.revoke, name="certificates_revoke"),
        path("certificates/issue/", admin_views.issue, name="certificates_issue"),
    ]


# Completing a course issues its certificate, in the completion's transaction under the
# enrolment's lock: if issuing fails, the course is not completed either.
hooks.register("course_completed", certificate_issue_on_completion)


@hooks.register("learner_dashboard_panels")
def certificates_panel(request, rows):
    """On *My learning*, below the courses: the learner's certificates with their downloads."""
    return DashboardPanel(
        "certificates/dashboard_panel.html", {"certificates": request_holder_certificates(request)}
    )


# A holder's certificates in their export, and revoked when they are erased, before their
# readiness statements and records (``accounts.privacy``).
@hooks.register(LEARNER_DATA)
def learner_certificates():
    return LearnerData(
        order=40,
        section="certificates",
        export=privacy.certificates_export,
        erase=privacy.certificates_erase,
    )
