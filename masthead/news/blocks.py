from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "news/blocks/quote.html"


class BodyImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)
    credit = blocks.CharBlock(
        label=_("credit"),
        required=False,
        help_text=_(
            "In this edition's language. Leave empty to print the picture's own "
            "credit, which is used only for this edition's pictures."
        ),
    )

    class Meta:
        icon = "image"
        template = "news/blocks/image.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"),
        features=["bold", "italic", "link"],
        template="news/blocks/paragraph.html",
    )
    subheading = blocks.CharBlock(
        label=_("subheading"), icon="title", template="news/blocks/subheading.html"
    )
    quote = QuoteBlock(label=_("quote"))
    image = BodyImageBlock(label=_("image"))


class ClauseBlock(blocks.StructBlock):
    """A numbered clause of a policy page; its number gives it a stable anchor."""

    number = blocks.CharBlock(
        label=_("number"),
        required=False,
        max_length=20,
        help_text=_(
            "For example 3.4. Moderators' reasons name a clause by its number and "
            "link to it, so keep a number once it is published."
        ),
    )
    heading = blocks.CharBlock(label=_("heading"), required=False)
    text = blocks.RichTextBlock(
        label=_("text"), features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "list-ol"
        template = "news/blocks/clause.html"
