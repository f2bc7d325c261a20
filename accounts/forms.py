from django import forms
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.utils.translation import gettext_lazy as _

from frontline import dates

from .models import User


class BrowserTimeZoneField(forms.CharField):
    """A hidden field that static/js/time-zone.js fills with the browser's IANA zone; anything
    that is not a zone we offer is dropped quietly (the person never saw the field)."""

    widget = forms.HiddenInput(attrs={"data-browser-time-zone": ""})

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        value = value.strip() if isinstance(value, str) else ""
        return dates.current_name(value) if dates.zone(value) else ""


def time_zone_choices():
    site = _("The site's time zone (%(zone)s)") % {"zone": dates.zone_label(dates.site_zone())}
    return [("", site), *((name, name.replace("_", " ")) for name in dates.zone_names())]


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("E-mail address"),
        # As long as an account's address can be (and django-axes' record of a failed try).
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    # Kept on the account at the first sign-in that brings one (SignInView).
    time_zone = BrowserTimeZoneField()


class SignUpForm(UserCreationForm):
    """No organisation to choose (nor a list of them to read): membership comes from an
    invitation, a manager or administrator, or a verified address (``organisations.membership``)."""

    time_zone = BrowserTimeZoneField()

    class Meta:
        model = User
        fields = ["email", "first_name", "last_name", "audience", "time_zone"]
        labels = {
            "first_name": _("First name"),
            "last_name": _("Last name"),
            "email": _("E-mail address"),
            "audience": _("Your role"),
        }
        help_texts = {
            "audience": _("Decides which scenarios and lessons you see. You can change it later."),
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
        # Everyone has a role (it decides what they see), chosen from the list: no blank.
        self.fields["audience"].required = True
        self.fields["audience"].empty_label = None

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this e-mail address already exists."))
        return email


class ProfileForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        label=_("Your time zone"),
        choices=time_zone_choices,
        required=False,
        help_text=_("Times are shown in this zone, for example when you can try a quiz again."),
        # On a profile without a zone, static/js/time-zone.js picks the browser's.
        widget=forms.Select(attrs={"data-browser-time-zone": "", "autocomplete": "off"}),
    )

    def __init__(self, *args, locks: dict | None = None, **kwargs):
        """``locks``: {field: why} for what the person cannot change here (views.PROFILE_LOCKS);
        a locked field is shown, disabled, and what a form posts for it is ignored."""
        super().__init__(*args, **kwargs)
        for name, reason in (locks or {}).items():
            if name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].help_text = reason

    def clean_time_zone(self):
        return dates.current_name(self.cleaned_data["time_zone"])

    def clean_did(self):
        # Checked by the model field's validator (accounts.dids) after this.
        return self.cleaned_data["did"].strip()

    class Meta:
        model = User
        # The organisation is shown, not chosen: see organisations.membership.
        fields = ["first_name", "last_name", "audience", "time_zone", "did"]
        labels = {
            "audience": _("Your role"),
            "did": _("Your DID (decentralised identifier), if you have a digital wallet"),
        }
        help_texts = {
            "did": _(
                "Optional. Certificates issued after you save it name you by this DID, so your "
                "wallet can prove they are yours. Certificates you already have do not change."
            ),
        }
        widgets = {
            "did": forms.TextInput(
                attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "none"}
            ),
        }


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
        # Set when the password was wrong: the view counts it towards the sign-in lock-out.
        self.wrong_password = False

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            self.wrong_password = True
            raise forms.ValidationError(_("That is not your password."))
        return password

    def clean_confirm(self):
        confirm = self.cleaned_data["confirm"].strip()
        if confirm.upper() not in ("ERASE", "RADERA"):
            raise forms.ValidationError(_("Type ERASE to confirm."))
        return confirm


class AuthenticatorCodeForm(forms.Form):
    """The six-digit code an authenticator app shows. Phones offer their number pad and the
    code from a text message or app (``autocomplete="one-time-code"``)."""

    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=12,
        help_text=_("Six digits; a new code appears every 30 seconds."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autocapitalize": "off",
                "spellcheck": "false",
                "size": "8",
            }
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isascii() and code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("Enter the six digits your authenticator app shows."))
        return code


class RecoveryCodeForm(forms.Form):
    """One of the ten recovery codes shown when two-step sign-in was set up."""

    recovery_code = forms.CharField(
        label=_("Recovery code"),
        max_length=40,
        help_text=_("Eight letters and digits. Each code works once."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
                "size": "12",
            }
        ),
    )
