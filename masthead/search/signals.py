"""Signal receivers that index articles as they are published; wired in ready()."""

from .indexing import index_page, remove_page


def on_page_published(sender, instance, **kwargs):
    index_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    remove_page(instance)
