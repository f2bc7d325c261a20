from wagtail import hooks
from wagtail.snippets.models import register_snippet

from courses.models import Audience, Topic
from frontline.learner_data import LEARNER_DATA, LearnerData

from . import privacy
from .models import RequirementSet

# Trainers edit these lists in the admin (Snippets).
register_snippet(Audience)
register_snippet(Topic)
register_snippet(RequirementSet)


# A holder's readiness statements in their export, and withdrawn when they are erased
# (``accounts.privacy``).
@hooks.register(LEARNER_DATA)
def learner_readiness_statements():
    return LearnerData(
        order=50,
        section="readiness_statements",
        export=privacy.readiness_statements_export,
        erase=privacy.readiness_statements_erase,
    )
