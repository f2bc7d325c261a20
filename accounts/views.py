from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from . import privacy, roles
from .forms import EraseForm, ProfileForm, SignUpForm


def signup(request):
    if request.user.is_authenticated:
        return redirect("courses:dashboard")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            user.groups.add(Group.objects.get(name=roles.LEARNERS))
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, _("Welcome, %(name)s. Your account is ready.") % {"name": user.first_name}
        )
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


@login_required
@require_GET
def my_data_export(request):
    data = privacy.learner_data(request.user)
    response = JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = 'attachment; filename="frontline-academy-my-data.json"'
    return response


@login_required
@require_POST
def my_data_erase(request):
    form = EraseForm(request.user, request.POST)
    if not form.is_valid():
        return TemplateResponse(request, "accounts/my_data.html", {"form": form}, status=400)
    user = request.user
    logout(request)
    privacy.learner_erase(user)
    messages.success(request, _("Your account and your personal data have been erased."))
    return redirect("/")
