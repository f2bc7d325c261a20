"""The test settings (what page_timings.py has always measured under) plus the floor app, the
bare Wagtail page every learner page is compared with."""

from frontline.settings.test import *  # noqa: F403
from frontline.settings.test import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "floor"]
ALLOWED_HOSTS = ["testserver"]  # the test client's host; the benchmarks make no other requests
# The verify page is requested more often than the lookup rate limit lets one visitor: still
# counted on every request, as in production, never refused here.
CERTIFICATE_LOOKUP_LIMIT = 1_000_000
