"""Feeds and sitemaps in the mirror: kept like pages, purged with their articles.

The feeds app says which of its addresses show an article (`urls_showing`); its views
are marked bakeable here by URL name, so the feeds app needs to know nothing of the
mirror. Numbered sitemap pages (`?p=2`) have a query string: never kept, only purged
from the CDN.
"""

from urllib.parse import unquote, urlsplit

from django.urls import reverse

from .dependents import register

FEED_URL_NAMES = frozenset(
    {
        "edition_rss",
        "edition_atom",
        "section_rss",
        "section_atom",
        "sitemap_index",
        "pages_sitemap",
        "news_sitemap",
    }
)


def _path(url):
    parts = urlsplit(url)
    return unquote(parts.path) + (f"?{parts.query}" if parts.query else "")


@register
def feeds_showing(page, kind):
    """Return the feed and sitemap paths a change to `page` of `kind` touches."""
    from masthead.feeds import urls_showing

    if kind == "article":
        return [_path(url) for url in urls_showing(page)]
    if kind in ("section", "home"):
        code = page.locale.language_code
        return [
            reverse("sitemap_index"),
            reverse("pages_sitemap", kwargs={"code": code}),
            # A listing behind a restriction takes its articles out of it.
            reverse("news_sitemap", kwargs={"code": code}),
        ]
    return []
