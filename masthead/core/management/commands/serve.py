"""Serve Masthead with granian, a production server, never runserver."""

import argparse
import ctypes
import os
import shutil
import signal
import subprocess
import sys

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django_tasks import task_backends

from masthead.core.database import refresh_query_statistics
from masthead.core.limits import ClientLimits
from masthead.core.metrics import share_counters_between_processes
from masthead.core.staticfiles import static_files_collected
from masthead.core.tasks import (
    keeps_jobs_in_database,
    requeue_abandoned_jobs,
    serve_worker_id,
    worker_queues,
)

PR_SET_PDEATHSIG = 1


def parse_addr(addr):
    """Split HOST:PORT (or [IPv6]:PORT) into its parts, with a readable error."""
    host, sep, port = addr.rpartition(":")
    if not sep or not port.isdigit() or not host or not 0 < int(port) < 65536:
        raise CommandError(
            "--addr must look like HOST:PORT with a port from 1 to 65535, for example "
            f"127.0.0.1:8000; got {addr!r}"
        )
    return host.strip("[]"), int(port)


def add_addr_argument(parser):
    """Add --addr, where `serve` (and `demo`, which starts it) listens."""
    parser.add_argument(
        "--addr", default="127.0.0.1:8000", help="HOST:PORT to listen on"
    )


def at_least_one(value):
    """An argparse type: a whole number of 1 or more."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of 1 or more: {value!r}"
        )
    return int(value)


class Command(BaseCommand):
    # Media files are not mounted here: the WSGI application serves only the image
    # folders, so documents stay behind Wagtail's privacy checks.
    help = (
        "Serve the site with granian: baked pages on the event loop, Django on threads."
    )

    def add_arguments(self, parser):
        add_addr_argument(parser)
        parser.add_argument(
            "--workers",
            type=at_least_one,
            default=os.environ.get("MASTHEAD_WORKERS", "2"),
            help="worker processes (default: MASTHEAD_WORKERS or 2)",
        )
        parser.add_argument(
            "--threads",
            type=at_least_one,
            default=os.environ.get("MASTHEAD_THREADS", "2"),
            help="Python threads per worker process (default: MASTHEAD_THREADS or 2)",
        )
        parser.add_argument(
            "--no-task-worker",
            action="store_false",
            dest="task_worker",
            help="do not start the background task workers (run `masthead db_worker "
            "--backend QUEUE` elsewhere for each queue)",
        )

    def handle(self, *args, addr, workers, threads, task_worker, **options):
        host, port = parse_addr(addr)
        self.check_static_files_collected()
        refresh_query_statistics()
        arguments = self.granian_arguments(host, port, workers)
        # Granian's workers are processes of their own: /metrics sums their counts.
        share_counters_between_processes(settings.DATA_DIR / "metrics")
        if task_worker:
            for queue in worker_queues():
                self.start_task_worker(queue, serve_worker_id(host, port))
        # Become granian, so a supervisor's signals reach the server itself.
        # The edge's threads (masthead.core.rsgi) are the workers' Python threads.
        os.environ["MASTHEAD_THREADS"] = str(threads)
        os.execvpe(self.granian(), arguments, os.environ)  # noqa: S606

    def check_static_files_collected(self):
        """Refuse to start when every page would fail on a missing manifest."""
        if not static_files_collected():
            raise CommandError(
                "Static files are not collected yet; "
                "run: masthead collectstatic --noinput"
            )

    def start_task_worker(self, queue, worker_id):
        """Start the worker of one TASKS backend (the apps name theirs as the hook
        `masthead_worker_queues`); it ends when the server does.

        Only a queue kept in the database needs one: other backends run their jobs
        in the request.
        """
        if not keeps_jobs_in_database(task_backends[queue]):
            return None
        try:
            requeue_abandoned_jobs(queue, worker_id)
        except DatabaseError as error:
            raise CommandError(
                f"The database is not ready ({error}); run: masthead migrate"
            ) from error
        command = [sys.executable, "-m", "masthead", "db_worker"]
        command += ["--backend", queue, "--interval", "0.2", "--no-reload"]
        # Quiet: a line per job would bury the server's own log; a failed job is
        # logged by its task.
        command += ["--worker-id", worker_id, "--verbosity", "0"]
        # A fixed list of our own arguments, no shell.
        return subprocess.Popen(command, preexec_fn=_die_with_parent)  # noqa: S603

    def granian(self):
        beside_python = os.path.join(os.path.dirname(sys.executable), "granian")
        found = (
            beside_python if os.path.exists(beside_python) else shutil.which("granian")
        )
        if not found:
            raise CommandError("granian is not installed; run: pip install -e .")
        return found

    def granian_arguments(self, host, port, workers):
        try:
            limits = ClientLimits.from_settings()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        return [
            "granian",
            # Granian's own interface: bodies are read on the event loop, baked
            # pages answered there (masthead/core/rsgi.py).
            "--interface",
            "rsgi",
            # uvloop's C event loop: a baked page took 38.5-39 µs of CPU instead
            # of 42-47 µs on asyncio's (bench/README.md, "The edge").
            "--loop",
            "uvloop",
            "--host",
            host,
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--http1-header-read-timeout",
            str(limits.granian_idle_timeout_ms()),
            "--http1-keep-alive"
            if limits.keep_alive_timeout
            else "--no-http1-keep-alive",
            "--respawn-failed-workers",
            # A worker stuck on a request must not keep the server from stopping.
            "--workers-kill-timeout",
            "10",
            "--no-ws",
            edge_target(),
        ]


def edge_target():
    """Return granian's target: the edge in front of WSGI_APPLICATION, which reads
    request bodies within MASTHEAD_* limits (and may answer baked pages itself)."""
    module, _dot, name = settings.RSGI_APPLICATION.rpartition(".")
    return f"{module}:{name}"


def _die_with_parent():
    """Ask Linux to stop this child when the server process (granian) goes away."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
