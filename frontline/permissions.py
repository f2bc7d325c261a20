from wagtail.permission_policies import ModelPermissionPolicy


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
