from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import checks  # noqa: F401  (registers the signing-key and did:web checks)
        from .signals import grant_certificate_roles

        post_migrate.connect(grant_certificate_roles, sender=self)
