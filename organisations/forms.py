from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.forms import SignUpForm
from courses.models import Audience
from courses.selectors import course_choices


class MemberFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or e-mail"), required=False, max_length=100)
    role = forms.ModelChoiceField(
        queryset=Audience.objects.all(),
        label=_("Role"),
        required=False,
        empty_label=_("All roles"),
        to_field_name="slug",
    )
    readiness = forms.ChoiceField(
        label=_("Readiness"),
        required=False,
        choices=[("", _("Everyone")), ("ready", _("Ready")), ("not_ready", _("Not ready"))],
    )
    expiring = forms.TypedChoiceField(
        label=_("Certificate expires within"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[
            ("", _("Any time")),
            ("30", _("30 days")),
            ("60", _("60 days")),
            ("90", _("90 days")),
        ],
    )
    course = forms.ChoiceField(label=_("Enrolled in"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [("", _("Any course")), *course_choices()]


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)  # Invitation.email
    first_name = forms.CharField(label=_("First name"), required=False, max_length=150)
    last_name = forms.CharField(label=_("Last name"), required=False, max_length=150)
    role = forms.ModelChoiceField(
        queryset=Audience.objects.all(), label=_("Role"), required=False, empty_label=_("—")
    )


class InvitationUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "One person per line, with a header line: email (required), first_name, last_name, "
            "organisation (one you manage; empty means this one), role. Commas or semicolons."
        ),
    )


class InvitedSignUpForm(SignUpForm):
    """Sign-up through an invitation: the address is the invited one and the organisation is
    the inviting one, so neither is asked."""

    def __init__(self, *args, invitation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].initial = invitation.email
        self.fields["email"].disabled = True
        self.fields["first_name"].initial = invitation.first_name
        self.fields["last_name"].initial = invitation.last_name
        if invitation.audience_id:
            self.fields["audience"].initial = invitation.audience_id


class AgencyFindForm(forms.Form):
    email = forms.EmailField(
        label=_("Your work e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
