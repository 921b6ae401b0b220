from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, override

from masthead.core.formatting import (
    format_local_datetime_html,
    format_people_list,
    with_native_digits,
)
from masthead.news import jsonld, policies
from masthead.news.addresses import page_path
from masthead.news.digits import uses_native_digits
from masthead.news.fronts import build_front
from masthead.news.models import clause_anchor as anchor_of_clause
from masthead.news.pictures import picture_credit
from masthead.news.seo import hreflang_alternates, open_graph_tags
from masthead.news.switcher import edition_links

register = template.Library()


@register.filter
def edition_datetime(moment, edition_code):
    """Format a moment in the edition's language, home time zone and digits, as
    HTML isolated from the text around it.

    For people only: a `datetime` attribute takes `|date:'c'`, always in 0-9.
    """
    native = uses_native_digits(edition_code)
    return format_local_datetime_html(moment, edition_code, native)


@register.filter
def front(page):
    """Return the Front of an edition home or a section, slot by slot."""
    return build_front(page)


@register.filter
def edition_path(page):
    """Return a page's path in its edition without making its language active."""
    return page_path(page)


@register.filter
def language_name_in(edition, reader_edition):
    """Name `edition`'s language in the reader's: "영어" on a Korean page."""
    return edition.service_language_name(reader_edition.code)


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


@register.simple_tag(name="edition_links", takes_context=True)
def edition_links_tag(context, page=None):
    # The header and the footer both list them: worked out once per render.
    memo = context.render_context.setdefault("masthead_edition_links", {})
    key = getattr(page, "pk", None)
    if key not in memo:
        memo[key] = edition_links(page)
    return memo[key]


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


@register.simple_tag
def alternates(page):
    return hreflang_alternates(page)


@register.filter
def clause_anchor(number):
    """Return the fragment id of a policy clause: "3.4" gives "clause-3-4"."""
    return anchor_of_clause(number)


@register.simple_tag
def terms_url(page):
    """Return the address of the Terms of Use of `page`'s edition."""
    home = getattr(page, "edition_home", None)
    # The page's own cached Site: the page has looked it up already for its links.
    site = getattr(page, "home_site", None)
    return policies.terms_url(home, site) if home else ""


@register.simple_tag
def picture_credit_on(page, image, own_credit=""):
    """Return the credit `page` prints under `image`: never one in another language.

    A body rendered without its page (a feed item) is in the active language.
    """
    locale = getattr(page, "locale", None)
    language = locale.language_code if locale else get_language()
    return picture_credit(image, language, own_credit)
