"""Signal receivers that keep the search index up to date; wired in ready().

Each queues its index update as a task with the editor's change, so publishing
never waits on the index and a failed update is tried again (each is safe to
repeat: it reads the page as it is when it runs). `masthead rebuild_search` puts
the whole index right.
"""

from django_tasks import task
from wagtail.models import Page

from masthead.core.tasks import enqueue_with_change

from . import indexing

TASK_BACKEND = "comments"


def on_page_published(sender, instance, **kwargs):
    enqueue_with_change(index_page, instance.pk)


def on_page_unpublished(sender, instance, **kwargs):
    enqueue_with_change(index_page, instance.pk)


def on_view_restriction_saved(sender, instance, **kwargs):
    enqueue_with_change(remove_subtree, instance.page.path)


def on_view_restriction_deleted(sender, instance, **kwargs):
    enqueue_with_change(reindex_subtree, instance.page_id)


@task(backend=TASK_BACKEND)
def index_page(page_id):
    """Index the page as it is now: a live, public article, or nothing."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return "gone"  # deleting a page deletes its document with it
    indexing.index_page(page)
    return "indexed"


@task(backend=TASK_BACKEND)
def remove_subtree(path):
    """Remove the pages at or under the tree `path` from the index."""
    indexing.remove_pages_under(path)


@task(backend=TASK_BACKEND)
def reindex_subtree(page_id):
    # The page itself may be what is being deleted, taking its restriction with it.
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        indexing.reindex_subtree(page)
