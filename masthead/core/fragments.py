"""Parts of a page that stay the same from one render to the next, kept in memory.

An article's head tags, header, body, credits and footer change only when something
is published, moved or deleted, or when a person, picture or setting they show is
saved. Rendering them again for every reader costs most of a page's time (links to
every translation, renditions, JSON-LD, the byline), so `{% kept %}` keeps each
rendered part in the process's own memory, under a key that names the page, its
live revision, the language, the host and the *content generation*.

The generation is one value in the shared cache that every such change replaces
(`content_changed`), so every process on every server stops using its kept parts
at once; a part that nobody asks for again leaves memory with its timeout or the
cache's size limit. Each process reads the generation once per request.

Only pages that say their parts depend on nothing else (`keeps_fragments = True`)
are kept, and never a preview: a preview shows a revision that is not live.
"""

import secrets

from django.core.cache import InvalidCacheBackendError, caches
from django.db import transaction
from django.utils import translation

FRAGMENTS = "fragments"
GENERATION_KEY = "masthead:content-generation"
# A generation lives as long as nothing changes; a week is only the cache's bound.
GENERATION_SECONDS = 7 * 24 * 3600
KEPT_SECONDS = 3600


def content_generation(request):
    """Return the content generation, read once per request."""
    if not hasattr(request, "_masthead_content_generation"):
        request._masthead_content_generation = generation(GENERATION_KEY)
    return request._masthead_content_generation


def generation(key):
    """Return the generation kept under `key` in the shared cache."""
    shared = caches["default"]
    value = shared.get(key)
    if value is None:
        # The first reader after a flush starts one; a change made meanwhile
        # replaces it with `set`, and `add` never overwrites that.
        shared.add(key, secrets.token_hex(8), GENERATION_SECONDS)
        value = shared.get(key, "")
    return value


def content_changed(*args, **kwargs):
    """Start a new content generation: every kept part on every server is stale.

    Connected to the signals of whatever a kept part shows; takes any arguments.
    """
    new_generation(GENERATION_KEY)


def new_generation(key):
    """Replace the generation under `key` now, and again when the change commits.

    The first makes the change show at once in its own transaction; the second
    drops what a reader kept meanwhile from the data as it was before the commit.
    """

    def replace():
        caches["default"].set(key, secrets.token_hex(8), GENERATION_SECONDS)

    replace()
    transaction.on_commit(replace)


def forget_kept_parts(**kwargs):
    """Drop this process's kept parts. Connected to Django's setting_changed, which
    only tests send: in production a new setting comes with a restart."""
    try:
        caches[FRAGMENTS].clear()
    except InvalidCacheBackendError:
        pass  # a test's CACHES without this one: nothing kept to drop


def settings_changed(sender, created=False, **kwargs):
    """Start a new generation when settings are saved, but not when the first page
    rendered creates their row with its defaults: nothing shown changed."""
    if not created:
        content_changed()


def fragment_key(request, page, name):
    """Return the key of part `name` of `page` for this request, or None when the
    part must be rendered afresh (no page that keeps parts, a preview, no request)."""
    if request is None or not getattr(page, "keeps_fragments", False):
        return None
    if getattr(request, "is_preview", False) or page.pk is None:
        return None
    return ":".join(
        (
            "kept",
            name,
            str(page.pk),
            str(page.live_revision_id),
            translation.get_language() or "",
            request.get_host(),
            content_generation(request),
        )
    )


def kept(key, render):
    """Return the part kept under `key`, rendering and keeping it when missing."""
    if key is None:
        return render()
    store = caches[FRAGMENTS]
    html = store.get(key)
    if html is None:
        html = render()
        store.set(key, html, KEPT_SECONDS)
    return html
