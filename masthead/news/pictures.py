"""Pictures per edition: each edition's collection, and the credit a page may print.

A picture's credit is written in one language. It belongs to the edition whose
collection holds the picture, and another edition's page prints its own credit
(the article's or the body block's) instead, never a credit in another language.
"""

from django.db import transaction
from wagtail.models import Collection

from masthead.core.editions import get_edition

from .models.images import EditionCollection


@transaction.atomic
def ensure_edition_collection(locale):
    """Return the collection of the edition `locale`, creating it when missing."""
    link = EditionCollection.objects.filter(locale=locale).first()
    if link:
        return link.collection
    name = get_edition(locale.language_code).native_name
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is None or hasattr(collection, "edition"):
        collection = root.add_child(instance=Collection(name=name))
    EditionCollection.objects.create(locale=locale, collection=collection)
    return collection


def edition_collection_id(language_code):
    """Return the id of the collection of the edition `language_code`, or None."""
    return (
        EditionCollection.objects.filter(locale__language_code=language_code)
        .values_list("collection_id", flat=True)
        .first()
    )


def picture_language(image):
    """Return the language code of the edition whose collection holds `image`."""
    return (
        EditionCollection.objects.filter(collection_id=image.collection_id)
        .values_list("locale__language_code", flat=True)
        .first()
    )


def picture_credit(image, language_code, own_credit=""):
    """Return the credit to print under `image` on a page in `language_code`.

    The page's own credit comes first. The picture's credit is used only when the
    picture is not another edition's: a picture of no edition (a shared agency
    picture, say) keeps its credit rather than lose its attribution.
    """
    if own_credit or not image.credit:
        return own_credit
    language = picture_language(image)
    return image.credit if language in (None, language_code) else ""
