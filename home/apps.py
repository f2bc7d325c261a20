from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from courses import outline_cache

        from .models import SiteSettings

        # The site settings are kept in the shared cache with the pages (SiteSettings.for_request).
        outline_cache.watch(SiteSettings, new_rows_change_entries=False)
