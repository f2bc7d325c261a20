import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.contrib.auth.views import LoginView
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wagtail import hooks

import django_otp

from frontline.http import personal

from . import privacy, roles, security, two_factor
from .forms import (
    AuthenticatorCodeForm,
    EmailAuthenticationForm,
    EraseForm,
    ProfileForm,
    RecoveryCodeForm,
    SignUpForm,
)


class SignInView(LoginView):
    """Sign in, then go to a safe ``next`` if one was given, else where the person's role
    works (``roles.landing_url``)."""

    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        user, zone = form.get_user(), form.cleaned_data.get("time_zone")
        enabled = two_factor.is_enabled(user)
        if enabled or roles.requires_two_factor(user):
            # The password is right, but nobody is signed in yet: the session only remembers
            # who is half-way, for the second step (or, for staff without an authenticator,
            # its set-up) to finish.
            _pending_start(self.request, user, self.get_redirect_url(), zone)
            return redirect("accounts:two_factor" if enabled else "accounts:two_factor_setup")
        response = super().form_valid(form)
        _keep_time_zone(user, zone)
        return response

    def get_default_redirect_url(self):
        return roles.landing_url(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sign_in_options"] = _sign_in_options(self.request, context.get("next", ""))
        return context

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        # An option's form may lead to another site (an agency's sign-in service): the
        # page's policy lets its forms go there, and nowhere else.
        origins = [o for option in context["sign_in_options"] for o in option.form_action]
        if origins:
            response._csp_update = {"form-action": sorted(set(origins))}
        return response


SIGN_IN_OPTIONS = "sign_in_options"
# A ``profile_locks`` hook takes a user and returns {profile field: why it cannot be changed
# here}: what an app above this one decides for them (their agency's role mapping).
PROFILE_LOCKS = "profile_locks"


def _sign_in_options(request, next_url: str) -> list:
    """Other ways in, beside the password, from apps above this one (a ``sign_in_options``
    hook returns a ``SignInOption`` or None): agency sign-in (organisations.agencies)."""
    options = [hook(request, next_url) for hook in hooks.get_hooks(SIGN_IN_OPTIONS)]
    return [option for option in options if option is not None]


def sign_in_complete(request, user, backend: str, next_url: str = "", second_factor: bool = False):
    """Sign ``user`` in after another way in (an agency) has said who they are; the same
    second step as after a password for those who need it, unless ``second_factor``: the
    agency's own sign-in used one, and it is trusted to say so (docs/decisions/0018).
    Returns the redirect to where they go next."""
    next_url = _safe_next(request, next_url)
    user.backend = backend
    if second_factor:
        login(request, user, backend=backend)
        django_otp.login(request, two_factor.agency_device(user))
        return redirect(next_url or roles.landing_url(user))
    if two_factor.is_enabled(user) or roles.requires_two_factor(user):
        _pending_start(request, user, next_url, "")
        enabled = two_factor.is_enabled(user)
        return redirect("accounts:two_factor" if enabled else "accounts:two_factor_setup")
    login(request, user, backend=backend)
    return redirect(next_url or roles.landing_url(user))


def _keep_time_zone(user, zone):
    """The first sign-in that brings the browser's zone keeps it; a zone chosen on the profile
    is never overwritten."""
    if zone and not user.time_zone:
        user.time_zone = zone
        user.save(update_fields=["time_zone"])


# Two-step sign-in ---------------------------------------------------------------------------
PENDING = two_factor.PENDING_SESSION_KEY
RECOVERY_CODES = "two_factor_recovery_codes"


def _pending_start(request, user, next_url: str, zone: str) -> None:
    request.session[PENDING] = {
        "user": user.pk,
        "backend": user.backend,
        # A password changed meanwhile (a reset) ends the half-way sign-in, as it ends sessions.
        "hash": user.get_session_auth_hash(),
        "since": int(time.time()),
        "next": next_url,
        "zone": zone or "",
    }


def _pending(request) -> dict | None:
    """The half-way sign-in of this session (right password, no code yet), if still fresh."""
    pending = request.session.get(PENDING)
    if not isinstance(pending, dict):
        return None
    if time.time() - pending.get("since", 0) > settings.TWO_FACTOR_PENDING_SECONDS:
        del request.session[PENDING]
        return None
    user = get_user_model().objects.filter(pk=pending.get("user"), is_active=True).first()
    if user is None or user.get_session_auth_hash() != pending.get("hash"):
        del request.session[PENDING]
        return None
    return {**pending, "user": user}


def _safe_next(request, value: str) -> str:
    if value and url_has_allowed_host_and_scheme(
        value, {request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return ""


def _two_factor_user(request):
    """Whose second step this is: the half-way sign-in's person, else the signed-in person
    whose session has not passed it (a session from before, an admin page that asks)."""
    pending = _pending(request)
    if pending is not None:
        return pending["user"], pending
    if request.user.is_authenticated:
        return request.user, None
    return None, None


def _signed_in(request, user, pending, device) -> str:
    """Finish the sign-in with the device that accepted a code; where to go next."""
    next_url = ""
    if pending is not None:
        login(request, user, backend=pending["backend"])
        _keep_time_zone(user, pending["zone"])
        next_url = pending["next"]
        request.session.pop(PENDING, None)
    # What django-otp's login() records: this session is verified by ``device``, which
    # OTPMiddleware reads back on each request (user.is_verified()).
    django_otp.login(request, device)
    return _safe_next(request, next_url or request.POST.get("next", ""))


def _too_many_codes(request, template, context, wait):
    minutes = max(1, (wait + 59) // 60)
    context["paused_minutes"] = minutes
    return TemplateResponse(request, template, context, status=429)


def two_factor_verify(request):
    """The second step: a code from the authenticator app, or a recovery code."""
    user, pending = _two_factor_user(request)
    if user is None:
        return redirect("accounts:login")
    if pending is None and two_factor.is_verified(request):
        return redirect(roles.landing_url(user))
    if not two_factor.is_enabled(user):
        return redirect(_with_next("accounts:two_factor_setup", request))
    next_url = _safe_next(request, request.POST.get("next") or request.GET.get("next", ""))
    data = request.POST if request.method == "POST" else None
    using_recovery = data is not None and "recovery_code" in data
    form = AuthenticatorCodeForm(None if using_recovery else data)
    recovery_form = RecoveryCodeForm(data if using_recovery else None)
    context = {
        "form": form,
        "recovery_form": recovery_form,
        "next": next_url,
        "passkeys": two_factor.passkeys_here(request) and two_factor.passkeys_count(user),
    }
    template = "accounts/two_factor_verify.html"
    if request.method != "POST":
        return TemplateResponse(request, template, context)
    wait = two_factor.attempts_wait(user)
    if wait:
        return _too_many_codes(request, template, context, wait)
    bound = recovery_form if using_recovery else form
    if not bound.is_valid():
        return TemplateResponse(request, template, context, status=400)
    if using_recovery:
        device = two_factor.recovery_code_use(user, bound.cleaned_data["recovery_code"])
    else:
        device = two_factor.authenticator_code_verify(user, bound.cleaned_data["code"])
    if device is None:
        field = "recovery_code" if using_recovery else "code"
        bound.add_error(
            field,
            _("That recovery code is not right, or it has been used.")
            if using_recovery
            else _(
                "That code is not right, or it has been used already. "
                "Wait for the next code in your app and try again."
            ),
        )
        wait = two_factor.attempt_failed(user)
        if wait:
            return _too_many_codes(request, template, context, wait)
        return TemplateResponse(request, template, context, status=400)
    destination = _signed_in(request, user, pending, device) or roles.landing_url(user)
    if using_recovery:
        messages.warning(
            request,
            _(
                "You signed in with a recovery code; %(count)s are left. If you lost your "
                "authenticator app, set up a new one from your profile."
            )
            % {"count": two_factor.recovery_codes_left(user)},
        )
    return redirect(destination)


def _with_next(url_name: str, request) -> str:
    url = reverse(url_name)
    next_url = _safe_next(request, request.GET.get("next", ""))
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def two_factor_setup(request):
    """Set up an authenticator app: a QR code and the secret as text, confirmed with a first
    code; then the recovery codes, once."""
    user, pending = _two_factor_user(request)
    if user is None:
        return redirect("accounts:login")
    if two_factor.is_enabled(user):
        # Replacing an authenticator takes the current one (disable, then set up again):
        # a password alone must never be enough to bring one's own.
        if pending is None and two_factor.is_verified(request):
            return redirect("accounts:profile")
        return redirect(_with_next("accounts:two_factor", request))
    device = two_factor.device_start(user)
    form = AuthenticatorCodeForm(request.POST if request.method == "POST" else None)
    next_url = _safe_next(request, request.POST.get("next") or request.GET.get("next", ""))
    context = {
        "form": form,
        "next": next_url,
        "required": roles.requires_two_factor(user),
        "qr_svg": two_factor.qr_svg(device),
        "secret": two_factor.secret_text(device),
    }
    template = "accounts/two_factor_setup.html"
    if request.method != "POST":
        return TemplateResponse(request, template, context)
    wait = two_factor.attempts_wait(user)
    if wait:
        return _too_many_codes(request, template, context, wait)
    if not form.is_valid():
        return TemplateResponse(request, template, context, status=400)
    confirmed = two_factor.device_confirm(user, form.cleaned_data["code"])
    if confirmed is None:
        form.add_error(
            "code",
            _(
                "That code does not match. Check that the app shows the code for this account "
                "and try the newest one."
            ),
        )
        wait = two_factor.attempt_failed(user)
        if wait:
            return _too_many_codes(request, template, context, wait)
        return TemplateResponse(request, template, context, status=400)
    device, codes = confirmed
    destination = _signed_in(request, user, pending, device)
    request.session[RECOVERY_CODES] = {"codes": codes, "next": destination}
    messages.success(request, _("Two-step sign-in is on."))
    return redirect("accounts:two_factor_recovery_codes")


@login_required
@require_GET
def two_factor_recovery_codes(request):
    """The recovery codes just made, shown once: the session forgets them as they are shown."""
    shown = request.session.pop(RECOVERY_CODES, None)
    if not shown:
        messages.info(
            request,
            _("Recovery codes are shown only once. You can make new ones from your profile."),
        )
        return redirect("accounts:profile")
    context = {
        "codes": shown["codes"],
        "continue_url": shown.get("next") or roles.landing_url(request.user),
    }
    response = TemplateResponse(request, "accounts/two_factor_recovery_codes.html", context)
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def two_factor_recovery_codes_renew(request):
    """New recovery codes, from a session that passed the second step."""
    if not two_factor.is_enabled(request.user):
        return redirect("accounts:profile")
    if not two_factor.is_verified(request):
        return redirect(_with_next("accounts:two_factor", request))
    codes = two_factor.recovery_codes_renew(request.user)
    request.session[RECOVERY_CODES] = {"codes": codes, "next": reverse("accounts:profile")}
    return redirect("accounts:two_factor_recovery_codes")


@login_required
@require_POST
def two_factor_disable(request):
    """Turn two-step sign-in off, with a fresh code from the app. Staff cannot."""
    user = request.user
    if roles.requires_two_factor(user):
        return TemplateResponse(
            request,
            "accounts/two_factor_refused.html",
            {"reason": _("Your role needs two-step sign-in, so it cannot be turned off.")},
            status=403,
        )
    if not two_factor.is_enabled(user):
        return redirect("accounts:profile")
    form = AuthenticatorCodeForm(request.POST, prefix="disable")
    wait = two_factor.attempts_wait(user)
    if wait:
        context = {**_profile_context(request, profile_form(request)), "disable_form": form}
        return _too_many_codes(request, "accounts/profile.html", context, wait)
    if form.is_valid() and two_factor.authenticator_code_verify(user, form.cleaned_data["code"]):
        two_factor.disable(user)
        request.session.pop(django_otp.DEVICE_ID_SESSION_KEY, None)
        messages.success(request, _("Two-step sign-in is off."))
        return redirect("accounts:profile")
    if form.is_valid():
        form.add_error("code", _("That code is not right, or it has been used already."))
        wait = two_factor.attempt_failed(user)
    context = {**_profile_context(request, profile_form(request)), "disable_form": form}
    if wait:
        return _too_many_codes(request, "accounts/profile.html", context, wait)
    return TemplateResponse(request, "accounts/profile.html", context, status=400)


def _profile_context(request, form) -> dict:
    user = request.user
    enabled = two_factor.is_enabled(user)
    return {
        "form": form,
        "two_factor": {
            "enabled": enabled,
            "required": roles.requires_two_factor(user),
            "verified": two_factor.is_verified(request),
            "codes_left": two_factor.recovery_codes_left(user) if enabled else 0,
            "passkeys": two_factor.passkeys_count(user) if enabled else 0,
            "passkeys_here": two_factor.passkeys_here(request),
        },
        "disable_form": AuthenticatorCodeForm(prefix="disable"),
    }


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
        login(request, user, backend="accounts.backends.CachedPermissionsBackend")
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


def profile_form(request, data=None) -> ProfileForm:
    """The profile form for the signed-in person, with what others decide for them locked."""
    locks = {}
    for hook in hooks.get_hooks(PROFILE_LOCKS):
        locks.update(hook(request.user) or {})
    return ProfileForm(data, instance=request.user, locks=locks)


@login_required
def profile(request):
    form = profile_form(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("accounts:profile")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request, "accounts/profile.html", _profile_context(request, form), status=status
    )


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
