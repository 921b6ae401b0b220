"""The test database is migrated once per run, however many xdist workers share it."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db.migrations.loader import MigrationLoader

from tests.migrated import DATABASE_FILE, copy_migrated_database, end_sessions_left_on

# Loaded into every process of the run below: it counts the migrations each applies.
COUNTING_PLUGIN = """
import os
import sqlite3
from pathlib import Path

applied = []


def pytest_configure(config):
    from django.db.migrations.executor import MigrationExecutor

    apply_migration = MigrationExecutor.apply_migration

    def counting(self, state, migration, *args, **kwargs):
        applied.append(migration)
        return apply_migration(self, state, migration, *args, **kwargs)

    MigrationExecutor.apply_migration = counting


def pytest_sessionfinish(session):
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        folder = Path(os.environ["MIGRATION_COUNTS"])
        (folder / worker).write_text(str(len(applied)))
"""


def database_of_its_own(url):
    """Return DATABASE_URL naming another database, so the nested run's workers
    (gw0, gw1 too) never touch the test databases of the run they are inside."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"{parts.path}_nested_run"))


def test_two_workers_migrate_the_test_database_once(tmp_path):
    (tmp_path / "count_migrations.py").write_text(COUNTING_PLUGIN)
    counts = tmp_path / "counts"
    counts.mkdir()
    root = Path(__file__).resolve().parent.parent
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(root)]),
        "MIGRATION_COUNTS": str(counts),
        "MASTHEAD_DATA": str(tmp_path / "data"),
    }
    env.pop("PYTEST_XDIST_WORKER", None)
    if env.get("DATABASE_URL"):
        env["DATABASE_URL"] = database_of_its_own(env["DATABASE_URL"])
    run = subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:randomly"),
            *("-p", "count_migrations", "-n", "2", f"--basetemp={tmp_path / 'run'}"),
            "tests/guards/test_bans.py",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    every_migration = len(MigrationLoader(None, ignore_no_migrations=True).graph.nodes)
    applied = sorted(int(count.read_text()) for count in counts.iterdir())
    assert applied == [0, every_migration]


def test_a_site_gets_the_tables_of_its_database_caches(tmp_path_factory, tmp_path):
    """The run's template may be a worker's test database, which caches in memory."""
    copy_migrated_database(tmp_path_factory, tmp_path)
    with sqlite3.connect(tmp_path / DATABASE_FILE) as database:
        tables = {
            name for (name,) in database.execute("SELECT name FROM sqlite_master")
        }
    assert "masthead_cache" in tables


def test_a_session_another_thread_left_does_not_stop_the_drop(django_db_blocker):
    """The run drops each worker's test database even where a thread a test started
    left its connection open (PostgreSQL refuses to drop a database in use)."""
    from django.db import connections

    connection = connections["default"].copy()
    if connection.vendor != "postgresql":
        pytest.skip("SQLite drops a database file whoever has it open")
    probe = f"{connection.settings_dict['NAME']}_left_open"
    quote = connection.ops.quote_name
    with django_db_blocker.unblock():
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(probe)}")
            cursor.execute(f"CREATE DATABASE {quote(probe)}")
        connection.settings_dict["NAME"] = probe
        left_open = connection.copy()
        left_open.ensure_connection()  # as a finished thread leaves it
        try:
            assert end_sessions_left_on(connection) == 1
            with connection.creation._nodb_cursor() as cursor:
                cursor.execute(f"DROP DATABASE {quote(probe)}")
        finally:
            with connection.creation._nodb_cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {quote(probe)}")
