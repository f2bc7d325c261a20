from accounts import roles


def let_administrators_manage_organisations(sender, **kwargs):
    """Administrators keep the organisations and connect their agencies' sign-in."""
    from .models import AgencyIdentityProvider, Organisation

    for model in (Organisation, AgencyIdentityProvider):
        name = model._meta.model_name
        roles.grant(
            roles.ADMINISTRATORS,
            model,
            [f"{action}_{name}" for action in ("add", "change", "delete", "view")],
        )
