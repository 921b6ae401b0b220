"""SQLite gets the planner statistics the desk's queues rely on."""

from pathlib import Path

import pytest
from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteWrapper

from masthead.core.database import refresh_query_statistics

pytestmark = pytest.mark.django_db


def test_statistics_are_gathered_on_sqlite_and_left_to_postgresql(
    en_section, make_article
):
    make_article(en_section, title="Harbour reopens")
    gathered = refresh_query_statistics()
    assert gathered == (connection.vendor == "sqlite")
    if gathered:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailcore_page'"
            )
            assert cursor.fetchone()[0] > 0


def mode_of(path):
    return path.stat().st_mode & 0o777


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite keeps a file")
def test_sqlite_database_is_readable_by_its_owner_only():
    connection.ensure_connection()
    database = Path(connection.settings_dict["NAME"])
    assert mode_of(database) == 0o600
    for companion in ("-wal", "-shm"):
        path = database.with_name(database.name + companion)
        if path.exists():
            assert mode_of(path) == 0o600


def test_a_new_sqlite_database_and_its_folder_are_made_private(tmp_path):
    """A fresh data folder, as `masthead demo` makes one: the umask leaves both
    readable by everyone until the first connection."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    # An SQLite connection of its own, also on the PostgreSQL pass.
    settings_dict = {
        **connection.settings_dict,
        **{"ENGINE": "django.db.backends.sqlite3", "OPTIONS": {}},
        **{"NAME": folder / "site.sqlite3", "USER": "", "PASSWORD": "", "HOST": ""},
    }
    fresh = SQLiteWrapper(settings_dict, alias="fresh")
    try:
        with fresh.cursor() as cursor:
            cursor.execute("CREATE TABLE t (x)")
    finally:
        fresh.close()
    assert mode_of(folder) & 0o077 == 0o011  # others may pass through, not list
    assert mode_of(folder / "site.sqlite3") == 0o600
