"""Purge what a change makes stale, tell the CDN, and bake the pages again.

The purge happens at once (deleting a few files), so the next reader is never
shown the old page; baking again is the slow part and runs in a task when
`MASTHEAD_MIRROR_TASKS` names a task backend, or right after the commit otherwise.
Until it is done, readers get the page from Django, which keeps it (baking.py).
"""

import logging
import threading
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.encoding import iri_to_uri
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import get_backends

from .baking import bake, mirror_enabled, page_store
from .dependents import Change

logger = logging.getLogger(__name__)
_pending = threading.local()


def active():
    """Return whether anything listens: baked pages, or a CDN to purge."""
    return mirror_enabled() or bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def refresh_on_commit(change):
    """Purge and re-bake `change` once the current transaction commits.

    Changes made in one transaction (an import of many articles, the demo) are
    gathered and handled once, so a shared listing is baked once, not per article.
    A change of a transaction that rolled back is handled with the next one: a
    purge too many, never one too few.
    """
    if not hasattr(_pending, "changes"):
        _pending.changes = []
    _pending.changes.append(change)
    transaction.on_commit(_refresh_pending)


def _refresh_pending():
    changes, _pending.changes = getattr(_pending, "changes", []), []
    if changes:
        refresh(sum(changes, Change()).unique())


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
    paths = [*change.paths, *change.trees]
    urls = [settings.SITE_URL + iri_to_uri(path) for path in paths]
    host = urlsplit(settings.SITE_URL).netloc
    for name, backend in backends.items():
        if not backend.invalidates_hostname(host):
            continue
        try:
            backend.purge_batch(list(dict.fromkeys(urls)))
        except Exception:
            # The decision is committed; a CDN that is down must not undo the answer.
            logger.exception("Frontend cache %s could not purge %s", name, urls)


BAKE_PRIORITY = 10


def schedule_bake(paths):
    backend = getattr(settings, "MASTHEAD_MIRROR_TASKS", "")
    if not paths or not mirror_enabled():
        return
    try:
        if backend:
            # Ahead of queued triage, so a decision reaches the baked page first.
            bake_pages.using(backend=backend, priority=BAKE_PRIORITY).enqueue(
                list(paths)
            )
        else:
            bake_pages.call(list(paths))
    except Exception:
        # Purged already: readers get the page from Django until it is baked again.
        logger.exception("Baking %s again failed", paths)


@task()
def bake_pages(paths):
    """Bake `paths` again; return how many were written."""
    return len(bake(paths))
