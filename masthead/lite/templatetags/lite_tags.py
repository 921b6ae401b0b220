import math
from dataclasses import replace
from urllib.parse import urlencode

from django import template
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils.safestring import mark_safe
from wagtail.models import Page

from masthead.lite.paths import lite_path
from masthead.lite.reading import TEMPLATE_PREFIX
from masthead.news.pictures import picture_credit
from masthead.news.switcher import edition_links

register = template.Library()

# Big enough for a phone, and the width the full article page already renders.
PICTURE_RENDITION = "width-800"


@register.simple_tag(takes_context=True)
def liteurl(context, page):
    """Return the address of the lite version of `page`."""
    return lite_path(page.get_url(context.get("request")))


@register.simple_tag(takes_context=True)
def lite_version(context):
    """Return the lite address of the page being shown, or "" when it has none.

    Only a page shown at its own address has one: a person's profile is served by
    its edition's home page, but is not that page.
    """
    request, page = context.get("request"), context.get("page")
    if request is None or not isinstance(page, Page):
        return ""
    if page.get_url(request) != request.path or not has_lite_template(page, request):
        return ""
    return lite_path(request.path)


def has_lite_template(page, request):
    try:
        get_template(TEMPLATE_PREFIX + page.get_template(request))
    except TemplateDoesNotExist:
        return False
    return True


@register.simple_tag
def lite_edition_links(page):
    """Return the edition switcher's links, each to its page's lite version."""
    return [replace(link, url=lite_path(link.url)) for link in edition_links(page)]


@register.simple_tag(takes_context=True)
def lite_comment(context, comment):
    """Return a comment's stored HTML with its Report link leading back here.

    The HTML is rendered once for every page that shows the comment; on a lite page
    the report link carries this page as `next`, which the report view follows
    back only when it is exactly the article's lite address.
    """
    report_url = reverse("comments:report", args=[comment.pk])
    back = urlencode({"next": liteurl(context, context["page"])})
    # Our own stored HTML, in which the reader's text is escaped: only our link
    # can read `href="/comments/N/report/"`.
    return mark_safe(  # noqa: S308
        comment.rendered_html.replace(
            f'href="{report_url}"', f'href="{report_url}?{back}"', 1
        )
    )


@register.inclusion_tag("lite/picture.html", takes_context=True)
def lite_picture(context, image, caption="", credit=""):
    """Show a picture's caption and a link to it with its weight, not the picture."""
    rendition = image.get_rendition(PICTURE_RENDITION)
    language = context["page"].locale.language_code
    return {
        "caption": caption or image.default_alt_text,
        "credit": picture_credit(image, language, credit),
        "url": rendition.url,
        # Rounded up: a reader on a metered line is never told less than it costs.
        "kilobytes": math.ceil(rendition.file.size / 1024),
    }
