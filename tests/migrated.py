"""A migrated SQLite database and collected static files for the sites tests start
in a process of their own.

Migrating a fresh SQLite file takes half a minute of CPU, collecting (hashing and
compressing) the static files a quarter of one, and a test run starts a dozen such
sites (the demo, served sites, soak). The first one to ask makes a template once per
run, under a lock every xdist worker shares; each site gets a copy of it, so its own
`migrate` finds nothing to do and its static files are already current.
"""

import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

DATABASE_FILE = "masthead.sqlite3"  # where the demo settings keep it in MASTHEAD_DATA


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
    _run_in_template(folder, "migrate", "--noinput", "-v0")
    # Fold the write-ahead log into the file, so copying the one file copies it all.
    with sqlite3.connect(folder / DATABASE_FILE) as database:
        database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (folder / "done").touch()


def _collect_template(folder):
    _run_in_template(folder, "collectstatic", "--noinput", "-v0")
    (folder / "collected").touch()


def _template(tmp_path_factory, made, make):
    """Return the run's template folder, once `make(folder)` has left `made` in it."""
    folder = _template_folder(tmp_path_factory)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / made).exists():
            make(folder)
    return folder


def copy_migrated_database(tmp_path_factory, data_dir):
    """Put a migrated SQLite database into `data_dir`, the site's MASTHEAD_DATA."""
    folder = _template(tmp_path_factory, "done", _migrate_template)
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
