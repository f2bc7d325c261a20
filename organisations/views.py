"""Managers' pages for their organisations, and the invitation link. Every page that names an
organisation resolves it through ``services.managed_organisation`` (404 for anyone else: a
service's ``OutOfScope`` is answered as not found)."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import roles
from frontline.http import personal

from . import agencies, membership, services
from .forms import (
    AgencyFindForm,
    InvitationForm,
    InvitationUploadForm,
    InvitedSignUpForm,
    MemberFilterForm,
)


def _managed_organisation(request, pk):
    try:
        return services.managed_organisation(request.user, pk)
    except services.OutOfScope as refusal:
        raise Http404(str(refusal)) from refusal


@login_required
def organisation_list(request):
    organisations = list(services.managed_organisations(request.user))
    if not organisations:
        raise Http404("You do not manage an organisation.")
    if len(organisations) == 1:
        return redirect("organisations:members", pk=organisations[0].pk)
    return TemplateResponse(request, "organisations/list.html", {"organisations": organisations})


def _filtered_rows(request, organisation):
    form = MemberFilterForm(request.GET or None)
    filters = services.MemberFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters = services.MemberFilters(
            search=data["q"],
            audience=data["role"],
            readiness=data["readiness"],
            expiring_within=data["expiring"],
            course_key=data["course"],
        )
    return form, services.member_rows(organisation, filters)


def _members_page(request, organisation, status=None, **forms):
    """The members page; after a refused invitation or upload, with that form and its errors
    (the filters come from the query string, so a POST shows the whole list)."""
    filter_form, rows = _filtered_rows(request, organisation)
    if status is None:
        status = 400 if filter_form.is_bound and not filter_form.is_valid() else 200
    context = {
        "organisation": organisation,
        "filter_form": filter_form,
        "rows": rows,
        "invitations": services.open_invitations(organisation).select_related("audience"),
        "invitation_form": InvitationForm(),
        "upload_form": InvitationUploadForm(),
        "query": request.GET.urlencode(),
        **forms,
    }
    return TemplateResponse(request, "organisations/members.html", context, status=status)


@personal
@login_required
def members(request, pk):
    return _members_page(request, _managed_organisation(request, pk))


@personal
@login_required
def members_csv(request, pk):
    organisation = _managed_organisation(request, pk)
    form, rows = _filtered_rows(request, organisation)
    if form.is_bound and not form.is_valid():
        return HttpResponse(_("The filters are not valid."), status=400, content_type="text/plain")
    response = HttpResponse(services.members_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="members-{organisation.pk}.csv"'
    return response


@login_required
@require_POST
def invite(request, pk):
    organisation = _managed_organisation(request, pk)
    form = InvitationForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            invitation = services.invitation_create(
                organisation,
                request.user,
                data["email"],
                data["first_name"],
                data["last_name"],
                data["role"],
            )
        except services.InvitationError as refusal:
            form.add_error("email", str(refusal))
        else:
            messages.success(
                request,
                _("An invitation is on its way to %(email)s.") % {"email": invitation.email},
            )
            return redirect("organisations:members", pk=organisation.pk)
    return _members_page(request, organisation, 400, invitation_form=form)


@login_required
@require_POST
def invite_upload(request, pk):
    organisation = _managed_organisation(request, pk)
    form = InvitationUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _members_page(request, organisation, 400, upload_form=form)
    upload = form.cleaned_data["file"]
    data = upload.read(services.MAX_UPLOAD_BYTES + 1)
    report = services.invitations_import(request.user, organisation, data)
    if not report.ok:
        return _members_page(request, organisation, 400, upload_form=form, report=report)
    messages.success(
        request,
        _("%(n)d invitations are on their way.") % {"n": len(report.invited)},
    )
    return redirect("organisations:members", pk=organisation.pk)


@login_required
@require_POST
def member_remove(request, pk, member_id):
    organisation = _managed_organisation(request, pk)
    try:
        member = services.member_remove(organisation, member_id)
    except services.OutOfScope as refusal:
        raise Http404(str(refusal)) from refusal
    messages.success(
        request,
        _("%(person)s is no longer a member of %(organisation)s.")
        % {"person": member.get_full_name() or member.email, "organisation": organisation.name},
    )
    return redirect("organisations:members", pk=organisation.pk)


@login_required
@require_POST
def member_confirm(request, pk, member_id):
    organisation = _managed_organisation(request, pk)
    try:
        member = services.member_confirm(organisation, member_id)
    except services.OutOfScope as refusal:
        raise Http404(str(refusal)) from refusal
    messages.success(
        request,
        _("%(person)s is a confirmed member of %(organisation)s.")
        % {"person": member.get_full_name() or member.email, "organisation": organisation.name},
    )
    return redirect("organisations:members", pk=organisation.pk)


@login_required
@require_POST
def invitation_cancel(request, pk, invitation_id):
    organisation = _managed_organisation(request, pk)
    invitation = get_object_or_404(organisation.invitations, pk=invitation_id)
    services.invitation_cancel(invitation)
    messages.success(
        request, _("The invitation to %(email)s is cancelled.") % {"email": invitation.email}
    )
    return redirect("organisations:members", pk=organisation.pk)


def invitation(request, token):
    """The one-time link: join with the account of the invited address, or create it."""
    found = services.invitation_for_token(token)
    refusal = services.invitation_refusal(found)
    if refusal:
        return TemplateResponse(
            request,
            "organisations/invitation.html",
            {"refusal": refusal},
            status=404 if found is None else 410,
        )
    context = {"invitation": found}
    if request.user.is_authenticated:
        if request.method == "POST":
            try:
                services.invitation_accept(found, request.user)
            except services.InvitationError as error:
                context["refusal"] = str(error)
                return TemplateResponse(
                    request, "organisations/invitation.html", context, status=403
                )
            messages.success(
                request,
                _("You are now a member of %(organisation)s.")
                % {"organisation": found.organisation.name},
            )
            return redirect("courses:dashboard")
        return TemplateResponse(request, "organisations/invitation.html", context)
    from accounts.models import User

    if User.objects.filter(email__iexact=found.email).exists():
        context["sign_in"] = True
        return TemplateResponse(request, "organisations/invitation.html", context)
    form = InvitedSignUpForm(request.POST or None, invitation=found)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                user = form.save()
                user.groups.add(Group.objects.get(name=roles.LEARNERS))
                services.invitation_accept(found, user)
        except services.InvitationError as error:
            context["refusal"] = str(error)
            return TemplateResponse(request, "organisations/invitation.html", context, status=410)
        login(request, user, backend="accounts.backends.CachedPermissionsBackend")
        messages.success(
            request,
            _("Welcome, %(name)s. You are a member of %(organisation)s.")
            % {"name": user.first_name, "organisation": found.organisation.name},
        )
        return redirect("courses:dashboard")
    context["form"] = form
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "organisations/invitation.html", context, status=status)


# Joining and leaving, from one's profile (the URLs under /accounts/ of when this was there) --


@login_required
@require_POST
def membership_link(request):
    """Profile → "E-mail me a link": join by verifying one's address, where the address's
    domain is registered by an organisation (which this page does not name)."""
    if membership.membership_link_send(request.user):
        messages.info(request, _(membership.LINK_SENT) % {"email": request.user.email})
    else:
        messages.warning(
            request,
            _(
                "No organisation admits members by the domain of %(email)s. Ask your "
                "organisation's manager for an invitation."
            )
            % {"email": request.user.email},
        )
    return redirect("accounts:profile")


@login_required
def membership_join(request, token):
    """The link from the e-mail: confirm, then join (a GET never changes anything, so a mail
    scanner opening the link joins nobody)."""
    try:
        organisation = membership.membership_for_token(request.user, token)
        if request.method == "POST":
            membership.membership_join(request.user, token)
            messages.success(
                request,
                _("You are now a member of %(organisation)s.")
                % {"organisation": organisation.name},
            )
            return redirect("accounts:profile")
    except membership.MembershipError as refusal:
        return TemplateResponse(
            request, "organisations/membership_join.html", {"refusal": str(refusal)}, status=410
        )
    return TemplateResponse(
        request, "organisations/membership_join.html", {"organisation": organisation}
    )


@login_required
@require_POST
def organisation_leave(request):
    organisation = membership.organisation_leave(request.user)
    if organisation is None and request.user.organisation_id is not None:
        messages.error(
            request,
            _("Your agency's sign-in sets your organisation: ask your agency to change it."),
        )
    if organisation is not None:
        messages.success(
            request,
            _("You have left %(organisation)s.") % {"organisation": organisation.name},
        )
    return redirect("accounts:profile")


# Agency sign-in: find the agency (the flow itself is organisations.oidc) ----------------------
def agency_find(request):
    """Find the person's agency by their work address (POST), or list the connected agencies
    to choose from (GET, or an address no agency vouches for)."""
    providers = list(agencies.enabled_providers())
    if not providers:
        raise Http404("No agency is connected.")
    next_url = request.POST.get("next") or request.GET.get("next", "")
    form = AgencyFindForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            provider = agencies.provider_for_email(form.cleaned_data["email"])
            if provider is not None:
                url = reverse("organisations:agency-start", args=[provider.pk])
                return redirect(f"{url}?{urlencode({'next': next_url})}" if next_url else url)
            form.add_error(
                "email",
                _(
                    "No connected agency vouches for addresses at %(domain)s. Choose your "
                    "agency below, or sign in with your password."
                )
                % {"domain": form.cleaned_data["email"].rpartition("@")[2]},
            )
        status = 400
    response = TemplateResponse(
        request,
        "organisations/agency_find.html",
        {"form": form, "providers": providers, "next": next_url},
        status=status,
    )
    response._csp_update = {"form-action": agencies.form_action_origins(providers)}
    return response
