"""Keep the search index in step with what is published.

An article is indexed when it is published and dropped when it is unpublished;
deleting a page deletes its document with it (the foreign key cascades). Pages behind
a password or a login are never indexed, so search cannot reveal their words: adding
such a restriction drops the pages under it, removing it indexes them again.
"""

from django.db import transaction
from wagtail.models import Page

from masthead.news.models import ArticlePage

from .models import SearchDocument
from .text import prepare
from .tokens import document_tokens, edition_token

REBUILD_BATCH = 200


def index_page(page):
    """Index `page` if it is a live, public article; otherwise remove it."""
    page = page.specific if type(page) is Page else page
    if not _searchable(page):
        remove_page(page)
        return None
    fields = document_fields(page)
    document, _ = SearchDocument.objects.update_or_create(
        page_id=page.pk, defaults=fields
    )
    return document


def remove_page(page):
    SearchDocument.objects.filter(page_id=page.pk).delete()


def remove_subtree(page):
    """Remove `page` and everything under it from the index."""
    remove_pages_under(page.path)


def remove_pages_under(path):
    """Remove the pages whose tree path starts with `path` from the index."""
    SearchDocument.objects.filter(page__path__startswith=path).delete()


def reindex_subtree(page):
    """Index again the live articles at or under `page` (each checked afresh)."""
    for article in ArticlePage.objects.live().descendant_of(page, inclusive=True):
        index_page(article)


def document_fields(article):
    """Return the SearchDocument fields for an article."""
    title = prepare(article.title)
    text = prepare(article_text(article))
    edition = article.locale.language_code
    # Every document holds its edition's token, which a search always asks for.
    body = document_tokens("\n".join((title, text)))
    tokens = " ".join(filter(None, (edition_token(edition), body)))
    return {
        "edition": edition,
        "title": title,
        "text": text,
        "title_tokens": document_tokens(title),
        "tokens": tokens,
    }


def article_text(article):
    """Return the words a reader sees in an article besides its title."""
    body_field = ArticlePage._meta.get_field("body")
    parts = [
        article.standfirst,
        article.lead_caption,
        *body_field.get_searchable_content(article.body),
        " ".join(item.tag.name for item in article.tagged_items.all()),
    ]
    return "\n".join(part.strip() for part in parts if part and part.strip())


def _searchable(page):
    if not isinstance(page, ArticlePage) or not page.live:
        return False
    return not page.get_view_restrictions().exists()


@transaction.atomic
def rebuild(edition=None):
    """Index every live public article again (of one edition); return how many."""
    stale = SearchDocument.objects.all()
    articles = ArticlePage.objects.live().public().select_related("locale")
    if edition:
        stale = stale.filter(edition=edition)
        articles = articles.filter(locale__language_code=edition)
    stale.delete()
    batch, count = [], 0
    for article in articles.prefetch_related("tagged_items__tag").iterator(
        chunk_size=REBUILD_BATCH
    ):
        batch.append(SearchDocument(page_id=article.pk, **document_fields(article)))
        if len(batch) >= REBUILD_BATCH:
            count += _save(batch)
    return count + _save(batch)


def _save(batch):
    SearchDocument.objects.bulk_create(batch)
    saved = len(batch)
    batch.clear()
    return saved
