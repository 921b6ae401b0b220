from django import template

from masthead.feeds.links import feed_links

register = template.Library()


@register.simple_tag
def page_feed_links(page):
    """Return the FeedLinks of a page (none for pages outside the editions)."""
    return feed_links(page) if page else []


@register.simple_tag
def page_rss_link(page):
    """Return the RSS FeedLink of a listing page's own feed, or None.

    `feed_links` names a page's own listing first: the section's feed on a
    section page, the edition's on its home.
    """
    rss = [link for link in page_feed_links(page) if "rss" in link.mime_type]
    return rss[0] if rss else None
