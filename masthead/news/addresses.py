"""A page's address in its own edition, worked out without making its language
active.

Wagtail reverses a page's URL with the page's language made active, and a language
once active stays in the process: its message catalogues and its own table of every
URL pattern (Django keeps one per language). An English page's edition switcher
made all ten resident in each server worker, about 15 MB with CLDR's names. Every
edition lives under its language prefix (masthead/urls.py), so a page's address is
that prefix and the page's path below its edition's root.
"""

from wagtail.models import Site


def page_path(page, roots=None):
    """Return the page's path on the site ("/ko/news/rail-link/").

    `roots` are Wagtail's `Site.get_site_root_paths()` (a cache read), when the
    caller has read them once for many pages. A page outside its edition's tree
    (none is, in an edition) gets Wagtail's URL.
    """
    root = _site_root(page, roots)
    if root is None:
        return page.url
    return _path_below(root, page)


def page_full_url(page, roots=None):
    """Return the page's address with the site's scheme and host."""
    root = _site_root(page, roots)
    if root is None:
        return page.full_url
    return root.root_url + _path_below(root, page)


def _path_below(root, page):
    return f"/{root.language_code}/{page.url_path[len(root.root_path) :]}"


def _site_root(page, roots):
    language = page.locale.language_code
    for root in Site.get_site_root_paths() if roots is None else roots:
        if root.language_code == language and page.url_path.startswith(root.root_path):
            return root
    return None
