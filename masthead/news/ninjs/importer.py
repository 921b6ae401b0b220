"""Import one ninjs file as a published article, or, when asked to update, publish
a new revision of the article that came from the same ninjs `uri` (or lives at that
URL on this site), where it already is in the page tree.

A file is read, validated and its picture fetched before anything is written; the
writing then happens in one transaction, so a failure leaves no half article behind,
and image files stored by a failed import are deleted again.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override

from masthead.news.models import ArticleAuthor, ArticleCredit, ArticlePage
from masthead.news.pictures import ensure_edition_collection
from masthead.news.setup import ensure_edition, ensure_section

from .errors import ImportFailure, invalid
from .images import delete_files, fetch_picture, store_image
from .lookup import find_article
from .people import find_or_create_person
from .reading import read_story
from .schema import validate

DEFAULT_SECTION_SLUG = "news"
SLUG_LIMIT = 80
# A model field that fails validation -> the ninjs field the person should fix.
NINJS_FIELD = {
    "title": "headlines",
    "slug": "headlines",
    "standfirst": "descriptions",
    "body": "bodies",
    "lead_caption": "associations",
    "external_uri": "uri",
}


@dataclass
class ImportResult:
    article: ArticlePage
    created: bool


def import_file(path, update=False):
    """Import the ninjs file at `path`; raise ImportFailure naming it on bad input.

    An article with the same uri is replaced only with `update`.
    """
    path = Path(path)
    try:
        document = load_document(path)
        return import_document(document, base_dir=path.parent, update=update)
    except ImportFailure as failure:
        failure.file = failure.file or str(path)
        raise


def load_document(path):
    """Return the parsed, schema-valid ninjs document stored at `path`."""
    try:
        # utf-8-sig also reads the byte-order mark some Windows editors write.
        document = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as error:
        message = _("cannot read the file: %(reason)s")
        raise invalid(None, message % {"reason": error.strerror or error}) from None
    except UnicodeDecodeError:
        raise invalid(None, _("the file is not UTF-8 text")) from None
    except json.JSONDecodeError as error:
        raise invalid(
            None, _("not valid JSON: %(reason)s") % {"reason": error}
        ) from None
    validate(document)
    return document


def import_document(document, base_dir, update=False):
    """Import a schema-valid document; its picture files must be in `base_dir`."""
    story = read_story(document)
    # Refuse a replacement before fetching anything; checked again when writing.
    _check_replaceable(_existing(story.uri), update)
    fetched = fetch_picture(story.picture, base_dir) if story.picture else None
    written = []
    try:
        with transaction.atomic():
            return _write(story, fetched, written, update)
    except ValidationError as error:
        delete_files(written)
        raise _failure_from(error) from None
    except BaseException:
        delete_files(written)
        raise


def _write(story, fetched, written, update):
    article = _existing(story.uri)
    _check_replaceable(article, update)
    created = article is None
    if created:
        home = ensure_edition(story.edition)
        section = _section(home, story)
        article = ArticlePage(
            locale=home.locale,
            slug=_free_slug(section, story.title),
            external_uri=story.uri,
        )
    else:
        article = _prepare_update(article, story)
    current_image = None if created else article.lead_image
    _apply(article, story)
    if fetched:
        collection = ensure_edition_collection(article.locale)
        article.lead_image = store_image(
            fetched, story.picture, story.title, written, current_image, collection
        )
    if created:
        section.add_child(instance=article)
    _publish(article, story, created)
    return ImportResult(article, created)


def _section(home, story):
    if story.section:
        title, slug = story.section
        return ensure_section(home, title, slug)
    with override(story.edition):
        title = _("News")
    return ensure_section(home, title, DEFAULT_SECTION_SLUG)


def _existing(uri):
    article = ArticlePage.objects.filter(external_uri=uri).first()
    if article is None and uri.startswith(("http://", "https://")):
        article = find_article(uri)
    return article


def _check_replaceable(article, update):
    if article is None or update:
        return
    message = _(
        "an article with this uri already exists: %(title)r (page %(id)s, "
        "%(url)s); import with --update to replace it"
    )
    values = {"title": article.title, "id": article.pk, "url": article.url}
    raise invalid("uri", message % values)


def _prepare_update(article, story):
    """Return the article to replace, refusing another edition.

    It stays where it is in the page tree: an editor may have moved it, and its
    address is already linked to; the file's section only places new articles.
    """
    if article.locale.language_code != story.edition:
        message = _(
            "the article with this uri is in the %(edition)s edition; "
            "an import cannot move it to another"
        )
        raise invalid("language", message % {"edition": article.locale.language_code})
    return article


def _free_slug(section, title):
    base = slugify(title, allow_unicode=True)[:SLUG_LIMIT].strip("-") or "article"
    taken = set(section.get_children().values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _apply(article, story):
    article.title = story.title
    article.standfirst = story.standfirst
    article.body = story.body
    article.lead_image = None
    article.lead_caption = story.picture.caption if story.picture else ""
    # The story's credit is in its edition's language; the picture may be shared.
    article.lead_credit = story.picture.credit[:255] if story.picture else ""
    article.updated_at = story.version_created
    article.authors = [
        ArticleAuthor(person=find_or_create_person(name)) for name in story.authors
    ]
    article.credits = [
        ArticleCredit(role=role, person=find_or_create_person(name))
        for role, name in story.credits
    ]
    article.tags.set(story.tags)


def _publish(article, story, created):
    article.save_revision().publish()
    # Wagtail stamps the first publication with "now"; the agency's date is truer. A
    # new story without firstCreated is at least as old as its version.
    first = story.first_created or (story.version_created if created else None)
    if first:
        ArticlePage.objects.filter(pk=article.pk).update(first_published_at=first)
    article.refresh_from_db()


def _failure_from(error):
    fields = getattr(error, "error_dict", {}) or {None: error.error_list}
    field = NINJS_FIELD.get(next(iter(fields)), "document")
    return invalid(field, "; ".join(error.messages))
