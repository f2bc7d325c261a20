from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def dashboard_panel(context, panel):
    """Render a ``courses.dashboard.DashboardPanel``: its template, with the page's context
    (the request, the user, the CSRF token…) and the panel's own context on top."""
    panel_template = context.template.engine.get_template(panel.template)
    with context.push(panel.context):
        return panel_template.render(context)
