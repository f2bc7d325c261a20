from django import forms
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.utils.translation import gettext_lazy as _

from courses.models import Audience

from .models import Organisation, User


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )


class SignUpForm(UserCreationForm):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.all(),
        label=_("Organisation"),
        required=False,
        empty_label=_("— Not listed / none —"),
    )
    audience = forms.ModelChoiceField(
        queryset=Audience.objects.all(),
        label=_("Your role"),
        help_text=_("Decides which scenarios and lessons you see. You can change it later."),
        empty_label=None,
    )

    class Meta:
        model = User
        fields = ["email", "first_name", "last_name", "organisation", "audience"]
        labels = {
            "first_name": _("First name"),
            "last_name": _("Last name"),
            "email": _("E-mail address"),
        }
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this e-mail address already exists."))
        return email


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "organisation", "audience"]
        labels = {"audience": _("Your role")}


class EraseForm(forms.Form):
    """Erasing an account cannot be undone: the learner confirms with their password and by
    typing ERASE."""

    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.CharField(
        label=_("Type ERASE to confirm"),
        help_text=_("This cannot be undone."),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password

    def clean_confirm(self):
        confirm = self.cleaned_data["confirm"].strip()
        if confirm.upper() not in ("ERASE", "RADERA"):
            raise forms.ValidationError(_("Type ERASE to confirm."))
        return confirm
