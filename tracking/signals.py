def erase_learning_records(sender, instance, **kwargs):
    """Deleting an account erases its learning records (and voids delivered ones)."""
    from .services import forget_learner

    forget_learner(instance)
