"""Purge what a change makes stale, tell the CDN, and bake the pages again.

The purge happens at once (deleting a few files), so the next reader is never
shown the old page; telling the CDN (a call to its API) and baking again are the
slow part and run in tasks when `MASTHEAD_MIRROR_TASKS` names a task backend, or
right after the commit otherwise. Until then, readers get the page from Django,
which keeps it (baking.py).
"""

import logging
import threading

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils.encoding import iri_to_uri
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends

from masthead.core.tasks import enqueue_with_change

from .baking import bake, mirror_enabled, page_store
from .coherence import record_purge
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
        purge_everywhere(change)
    purge_cdn(change)
    schedule_bake(change.paths)


def purge_everywhere(change):
    """Purge the change's baked files here, and log it for every other server."""
    store = page_store()
    for tree in change.trees:
        store.purge_tree(tree)
    for path in change.paths:
        store.purge(path)
    try:
        record_purge(store, change.paths, change.trees)
    except DatabaseError:
        # The change is committed and purged here; the other servers' copies wait
        # for the next purge of these pages, or for the CDN's.
        logger.exception("Could not log the purge of %s for the other servers", change)


def purge_cdn(change):
    """Send the changed URLs to Wagtail's frontend cache backends (if configured).

    A whole tree is sent as its folder URL, which a backend that purges by prefix
    (or a CDN rule) widens. WAGTAILFRONTENDCACHE_LANGUAGES is empty: Wagtail would
    otherwise also purge each path under every other language prefix, and an
    edition's pages have paths of their own.
    """
    if not get_backends():
        return
    paths = [*change.paths, *change.trees]
    urls = [settings.SITE_URL + iri_to_uri(path) for path in paths]
    run_or_queue(purge_frontend_cache, list(dict.fromkeys(urls)))


BAKE_PRIORITY = 10


def schedule_bake(paths):
    if paths and mirror_enabled():
        run_or_queue(bake_pages, list(paths))


def run_or_queue(job, argument):
    """Queue `job` in the MASTHEAD_MIRROR_TASKS backend, or run it now without one.

    The decision is committed: a CDN that is down or a page that fails to render
    must not undo the answer. Purged already, the page comes from Django meanwhile.
    """
    backend = getattr(settings, "MASTHEAD_MIRROR_TASKS", "")
    try:
        if backend:
            # Ahead of queued triage, so a decision reaches the baked page first.
            queued = job.using(backend=backend, priority=BAKE_PRIORITY)
            enqueue_with_change(queued, argument)
        else:
            job.call(argument)
    except Exception:
        logger.exception("%s %s failed", job.name, argument)


@task()
def purge_frontend_cache(urls):
    """Purge `urls` from the CDNs in WAGTAILFRONTENDCACHE."""
    PurgeBatch(urls).purge()


@task()
def bake_pages(paths):
    """Bake `paths` again; return how many were written."""
    return len(bake(paths))
