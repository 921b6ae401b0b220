"""For migrations: what PostgreSQL gets that SQLite has no use or syntax for.

Django's migration loader skips modules whose names start with an underscore, so
this one is a helper, not a migration.
"""


def on_postgresql(statements):
    """Return a RunPython function that runs `statements` on PostgreSQL only."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run
