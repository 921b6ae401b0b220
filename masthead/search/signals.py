"""Signal receivers that keep the search index up to date; wired in ready().

A failure to index never stops an editor from publishing: it is logged, and
`masthead rebuild_search` puts the index right.
"""

import logging

from django.db import transaction
from wagtail.models import Page

from . import indexing

logger = logging.getLogger(__name__)


def on_page_published(sender, instance, **kwargs):
    _safely(indexing.index_page, instance)


def on_page_unpublished(sender, instance, **kwargs):
    _safely(indexing.remove_page, instance)


def on_view_restriction_saved(sender, instance, **kwargs):
    _safely(indexing.remove_subtree, instance.page)


def on_view_restriction_deleted(sender, instance, **kwargs):
    # The page itself may be what is being deleted, taking its restriction with it.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _safely(indexing.reindex_subtree, page)


def _safely(update, page):
    try:
        # A savepoint, so a failed statement leaves the editor's transaction usable.
        with transaction.atomic():
            update(page)
    except Exception:
        logger.exception(
            "Search index not updated for page %s; run `masthead rebuild_search`.",
            page.pk,
        )
