from accounts import roles


def let_administrators_manage_organisations(sender, **kwargs):
    from .models import Organisation

    roles.grant(
        roles.ADMINISTRATORS,
        Organisation,
        [f"{action}_organisation" for action in ("add", "change", "delete", "view")],
    )
