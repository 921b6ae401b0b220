"""The lead picture of an import: fetched, checked to be an image, then stored.

Fetching happens before the import's transaction opens, so no database lock is held
while a slow server answers; storing happens inside it, and the importer deletes what
was stored if the transaction then fails.
"""

import hashlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image as PILImage

from masthead.news.models import NewsImage
from masthead.news.pictures import picture_language

from .downloads import TooLarge, download
from .errors import invalid

DOWNLOAD_TIMEOUT = 20  # seconds, for each connect and read
DOWNLOAD_DEADLINE = 120  # seconds, for the whole picture
# Pillow's name for a format -> the extension Wagtail accepts for it.
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "AVIF": "avif"}
UNREADABLE = (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError)


@dataclass
class FetchedImage:
    data: bytes
    filename: str


def fetch_picture(picture, base_dir):
    """Return the picture's bytes, from a path inside `base_dir` or an allowed URL."""
    parts = urlsplit(picture.href)
    if parts.scheme in {"http", "https"}:
        data = _download(picture)
    elif parts.scheme in {"", "file"}:
        data = _read_local(picture, _inside(picture, base_dir, unquote(parts.path)))
    else:
        message = _("cannot fetch %(href)r: use a relative path or an http(s) URL")
        raise invalid(picture.field, message % {"href": picture.href})
    extension = _image_extension(picture, data)
    stem = slugify(PurePosixPath(unquote(parts.path)).stem)[:60] or "image"
    return FetchedImage(data, f"{stem}.{extension}")


def store_image(
    fetched, picture, fallback_title, written, current=None, collection=None
):
    """Return the NewsImage for the bytes, reusing `current` or another image with
    the same content; the name of a file newly written to storage goes in `written`.

    A new picture goes in `collection`, its edition's. A picture another edition's
    collection holds keeps its words, which are in that edition's language.
    """
    digest = hashlib.sha1(fetched.data, usedforsecurity=False).hexdigest()
    image = _same_content(digest, current)
    is_new = image is None
    if is_new:
        image = NewsImage(file_hash=digest, file_size=len(fetched.data))
        image.file = ImageFile(BytesIO(fetched.data), name=fetched.filename)
        if collection is not None:
            image.collection = collection
    elif collection is not None and _other_editions(image, collection):
        return image
    image.title = (picture.title or fallback_title)[:255]
    image.credit = picture.credit[:255]
    image.description = picture.alt[:255]
    image.save()
    if is_new:
        written.append(image.file.name)
    return image


def _other_editions(image, collection):
    return image.collection_id != collection.pk and picture_language(image) is not None


def _same_content(digest, current):
    # Images uploaded through the admin may not have their hash yet; the article's
    # own lead image is the one a re-import most often brings back.
    if current is not None and current.get_file_hash() == digest:
        return current
    return NewsImage.objects.filter(file_hash=digest).order_by("pk").first()


def delete_files(names):
    storage = NewsImage._meta.get_field("file").storage
    for name in names:
        storage.delete(name)


def _download(picture):
    limit = settings.MASTHEAD_IMPORT_IMAGE_MAX_BYTES
    try:
        return download(picture.href, DOWNLOAD_TIMEOUT, limit, DOWNLOAD_DEADLINE)
    except TooLarge:
        raise _too_large(picture) from None
    except (OSError, ValueError) as error:
        message = _("could not download %(url)s: %(reason)s")
        reason = getattr(error, "reason", None) or error
        values = {"url": picture.href, "reason": reason}
        raise invalid(picture.field, message % values) from None


def _inside(picture, base_dir, relative):
    """Return the file `relative` names in `base_dir`, refusing any way out of it:
    an absolute path, a ".." segment or a symbolic link that leads elsewhere."""
    folder = Path(base_dir).resolve()
    path = (folder / relative).resolve()
    if ".." in PurePosixPath(relative).parts or not path.is_relative_to(folder):
        message = _("%(href)r is not in the folder of the imported file")
        raise invalid(picture.field, message % {"href": picture.href})
    return path


def _read_local(picture, path):
    if not path.is_file():
        message = _("image file not found: %(path)s")
        raise invalid(picture.field, message % {"path": path})
    with path.open("rb") as handle:
        data = handle.read(settings.MASTHEAD_IMPORT_IMAGE_MAX_BYTES + 1)
    if len(data) > settings.MASTHEAD_IMPORT_IMAGE_MAX_BYTES:
        raise _too_large(picture)
    return data


def _too_large(picture):
    message = _("the image is larger than %(limit)d bytes")
    limit = settings.MASTHEAD_IMPORT_IMAGE_MAX_BYTES
    return invalid(picture.field, message % {"limit": limit})


def _image_extension(picture, data):
    try:
        with PILImage.open(BytesIO(data)) as image:
            image.verify()
            kind = image.format
    except UNREADABLE:
        message = _("not an image file: %(href)s")
        raise invalid(picture.field, message % {"href": picture.href}) from None
    if kind not in EXTENSIONS:
        message = _("unsupported image format %(format)s; use JPEG, PNG, GIF or WebP")
        raise invalid(picture.field, message % {"format": kind})
    return EXTENSIONS[kind]
