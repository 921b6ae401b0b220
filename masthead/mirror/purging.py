"""Purge what a change makes stale, tell the CDN, and bake the pages again.

Two tasks, queued in the MASTHEAD_MIRROR_TASKS backend in the transaction of the
change: `refresh_change` purges and tells the CDN, ahead of the queued triage;
`bake_change` renders the pages again, behind it. The editor's or moderator's
request neither renders pages nor calls the CDN, and a job that fails is tried
again (each step is safe to repeat). A worker runs the waiting jobs of each task
together, each page or URL once for all of them (core/batches.py). The purge
itself is also made as the change commits (this server's files, and the purge log
for the others), so readers on every server see the change before the job runs.
Without a task backend they run right after the commit, changes of one transaction
gathered so a shared listing is baked once. Until the page is baked again, readers
get it from Django, which keeps it (baking.py).
"""

import logging
import threading
from dataclasses import asdict

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils.encoding import iri_to_uri
from django_tasks import task
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import get_backends

from masthead.core.batches import runs_together
from masthead.core.tasks import drop_waiting_duplicates, enqueue_all_with_change

from .baking import bake, mirror_enabled, page_store
from .coherence import record_purge
from .dependents import Change

logger = logging.getLogger(__name__)
_pending = threading.local()


def active():
    """Return whether anything listens: baked pages, or a CDN to purge."""
    return mirror_enabled() or bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def refresh_on_commit(change):
    """Purge and re-bake `change`: queued with the current transaction, or run once
    it commits when there is no task backend.

    Without a queue, changes made in one transaction (an import of many articles,
    the demo) are gathered and handled once. A change of a transaction that rolled
    back is handled with the next one: a purge too many, never one too few.
    """
    backend = settings.MASTHEAD_MIRROR_TASKS
    if backend:
        if mirror_enabled():
            # Every server's files go as the change commits: this server's at once
            # (an unlink), the others' through the purge log they follow, so a
            # reader anywhere sees the change within a second, however long the
            # queue ahead of the job. The job purges everywhere once more (a page
            # rendered meanwhile from the data of before), tells the CDN and bakes
            # again; a log the database refuses here is logged, the job tries again.
            transaction.on_commit(purge_when_committed(change.unique()), robust=True)
        unique = asdict(change.unique())
        purge = refresh_change.using(backend=backend, priority=PURGE_PRIORITY)
        jobs = [(purge, [unique])]
        if change.paths and mirror_enabled():
            rebake = bake_change.using(backend=backend, priority=BAKE_PRIORITY)
            jobs.append((rebake, [unique]))
        enqueue_all_with_change(jobs)
        return
    if not hasattr(_pending, "changes"):
        _pending.changes = []
    _pending.changes.append(change)
    transaction.on_commit(_refresh_pending)


def purge_when_committed(change):
    """Return the commit hook that purges `change` everywhere.

    A named function, not a partial: Django names a robust hook that fails in its
    log line, and a partial has no name, so a database gone at that moment (a
    restart) turned the committed decision's answer into a 500.
    """

    def purge_everywhere_now():
        purge_everywhere(change)

    return purge_everywhere_now


def _refresh_pending():
    changes, _pending.changes = getattr(_pending, "changes", []), []
    if not changes:
        return
    change = sum(changes, Change()).unique()
    try:
        refresh(change)
    except DatabaseError:
        # The change is committed, and without a task queue nothing would try
        # again: the pages wait for their next purge (or are served by Django).
        logger.exception("Could not purge and bake again %s", change)


# The purge and the CDN's go ahead of queued triage, so readers and the CDN see a
# decision first. Baking again renders pages, and goes behind triage: the files
# are purged already and Django answers meanwhile, while a burst of decisions
# would otherwise keep the task workers rendering and the desk's triage waiting.
PURGE_PRIORITY = 10
BAKE_PRIORITY = -10


@task()
def refresh_change(change):
    """Purge the paths and trees of `change` everywhere and tell the CDN."""
    drop_waiting_duplicates(refresh_change, change)
    purge_change(Change(**change))


@task()
def bake_change(change):
    """Bake the pages of `change` again.

    The same change queued again meanwhile (more decisions on one article) is done
    by this job: each would render the same pages, and a burst of decisions would
    keep the workers busy for minutes.
    """
    drop_waiting_duplicates(bake_change, change)
    if mirror_enabled():
        bake(Change(**change).paths)


@runs_together(refresh_change, gather=False)
def refresh_changes(arguments):
    """Purge the changes of many queued jobs at once (core/batches.py): one purge
    of their paths and trees, one call to the CDN. Without waiting for more: the
    CDN keeps serving the old page until this runs."""
    purge_change(merged(arguments))
    return [None] * len(arguments)


@runs_together(bake_change)
def bake_changes(arguments):
    """Bake the pages of many queued changes at once, each page once: decisions on
    many articles in a burst share the fronts above them, which were baked again
    for each decision."""
    if mirror_enabled():
        bake(merged(arguments).paths)
    return [None] * len(arguments)


def merged(arguments):
    """Return the one Change the changes of many jobs' arguments make."""
    return sum((Change(**change) for change, *_rest in arguments), Change()).unique()


def refresh(change):
    """Purge the change's files and CDN copies; bake its pages again."""
    purge_change(change)
    if change.paths and mirror_enabled():
        bake(change.paths)


def purge_change(change):
    if mirror_enabled():
        purge_everywhere(change)
    purge_cdn(change)


def purge_everywhere(change):
    """Purge the change's baked files here, and log it for every other server.

    A log the database does not take fails the job, which is tried again: the
    other servers would otherwise keep the stale pages until their next purge.
    """
    store = purge_here(change)
    record_purge(store, change.paths, change.trees)


def purge_here(change):
    """Purge the change's baked files from this server's folder; return the store."""
    store = page_store()
    for tree in change.trees:
        store.purge_tree(tree)
    for path in change.paths:
        store.purge(path)
    return store


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
    # Wagtail's task body, called here: queued, it would run at once on the default
    # backend and only log a CDN that fails; here the failure fails this job, which
    # is tried again.
    purge_urls_from_cache_task.call(list(dict.fromkeys(urls)))
