from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from masthead.core.fields import optional_link
from masthead.news.blocks import ArticleBodyBlock
from masthead.news.credits import credit_role_choices, credit_sentences
from masthead.news.panels import SourceChangedPanel
from masthead.news.pictures import picture_credit

from .base import CommentPolicy, EditionPageMixin, comment_policy_field
from .people import edition_choices


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(EditionPageMixin, Page):
    standfirst = models.TextField(_("standfirst"), blank=True)
    dateline = models.CharField(_("dateline place"), max_length=100, blank=True)
    updated_at = models.DateTimeField(
        _("updated"),
        null=True,
        blank=True,
        help_text=_("Set when the story changes in substance; shown as 'Updated'."),
    )
    lead_image = optional_link("news.NewsImage")
    lead_caption = models.TextField(_("lead image caption"), blank=True)
    lead_credit = models.CharField(
        _("lead image credit"),
        max_length=255,
        blank=True,
        help_text=_(
            "In this edition's language. Leave empty to print the picture's own "
            "credit, which is used only for this edition's pictures."
        ),
    )
    body = StreamField(ArticleBodyBlock(), blank=True)
    tags = ClusterTaggableManager(through=ArticleTag, blank=True)
    comment_policy = comment_policy_field(CommentPolicy.INHERIT)
    # What the section and edition above say of comments, worked out when the
    # article is published and forgotten (blank) when a page above it changes, so a
    # post or a render reads no page above (masthead.comments.policy).
    inherited_comment_policy = models.CharField(
        max_length=10, blank=True, editable=False
    )
    inherited_close_after_days = models.PositiveIntegerField(
        null=True, blank=True, editable=False
    )
    translation_of = optional_link(
        "self",
        related_name="translated_versions",
        verbose_name=_("translation of"),
        help_text=_("The original article, when this one is its translation."),
    )
    # Set when the original is published again with changes, cleared when this
    # translation is next published or marked reviewed (masthead.news.translations).
    source_changed_at = models.DateTimeField(
        _("source changed"), null=True, blank=True, editable=False
    )
    reviewed_source_revision = optional_link(
        "wagtailcore.Revision",
        editable=False,
        verbose_name=_("source revision reviewed"),
    )
    external_uri = models.CharField(
        _("external identifier"),
        max_length=500,
        blank=True,
        help_text=_("The ninjs uri this article was imported from, if any."),
    )

    # Everything but the comment section depends on content alone, never on the
    # request: its rendered parts are kept (core/fragments.py).
    keeps_fragments = True

    content_panels = [
        SourceChangedPanel(),
        *Page.content_panels,
        FieldPanel("standfirst"),
        InlinePanel("authors", label=_("Byline")),
        FieldPanel("dateline"),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_caption"),
                FieldPanel("lead_credit"),
            ],
            _("Lead image"),
        ),
        FieldPanel("body"),
        InlinePanel("credits", label=_("Credits")),
        FieldPanel("tags"),
        InlinePanel("related_links", label=_("Related articles")),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("translation_of")]
    settings_panels = [
        *Page.settings_panels,
        FieldPanel("updated_at"),
        FieldPanel("comment_policy"),
    ]
    # Readers' search has its own index, built on publish by its own app. Wagtail's
    # keeps only what the admin's page search looks at (the title), so a publish no
    # longer indexes the whole body twice.
    parent_page_types = ["news.SectionPage"]
    subpage_types = []
    template = "news/article_page.html"
    exclude_fields_in_copy = [
        "source_changed_at",
        "reviewed_source_revision",
        "inherited_comment_policy",
        "inherited_close_after_days",
    ]

    class Meta:
        verbose_name = _("article")
        constraints = [
            models.UniqueConstraint(
                fields=["external_uri"],
                condition=~models.Q(external_uri=""),
                name="unique_article_external_uri",
            )
        ]

    def clean(self):
        super().clean()
        self.clean_lead_credit()
        original = self.translation_of
        if original is None:
            return
        if original.locale_id == self.locale_id:
            raise ValidationError(
                {"translation_of": _("A translation must be in another edition.")}
            )
        clash = (
            Page.objects.filter(
                translation_key=original.translation_key, locale=self.locale
            )
            .exclude(pk=self.pk)
            .exists()
        )
        if clash:
            raise ValidationError(
                {"translation_of": _("That article already has a translation here.")}
            )

    def save(self, *args, **kwargs):
        # Linking to the original puts both in one Wagtail translation group, which is
        # what hreflang and "Read in ..." are built from.
        if self.translation_of_id:
            self.translation_key = self.translation_of.translation_key
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        # The review of a translation belongs to the page, not to one of its revisions.
        obj.source_changed_at = self.source_changed_at
        obj.reviewed_source_revision_id = self.reviewed_source_revision_id
        return obj

    @cached_property
    def section(self):
        return self.get_parent().specific

    def byline(self):
        """Return the credited authors in order, with their names in every edition."""
        return self._byline_people

    @cached_property
    def _byline_people(self):
        # Once per page object: the page, its Open Graph tags and its JSON-LD each
        # ask. pk breaks ties: rows added in code rather than the admin have no
        # sort_order.
        authors = (
            self.authors.select_related("person")
            .prefetch_related("person__localized_names")
            .order_by("sort_order", "pk")
        )
        return [author.person for author in authors]

    def ordered_credits(self):
        return (
            self.credits.select_related("person")
            .prefetch_related("person__localized_names")
            .order_by("sort_order", "pk")
        )

    def clean_lead_credit(self):
        """Refuse another edition's picture whose credit would go unprinted."""
        image = self.lead_image
        if not image or not image.credit or self.lead_credit:
            return
        if not self.lead_picture_credit():
            raise ValidationError(
                {
                    "lead_credit": _(
                        "This picture is credited in another edition's language. "
                        "Write its credit in this edition's language."
                    )
                }
            )

    def lead_picture_credit(self):
        """Return the credit printed under the lead picture, in this edition."""
        return picture_credit(
            self.lead_image, self.locale.language_code, self.lead_credit
        )

    def credit_sentences(self):
        return credit_sentences(self.ordered_credits(), self.locale.language_code)

    def translations(self):
        """Return the live, public translations of this article in other editions.

        A translation behind a password or a login is not offered: its link would
        name a page the reader cannot open, and baked pages would keep its title.
        """
        return (
            ArticlePage.objects.live()
            .public()
            .filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .select_related("locale")
            .order_by("locale__language_code")
        )

    @cached_property
    def public_original(self):
        """The live, public article this one was translated from, or None."""
        if self.translation_of_id is None:
            return None
        originals = ArticlePage.objects.live().public().select_related("locale")
        return originals.filter(pk=self.translation_of_id).first()

    def related_articles(self):
        """Return the live, public articles this one links to, in the editor's order."""
        order = [link.article_id for link in self.related_links.all()]
        shown = ArticlePage.objects.live().public().in_bulk(order)
        return [shown[pk] for pk in order if pk in shown]


class ArticleAuthor(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "news.Person", on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("person")]


class ArticleCredit(Orderable):
    """One person in one role; a run of one role and desk reads as one sentence."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="credits")
    role = models.CharField(_("role"), max_length=40, choices=credit_role_choices)
    person = models.ForeignKey(
        "news.Person", on_delete=models.PROTECT, related_name="+"
    )
    desk = models.CharField(
        _("for the desk"), max_length=10, blank=True, choices=edition_choices
    )

    panels = [FieldPanel("role"), FieldPanel("person"), FieldPanel("desk")]


class RelatedArticle(Orderable):
    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="related_links"
    )
    article = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article", heading=_("article"))]
