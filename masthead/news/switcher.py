"""The edition switcher: one link per edition, to this page's translation there or
else to that edition's home."""

from wagtail.models import Site

from masthead.core.editions import EDITIONS, EditionLink

from .addresses import page_path
from .models import EditionHomePage


def edition_links(page=None):
    """Return an EditionLink for every edition that has a live home, in the
    registry's order."""
    current = getattr(page, "edition", None)
    targets = {home.edition.code: home for home in _live_homes()}
    targets.update(_translations_by_edition(page))
    roots = Site.get_site_root_paths()
    return [
        EditionLink(
            edition, page_path(targets[edition.code], roots), edition == current
        )
        for edition in EDITIONS
        if edition.code in targets
    ]


def _live_homes():
    return EditionHomePage.objects.live().public().select_related("locale")


def _translations_by_edition(page):
    translations = getattr(page, "translations", None)
    if translations is None:
        return {}
    found = {translation.edition.code: translation for translation in translations()}
    return {**found, page.edition.code: page}
