"""*My learning*, the learner's dashboard: their courses (``selectors.learner_dashboard``) and
the panels that apps above courses add to it (readiness for duty, certificates).

An app adds a panel by registering a function with the ``learner_dashboard_panels`` hook::

    @hooks.register("learner_dashboard_panels")
    def certificates_panel(request, rows):
        return DashboardPanel("certificates/dashboard_panel.html", {...})

It is called with the request and the dashboard's rows (``selectors.DashboardRow``: each
enrolment with its outline) and returns a ``DashboardPanel``, or None for nothing to show.
Panels appear in the hook's order, above or below the learner's courses."""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail import hooks

LEARNER_DASHBOARD_PANELS = "learner_dashboard_panels"


@dataclass(frozen=True)
class DashboardPanel:
    """A section of *My learning*: ``template`` is rendered with the page's context and
    ``context`` on top of it."""

    template: str
    context: dict = field(default_factory=dict)
    above_courses: bool = False


def dashboard_panels(request, rows) -> list[DashboardPanel]:
    panels = (panel(request, rows) for panel in hooks.get_hooks(LEARNER_DASHBOARD_PANELS))
    return [panel for panel in panels if panel is not None]
