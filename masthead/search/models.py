from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """What the search index knows of one published article.

    `tokens` and `title_tokens` hold the folded words and letter pairs of the text
    (see `tokens.py`), separated by spaces; the database's own full-text index is
    built over them (FTS5 on SQLite, a GIN index on PostgreSQL: see `backends.py`).
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    # Searches find an edition's documents through a token of it in `tokens`, so the
    # full-text index answers alone: an index on this column tempts PostgreSQL into
    # reading every document of the edition for common words.
    edition = models.CharField(_("edition"), max_length=16)
    title = models.TextField(_("title"))
    # The article's words as readers see them (standfirst, body, captions, tags),
    # kept for the snippet shown with each result.
    text = models.TextField(_("text"), blank=True)
    title_tokens = models.TextField(blank=True)
    tokens = models.TextField(blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search document")

    def __str__(self):
        return self.title
