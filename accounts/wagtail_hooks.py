"""An administrator deleting an account in the admin erases the person, as they can themselves
from "My data" and as the ``erase_learner`` command does: one path (``privacy.learner_erase``),
so no app's data about them is left behind, whichever way the account goes."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.actions.delete import DeleteAction
from wagtail.admin.widgets import Button
from wagtail.log_actions import log

from . import admin_views, privacy, two_factor


class AccountEraseAction(DeleteAction):
    """Wagtail's deletion of a user (the admin's "Delete user"), logged as before, erasing the
    person instead of deleting only the row; the administrator is the one acting."""

    def _delete(self):
        with transaction.atomic():
            if self.log_action:
                # Logged before, while the account still exists.
                log(instance=self.instance, action=self.log_action, user=self.user, deleted=True)
            return privacy.learner_erase(self.instance, by=self.user)


@hooks.register("register_actions")
def register_account_erase_action(registry):
    registry.register(get_user_model(), AccountEraseAction)


@hooks.register("before_bulk_action")
def erase_accounts_deleted_together(request, action_type, objects, action_class_instance):
    """The users listing's bulk "Delete": each person is erased (in the action's transaction),
    so the bulk delete that follows finds nothing left to delete."""
    if action_type == "delete" and action_class_instance.model is get_user_model():
        for user in objects:
            privacy.learner_erase(user, by=request.user)


# A lost phone: an administrator resets the person's two-step sign-in (two_factor.reset).
@hooks.register("register_admin_urls")
def register_two_factor_reset_url():
    return [
        path(
            "users/two-factor-reset/<int:pk>/",
            admin_views.two_factor_reset,
            name="accounts_two_factor_reset",
        )
    ]


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    """In the users listing's "More" menu of each person, beside Edit and Delete."""
    if two_factor.reset_allowed(request_user, user):
        yield Button(
            _("Reset two-step sign-in"),
            url=reverse("accounts_two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=30,
        )


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    actions.register_action(
        two_factor.RESET_ACTION, _("Reset two-step sign-in"), _("Two-step sign-in reset")
    )
