from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from . import outline_cache
        from .models import Audience, LessonSource, Source, Topic

        outline_cache.connect()
        # A lesson's sources are kept with its outline (selectors.lesson_sources).
        outline_cache.watch(Source, new_rows_change_entries=False)
        outline_cache.watch(LessonSource)
        # The catalogue's filters list them (selectors.audiences_and_topics).
        outline_cache.watch(Audience)
        outline_cache.watch(Topic)
