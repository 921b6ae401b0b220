"""Keep the database's query planner informed."""

from django.db import connection

# Rows ANALYZE samples per index: enough for good plans, a fraction of a second even
# with millions of comments.
ANALYSIS_LIMIT = 1000


def refresh_query_statistics():
    """Gather SQLite's planner statistics; return whether there was anything to do.

    Without them SQLite may walk the wrong index of a million comments and take half
    a second for a desk queue that needs forty milliseconds. PostgreSQL's autovacuum
    keeps its own statistics.
    """
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        cursor.execute("ANALYZE")
    return True
