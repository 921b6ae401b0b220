from http import HTTPMethod

from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from masthead.core.editions import get_edition
from masthead.core.formatting import has_native_digits
from masthead.news.digits import NativeDigitsPanel

from .fronts import FrontMixin, front_panel

LISTING_SIZE = 20


class CommentPolicy(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    INHERIT = "inherit", _("Inherit from the page above")


def comment_policy_field(default):
    return models.CharField(
        _("comments"), max_length=10, choices=CommentPolicy.choices, default=default
    )


def close_comments_after_field():
    return models.PositiveIntegerField(
        _("close comments after (days)"),
        null=True,
        blank=True,
        help_text=_("Empty: as the page above says (never, at the edition)."),
    )


class EditionPageMixin:
    """What every page of an edition knows about the edition it belongs to."""

    # Pages are only read: comments go to /comments/post/. Wagtail's default lets a
    # page answer (and OPTIONS advertise) DELETE, PATCH, POST and PUT as well.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    @property
    def edition(self):
        return get_edition(self.locale.language_code)

    @cached_property
    def edition_home(self):
        return EditionHomePage.objects.ancestor_of(self, inclusive=True).first()

    @property
    def description(self):
        """Return the page's summary for search results: the editor's search
        description, else the article's standfirst or the page's introduction."""
        return (
            self.search_description
            or getattr(self, "standfirst", "")
            or getattr(self, "intro", "")
        )

    @cached_property
    def home_site(self):
        """The Site the page is served under: `get_site()` asks the database each
        time, and one article page needs it a dozen times (links, Open Graph,
        JSON-LD)."""
        return self.get_site()

    def latest_articles(self):
        from .article import ArticlePage

        return (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("lead_image")
            .order_by("-first_published_at")[:LISTING_SIZE]
        )


# Edition homes and sections are edited alike: an introduction, the front, and
# the comment settings their articles inherit.
LISTING_CONTENT_PANELS = [*Page.content_panels, FieldPanel("intro"), front_panel()]
COMMENT_SETTINGS_PANELS = [
    *Page.settings_panels,
    FieldPanel("comment_policy"),
    FieldPanel("close_comments_after_days"),
]


class EditionHomePage(FrontMixin, EditionPageMixin, RoutablePageMixin, Page):
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
        super().clean()
        self.clean_front_stories()
        if self.native_digits and not has_native_digits(self.locale.language_code):
            raise ValidationError(
                {"native_digits": _("This edition's script has no digits of its own.")}
            )

    def sections(self):
        return SectionPage.objects.child_of(self).live().in_menu()

    def policy_pages(self):
        """Return the edition's live policy pages, in the order the desk keeps them."""
        from .policy import PolicyPage

        return PolicyPage.objects.child_of(self).live().public()

    @path("people/<str:slug>/", name="person")
    def person_profile(self, request, slug):
        from .article import ArticlePage
        from .people import Person

        person = get_object_or_404(
            Person.objects.prefetch_related("localized_names"), slug=slug
        )
        articles = (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .filter(models.Q(authors__person=person) | models.Q(credits__person=person))
            .distinct()
            .order_by("-first_published_at")
        )
        context = {"person": person, "articles": articles[:LISTING_SIZE]}
        return self.render(
            request, context_overrides=context, template="news/person_page.html"
        )

    def person_url(self, person):
        return self.url + self.reverse_subpage("person", kwargs={"slug": person.slug})

    @path("tags/<str:slug>/", name="tag")
    def tag_listing(self, request, slug):
        """List this edition's stories on one topic, as a section lists its own."""
        from .article import ArticlePage, ArticleTag

        tag = get_object_or_404(ArticleTag.tag_model(), slug=slug)
        articles = (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .filter(tags=tag)
            .order_by("-first_published_at")
        )
        context = {"tag": tag, "articles": articles[:LISTING_SIZE]}
        return self.render(
            request, context_overrides=context, template="news/tag_page.html"
        )

    def tag_url(self, tag):
        return self.url + self.reverse_subpage("tag", kwargs={"slug": tag.slug})


class SectionPage(FrontMixin, EditionPageMixin, Page):
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

    def clean(self):
        super().clean()
        self.clean_front_stories()
