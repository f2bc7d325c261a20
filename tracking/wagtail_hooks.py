"""Trainers browse the embedded learning record store; administrators also see delivery:
dead letters with "resend", and a pause after refused credentials with "resume"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import register_permission_policy

import django_filters

from frontline.learner_data import LEARNER_DATA, LearnerData
from frontline.permissions import RecordsArePermanent

from . import admin_views, privacy
from .models import Statement
from .selectors import recorded_courses
from .statements import VERBS

# Erasure runs through ``tracking.services.forget_learner``, never the admin.
register_permission_policy(Statement, RecordsArePermanent(Statement))


class StatementFilterSet(WagtailFilterSet):
    verb = django_filters.ChoiceFilter(label=_("Verb"), choices=[(name, name) for name in VERBS])
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=recorded_courses)
    state = django_filters.ChoiceFilter(choices=Statement.state_choices)

    class Meta:
        model = Statement
        fields = ["verb", "state", "course_key"]


class StatementIndexView(IndexView):
    @property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("tracking.change_deliverypause"):
            buttons.append(
                HeaderButton(
                    _("Delivery to the LRS"),
                    url=reverse("tracking_delivery"),
                    icon_name="resubmit",
                )
            )
        return buttons


class StatementViewSet(ModelViewSet):
    model = Statement
    icon = "list-ul"
    menu_label = _("Learning records")
    add_to_admin_menu = True
    menu_order = 300
    index_view_class = StatementIndexView
    list_display = ["verb", "object_name", "user", "stored_at", "state"]
    filterset_class = StatementFilterSet
    search_fields = ["user__email", "object_name", "object_id"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "id",
        "verb",
        "object_name",
        "object_id",
        "user",
        "registration",
        "stored_at",
        "state",
        "delivery_attempts",
        "delivered_at",
        "last_error",
        "payload",
    ]
    copy_view_enabled = False
    list_per_page = 50
    form_fields = []


@hooks.register("register_admin_viewset")
def register_statement_viewset():
    return StatementViewSet("learning_records")


@hooks.register("register_admin_urls")
def register_delivery_urls():
    return [
        path("learning-records/delivery/", admin_views.delivery_status, name="tracking_delivery"),
    ]


# A learner's statements in their export (without answer keys), and voided or deleted when
# they are erased, last before the account (``accounts.privacy``).
@hooks.register(LEARNER_DATA)
def learner_learning_records():
    return LearnerData(
        order=70,
        section="learning_records",
        export=privacy.learning_records_export,
        erase=privacy.learning_records_erase,
    )
