from django import template

from masthead.sharing.links import share_links

register = template.Library()


@register.inclusion_tag("sharing/share_links.html")
def share_links_for(title, url):
    return {"links": share_links(title, url)}
