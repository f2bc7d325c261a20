"""Admin actions on certificates: revoke (trainers), issue by hand (trainers). Both ask for a
reason and go through ``services``; the audit log records who did it."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages

from courses.models import CoursePage

from . import services
from .models import Certificate


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Public reason"),
        max_length=300,
        help_text=gettext_lazy(
            "Shown to anyone who verifies the code. Do not include personal data."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class IssueForm(forms.Form):
    holder_email = forms.EmailField(label=gettext_lazy("Holder's e-mail address"))
    course = forms.ModelChoiceField(
        label=gettext_lazy("Course"),
        queryset=CoursePage.objects.live().filter(locale__language_code="en").order_by("title"),
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        help_text=gettext_lazy("Why this certificate is issued by hand, e.g. a classroom edition."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_holder_email(self):
        email = self.cleaned_data["holder_email"]
        holder = get_user_model().objects.filter(email__iexact=email).first()
        if holder is None:
            raise forms.ValidationError(_("No account has this e-mail address."))
        self.holder = holder
        return email


def revoke(request, pk):
    if not request.user.has_perm("certificates.revoke_certificate"):
        raise PermissionDenied
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_revoke(certificate, request.user, form.cleaned_data["reason"])
        except services.CertificateError as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, _("Certificate %(code)s revoked.") % {"code": certificate.code}
            )
            return redirect("certificates_admin:inspect", certificate.pk)
    return TemplateResponse(
        request,
        "certificates/admin/revoke.html",
        {"certificate": certificate, "form": form},
        status=400 if form.errors else 200,
    )


def issue(request):
    if not request.user.has_perm("certificates.issue_certificate"):
        raise PermissionDenied
    form = IssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate = services.certificate_issue_manually(
                form.holder, form.cleaned_data["course"], request.user, form.cleaned_data["reason"]
            )
        except services.CertificateError as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, _("Certificate %(code)s issued.") % {"code": certificate.code}
            )
            return redirect("certificates_admin:inspect", certificate.pk)
    return TemplateResponse(
        request,
        "certificates/admin/issue.html",
        {"form": form},
        status=400 if form.errors else 200,
    )
