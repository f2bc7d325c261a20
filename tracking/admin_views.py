from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from frontline.tasks import enqueue

from . import delivery
from .models import DeliveryPause, Statement


def delivery_status(request):
    """Counts by delivery state, the pause (if any) and the dead letters, with the two actions
    an administrator needs: resend dead letters after fixing their cause, resume after fixing
    the credentials."""
    if not request.user.has_perm("tracking.change_deliverypause"):
        raise PermissionDenied
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "resume":
            delivery.resume_delivery()
            messages.success(request, _("Delivery resumed."))
        elif action == "resend":
            count = delivery.requeue(Statement.objects.filter(state=Statement.State.DEAD))
            messages.success(request, _("%(n)d refused statement(s) queued again.") % {"n": count})
        else:
            messages.error(request, _("Unknown action."))
            return redirect("tracking_delivery")
        from .tasks import deliver_statements

        if settings.LRS_ENDPOINT:
            enqueue(deliver_statements)
        return redirect("tracking_delivery")
    counts = dict(
        Statement.objects.values_list("state").annotate(n=Count("pk")).values_list("state", "n")
    )
    context = {
        "counts": [
            (label, counts.get(value, 0), value) for value, label in Statement.state_choices()
        ],
        "pause": DeliveryPause.objects.first(),
        "dead": Statement.objects.filter(state=Statement.State.DEAD).order_by("-stored_at")[:20],
        "endpoint": settings.LRS_ENDPOINT,
        "header_title": _("Delivery to the LRS"),
    }
    return TemplateResponse(request, "tracking/admin/delivery.html", context)
