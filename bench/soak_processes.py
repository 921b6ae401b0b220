"""The soak's processes: the site built and read back through soak_site.py, and
`masthead serve` in a process group of its own (so a crash test can kill -9 it
whole). Standard library only: no Django in the soak driver's process."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOOPBACK = "127.0.0.1"
# The server sees every client as 127.0.0.1: limits per address are raised for the
# soak, and the bot guard's minimum form age set to nothing.
SOAK_ENV = {
    "MASTHEAD_FLOOD_COMMENTER": "1000000/s",
    "MASTHEAD_FLOOD_ARTICLE": "1000000/s",
    "MASTHEAD_MIN_FORM_SECONDS": "0",
    "LOG_LEVEL": "ERROR",
}


def free_port():
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def wait_for_port(port, seconds=30):
    """Wait until something listens on 127.0.0.1:`port`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection((LOOPBACK, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port} after {seconds}s")


def site_command(env, *arguments, timeout=600):
    """Run soak_site.py (or `masthead ...` with masthead=True) and return its JSON."""
    command = [sys.executable, str(HERE / "soak_site.py"), *arguments]
    return json.loads(_run(env, command, "soak_site", arguments, timeout))


def masthead(env, *arguments, timeout=600):
    _run(
        env,
        [sys.executable, "-m", "masthead", *arguments],
        "masthead",
        arguments,
        timeout,
    )


def _run(env, command, program, arguments, timeout):
    """Run `command`; return its output, or raise with the end of its errors."""
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode:
        raise RuntimeError(f"{program} {arguments[0]} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def site_env(data_dir, database_url=None, redis_url=None):
    """Return the environment of a demo-settings site in `data_dir`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(SOAK_ENV)
    env["DJANGO_SETTINGS_MODULE"] = "masthead.settings.demo"
    env["MASTHEAD_DATA"] = str(data_dir)
    if database_url:
        env["DATABASE_URL"] = database_url
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def prepare_site(env, articles, moderators, *password, collect_static=True):
    """Migrate, collect static files (unless the caller put them in place) and
    make the articles and moderators."""
    masthead(env, "migrate", "--noinput")
    if collect_static:
        masthead(env, "collectstatic", "--noinput")
    return site_command(env, "setup", str(articles), str(moderators), *password)


class Server:
    """`masthead serve` in a process group of its own, on a fixed port."""

    def __init__(self, env, workers=2, log_path=None):
        self.env, self.workers = env, workers
        self.port = free_port()
        self.base_url = f"http://{LOOPBACK}:{self.port}"
        self.log_path = log_path or Path(env["MASTHEAD_DATA"]) / "serve.log"
        self.process = None

    def start(self, seconds=60):
        with open(self.log_path, "a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "masthead", "serve"]
                + ["--addr", f"{LOOPBACK}:{self.port}", "--workers", str(self.workers)],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"serve exited:\n{self.log_path.read_text()[-3000:]}"
                )
            try:
                urllib.request.urlopen(
                    f"{self.base_url}/api/v1/openapi.json", timeout=5
                )
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"serve did not answer in {seconds}s")

    def kill(self):
        """kill -9 the granian master and every worker, as a power cut would not."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def wait_for_background_work(env, seconds=300):
    """Wait until the worker has triaged every stored comment; return the seconds.

    Triage may still reject a comment automatically, so counts are compared only
    once no job waits.
    """
    started = time.monotonic()
    while site_command(env, "waiting")["waiting_jobs"]:
        if time.monotonic() - started > seconds:
            raise RuntimeError(f"triage jobs still waiting after {seconds}s")
        # Each look starts a Django process: look seldom enough to leave the CPU
        # to the worker being waited for.
        time.sleep(min(5, 0.5 + (time.monotonic() - started) / 10))
    return time.monotonic() - started


def verify_when_idle(env, seconds=300):
    """Return what verify() reads once the worker has triaged every stored comment.

    One Django process per look, each the verify itself: the last look is the
    answer, rather than a wait followed by a process of its own to read it.
    """
    started = time.monotonic()
    while (database := site_command(env, "verify"))["waiting_jobs"]:
        if time.monotonic() - started > seconds:
            raise RuntimeError(f"triage jobs still waiting after {seconds}s")
        time.sleep(min(5, 0.5 + (time.monotonic() - started) / 10))
    return database
