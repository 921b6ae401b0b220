"""`masthead serve` runs granian, the real server, in its own process on a port."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.migrated import copy_collected_static, copy_migrated_database

STARTUP_SECONDS = 60
STOP_SECONDS = 20


def demo_env(data_dir):
    """The environment a person runs `masthead` in, with a data folder of its own."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "masthead.settings.demo",
        "MASTHEAD_DATA": str(data_dir),
    }
    # Other tests may set this in pytest's process; no real server runs with it.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


def masthead(*arguments, env):
    return subprocess.run(
        [sys.executable, "-m", "masthead", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url):
    """Return the status and headers of a GET, error statuses included."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


@pytest.fixture(scope="module")
def site_env(request, tmp_path_factory):
    """The environment of a site ready to serve: a migrated database, static files.

    Under DATABASE_URL the server shares pytest's test database, which is already
    migrated; otherwise it gets SQLite in a fresh data folder, migrated here.
    """
    env = demo_env(tmp_path_factory.mktemp("site"))
    if os.environ.get("DATABASE_URL"):
        request.getfixturevalue("django_db_setup")
        from django.db import connection

        url = urlsplit(os.environ["DATABASE_URL"])
        test_database = connection.settings_dict["NAME"]
        env["DATABASE_URL"] = url._replace(path=f"/{test_database}").geturl()
    else:
        copy_migrated_database(tmp_path_factory, env["MASTHEAD_DATA"])
    # Demo settings keep hashed static files, which only exist once collected.
    copy_collected_static(tmp_path_factory, env["MASTHEAD_DATA"])
    return env


@contextlib.contextmanager
def started_server(site_env, log):
    """Start `masthead serve`; yield (process, base URL) once it answers."""
    port = free_port()
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "masthead", "serve"]
            + ["--addr", f"127.0.0.1:{port}", "--workers", "1"],
            env=site_env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(process, base_url, log)
        yield process, base_url
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def server(site_env, tmp_path):
    """A server of the test's own, for a test that stops it."""
    with started_server(site_env, tmp_path / "serve.log") as started:
        yield started


@pytest.fixture(scope="module")
def running_server(site_env, tmp_path_factory):
    """One server for the tests that only look at it: each start takes seconds."""
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with started_server(site_env, log) as started:
        yield started


def wait_until_answering(process, base_url, log):
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            get(f"{base_url}/admin/login/")
            return
        except OSError:  # not listening yet
            time.sleep(0.2)
    pytest.fail(f"serve did not answer in {STARTUP_SECONDS}s:\n{log.read_text()}")


def test_serve_answers_http_without_naming_its_software(running_server):
    _, base_url = running_server
    status, headers = get(f"{base_url}/admin/login/")
    assert status == 200
    assert not headers.get("Server")


def test_serve_stops_cleanly_on_sigterm(server):
    process, base_url = server
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=STOP_SECONDS) == 0
    with pytest.raises(urllib.error.URLError):
        get(f"{base_url}/admin/login/")


@pytest.mark.parametrize("addr", ["localhost", "127.0.0.1:http", "127.0.0.1:99999"])
def test_serve_rejects_a_malformed_addr_with_a_clear_error(addr, tmp_path):
    result = masthead("serve", "--addr", addr, env=demo_env(tmp_path))
    assert result.returncode != 0
    assert (
        "--addr must look like HOST:PORT with a port from 1 to 65535" in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_serve_runs_two_python_threads_per_worker_by_default(running_server):
    process, _ = running_server
    # serve became granian (exec); the edge's threads come from its environment.
    with open(f"/proc/{process.pid}/environ", "rb") as environ:
        variables = environ.read().decode().split("\0")
    assert "MASTHEAD_THREADS=2" in variables


def test_serve_runs_its_workers_on_uvloop(running_server):
    process, base_url = running_server
    get(f"{base_url}/admin/login/")
    workers = [
        stat.parent.name
        for stat in Path("/proc").glob("[0-9]*/stat")
        if _parent_pid(stat) == process.pid and "granian" in _command_line(stat.parent)
    ]
    assert workers, "granian has no worker process"
    for worker in workers:
        assert "/uvloop/" in Path(f"/proc/{worker}/maps").read_text()


def _parent_pid(stat):
    try:
        # The command name may hold spaces: the fields after its ")" are fixed.
        return int(stat.read_text().rpartition(")")[2].split()[1])
    except OSError:  # the process has gone
        return None


def _command_line(proc):
    try:
        return (proc / "cmdline").read_text()
    except OSError:
        return ""


def test_serve_refuses_a_limit_that_would_turn_every_request_away(site_env):
    env = {**site_env, "MASTHEAD_HEADER_READ_TIMEOUT": "0"}
    result = masthead("serve", "--addr", f"127.0.0.1:{free_port()}", env=env)
    assert result.returncode != 0
    assert "MASTHEAD_HEADER_READ_TIMEOUT must be from 1 to 60 seconds" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("option", ["--threads", "--workers"])
def test_serve_rejects_a_count_below_one_with_a_clear_error(option, tmp_path):
    result = masthead("serve", option, "0", env=demo_env(tmp_path))
    assert result.returncode != 0
    assert f"argument {option}: must be a whole number of 1 or more" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_refuses_to_start_before_static_files_are_collected(tmp_path):
    result = masthead(
        "serve", "--addr", f"127.0.0.1:{free_port()}", env=demo_env(tmp_path)
    )
    assert result.returncode != 0
    assert "run: masthead collectstatic --noinput" in result.stderr
    assert "Traceback" not in result.stderr


def task_workers_of(pid):
    """Return the pids of `db_worker` processes whose parent is `pid`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                arguments = cmdline.read().split(b"\0")
        except OSError:  # the process ended while we looked
            continue
        if parent == pid and b"db_worker" in arguments:
            found.append(int(entry))
    return found


def test_serve_runs_the_comment_task_worker(running_server):
    process, _ = running_server
    workers = task_workers_of(process.pid)
    assert len(workers) == 1
    with open(f"/proc/{workers[0]}/cmdline", "rb") as cmdline:
        assert b"comments" in cmdline.read().split(b"\0")


def test_task_worker_stops_with_the_server(server):
    process, _ = server
    [worker] = task_workers_of(process.pid)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=STOP_SECONDS)
    deadline = time.monotonic() + STOP_SECONDS
    while os.path.exists(f"/proc/{worker}") and time.monotonic() < deadline:
        with open(f"/proc/{worker}/stat") as stat:
            if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                break  # ended, waiting to be reaped
        time.sleep(0.1)
    else:
        assert not os.path.exists(f"/proc/{worker}")


@pytest.mark.database_independent  # its site is a fresh SQLite file on either pass
def test_serve_refuses_an_unmigrated_database_with_a_clear_error(
    tmp_path, tmp_path_factory
):
    env = demo_env(tmp_path)
    env.pop("DATABASE_URL", None)  # a fresh SQLite file, never migrated
    copy_collected_static(tmp_path_factory, env["MASTHEAD_DATA"])
    result = masthead("serve", "--addr", f"127.0.0.1:{free_port()}", env=env)
    assert result.returncode != 0
    assert "run: masthead migrate" in result.stderr
    assert "Traceback" not in result.stderr
