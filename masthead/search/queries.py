"""Find an edition's published articles that hold every term of a reader's query."""

from .backends import TokenMatch
from .models import SearchDocument
from .tokens import parse_query


def search(edition_code, query):
    """Return (terms, documents): articles whose title matches come first, then the
    newest. No terms (only punctuation, say) gives no documents."""
    terms = parse_query(query)
    if not terms:
        return terms, SearchDocument.objects.none()
    documents = (
        SearchDocument.objects.filter(edition=edition_code, page__live=True)
        .filter(TokenMatch(terms, edition=edition_code))
        .annotate(title_match=TokenMatch(terms, column="title_tokens"))
        .select_related("page")
        # Sorting thousands of matches is much faster without their long columns;
        # texts() fetches the text of the few shown.
        .defer("text", "tokens", "title_tokens")
        .order_by("-title_match", "-page__first_published_at", "-pk")
    )
    return terms, documents


def texts(documents):
    """Return {document id: text} for a page of documents, in one query."""
    ids = [document.pk for document in documents]
    return dict(SearchDocument.objects.filter(pk__in=ids).values_list("pk", "text"))
