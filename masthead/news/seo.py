"""What an article tells search engines and link previews: canonical and hreflang
links, Open Graph and Twitter tags, and schema.org NewsArticle JSON-LD."""

from django.conf import settings
from wagtail.models import Site

from masthead.core.editions import get_edition

from .addresses import page_full_url

OPEN_GRAPH_RENDITION = "fill-1200x630"


def absolute(page, path):
    return page.home_site.root_url + path


def hreflang_alternates(page):
    """Return (hreflang, url) for the page and its true translations, then x-default.

    Only pages that share a Wagtail translation key are alternates, so two desks'
    separate stories on one event never point at each other. A page without
    translations gets no alternates at all; one behind a password or a login is
    no one's alternate.
    """
    translations = page.get_translations(inclusive=True).live().public()
    group = list(translations.select_related("locale").specific())
    if len(group) < 2:
        return []
    roots = Site.get_site_root_paths()
    alternates = [
        (
            get_edition(member.locale.language_code).hreflang,
            page_full_url(member, roots),
        )
        for member in sorted(group, key=lambda member: member.locale.language_code)
    ]
    default = _x_default(group)
    return [*alternates, ("x-default", page_full_url(default, roots))]


def _x_default(group):
    originals = [m for m in group if getattr(m, "translation_of_id", None) is None]
    for member in originals or group:
        if member.locale.language_code == settings.LANGUAGE_CODE:
            return member
    return (originals or group)[0]


def lead_image_preview(page):
    """Return the Open Graph rendition of the lead image as a dict, or None."""
    if not page.lead_image:
        return None
    rendition = page.lead_image.get_rendition(OPEN_GRAPH_RENDITION)
    return {
        "url": absolute(page, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": page.lead_image.default_alt_text,
    }


def open_graph_tags(page, request=None):
    """Return (property, content) pairs for an article's Open Graph and Twitter tags."""
    edition = page.edition
    tags = [
        ("og:type", "article"),
        ("og:title", page.title),
        ("og:description", page.standfirst),
        ("og:url", page.get_full_url(request)),
        ("og:site_name", page.home_site.site_name or settings.WAGTAIL_SITE_NAME),
        ("og:locale", edition.og_locale),
    ]
    for translation in page.translations():
        tags.append(("og:locale:alternate", translation.edition.og_locale))
    image = lead_image_preview(page)
    if image:
        tags += [
            ("og:image", image["url"]),
            ("og:image:width", str(image["width"])),
            ("og:image:height", str(image["height"])),
            ("og:image:alt", image["alt"]),
        ]
    tags += _article_tags(page, request)
    tags += [("twitter:card", "summary_large_image" if image else "summary")]
    return tags


def _article_tags(page, request):
    tags = []
    if page.first_published_at:
        tags.append(("article:published_time", page.first_published_at.isoformat()))
    modified = page.updated_at or page.last_published_at
    if modified:
        tags.append(("article:modified_time", modified.isoformat()))
    for person in page.byline():
        url = page.edition_home.person_url(person)
        tags.append(("article:author", absolute(page, url)))
    tags.append(("article:section", page.section.title))
    tags += [("article:tag", tag.name) for tag in page.tags.all()]
    return tags
