"""Signal receivers that keep the search index up to date; wired in ready()."""

from wagtail.models import Page

from .indexing import index_page, reindex_subtree, remove_page, remove_subtree


def on_page_published(sender, instance, **kwargs):
    index_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    remove_page(instance)


def on_view_restriction_saved(sender, instance, **kwargs):
    remove_subtree(instance.page)


def on_view_restriction_deleted(sender, instance, **kwargs):
    # The page itself may be what is being deleted, taking its restriction with it.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        reindex_subtree(page)
