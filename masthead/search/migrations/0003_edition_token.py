from django.db import migrations, models

# Searches now find an edition's documents by a token in `tokens` ("edition0zhhans",
# see masthead/search/tokens.py), so the full-text index answers a query alone; the
# index on `edition` is dropped because PostgreSQL preferred it for common words and
# then read every document of the edition. Dropped with SQL: altering the field on
# SQLite would rebuild the table and lose the full-text triggers.
INDEX = "masthead_search_searchdocument_edition_8c476b53"
# PostgreSQL refuses an empty lexeme, so no space is left dangling.
ADD_TOKEN = """UPDATE masthead_search_searchdocument
    SET tokens = 'edition0' || replace(lower(edition), '-', '')
        || CASE WHEN tokens = '' THEN '' ELSE ' ' || tokens END"""


def forwards(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}_like")
    schema_editor.execute(ADD_TOKEN)


def backwards(apps, schema_editor):
    # The extra token is harmless to the older code; only the index comes back.
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON masthead_search_searchdocument (edition)"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("masthead_search", "0002_postgresql_stored_vector"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="searchdocument",
                    name="edition",
                    field=models.CharField(max_length=16, verbose_name="edition"),
                ),
            ],
            database_operations=[migrations.RunPython(forwards, backwards)],
        ),
    ]
