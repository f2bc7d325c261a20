from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from accounts import roles


def let_trainers_author_requirement_sets(sender, **kwargs):
    """Trainers author requirement sets (runs before auth creates the permissions)."""
    group = Group.objects.filter(name=roles.TRAINERS).first()
    if group is None:
        return
    content_type = ContentType.objects.get_for_model(apps.get_model("readiness", "RequirementSet"))
    for action in ("add", "change", "delete", "view"):
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_requirementset",
            defaults={"name": f"Can {action} requirement set"},
        )
        group.permissions.add(permission)
