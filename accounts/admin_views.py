"""Admin actions on accounts: reset a person's two-step sign-in when they lost their phone
(administrators; ``two_factor.reset_allowed`` decides who may)."""

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.admin import messages

from . import two_factor


def two_factor_reset(request, pk):
    """A confirmation page, then (POST, with the CSRF token) the reset."""
    person = get_object_or_404(get_user_model(), pk=pk)
    template = "accounts/admin/two_factor_reset.html"
    if not two_factor.reset_allowed(request.user, person):
        # A page that says why, not Wagtail's redirect to the dashboard that PermissionDenied
        # would bring in the admin.
        context = {"person": person, "refused": _refusal(request.user, person)}
        return TemplateResponse(request, template, context, status=403)
    enabled = two_factor.is_enabled(person)
    context = {"person": person, "enabled": enabled}
    if request.method == "POST":
        if not enabled:
            context["error"] = _("This person has no two-step sign-in to reset.")
            return TemplateResponse(request, template, context, status=400)
        two_factor.reset(person, by=request.user)
        messages.success(
            request,
            _(
                "Two-step sign-in of %(person)s is reset: they are signed out everywhere and "
                "set it up again at their next sign-in. They have been told by e-mail."
            )
            % {"person": person},
        )
        return redirect("wagtailusers_users:edit", person.pk)
    return TemplateResponse(request, template, context)


def _refusal(actor, person) -> str:
    if actor.pk == person.pk:
        return _(
            "You cannot reset your own two-step sign-in. If you lost your phone, sign in with a "
            "recovery code, or ask another administrator."
        )
    return _("Only an administrator of accounts can reset this person's two-step sign-in.")
