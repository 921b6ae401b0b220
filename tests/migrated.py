"""The run's migrated database and collected static files, made once per run.

Migrating a fresh database takes half a minute of CPU on SQLite and more on
PostgreSQL, collecting (hashing and compressing) the static files a quarter of one,
and a run has every xdist worker's test database plus a dozen sites started in a
process of their own (the demo, served sites, soak). The first one to ask makes a
template once per run, under a lock every worker shares; every other one gets a copy,
so its own `migrate` finds nothing to do and its static files are already current.

On SQLite one file serves both the workers' test databases and the sites: the settings
differ only in where the database is.
"""

import contextlib
import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.db import connections
from django.test.utils import setup_databases

DATABASE_FILE = "masthead.sqlite3"  # where the demo settings keep it in MASTHEAD_DATA
# Names the PostgreSQL database the workers of a run copy their test database from.
POSTGRES_TEMPLATE_NOTE = "test-database-template"


def _template_folder(tmp_path_factory):
    base = Path(tmp_path_factory.getbasetemp())
    # The parent of an xdist worker's base folder is the same for every worker of a
    # run; without xdist the base folder is the run's own (its parent is every run's).
    run = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    return run / "migrated-template"


def _template_env(folder):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env["DJANGO_SETTINGS_MODULE"] = "masthead.settings.demo"
    env["MASTHEAD_DATA"] = str(folder)
    return env


def _run_in_template(folder, *arguments):
    finished = subprocess.run(
        [sys.executable, "-m", "masthead", *arguments],
        env=_template_env(folder),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if finished.returncode:
        raise RuntimeError(f"{arguments[0]} in the template failed:\n{finished.stderr}")


def _migrate_template(folder):
    # Where a worker's test database is the template already, `migrate` only adds the
    # tables of the demo settings' database caches (tests cache in memory).
    _run_in_template(folder, "migrate", "--noinput", "-v0")
    _keep_sqlite_template(folder / DATABASE_FILE, folder)
    (folder / "ready-for-sites").touch()


def _keep_sqlite_template(database_file, folder):
    """Make a migrated SQLite file the run's template (it may be the template)."""
    # Fold the write-ahead log into the file, so copying the one file copies it all.
    with sqlite3.connect(database_file) as database:
        database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if Path(database_file) != folder / DATABASE_FILE:
        shutil.copyfile(database_file, folder / DATABASE_FILE)
    (folder / "done").touch()


def _collect_template(folder):
    _run_in_template(folder, "collectstatic", "--noinput", "-v0")
    (folder / "collected").touch()


@contextlib.contextmanager
def _locked_template_folder(tmp_path_factory, lock_name="lock"):
    """Hold the run's template lock (or another of the folder's); yield its folder."""
    folder = _template_folder(tmp_path_factory)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / lock_name, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield folder


def _template(tmp_path_factory, made, make):
    """Return the run's template folder, once `make(folder)` has left `made` in it."""
    with _locked_template_folder(tmp_path_factory) as folder:
        if not (folder / made).exists():
            make(folder)
    return folder


def copy_migrated_database(tmp_path_factory, data_dir):
    """Put a migrated SQLite database into `data_dir`, the site's MASTHEAD_DATA."""
    folder = _template(tmp_path_factory, "ready-for-sites", _migrate_template)
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(folder / DATABASE_FILE, Path(data_dir) / DATABASE_FILE)


def copy_collected_static(tmp_path_factory, data_dir):
    """Put the collected static files into `data_dir`'s static folder.

    copytree keeps the files' times, so the manifest stays newer than every source
    file and `masthead demo` sees nothing to collect.
    """
    folder = _template(tmp_path_factory, "collected", _collect_template)
    shutil.copytree(folder / "static", Path(data_dir) / "static", dirs_exist_ok=True)


def copy_prepared_data(tmp_path_factory, data_dir, database=True):
    """A site's data folder with the run's static files, and its migrated SQLite
    database unless the site runs on PostgreSQL (`database=False`)."""
    if database:
        copy_migrated_database(tmp_path_factory, data_dir)
    copy_collected_static(tmp_path_factory, data_dir)


def setup_test_databases(tmp_path_factory, **setup):
    """Create this process's test databases, as `setup_databases(**setup)` does.

    Under xdist the first worker to take the lock migrates its database and keeps it
    as the run's template; every other worker starts from a copy of it.
    """
    if not os.environ.get("PYTEST_XDIST_WORKER") or "default" not in setup["aliases"]:
        return setup_databases(**setup)
    connection = connections["default"]
    made = "done" if connection.vendor == "sqlite" else POSTGRES_TEMPLATE_NOTE
    with _locked_template_folder(tmp_path_factory) as folder:
        if not (folder / made).exists():
            config = setup_databases(**setup)
            _keep_test_template(connection, folder)
            return config
        _copy_test_template(connection, folder)
    return setup_databases(**setup, keepdb=True)


def _keep_test_template(connection, folder):
    # Closed, so SQLite's checkpoint folds in the whole write-ahead log, and because
    # PostgreSQL copies only a database nobody is connected to.
    connection.close()
    if connection.vendor == "sqlite":
        _keep_sqlite_template(connection.settings_dict["NAME"], folder)
        return
    template = f"{connection.settings_dict['NAME']}_template"
    _create_database_from(connection, template, connection.settings_dict["NAME"])
    (folder / POSTGRES_TEMPLATE_NOTE).write_text(template)


def _copy_test_template(connection, folder):
    target = connection.creation._get_test_db_name()
    if connection.vendor == "sqlite":
        shutil.copyfile(folder / DATABASE_FILE, target)
        return
    template = (folder / POSTGRES_TEMPLATE_NOTE).read_text()
    _create_database_from(connection, target, template)


def _create_database_from(connection, name, template):
    quote = connection.ops.quote_name
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(name)}")
        cursor.execute(f"CREATE DATABASE {quote(name)} TEMPLATE {quote(template)}")


def drop_test_template(tmp_path_factory):
    """Drop the run's PostgreSQL template, if a worker made one."""
    note = _template_folder(tmp_path_factory) / POSTGRES_TEMPLATE_NOTE
    if not note.exists():
        return
    connection = connections["default"]
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(
            f"DROP DATABASE IF EXISTS {connection.ops.quote_name(note.read_text())}"
        )


def end_sessions_left_on(connection):
    """End the PostgreSQL sessions other threads left on this test database.

    A thread a test starts (a live server's, an async view's executor) opens a
    connection of its own, which only that thread can close; when the thread ends
    first, the session stays until the process exits, and PostgreSQL will not drop a
    database anybody is connected to. The run is over when this is called, so what is
    left connected is no-one's work. Only the run's own role's sessions: PostgreSQL
    ends its own workers (autovacuum) itself when it drops a database.
    """
    if connection.vendor != "postgresql":
        return 0
    connection.close()
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = %s AND usename = current_user"
            " AND pid <> pg_backend_pid()",
            [connection.settings_dict["NAME"]],
        )
        return cursor.fetchone()[0]
