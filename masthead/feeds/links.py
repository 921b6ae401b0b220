"""Where the feeds of a page's edition and section live, for <link rel="alternate">."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation

from masthead.news.models import ArticlePage, EditionHomePage, SectionPage

FORMATS = (
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
)


@dataclass(frozen=True)
class FeedLink:
    title: str
    mime_type: str
    href: str  # from the site root, so a copy of the site under another origin works


def _listing_pages(page):
    """Return (section or None, edition home) a page's feeds come from."""
    if isinstance(page, SectionPage):
        return page, page.edition_home
    if isinstance(page, ArticlePage):
        # The parent's title and slug are all a link needs: no specific page.
        return page.get_parent(), page.edition_home
    if isinstance(page, EditionHomePage):
        return None, page
    return None, None


def _links(name, kind, kwargs):
    return [
        FeedLink(
            f"{name} ({label})", mime_type, reverse(f"{kind}_{fmt}", kwargs=kwargs)
        )
        for fmt, mime_type, label in FORMATS
    ]


def feed_links(page):
    """Return the feeds a page belongs to: its section's first, then its edition's."""
    section, home = _listing_pages(page)
    if home is None:
        return []
    links = []
    with translation.override(page.locale.language_code):
        if section is not None:
            links += _links(section.title, "section", {"section": section.slug})
        links += _links(home.title, "edition", {})
    return links
