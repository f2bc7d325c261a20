from accounts import roles


def let_trainers_author_requirement_sets(sender, **kwargs):
    from .models import RequirementSet

    roles.grant(
        roles.TRAINERS,
        RequirementSet,
        [f"{action}_requirementset" for action in ("add", "change", "delete", "view")],
    )
