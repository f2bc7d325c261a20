from wagtail.snippets.models import register_snippet

from courses.models import Audience, Topic

from .models import RequirementSet

# Trainers edit these lists in the admin (Snippets).
register_snippet(Audience)
register_snippet(Topic)
register_snippet(RequirementSet)
