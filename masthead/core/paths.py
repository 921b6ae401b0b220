"""The paths served outside the editions' language prefixes.

Each app names its own in its wagtail_hooks.py, as the Wagtail hook
`masthead_unprefixed_paths`: a function returning `UnprefixedPath`s. Core lists only
the ones Django and Wagtail serve for it, so it never names an app further down.
"""

from typing import NamedTuple

from wagtail import hooks


class UnprefixedPath(NamedTuple):
    prefix: str
    # A page readers and crawlers may fetch (another form of the editions' pages, a
    # sitemap, a stylesheet); the others (the desk, the API, form endpoints) are not.
    for_readers: bool = False
    # Answered in JSON, refusals included, for programs rather than browsers.
    speaks_json: bool = False


CORE_PATHS = (
    UnprefixedPath("/admin/"),
    UnprefixedPath("/static/", for_readers=True),
    UnprefixedPath("/media/", for_readers=True),
)


def unprefixed_paths():
    """Return every registered path outside the editions, core's first."""
    paths = list(CORE_PATHS)
    for registered in hooks.get_hooks("masthead_unprefixed_paths"):
        paths.extend(registered())
    return paths


def unprefixed_prefixes():
    """Return the prefixes of every path outside the editions, for str.startswith."""
    return tuple(path.prefix for path in unprefixed_paths())


def json_prefixes():
    """Return the prefixes outside the editions whose answers are JSON."""
    return tuple(path.prefix for path in unprefixed_paths() if path.speaks_json)


def private_prefixes():
    """Return the prefixes outside the editions that are not readers' pages."""
    return tuple(path.prefix for path in unprefixed_paths() if not path.for_readers)
