from accounts import roles


def let_trainers_browse_statements(sender, **kwargs):
    """Trainers read the learning record store in the admin; they change nothing in it."""
    from .models import Statement

    roles.grant(roles.TRAINERS, Statement, ["view_statement"])


def erase_learning_records(sender, instance, **kwargs):
    """Deleting an account erases its learning records (and voids delivered ones)."""
    from .services import forget_learner

    forget_learner(instance)
