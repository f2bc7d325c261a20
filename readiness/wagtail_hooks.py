from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates.selectors import request_holder_certificates
from courses.dashboard import DashboardPanel
from frontline.learner_data import LEARNER_DATA, LearnerData

from . import privacy, services
from .models import Requirement, RequirementSet
from .services import attach_paths, readiness_for


class RequirementSetViewSet(SnippetViewSet):
    """Trainers edit these lists in the admin (Snippets). The listing flags a set that requires
    a course issuing no certificate (decision 0013): nobody can newly meet it until a trainer
    removes the row or the course gets its final assessment back; and says which sets are
    recommended paths rather than conditions of duty (decision 0015)."""

    model = RequirementSet
    list_display = [
        "label",
        "audience",
        "recommended",
        Column("needs_attention", label=_("Needs attention")),
    ]

    def get_queryset(self, request):
        return RequirementSet.objects.select_related("audience").prefetch_related(
            Prefetch("requirements", queryset=Requirement.objects.select_related("course"))
        )


register_snippet(RequirementSetViewSet)


# A statement's code answers on the certificate verify page and API, as a certificate's does.
hooks.register("certificate_code_lookups", services.statement_look_up)


@hooks.register("learner_dashboard_panels")
def readiness_panel(request, rows):
    """On *My learning*, above the courses: each requirement set for the learner's role, ready
    or not, with the shortest path to what is missing (from the dashboard's outlines)."""
    readiness = readiness_for(request.user, certificates=request_holder_certificates(request))
    attach_paths(request.user, readiness, rows)
    return DashboardPanel(
        "readiness/dashboard_panel.html", {"readiness": readiness}, above_courses=True
    )


# A holder's readiness statements in their export, and withdrawn when they are erased
# (``accounts.privacy``).
@hooks.register(LEARNER_DATA)
def learner_readiness_statements():
    return LearnerData(
        order=50,
        section="readiness_statements",
        export=privacy.readiness_statements_export,
        erase=privacy.readiness_statements_erase,
    )
