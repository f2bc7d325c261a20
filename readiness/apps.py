from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadinessConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "readiness"
    verbose_name = _("Readiness for duty")

    def ready(self):
        from django.db.models.signals import post_migrate

        from courses import outline_cache

        from .models import Requirement, RequirementSet
        from .signals import let_trainers_author_requirement_sets

        post_migrate.connect(let_trainers_author_requirement_sets, sender=self)
        # The sets are kept with the outlines (services.requirement_sets).
        outline_cache.watch(RequirementSet)
        outline_cache.watch(Requirement)
