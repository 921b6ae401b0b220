"""A migrated SQLite database for the sites tests start in a process of their own.

Migrating a fresh SQLite file takes half a minute of CPU, and a test run starts a
dozen such sites (the demo, served sites, soak). The first one to ask migrates a
template once per run, under a lock every xdist worker shares; each site gets a copy
of it, so its own `migrate` finds nothing to do.
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
    # The parent of a worker's base folder is the same for every worker of a run.
    return Path(tmp_path_factory.getbasetemp()).parent / "migrated-template"


def _migrate_template(folder):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env["DJANGO_SETTINGS_MODULE"] = "masthead.settings.demo"
    env["MASTHEAD_DATA"] = str(folder)
    migrated = subprocess.run(
        [sys.executable, "-m", "masthead", "migrate", "--noinput", "-v0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if migrated.returncode:
        raise RuntimeError(f"migrating the template failed:\n{migrated.stderr}")
    # Fold the write-ahead log into the file, so copying the one file copies it all.
    with sqlite3.connect(folder / DATABASE_FILE) as database:
        database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (folder / "done").touch()


def copy_migrated_database(tmp_path_factory, data_dir):
    """Put a migrated SQLite database into `data_dir`, the site's MASTHEAD_DATA."""
    folder = _template_folder(tmp_path_factory)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "done").exists():
            _migrate_template(folder)
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(folder / DATABASE_FILE, Path(data_dir) / DATABASE_FILE)
