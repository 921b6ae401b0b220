"""The demo newsroom, built once per run and copied into each test module that reads it.

Building it (ten editions, drawn pictures, stories, comments) takes half a minute or
more, and nine modules read it. The first module to ask builds it in its own test
database and keeps a copy of that database, with the pictures it drew, beside the
run's migrated template (tests/migrated.py), under a lock of its own, so that a
site another worker starts meanwhile does not wait for it. Every module, the first
one too, has its test database swapped for a copy while its tests run and put
back as it was afterwards, so nothing one module writes reaches the next.

A copy is a file on SQLite and `CREATE DATABASE ... TEMPLATE` on PostgreSQL.
"""

import contextlib
import shutil
import sqlite3
import zlib
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connections

from tests.migrated import (
    DATABASE_FILE,
    _create_database_from,
    _locked_template_folder,
    _template_folder,
)

MADE = "newsroom-made"
SQLITE_FILE = "newsroom.sqlite3"
MEDIA_FOLDER = "newsroom-media"
POSTGRES_NOTE = "newsroom-database"
NEWSROOM_LOCK = "newsroom-lock"


def build_demo_newsroom():
    from masthead.demo.loader import load_demo_content
    from tests.conftest import restore_migrated_data

    restore_migrated_data()  # a transactional test before may have emptied it
    load_demo_content()


@contextlib.contextmanager
def newsroom_database(tmp_path_factory, build=build_demo_newsroom):
    """Run the block with the run's newsroom in the test database; `build()` makes
    it the first time in the run. The database is put back as it was afterwards."""
    connection = connections["default"]
    before = _save(connection, _own_copy_name(connection, tmp_path_factory))
    try:
        # A lock of its own: the build takes half a minute, and the sites other
        # workers start meanwhile need only the migrated template's lock.
        with _locked_template_folder(tmp_path_factory, NEWSROOM_LOCK) as folder:
            if (folder / MADE).exists():
                _restore(connection, _newsroom_copy(connection, folder))
            else:
                build()
                _keep_newsroom(connection, folder)
        shutil.copytree(folder / MEDIA_FOLDER, settings.MEDIA_ROOT, dirs_exist_ok=True)
        _forget_cached_rows()
        yield
    finally:
        _restore(connection, before)
        _drop_copy(connection, before)
        _forget_cached_rows()


def copy_newsroom_to_site(tmp_path_factory, data_dir):
    """Put the run's newsroom, database and pictures, in a site's data folder, where
    `masthead demo` finds it built; return False, copying nothing, when the tests'
    database is not SQLite (the site, always SQLite, then builds its own)."""
    if connections["default"].vendor != "sqlite":
        return False
    with newsroom_database(tmp_path_factory):
        pass  # made once per run, by whichever asks first
    folder = _template_folder(tmp_path_factory)
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(folder / SQLITE_FILE, Path(data_dir) / DATABASE_FILE)
    shutil.copytree(folder / MEDIA_FOLDER, Path(data_dir) / "media", dirs_exist_ok=True)
    return True


def drop_newsroom_template(tmp_path_factory):
    """Drop the run's PostgreSQL newsroom copy, if a module made one."""
    note = _template_folder(tmp_path_factory) / POSTGRES_NOTE
    if note.exists():
        _drop_copy(connections["default"], note.read_text())


def _own_copy_name(connection, tmp_path_factory):
    if connection.vendor == "sqlite":
        return str(Path(tmp_path_factory.getbasetemp()) / "before-newsroom.sqlite3")
    return f"{connection.settings_dict['NAME']}_before_newsroom"


def _newsroom_copy(connection, folder):
    if connection.vendor == "sqlite":
        return str(folder / SQLITE_FILE)
    return (folder / POSTGRES_NOTE).read_text()


def _keep_newsroom(connection, folder):
    if connection.vendor == "sqlite":
        _save(connection, str(folder / SQLITE_FILE))
    else:
        # Named after the run's folder too: a test of this module makes a newsroom
        # of its own run, which must not replace the real run's.
        run = zlib.crc32(str(folder).encode())
        name = _save(connection, f"{connection.settings_dict['NAME']}_newsroom_{run}")
        (folder / POSTGRES_NOTE).write_text(name)
    Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    shutil.copytree(settings.MEDIA_ROOT, folder / MEDIA_FOLDER, dirs_exist_ok=True)
    (folder / MADE).touch()


def _save(connection, copy):
    """Copy the test database to `copy` (a file or a database name); return it."""
    # Closed, so SQLite's checkpoint folds in the whole write-ahead log, and because
    # PostgreSQL copies only a database nobody is connected to.
    connection.close()
    if connection.vendor == "sqlite":
        database = connection.settings_dict["NAME"]
        with contextlib.closing(sqlite3.connect(database)) as sqlite:
            sqlite.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(database, copy)
    else:
        _create_database_from(connection, copy, connection.settings_dict["NAME"])
    return copy


def _restore(connection, copy):
    """Make the test database a copy of `copy` again."""
    connection.close()
    if connection.vendor == "sqlite":
        database = Path(connection.settings_dict["NAME"])
        for leftover in ("-wal", "-shm"):  # a log of the old file would be replayed
            Path(f"{database}{leftover}").unlink(missing_ok=True)
        shutil.copyfile(copy, database)
    else:
        _create_database_from(connection, connection.settings_dict["NAME"], copy)


def _drop_copy(connection, copy):
    if connection.vendor == "sqlite":
        Path(copy).unlink(missing_ok=True)
        return
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(copy)}")


def _forget_cached_rows():
    # Wagtail caches the sites' root paths and settings rows that the swap replaced.
    for cache in caches.all():
        cache.clear()
