"""The feeds' places in the site: robots.txt and sitemaps at the root, a link to
the page's feeds in every head, and the RSS link under every listing."""

from wagtail import hooks

from masthead.core.paths import UnprefixedPath
from masthead.core.pieces import template_piece

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
