"""Ask the database's own full-text index which documents hold a query's tokens.

The tokens are already folded and split by `tokens.py`, so each database only has to
find whole tokens, or tokens beginning with a prefix, and must not split them again:

- SQLite: an FTS5 table over `SearchDocument`'s token columns with the `ascii`
  tokenizer, which splits at spaces and ASCII punctuation only and keeps every other
  character as written (the default tokenizer would cut Burmese and Khmer words at
  their vowel signs). Triggers keep it in step with the table.
- PostgreSQL: a stored tsvector column, `array_to_tsvector(string_to_array(tokens,
  ' '))`, which takes each token as a lexeme unchanged (no parser, no dictionary),
  with a GIN index; the short title tokens are turned into a vector as needed.
  Both are matched through Django's PostgreSQL search types (`SearchVectorField`,
  `SearchQuery`, the `@@` of `SearchVectorExact`).

A search also asks for the edition's own token, which every document holds, so the
full-text index alone narrows a query to one edition. Both databases answer the same
question, so results are the same on both. Migrations 0001 to 0003 hold the SQL that
builds the index.
"""

import unicodedata

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import (
    SearchQuery,
    SearchVectorExact,
    SearchVectorField,
)
from django.db import NotSupportedError
from django.db.models import BooleanField, F, Func, TextField, Value
from django.db.models.expressions import Col

from .tokens import Term, edition_token


def _stored_vector(column):
    """Return the PostgreSQL column (migration 0002, not a model field: SQLite has
    none) that holds a token column as a stored, GIN-indexed tsvector."""
    field = SearchVectorField()
    field.set_attributes_from_name(column)
    return field


STORED_VECTORS = {"tokens": _stored_vector("search_vector")}


class TokenVector(Func):
    """PostgreSQL: a token column as a tsvector, each token a lexeme as written."""

    function = "array_to_tsvector"
    output_field = SearchVectorField()

    def __init__(self, column):
        tokens = Func(
            column,
            Value(" "),
            function="string_to_array",
            output_field=ArrayField(TextField()),
        )
        super().__init__(tokens)


class TokenQuery(SearchQuery):
    """PostgreSQL: a tsquery of tokens as written, cast rather than parsed.

    Django's own search types parse the query (`to_tsquery`). On a C.UTF-8
    database the parser keeps every token whole, but elsewhere it asks the locale
    what a letter is, and marks such as Thai tone marks are not: a token would be
    cut in two, which the vector (never parsed) does not hold.
    """

    template = "(%(expressions)s)::tsquery"

    def __init__(self, terms):
        super().__init__(tsquery(terms), search_type="raw")


class TokenMatch(Func):
    """True for documents whose `column` holds every term of the query."""

    output_field = BooleanField()

    def __init__(self, terms, column="tokens", edition=None):
        if not terms:
            raise ValueError("a search needs at least one term")
        self.terms = tuple(terms)
        if edition:
            self.terms += (Term((edition_token(edition),), False, None),)
        self.column = column
        super().__init__(F("pk"), F(column))

    def as_sql(self, compiler, connection, **extra_context):
        raise NotSupportedError(
            "Masthead's search needs SQLite (with FTS5) or PostgreSQL; "
            f"this database is {connection.vendor}."
        )

    def as_sqlite(self, compiler, connection, **extra_context):
        query = fts5_query(self.terms, self.column)
        return compiler.compile(FtsRowids(self.get_source_expressions()[0], query))

    def as_postgresql(self, compiler, connection, **extra_context):
        column = self.get_source_expressions()[1]
        if self.column in STORED_VECTORS:
            vector = Col(column.alias, STORED_VECTORS[self.column])
        else:
            vector = TokenVector(column)
        return compiler.compile(SearchVectorExact(vector, TokenQuery(self.terms)))


class FtsRowids(Func):
    """SQLite: true for rows whose id the FTS5 table returns for `query`."""

    output_field = BooleanField()
    # The FTS5 query is passed as a parameter, never written into the SQL.
    template = (
        "%(expressions)s IN "
        "(SELECT rowid FROM masthead_search_fts WHERE masthead_search_fts MATCH %%s)"
    )

    def __init__(self, pk, query):
        self.query = query
        super().__init__(pk)

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return sql, (*params, self.query)


def fts5_query(terms, column):
    """Return an FTS5 query asking `column` for every term."""
    parts = [
        f'"{_checked(token)}"' + ("*" if term.prefix else "")
        for term in terms
        for token in term.tokens
    ]
    return f"{{{column}}} : ({' AND '.join(parts)})"


def tsquery(terms):
    """Return a PostgreSQL tsquery literal asking for every term."""
    parts = [
        f"'{_checked(token)}'" + (":*" if term.prefix else "")
        for term in terms
        for token in term.tokens
    ]
    return " & ".join(parts)


def _checked(token):
    # Tokens are made of letters, marks and digits only (tokens.py), so quoting them
    # needs no escapes; anything else is a bug, not a query to run.
    if not token or any(not (c.isalnum() or _is_mark(c)) for c in token):
        raise ValueError(f"not a search token: {token!r}")
    return token


def _is_mark(character):
    return unicodedata.category(character)[0] == "M"
