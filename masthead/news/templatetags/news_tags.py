from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, override

from masthead.core.formatting import (
    format_local_datetime,
    format_people_list,
    with_native_digits,
)
from masthead.news import jsonld
from masthead.news.digits import uses_native_digits
from masthead.news.seo import hreflang_alternates, open_graph_tags

register = template.Library()


@register.filter
def edition_datetime(moment, edition_code):
    """Format a moment in the edition's language, home time zone and digits.

    For people only: a `datetime` attribute takes `|date:'c'`, always in 0-9.
    """
    return format_local_datetime(moment, edition_code, uses_native_digits(edition_code))


@register.filter(is_safe=True)
def edition_digits(text, edition_code):
    """Write the figures of `text` (a count, a sentence) in the edition's digits."""
    if not uses_native_digits(edition_code):
        return text
    return with_native_digits(text, edition_code)


@register.simple_tag
def byline(page):
    """Return "By A, B and C" with each name linked to its profile, in the edition's
    own list grammar."""
    code = page.locale.language_code
    links = [
        format_html(
            '<a rel="author" href="{}">{}</a>', person_url(page, p), p.name_in(code)
        )
        for p in page.byline()
    ]
    if not links:
        return ""
    with override(code):
        # Names are escaped by format_html above; the joined list is safe HTML.
        people = mark_safe(format_people_list(links, code))  # noqa: S308
        return format_html(gettext("By {people}"), people=people)


@register.simple_tag
def person_url(page, person):
    """Return the profile URL of a person within the page's edition."""
    return page.edition_home.person_url(person)


@register.simple_tag
def tag_url(page, tag):
    """Return the URL of a topic's page within the page's edition."""
    return page.edition_home.tag_url(tag)


@register.simple_tag
def person_name(person, edition_code):
    return person.name_in(edition_code)


@register.simple_tag
def person_role(person, edition_code):
    return person.role_title_in(edition_code)


@register.simple_tag(takes_context=True)
def article_json_ld(context, page):
    return jsonld.json_ld_script(jsonld.news_article(page, context.get("request")))


@register.simple_tag(takes_context=True)
def article_open_graph(context, page):
    return open_graph_tags(page, context.get("request"))


@register.simple_tag(takes_context=True)
def alternates(context, page):
    return hreflang_alternates(page, context.get("request"))
