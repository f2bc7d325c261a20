from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from courses.outline_cache import cached_many, page_from, snapshot

from .routing import site_for_request


class HomePage(Page):
    lead = models.CharField(_("lead"), max_length=300, blank=True)
    body = RichTextField(
        _("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ul"]
    )

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseCataloguePage"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """The page at ``path_components`` below this home in two queries, whatever its depth:
        Wagtail's own routing takes two per level (the child by slug, then its specific page),
        nine for a lesson. The page is found by its last slug (indexed) at its depth, matched
        on the whole URL path, and then routes itself as Wagtail would (``Page.route`` with no
        components left: live, or 404). A path that matches no page falls back to Wagtail's
        routing, which raises the same 404 a level at a time."""
        if not path_components:
            return super().route(request, path_components)
        url_path = f"{self.url_path}{'/'.join(path_components)}/"
        page = (
            Page.objects.filter(
                slug=path_components[-1],
                depth=self.depth + len(path_components),
                path__startswith=self.path,
                url_path=url_path,
            )
            .order_by()
            .first()
        )
        if page is None:
            return super().route(request, path_components)
        return page.specific.route(request, [])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["catalogue_url"] = self.catalogue_url(request)
        return context

    def catalogue_url(self, request) -> str | None:
        """The URL of the live catalogue below this home, from the shared cache (under the
        content generation, like the header's links), else one query."""
        from courses.models import CourseCataloguePage

        def read(pks):
            catalogue = CourseCataloguePage.objects.child_of(self).live().first()
            return {self.pk: catalogue.get_url(request) if catalogue else None}

        return cached_many("home-catalogue-url", [self.pk], read)[self.pk]


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide contact details; administrators edit them, trainers do not."""

    support_email = models.EmailField(_("support e-mail"), blank=True)
    helpline = models.CharField(
        _("helpline shown in the footer"),
        max_length=200,
        blank=True,
        help_text=_("For example the national support line for people subjected to threats."),
    )

    panels = [FieldPanel("support_email"), FieldPanel("helpline")]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """Wagtail's ``for_request`` (once per request, kept on it) with the site and its
        settings from the shared cache, under the content generation: saving the settings
        starts a new one (``HomeConfig.ready``)."""
        name = cls.get_cache_attr_name()
        if not hasattr(request, name):
            site = site_for_request(request)
            if site is None:
                raise cls.DoesNotExist(f"{cls} does not exist for site None.")
            found = cached_many(
                "site-settings", [site.pk], lambda pks: {site.pk: snapshot(cls.for_site(site))}
            )
            site_settings = page_from(found[site.pk])
            site_settings._request = request  # as Wagtail's: page URLs for this request
            setattr(request, name, site_settings)
        return getattr(request, name)
