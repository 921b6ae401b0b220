"""Bake every published page, at each path it is cached at, with its copies.

Pages behind a password or a login are never baked; their files, if any were kept
before the restriction, are deleted.
"""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from masthead.mirror.baking import bake, mirror_enabled, page_store
from masthead.mirror.dependents import page_paths
from masthead.mirror.hooks import with_copies


class Command(BaseCommand):
    help = (
        "Render every published page into the baked pages folder, and delete the "
        "files of those behind a password or a login (after a deployment, or "
        "`masthead rerender_comments`)."
    )

    def handle(self, *args, **options):
        if not mirror_enabled():
            raise CommandError("MASTHEAD_MIRROR is off: there is no folder to bake to.")
        # Below the tree's root, which is no one's page.
        pages = Page.objects.live().filter(depth__gt=1)
        purge_restricted(pages.not_public())
        published = pages.public().order_by("path")
        written = bake(all_paths(published))
        # A page is baked at each of its addresses, with the copies outputs register.
        self.stdout.write(
            f"{published.count()} published pages baked as {len(written)} files"
        )


def all_paths(pages):
    return with_copies([path for page in pages.specific() for path in page_paths(page)])


def purge_restricted(pages):
    """Delete the files of pages behind a restriction (kept before it was set)."""
    store = page_store()
    for path in all_paths(pages):
        store.purge(path)
