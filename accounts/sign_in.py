"""What other apps add to the sign-in page (the ``sign_in_options`` hook of ``views``)."""

from dataclasses import dataclass, field


@dataclass
class SignInOption:
    """A block of the sign-in page beside the password form: its rendered HTML, and the
    origins its forms may submit to (the page's Content-Security-Policy ``form-action``)."""

    html: str
    form_action: list[str] = field(default_factory=list)
