"""A learner's readiness statements: issued from the dashboard, printed from their own page,
verified by anyone on the certificate verification page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

import segno

from certificates import codes
from certificates.verification import verify_url
from frontline.http import personal

from . import services
from .models import ReadinessStatement


@login_required
@require_POST
def statement_create(request):
    try:
        set_id = int(request.POST.get("requirement_set", ""))
        statement = services.statement_issue(request.user, set_id)
    except ValueError:
        messages.error(request, _("Choose a requirement set."))
        return redirect("courses:dashboard")
    except services.NotReady as refusal:
        messages.error(request, str(refusal))
        return redirect("courses:dashboard")
    return redirect("readiness:statement", code=statement.code)


@personal
@login_required
@require_GET
def statement_print(request, code):
    try:
        code = codes.normalise(code)
    except codes.InvalidCode as error:
        raise Http404("Not a statement code.") from error
    statement = (
        ReadinessStatement.objects.filter(code=code, holder=request.user)
        .prefetch_related("certificates")
        .first()
    )
    if statement is None:
        raise Http404("No such statement of yours.")
    url = verify_url(statement)
    outcome, reason = services.statement_status(statement)
    return TemplateResponse(
        request,
        "readiness/statement.html",
        {
            "statement": statement,
            "outcome": outcome,
            "reason": reason,
            "verify_url": url,
            "qr_svg": segno.make(url, error="m").svg_inline(scale=3, border=2),
        },
    )
