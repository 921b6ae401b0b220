"""Render a URL through the site's own stack, as an anonymous reader's GET, and keep it.

Like a static export that calls the site's views, there is no second renderer: a
baked page is byte for byte what Django answers. Two ways in:

- `bake(paths)`: render now (after an editor's or moderator's decision, or
  `masthead bake`), for the pages a decision changed;
- `MirrorHandler`: Django's WSGI handler, which keeps a page it has just answered
  when it may be kept (a Wagtail page, marked by a hook, or a view another app names
  in the `masthead_cacheable_urls` hook), so the first reader after a purge renders
  it for everyone else.

A page may be kept only when it is the same for everyone: a plain GET without a
query string, a 200 answer that sets no cookie, does not vary by cookie and is not
marked `private` or `no-store`.
"""

import io
import logging
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.utils import translation

from masthead.core.staticfiles import static_files_collected

from .hooks import cacheable_url_names
from .store import PageStore

logger = logging.getLogger(__name__)
BAKEABLE_TYPES = (
    "text/html",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
)


def mirror_root():
    """Return the folder of baked pages: MASTHEAD_MIRROR_ROOT, or one in the data."""
    return settings.MASTHEAD_MIRROR_ROOT or settings.DATA_DIR / "mirror"


def page_store():
    """Return the store of baked pages named by the settings."""
    return PageStore(mirror_root())


def mirror_enabled():
    return bool(getattr(settings, "MASTHEAD_MIRROR", True))


def mark_bakeable(request):
    """Say that the answer to `request` is the same for every reader and may be kept.

    Wagtail pages are marked by a hook (wagtail_hooks.py); another app's views are
    named in its `masthead_cacheable_urls` hook, and the paths that a page's change
    makes stale in its `masthead_mirror_dependents` hook (hooks.py).
    """
    request.mirror_bakeable = True


def marked(request):
    """Return whether the answer may be kept: a marked page, or a view an app named."""
    if getattr(request, "mirror_bakeable", False):
        return True
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name in cacheable_url_names()


def keepable(request, response):
    """Return whether an answer may be served to every reader from a file."""
    if request.method != "GET" or not marked(request):
        return False
    if request.META.get("QUERY_STRING") or response.status_code != 200:
        return False
    # Compressed for one reader (gzip_page): the store compresses its own copies.
    if (
        response.cookies
        or response.streaming
        or response.has_header("Content-Encoding")
    ):
        return False
    # An answer for one reader only (a page behind a password or a login, whose
    # views Wagtail marks so) is never kept, whatever the view said.
    cache_control = response.get("Cache-Control", "").lower()
    if "private" in cache_control or "no-store" in cache_control:
        return False
    vary = response.get("Vary", "").lower()
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    return "cookie" not in vary and content_type in BAKEABLE_TYPES


def keep(request, response, stamp_ns, quick=False):
    """Write a keepable answer to the store; return whether it was written.

    `quick` when a reader waits for the answer: it is compressed quickly, and the
    bake job queued with the change writes it again at its smallest.
    """
    if not mirror_enabled() or not keepable(request, response):
        return False
    content_type = response["Content-Type"].split(";")[0].strip()
    if content_type != "text/html":
        content_type = "application/xml"
    return page_store().write(
        request.path, response.content, content_type, stamp_ns, quick=quick
    )


class MirrorHandler(WSGIHandler):
    """Django's WSGI handler, keeping each bakeable page it answers."""

    def get_response(self, request):
        stamp_ns = time.time_ns()
        response = super().get_response(request)
        try:
            keep(request, response, stamp_ns, quick=True)
        except OSError:
            # A full disk must not cost the reader the page: it is simply not kept.
            logger.exception("Could not keep %s in the mirror", request.path)
        return response


def anonymous_environ(url_path):
    """Return the WSGI environ of a cookieless GET of `url_path` on the public site."""
    site = urlsplit(settings.SITE_URL)
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": url_path.encode("utf-8").decode("latin-1"),
        "SCRIPT_NAME": "",
        "QUERY_STRING": "",
        "SERVER_NAME": site.hostname or "localhost",
        "SERVER_PORT": str(site.port or (443 if site.scheme == "https" else 80)),
        "HTTP_HOST": site.netloc,
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": site.scheme or "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": io.StringIO(),
    }


_handler = None


def bake(paths):
    """Render each URL path as a reader would and keep the bakeable ones.

    Return the paths written. Called after the decision's transaction committed, so
    each rendering sees it; request signals are not sent, so the caller's database
    connection is left as it was.
    """
    global _handler
    if not mirror_enabled() or not static_files_collected():
        # Before `collectstatic` every page would fail; readers bake them later.
        return []
    if _handler is None:
        _handler = MirrorHandler()
    # Each page switches to its edition's language; the caller keeps its own.
    # Addresses with a query string (numbered sitemap pages) are never kept.
    plain = [path for path in dict.fromkeys(paths) if "?" not in path]
    with translation.override(translation.get_language()):
        return [path for path in plain if _bake_one(path)]


def _bake_one(path):
    stamp_ns = time.time_ns()
    request = WSGIRequest(anonymous_environ(path))
    response = WSGIHandler.get_response(_handler, request)
    if response.status_code not in (200, 301, 302, 404):
        # Most likely SITE_URL's host is not in ALLOWED_HOSTS: nothing gets baked.
        logger.warning("Baking %s was answered %s", path, response.status_code)
    return keep(request, response, stamp_ns)
