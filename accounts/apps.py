from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import backends, signals

        backends.connect()
        post_migrate.connect(
            signals.let_trainers_browse_statements, sender=apps.get_app_config("tracking")
        )
