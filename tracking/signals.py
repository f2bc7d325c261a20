from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from accounts import roles


def let_trainers_browse_statements(sender, **kwargs):
    """Trainers read the learning record store in the admin; they change nothing in it.
    (Runs before auth's own post_migrate handler has created the permission, hence
    get_or_create.)"""
    from .models import Statement

    group = Group.objects.filter(name=roles.TRAINERS).first()
    if group is None:
        return
    permission, _created = Permission.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Statement),
        codename="view_statement",
        defaults={"name": "Can view learning record"},
    )
    group.permissions.add(permission)


def erase_learning_records(sender, instance, **kwargs):
    """Deleting an account erases its learning records (and voids delivered ones)."""
    from .services import forget_learner

    forget_learner(instance)
