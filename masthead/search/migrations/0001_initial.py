import django.db.models.deletion
from django.db import migrations, models

# The full-text index over the token columns (see masthead/search/backends.py).
# SQLite: an external-content FTS5 table kept in step by triggers. A later migration
# that alters masthead_search_searchdocument on SQLite rebuilds the table, which drops
# the triggers: such a migration must create them again and rebuild the index.
SQLITE_INSTALL = [
    """CREATE VIRTUAL TABLE masthead_search_fts USING fts5(
        title_tokens, tokens,
        content='masthead_search_searchdocument', content_rowid='id',
        tokenize='ascii', prefix='1 2 3'
    )""",
    """CREATE TRIGGER masthead_search_fts_insert
    AFTER INSERT ON masthead_search_searchdocument BEGIN
        INSERT INTO masthead_search_fts(rowid, title_tokens, tokens)
        VALUES (new.id, new.title_tokens, new.tokens);
    END""",
    """CREATE TRIGGER masthead_search_fts_delete
    AFTER DELETE ON masthead_search_searchdocument BEGIN
        INSERT INTO masthead_search_fts(masthead_search_fts, rowid, title_tokens, tokens)
        VALUES ('delete', old.id, old.title_tokens, old.tokens);
    END""",
    """CREATE TRIGGER masthead_search_fts_update
    AFTER UPDATE ON masthead_search_searchdocument BEGIN
        INSERT INTO masthead_search_fts(masthead_search_fts, rowid, title_tokens, tokens)
        VALUES ('delete', old.id, old.title_tokens, old.tokens);
        INSERT INTO masthead_search_fts(rowid, title_tokens, tokens)
        VALUES (new.id, new.title_tokens, new.tokens);
    END""",
]
SQLITE_UNINSTALL = [
    "DROP TRIGGER IF EXISTS masthead_search_fts_update",
    "DROP TRIGGER IF EXISTS masthead_search_fts_delete",
    "DROP TRIGGER IF EXISTS masthead_search_fts_insert",
    "DROP TABLE IF EXISTS masthead_search_fts",
]
POSTGRESQL_INSTALL = [
    """CREATE INDEX masthead_search_tokens_gin ON masthead_search_searchdocument
    USING gin (array_to_tsvector(string_to_array(tokens, ' ')))""",
]
POSTGRESQL_UNINSTALL = ["DROP INDEX IF EXISTS masthead_search_tokens_gin"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        if vendor not in statements_by_vendor:
            raise RuntimeError(
                f"Masthead's search needs SQLite or PostgreSQL, not {vendor}."
            )
        for statement in statements_by_vendor[vendor]:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "edition",
                    models.CharField(
                        db_index=True, max_length=16, verbose_name="edition"
                    ),
                ),
                ("title", models.TextField(verbose_name="title")),
                ("text", models.TextField(blank=True, verbose_name="text")),
                ("title_tokens", models.TextField(blank=True)),
                ("tokens", models.TextField(blank=True)),
                ("indexed_at", models.DateTimeField(auto_now=True)),
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtailcore.page",
                    ),
                ),
            ],
            options={
                "verbose_name": "search document",
            },
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_INSTALL, "postgresql": POSTGRESQL_INSTALL}),
            _run({"sqlite": SQLITE_UNINSTALL, "postgresql": POSTGRESQL_UNINSTALL}),
        ),
    ]
