from wagtail import hooks
from wagtail.snippets.models import register_snippet

from courses.models import Audience, Topic

from . import services
from .models import RequirementSet

# Trainers edit these lists in the admin (Snippets).
register_snippet(Audience)
register_snippet(Topic)
register_snippet(RequirementSet)


# A statement's code answers on the certificate verify page and API, as a certificate's does.
hooks.register("certificate_code_lookups", services.statement_look_up)
