from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from django.db.models.signals import post_migrate

        from .signals import let_administrators_manage_organisations

        post_migrate.connect(let_administrators_manage_organisations, sender=self)
