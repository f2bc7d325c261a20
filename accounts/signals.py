from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_migrate
from django.dispatch import receiver

from tracking.models import Statement

from . import roles


@receiver(post_migrate)
def keep_administrators_permissions_complete(sender, **kwargs):
    """Administrators hold every model permission, including those of apps added later."""
    group = Group.objects.filter(name=roles.ADMINISTRATORS).first()
    if group is not None:
        group.permissions.add(*Permission.objects.all())


def let_trainers_browse_statements(sender, **kwargs):
    """Trainers read the learning record store in the admin; they change nothing in it.
    Connected to the tracking app's post_migrate: the record store, below accounts, knows
    nothing of roles."""
    roles.grant(roles.TRAINERS, Statement, ["view_statement"])
