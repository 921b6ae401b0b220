"""PostgreSQL for the soak: a scratch database beside DATABASE_URL's, or a whole
disposable cluster (initdb in a temporary folder, its own port) that an outage test
may stop and start without disturbing the server everyone else uses."""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROLE = PASSWORD = "masthead"


@contextlib.contextmanager
def scratch_database(url=None):
    """Yield the URL of a new empty database next to `url` (or DATABASE_URL), and
    drop it afterwards; yield None when there is no PostgreSQL to use."""
    url = url or os.environ.get("DATABASE_URL")
    if not url:
        yield None
        return
    import psycopg

    name = f"masthead_soak_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlsplit(url)._replace(path=f"/{name}").geturl()
    finally:
        drop_database(url, name)


def drop_database(url, name, tries=20):
    """Drop database `name`, ending its sessions.

    FORCE ends the sessions of our own role only: an autovacuum worker busy in the
    new database belongs to the superuser, and the drop then fails until it ends
    (a second or so), so it is tried again for a while.
    """
    import psycopg

    for attempt in range(tries):
        try:
            with psycopg.connect(url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if attempt == tries - 1:
                raise
            time.sleep(0.5)


def postgres_bin():
    """Return the folder of the newest installed PostgreSQL's server programs."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda path: int(path.parent.parent.name),
    )
    if not versions:
        return None
    return versions[-1].parent


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A PostgreSQL cluster of our own in a temporary folder, on 127.0.0.1 only."""

    def __init__(self, bin_dir, folder):
        self.bin_dir, self.folder = Path(bin_dir), Path(folder)
        self.data = self.folder / "data"
        self.port = _free_port()
        self.url = f"postgres://{ROLE}:{PASSWORD}@127.0.0.1:{self.port}/masthead"

    def _run(self, *command, timeout=120):
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            command = ("runuser", "-u", "postgres", "--", *command)
        return subprocess.run(
            command,
            cwd="/",
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
            env={**os.environ, "PGPASSWORD": PASSWORD},
        )

    def create(self):
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        password_file = self.folder / "password"
        password_file.write_text(PASSWORD + "\n")
        if os.geteuid() == 0:
            shutil.chown(password_file, "postgres", "postgres")
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            ROLE,
            "--pwfile",
            str(password_file),
            "-A",
            "scram-sha-256",
            "--no-sync",
            "-E",
            "UTF8",
        )
        self.start()
        self._run(
            str(self.bin_dir / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            ROLE,
            "masthead",
            timeout=60,
        )
        return self

    def start(self, seconds=60):
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder}"
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options + " -c fsync=on",
            "-l",
            str(self.folder / "log"),
            "-w",
            "-t",
            str(seconds),
            "start",
        )

    def stop(self, mode="fast"):
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", mode, "stop"
        )

    def destroy(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def disposable_cluster():
    """Yield a running Cluster, removed afterwards; None where PostgreSQL's server
    programs are not installed."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        yield None
        return
    cluster = Cluster(bin_dir, tempfile.mkdtemp(prefix="masthead-pg-"))
    try:
        yield cluster.create()
    finally:
        cluster.destroy()
