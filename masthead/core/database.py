"""Keep the database's query planner informed, and the SQLite file private."""

from pathlib import Path

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


# The database holds readers' email addresses and moderators' password hashes: only
# the account that runs Masthead may read it. The data folder may be passed through
# (x), so a web server running as another user still reaches the baked pages in
# their subfolder, but nobody else may list it.
DATABASE_FILE_MODE = 0o600
DATA_FOLDER_MODE = 0o711
SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def keep_sqlite_private(sender, connection, **kwargs):
    """Make an SQLite database, its WAL files and its folder private to their owner.

    Connected to `connection_created`: SQLite creates the files with the process's
    umask (usually world-readable) on the first connection.
    """
    name = str(connection.settings_dict.get("NAME") or "")
    if connection.vendor != "sqlite" or not name or name.startswith((":", "file:")):
        return
    database = Path(name)
    _restrict(database.parent, DATA_FOLDER_MODE)
    for suffix in SQLITE_COMPANIONS:
        _restrict(database.with_name(database.name + suffix), DATABASE_FILE_MODE)


def _restrict(path, mode):
    try:
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except FileNotFoundError:
        pass
