from django import template

from masthead.feeds.links import feed_links

register = template.Library()


@register.simple_tag
def page_feed_links(page):
    """Return the FeedLinks of a page (none for pages outside the editions)."""
    return feed_links(page) if page else []
