from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        from . import outline_cache
        from .models import Audience, LessonSource, ReferenceFact, Source, Topic

        outline_cache.connect()
        # A lesson's sources are kept with its outline (selectors.lesson_sources).
        outline_cache.watch(Source, new_rows_change_entries=False)
        outline_cache.watch(LessonSource)
        # The catalogue's filters list them (selectors.audiences_and_topics).
        outline_cache.watch(Audience)
        outline_cache.watch(Topic)
        # A learner's lesson body is kept rendered (templatetags/lesson_body_tags.py): what
        # its blocks show of other rows — reference facts, documents, images — too.
        outline_cache.watch(ReferenceFact, new_rows_change_entries=False)
        outline_cache.watch(get_document_model(), new_rows_change_entries=False)
        outline_cache.watch(get_image_model(), new_rows_change_entries=False)
