from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from accounts import roles

# Certifying bodies look certificates up and read the audit log; trainers also issue by hand
# and revoke. Nobody edits or deletes a certificate.
GRANTS = {
    roles.CERTIFYING_BODIES: [
        ("certificate", "view_certificate", "Can view certificate"),
        ("auditentry", "view_auditentry", "Can view audit entry"),
    ],
    roles.TRAINERS: [
        ("certificate", "view_certificate", "Can view certificate"),
        ("certificate", "issue_certificate", "Can issue a certificate manually"),
        ("certificate", "revoke_certificate", "Can revoke a certificate"),
        ("auditentry", "view_auditentry", "Can view audit entry"),
    ],
}


def grant_certificate_roles(sender, **kwargs):
    """(Runs before auth's own post_migrate handler has created the permissions, hence
    get_or_create.) Also lets both roles into the Wagtail admin."""
    for group_name, grants in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for model, codename, name in grants:
            permission, _created = Permission.objects.get_or_create(
                content_type=ContentType.objects.get_for_model(
                    apps.get_model("certificates", model)
                ),
                codename=codename,
                defaults={"name": name},
            )
            group.permissions.add(permission)
        admin_access = Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ).first()
        if admin_access:
            group.permissions.add(admin_access)
