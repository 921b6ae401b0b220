"""Bake every published article, section and edition home (and their lite copies)."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from masthead.mirror.baking import bake, mirror_enabled
from masthead.mirror.dependents import LITE_PREFIX, page_path
from masthead.news.models import ArticlePage, EditionHomePage, SectionPage


class Command(BaseCommand):
    help = (
        "Render every published article, section and edition home into the baked "
        "pages folder (after a deployment, or `masthead rerender_comments`)."
    )

    def handle(self, *args, **options):
        if not mirror_enabled():
            raise CommandError("MASTHEAD_MIRROR is off: there is no folder to bake to.")
        types = (ArticlePage, EditionHomePage, SectionPage)
        pages = Page.objects.live().public().type(*types).order_by("path")
        paths = [path for path in map(page_path, pages.specific()) if path]
        written = bake([*paths, *(LITE_PREFIX + path for path in paths)])
        self.stdout.write(f"{len(written)} pages baked of {len(paths)} published")
