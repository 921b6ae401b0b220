"""The feeds' places in the site: robots.txt and sitemaps at the root, a link to
the page's feeds in every head, the RSS link under every listing; and, in the baked
pages (masthead.mirror's hooks), feeds and sitemaps kept like pages, purged with the
articles and listings they show.

Numbered sitemap pages (`?p=2`) have a query string: never kept, only purged from
the CDN.
"""

from urllib.parse import unquote, urlsplit

from django.urls import reverse
from wagtail import hooks

from masthead.core.paths import UnprefixedPath
from masthead.core.pieces import template_piece

from . import urls_showing

hooks.register("masthead_page_head", template_piece("feeds/includes/feed_links.html"))
hooks.register(
    "masthead_listing_after_body", template_piece("feeds/includes/rss_link.html")
)


@hooks.register("masthead_unprefixed_paths")
def feed_paths():
    return [
        UnprefixedPath("/robots.txt", for_readers=True),
        UnprefixedPath("/sitemap", for_readers=True),
    ]


# Each the same for every reader: the mirror may keep them.
CACHEABLE_URL_NAMES = (
    "edition_rss",
    "edition_atom",
    "section_rss",
    "section_atom",
    "sitemap_index",
    "pages_sitemap",
    "news_sitemap",
)


@hooks.register("masthead_cacheable_urls")
def cacheable_url_names():
    return CACHEABLE_URL_NAMES


@hooks.register("masthead_mirror_dependents")
def feeds_showing(page, kind):
    """Return the feed and sitemap paths a change to `page` of `kind` touches."""
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


def _path(url):
    parts = urlsplit(url)
    return unquote(parts.path) + (f"?{parts.query}" if parts.query else "")
