"""The floor the learner pages are measured against (issue 17): a Wagtail page type with a
title and a rich-text body, served through the same settings, middleware and routing, by a
minimal template. Installed only by the benchmarks' settings (bench_settings.py), never in the
product."""
