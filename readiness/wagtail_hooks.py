from wagtail.snippets.models import register_snippet

from .models import RequirementSet

# Trainers edit these lists in the admin (Snippets).
register_snippet(RequirementSet)
