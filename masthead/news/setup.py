"""Create what an edition needs: its locale, picture collection, home and sections.

Used by the demo, the ninjs importer and tests, so every edition is built one way:
the home pages of all editions are translations of the default edition's home, which
is the site's root page, and so Wagtail serves each under its language prefix.
"""

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from masthead.core.editions import get_edition

from .models import EditionHomePage, SectionPage
from .pictures import ensure_edition_collection


def _default_home():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root_page = site.root_page.specific if site else None
    if isinstance(root_page, EditionHomePage):
        return root_page
    return _create_default_home(site)


def _create_default_home(site):
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    tree_root = Page.get_first_root_node()
    home = tree_root.add_child(instance=_new_home(settings.LANGUAGE_CODE, locale))
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        placeholder = site.root_page
        site.root_page = home
        site.save()
        if placeholder.depth == 2 and not placeholder.get_children().exists():
            placeholder.delete()
    return home


def _new_home(code, locale, translation_key=None):
    edition = get_edition(code)
    home = EditionHomePage(
        title=f"{settings.WAGTAIL_SITE_NAME} {edition.native_name}",
        slug=f"home-{code}",
        locale=locale,
    )
    if translation_key:
        home.translation_key = translation_key
    return home


@transaction.atomic
def ensure_edition(code):
    """Return the live home page of the edition `code`, creating what is missing."""
    edition = get_edition(code)
    default_home = _default_home()
    locale, _ = Locale.objects.get_or_create(language_code=edition.code)
    ensure_edition_collection(locale)
    existing = EditionHomePage.objects.filter(
        translation_key=default_home.translation_key, locale=locale
    ).first()
    if existing:
        return existing
    home = _new_home(edition.code, locale, default_home.translation_key)
    Page.get_first_root_node().add_child(instance=home)
    # Published as the admin does, so whatever follows publishing (the baked
    # pages' switcher) learns of the new edition.
    home.save_revision().publish()
    return home


@transaction.atomic
def ensure_section(home, title, slug=None):
    """Return the section of an edition with this slug, creating it when missing."""
    slug = slug or slugify(title, allow_unicode=True) or "section"
    existing = SectionPage.objects.child_of(home).filter(slug=slug).first()
    if existing:
        return existing
    section = SectionPage(
        title=title, slug=slug, locale=home.locale, show_in_menus=True
    )
    return home.add_child(instance=section)


def configure_site(hostname, port):
    """Point the default site at the address the server answers on; return it."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = hostname, port
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    return site
