from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.contrib.auth.views import LoginView
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wagtail import hooks

from frontline.http import personal

from . import privacy, roles, security
from .forms import EmailAuthenticationForm, EraseForm, ProfileForm, SignUpForm


class SignInView(LoginView):
    """Sign in, then go to a safe ``next`` if one was given, else where the person's role
    works (``roles.landing_url``)."""

    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        # The first sign-in that brings the browser's zone keeps it; a zone chosen on the
        # profile is never overwritten.
        user, zone = form.get_user(), form.cleaned_data.get("time_zone")
        if zone and not user.time_zone:
            user.time_zone = zone
            user.save(update_fields=["time_zone"])
        return response

    def get_default_redirect_url(self):
        return roles.landing_url(self.request.user)


def signup(request):
    if request.user.is_authenticated:
        return redirect("courses:dashboard")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            user.groups.add(Group.objects.get(name=roles.LEARNERS))
            # Apps above accounts act on a new account in its transaction (organisations
            # e-mails the link to join by the address's domain); each may leave a note for
            # the person, shown after the welcome.
            notes = [note for hook in hooks.get_hooks("after_sign_up") if (note := hook(user))]
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, _("Welcome, %(name)s. Your account is ready.") % {"name": user.first_name}
        )
        for note in notes:
            messages.info(request, note)
        next_url = request.POST.get("next", "")
        if next_url and url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
            return redirect(next_url)
        return redirect("courses:dashboard")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "accounts/signup.html",
        {"form": form, "next": request.GET.get("next", "")},
        status=status,
    )


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("accounts:profile")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "accounts/profile.html", {"form": form}, status=status)


@login_required
def my_data(request):
    return TemplateResponse(request, "accounts/my_data.html", {"form": EraseForm(request.user)})


@personal
@login_required
@require_GET
def my_data_export(request):
    data = privacy.learner_data(request.user)
    response = JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = 'attachment; filename="frontline-academy-my-data.json"'
    return response


def _erase_paused(request):
    """Too many wrong passwords: the erasure form is refused, as sign-in is, for a while."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"form": EraseForm(request.user), "paused_minutes": minutes}
    return TemplateResponse(request, "accounts/my_data.html", context, status=429)


@login_required
@require_POST
def my_data_erase(request):
    user = request.user
    if security.password_locked(request, user):
        return _erase_paused(request)
    form = EraseForm(user, request.POST)
    if not form.is_valid():
        if form.wrong_password and security.password_failed(request, user):
            return _erase_paused(request)
        return TemplateResponse(request, "accounts/my_data.html", {"form": form}, status=400)
    logout(request)
    privacy.learner_erase(user)
    messages.success(request, _("Your account and your personal data have been erased."))
    return redirect("/")
