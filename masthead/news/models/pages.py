from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from masthead.core.formatting import has_native_digits
from masthead.news.panels import NativeDigitsPanel

from .article import ArticlePage, ArticleTag
from .base import (
    CommentPolicy,
    EditionPageMixin,
    close_comments_after_field,
    comment_policy_field,
)
from .fronts import FrontMixin, front_panel
from .people import Person
from .policy import PolicyPage

LISTING_SIZE = 20


class ListingMixin:
    """A page that lists the newest stories under it: an edition home, a section."""

    def latest_articles(self):
        return self.stories().select_related("lead_image")[:LISTING_SIZE]

    def stories(self):
        """Return the live, public stories under this page, newest first."""
        return (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-first_published_at")
        )


# Edition homes and sections are edited alike: an introduction, the front, and
# the comment settings their articles inherit.
LISTING_CONTENT_PANELS = [*Page.content_panels, FieldPanel("intro"), front_panel()]
COMMENT_SETTINGS_PANELS = [
    *Page.settings_panels,
    FieldPanel("comment_policy"),
    FieldPanel("close_comments_after_days"),
]


class EditionHomePage(
    FrontMixin, ListingMixin, EditionPageMixin, RoutablePageMixin, Page
):
    """The front page of one language edition; its locale is the edition."""

    intro = models.TextField(_("introduction"), blank=True)
    comment_policy = comment_policy_field(CommentPolicy.OPEN)
    close_comments_after_days = close_comments_after_field()
    native_digits = models.BooleanField(
        _("native digits"),
        default=False,
        help_text=_(
            "Write dates and counts on public pages in the script's own digits. "
            "Markup, feeds and structured data keep the digits 0-9."
        ),
    )

    content_panels = LISTING_CONTENT_PANELS
    settings_panels = [*COMMENT_SETTINGS_PANELS, NativeDigitsPanel("native_digits")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage", "news.PolicyPage"]
    template = "news/edition_home_page.html"

    class Meta:
        verbose_name = _("edition home page")

    def clean(self):
        super().clean()  # FrontMixin checks the front's stories
        if self.native_digits and not has_native_digits(self.locale.language_code):
            raise ValidationError(
                {"native_digits": _("This edition's script has no digits of its own.")}
            )

    def sections(self):
        return SectionPage.objects.child_of(self).live().in_menu()

    def policy_pages(self):
        """Return the edition's live policy pages, in the order the desk keeps them."""
        return PolicyPage.objects.child_of(self).live().public()

    @path("people/<str:slug>/", name="person")
    def person_profile(self, request, slug):
        person = get_object_or_404(
            Person.objects.prefetch_related("localized_names"), slug=slug
        )
        by_person = models.Q(authors__person=person) | models.Q(credits__person=person)
        stories = self.stories().filter(by_person).distinct()
        return self._listing(request, "news/person_page.html", stories, person=person)

    def person_url(self, person):
        return self._subpage_url("person", person.slug)

    @path("tags/<str:slug>/", name="tag")
    def tag_listing(self, request, slug):
        """List this edition's stories on one topic, as a section lists its own."""
        tag = get_object_or_404(ArticleTag.tag_model(), slug=slug)
        stories = self.stories().filter(tags=tag)
        return self._listing(request, "news/tag_page.html", stories, tag=tag)

    def tag_url(self, tag):
        return self._subpage_url("tag", tag.slug)

    def _listing(self, request, template, stories, **context):
        context["articles"] = stories[:LISTING_SIZE]
        return self.render(request, context_overrides=context, template=template)

    def _subpage_url(self, name, slug):
        return self.url + self.reverse_subpage(name, kwargs={"slug": slug})


class SectionPage(FrontMixin, ListingMixin, EditionPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    comment_policy = comment_policy_field(CommentPolicy.INHERIT)
    close_comments_after_days = close_comments_after_field()

    content_panels = LISTING_CONTENT_PANELS
    settings_panels = COMMENT_SETTINGS_PANELS
    parent_page_types = ["news.EditionHomePage"]
    subpage_types = ["news.ArticlePage"]
    template = "news/section_page.html"

    class Meta:
        verbose_name = _("section")
