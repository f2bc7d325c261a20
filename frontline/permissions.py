from wagtail.permission_policies import ModelPermissionPolicy


def may_edit(user, page) -> bool:
    """Whether ``user`` may edit ``page`` (and so review it whole, as its trainer) by Wagtail's
    page permissions. Having the admin is not enough: a certifying body enters the admin for
    certificates, and is a learner like any other on the course pages.

    Cheap for learners: editing needs the admin, and Django caches ``has_perm``'s two queries
    on the user for the request (the page's header asks the same). Only those with the admin
    pay for their page permissions (cached on the user by Wagtail: one query however many
    pages) and the page's workflow state."""
    return (
        user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
        and page.permissions_for_user(user).can_edit()
    )


class RecordsArePermanent(ModelPermissionPolicy):
    """For records that are evidence (learning statements, certificates, their audit log):
    the admin may show them to those with the view permission, but nobody adds, edits or
    deletes them there; they change only through their app's services."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
