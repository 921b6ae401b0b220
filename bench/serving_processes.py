"""Processes of the serving benchmark: the tools it installs, the servers it starts
(each in its own process group, all stopped at the end, also on Ctrl-C), their
memory, and the load runs against them (wrk, or bench/loadgen.py without it).

Load goes only to 127.0.0.1, for a bounded time.
"""

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from serving_tools import parse_wrk

HERE = Path(__file__).resolve().parent
ISSO_VERSION = "isso==0.14.*"
LOCALHOST = "127.0.0.1"


def log(message):
    print(message, flush=True)


def apt_install(*packages):
    """Install Debian packages; refresh the package lists only if that fails."""
    command = ["apt-get", "install", "-y", "-q", *packages]
    env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(command, env=env, capture_output=True).returncode == 0:
        return True
    subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
    return subprocess.run(command, env=env, capture_output=True).returncode == 0


def ensure_tools(loader):
    """Return the load tool to use ("wrk" or "python"), installing wrk and nginx."""
    missing = [name for name in ("wrk", "nginx") if not find_program(name)]
    if missing:
        log(f"Installing {' '.join(missing)} from Debian")
        apt_install(*missing)
    if not find_program("nginx"):
        raise SystemExit("nginx could not be installed (apt-get install nginx)")
    if loader == "wrk" and not find_program("wrk"):
        log("wrk could not be installed: using the Python load generator")
        return "python"
    return loader


def find_program(name):
    return shutil.which(name) or next(
        (
            str(path)
            for path in (Path("/usr/sbin") / name, Path("/sbin") / name)
            if path.exists()
        ),
        None,
    )


def ensure_isso(folder):
    """Return the `isso` program of a virtualenv in `folder`, made on first use."""
    program = folder / "bin" / "isso"
    if program.exists():
        return program
    log(f"Installing {ISSO_VERSION} from PyPI into {folder}")
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    pip = [str(folder / "bin" / "pip"), "install", "-q", ISSO_VERSION]
    subprocess.run(pip, check=True, stdout=subprocess.DEVNULL)
    return program


def free_port():
    with socket.socket() as probe:
        probe.bind((LOCALHOST, 0))
        return probe.getsockname()[1]


class Servers:
    """Every server started, each in its own process group, stopped on exit."""

    def __init__(self):
        self.groups = {}

    def start(self, name, command, *, env=None, log_path):
        with open(log_path, "ab") as output:
            process = subprocess.Popen(  # noqa: S603 - our own fixed commands
                command,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.groups[name] = process
        return process

    def stop(self, name):
        process = self.groups.pop(name, None)
        if process is None:
            return
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(wait)
                break
            except subprocess.TimeoutExpired:
                continue
        # Granian's workers and the task worker share the group: end stragglers too.
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def stop_all(self):
        for name in list(self.groups):
            self.stop(name)


def wait_for_http(port, path="/", timeout=90, process=None):
    """Wait until GET `path` answers (any status); raise if the server died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"the server on port {port} stopped at start")
        try:
            status, _headers, _body = http_get(port, path)
            return status
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"no answer on port {port} after {timeout} s")


def http_request(port, method, path, body=None, headers=None):
    """Return (status, headers dict in lower case, body bytes) of one request."""
    connection = http.client.HTTPConnection(LOCALHOST, port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        headers = {key.lower(): value for key, value in response.getheaders()}
        return response.status, headers, response.read()
    finally:
        connection.close()


def http_get(port, path, headers=None):
    return http_request(port, "GET", path, headers=headers)


def process_tree(pid):
    """Return `pid` and its descendants' pids."""
    children = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def program(pid):
    command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    return " ".join(part.decode(errors="replace") for part in command[:4])


def rss_processes(pid):
    """Return [(pid, program, MB)] for `pid` and all its descendants."""
    found = []
    for current in process_tree(pid):
        try:
            status = Path(f"/proc/{current}/status").read_text()
            name = program(current)
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                found.append((current, name, round(int(line.split()[1]) / 1024, 1)))
    return found


def cpu_seconds(pid, aside="db_worker"):
    """Return (CPU seconds of the tree of `pid`, those of its `aside` processes).

    User and system time of the live processes: what a request cost the server,
    whatever else the machine's cores were busy with.
    """
    tick = os.sysconf("SC_CLK_TCK")
    main = other = 0.0
    for current in process_tree(pid):
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1]
            name = program(current)
        except OSError:
            continue
        used = sum(int(value) for value in fields.split()[11:13]) / tick
        if aside in name:
            other += used
        else:
            main += used
    return main, other


def rss_mb(pid):
    """Return the resident memory of `pid` and all its descendants, in MB."""
    return round(sum(mb for _pid, _program, mb in rss_processes(pid)), 1)


class Load:
    """Runs load against 127.0.0.1 with wrk, or the Python generator without it."""

    def __init__(self, tool, *, threads, connections, seconds, scratch):
        self.tool, self.scratch = tool, scratch
        self.threads, self.connections, self.seconds = threads, connections, seconds

    def run(
        self, port, path, *, headers=(), script=None, seconds=None, connections=None
    ):
        seconds = seconds or self.seconds
        connections = connections or self.connections
        if self.tool == "wrk":
            return self.wrk(port, path, headers, script, seconds, connections)
        return self.python(port, path, headers, script, seconds, connections)

    def wrk(self, port, path, headers, script, seconds, connections):
        threads = min(self.threads, connections)
        command = ["wrk", f"-t{threads}", f"-c{connections}"]
        command += [f"-d{seconds}s", "--latency", "--timeout", "10s"]
        for name, value in headers:
            command += ["-H", f"{name}: {value}"]
        if script is not None:
            command += ["-s", str(script.lua)]
        command.append(f"http://{LOCALHOST}:{port}{path}")
        done = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, timeout=seconds + 60
        )
        return parse_wrk(done.stdout)

    def python(self, port, path, headers, script, seconds, connections):
        import loadgen

        body = script.body if script is not None else None
        method = "POST" if script is not None else "GET"
        post_path = script.path if script is not None else path
        return loadgen.run(
            port,
            method,
            post_path,
            headers=dict(headers) | dict(script.headers if script else ()),
            body=body,
            connections=connections,
            seconds=seconds,
        )


class PostScript:
    """A POST load: wrk's Lua file, and the same for the Python generator."""

    def __init__(self, lua_path, lua_text, path, headers, body_template):
        lua_path.write_text(lua_text)
        self.lua, self.path, self.headers = lua_path, path, headers
        self.template = body_template

    def body(self, n):
        return self.template.replace("{n}", n, 1).encode()
