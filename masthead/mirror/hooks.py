"""The mirror's extension points: Wagtail hooks that the apps whose answers it keeps
register in their own wagtail_hooks.py, so the mirror names none of them.

Among the outputs the mirror comes first: the others know these hook names (and
import nothing of the mirror), and it imports and names none of them, so each can
be left out of INSTALLED_APPS.

Wagtail pages need none of these: the mirror keeps any page it serves (unless it is
restricted or routed), and purges and bakes the paths of `Page.get_cached_paths()`.

- `masthead_cacheable_urls`: fn() -> URL names whose answers are the same for every
  reader, so the mirror may keep them (a view that is not a page).
- `masthead_mirror_dependents`: fn(page, kind) -> URL paths from the site root that
  also show `page` ("/en/feed.xml"), purged and baked again when it changes. `kind`
  is "article", "comments" (an article's approved comments), "section", "home",
  "policy" or "page" (any other page type).
- `masthead_page_copies`: fn(url_path) -> URL paths of other versions of the page
  at `url_path` (a copy behind a prefix of its own), purged and baked with it; also
  called for a folder ("/en/"), whose copies' folders are purged with it.
- `masthead_baked_headers`: fn(url_path) -> (name, value) pairs a baked answer at
  `url_path` is served with, in place of the front's own of the same name (a copy's
  Content-Security-Policy, an Onion-Location). Called once per answer kept in memory.
"""

from wagtail import hooks

CACHEABLE_URLS = "masthead_cacheable_urls"
MIRROR_DEPENDENTS = "masthead_mirror_dependents"
PAGE_COPIES = "masthead_page_copies"
BAKED_HEADERS = "masthead_baked_headers"


def cacheable_url_names():
    """Return the URL names every app lets the mirror keep."""
    return {name for names in _results(CACHEABLE_URLS) for name in names}


def dependent_paths(page, kind):
    """Return the URL paths other apps show `page` at."""
    return [path for paths in _results(MIRROR_DEPENDENTS, page, kind) for path in paths]


def with_copies(paths):
    """Return `paths` followed by every copy of each, duplicates dropped."""
    copies = [copy for path in paths for copy in copies_of(path)]
    return list(dict.fromkeys([*paths, *copies]))


def copies_of(url_path):
    return [copy for copies in _results(PAGE_COPIES, url_path) for copy in copies]


def baked_headers(url_path):
    """Return the headers apps add to (or change in) the baked answer at `url_path`."""
    return [
        header for headers in _results(BAKED_HEADERS, url_path) for header in headers
    ]


def _results(hook_name, *args):
    return [function(*args) for function in hooks.get_hooks(hook_name)]
