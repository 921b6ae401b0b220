import math

from django import template
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from wagtail.models import Page

from masthead.lite.paths import lite_path
from masthead.lite.views import TEMPLATE_PREFIX

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


@register.inclusion_tag("lite/picture.html")
def lite_picture(image, caption=""):
    """Show a picture's caption and a link to it with its weight, not the picture."""
    rendition = image.get_rendition(PICTURE_RENDITION)
    return {
        "caption": caption or image.default_alt_text,
        "credit": image.credit,
        "url": rendition.url,
        # Rounded up: a reader on a metered line is never told less than it costs.
        "kilobytes": math.ceil(rendition.file.size / 1024),
    }
