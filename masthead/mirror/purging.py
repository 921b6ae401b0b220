"""Purge what a change makes stale, tell the CDN, and bake the pages again.

The purge happens at once (deleting a few files), so the next reader is never
shown the old page; baking again is the slow part and runs in a task when
`MASTHEAD_MIRROR_TASKS` names a task backend, or right after the commit otherwise.
Until it is done, readers get the page from Django, which keeps it (baking.py).
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import get_backends

from .baking import bake, mirror_enabled, page_store

logger = logging.getLogger(__name__)


def active():
    """Return whether anything listens: baked pages, or a CDN to purge."""
    return mirror_enabled() or bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def refresh_on_commit(change):
    """Purge and re-bake `change` once the current transaction commits."""
    transaction.on_commit(lambda: refresh(change))


def refresh(change):
    """Purge the change's files and CDN copies now; bake its pages again."""
    if mirror_enabled():
        store = page_store()
        for tree in change.trees:
            store.purge_tree(tree)
        for path in change.paths:
            store.purge(path)
    purge_cdn(change)
    schedule_bake(change.paths)


def purge_cdn(change):
    """Send the changed URLs to Wagtail's frontend cache backends (if configured).

    The backends are called directly: Wagtail's own helper would also purge each
    path under every other language prefix, and an edition's pages have paths of
    their own. A whole tree is sent as its folder URL, which a backend that purges
    by prefix (or a CDN rule) widens.
    """
    backends = get_backends()
    urls = [settings.SITE_URL + path for path in [*change.paths, *change.trees]]
    host = urlsplit(settings.SITE_URL).netloc
    for name, backend in backends.items():
        if not backend.invalidates_hostname(host):
            continue
        try:
            backend.purge_batch(list(dict.fromkeys(urls)))
        except Exception:
            # The decision is committed; a CDN that is down must not undo the answer.
            logger.exception("Frontend cache %s could not purge %s", name, urls)


def schedule_bake(paths):
    backend = getattr(settings, "MASTHEAD_MIRROR_TASKS", "")
    if not paths or not mirror_enabled():
        return
    try:
        if backend:
            bake_pages.using(backend=backend).enqueue(list(paths))
        else:
            bake_pages.call(list(paths))
    except Exception:
        # Purged already: readers get the page from Django until it is baked again.
        logger.exception("Baking %s again failed", paths)


@task()
def bake_pages(paths):
    """Bake `paths` again; return how many were written."""
    return len(bake(paths))
