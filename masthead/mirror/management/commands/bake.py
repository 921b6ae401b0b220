"""Bake every published article, section and edition home (and their lite copies).

Pages behind a password or a login are never baked; their files, if any were kept
before the restriction, are deleted.
"""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from masthead.mirror.baking import bake, mirror_enabled, page_store
from masthead.mirror.dependents import LITE_PREFIX, page_path
from masthead.news.models import ArticlePage, EditionHomePage, SectionPage


class Command(BaseCommand):
    help = (
        "Render every published article, section and edition home into the baked "
        "pages folder, and delete the files of those behind a password or a login "
        "(after a deployment, or `masthead rerender_comments`)."
    )

    def handle(self, *args, **options):
        if not mirror_enabled():
            raise CommandError("MASTHEAD_MIRROR is off: there is no folder to bake to.")
        pages = Page.objects.live().type(ArticlePage, EditionHomePage, SectionPage)
        purge_restricted(pages.not_public())
        paths = with_lite(pages.public().order_by("path"))
        written = bake(paths)
        self.stdout.write(f"{len(written)} pages baked of {len(paths) // 2} published")


def with_lite(pages):
    paths = [path for path in map(page_path, pages.specific()) if path]
    return [*paths, *(LITE_PREFIX + path for path in paths)]


def purge_restricted(pages):
    """Delete the files of pages behind a restriction (kept before it was set)."""
    store = page_store()
    for path in with_lite(pages):
        store.purge(path)
