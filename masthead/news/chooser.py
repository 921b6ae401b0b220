"""The image chooser offers the pictures of the edition being edited first."""

import re
from urllib.parse import urlsplit

from django.db.models import Case, IntegerField, Value, When
from django.utils import translation
from wagtail.models import Page

from .pictures import edition_collection_id

# The editor pages the chooser opens from: editing a page, or adding one under a parent.
EDITOR_PATH = re.compile(r"/pages/(?:(\d+)/edit|add/\w+/\w+/(\d+))/")


def editing_language(request):
    """Return the language of the page whose editor opened the chooser.

    The chooser's own URL does not name the page, so the editor's address (Referer)
    does; without it, the editor's interface language is the best guess.
    """
    match = EDITOR_PATH.search(urlsplit(request.headers.get("Referer", "")).path)
    page_id = match and (match.group(1) or match.group(2))
    if page_id:
        page = Page.objects.filter(pk=page_id).select_related("locale").first()
        if page:
            return page.locale.language_code
    return translation.get_language()


def edition_pictures_first(images, request):
    """Order `images` with the edition's collection first, newest first within."""
    collection_id = edition_collection_id(editing_language(request))
    if collection_id is None:
        return images
    other_edition = Case(
        When(collection_id=collection_id, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return images.alias(other_edition=other_edition).order_by(
        "other_edition", "-created_at"
    )
