"""The pure parts of the serving benchmark: reading wrk's report, the medians,
and the configuration files written for nginx, Isso and wrk (the targets are in
serving_targets.py).

Nothing here starts a process or opens a socket, so tests can run all of it.
"""

import json
import re
import statistics
from dataclasses import asdict, dataclass, field

from serving_targets import number

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
DURATION = r"([\d.]+)(us|ms|s|m|h)"


@dataclass
class Run:
    """One load run, as wrk (or the Python fallback) reported it."""

    requests_per_sec: float
    requests: int = 0
    seconds: float = 0.0
    latency_p50_ms: float | None = None
    latency_p99_ms: float | None = None
    bad_status: int = 0  # answers outside 2xx and 3xx
    socket_errors: int = 0
    # The server's own CPU time per answer (its processes' user + system time over
    # the run): steadier than the rate when other work shares the cores.
    cpu_ms: float | None = None


def to_ms(value, unit):
    return float(value) * UNITS_MS[unit]


def parse_wrk(output):
    """Return the Run that wrk's text report (`wrk --latency ...`) describes."""
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    if rate is None:
        raise ValueError(f"not a wrk report:\n{output[-500:]}")
    run = Run(requests_per_sec=float(rate.group(1)))
    total = re.search(r"(\d+) requests in " + DURATION, output)
    if total:
        run.requests = int(total.group(1))
        run.seconds = to_ms(total.group(2), total.group(3)) / 1000
    for percent, name in (("50", "latency_p50_ms"), ("99", "latency_p99_ms")):
        found = re.search(rf"^\s+{percent}%\s+{DURATION}", output, re.MULTILINE)
        if found:
            setattr(run, name, round(to_ms(found.group(1), found.group(2)), 3))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    run.bad_status = int(bad.group(1)) if bad else 0
    errors = re.search(r"Socket errors:(.*)", output)
    if errors:
        run.socket_errors = sum(int(n) for n in re.findall(r"\d+", errors.group(1)))
    return run


@dataclass
class Scenario:
    """A measured line of the table: the runs of one load against one server."""

    key: str  # "a", "b", ... as issue 5 names them
    name: str
    runs: list = field(default_factory=list)
    rss_mb: float | None = None
    note: str = ""

    @property
    def median(self):
        """Return the run with the median rate (of an odd number of runs)."""
        ordered = sorted(self.runs, key=lambda run: run.requests_per_sec)
        return ordered[(len(ordered) - 1) // 2] if ordered else None

    @property
    def rate(self):
        return statistics.median(run.requests_per_sec for run in self.runs)

    @property
    def cpu_ms(self):
        """Return the median of the runs' server CPU milliseconds per answer."""
        costs = [run.cpu_ms for run in self.runs if run.cpu_ms is not None]
        return round(statistics.median(costs), 3) if costs else None

    def as_dict(self):
        median = self.median
        return {
            "key": self.key,
            "name": self.name,
            "requests_per_sec_median": round(self.rate, 1) if self.runs else None,
            "latency_p50_ms": median.latency_p50_ms if median else None,
            "latency_p99_ms": median.latency_p99_ms if median else None,
            "cpu_ms_per_request": self.cpu_ms,
            "rss_mb": self.rss_mb,
            "note": self.note,
            "runs": [asdict(run) for run in self.runs],
        }


def scenario_table(scenarios):
    """Return the load scenarios as a fixed-width text table."""
    lines = [
        f"{'':<4}{'server and load':<52}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'bad':>6}{'RSS MB':>9}{'CPU ms':>9}",
        "-" * 108,
    ]
    for scenario in scenarios:
        median = scenario.median
        bad = sum(run.bad_status + run.socket_errors for run in scenario.runs)
        lines.append(
            f"({scenario.key}) {scenario.name:<52}"
            f"{number(scenario.rate if scenario.runs else None):>10}"
            f"{number(median and median.latency_p50_ms, 2):>9}"
            f"{number(median and median.latency_p99_ms, 2):>9}"
            f"{bad:>6}{number(scenario.rss_mb):>9}{number(scenario.cpu_ms, 2):>9}"
        )
        if scenario.note:
            lines.append(f"{'':<4}  {scenario.note}")
    return "\n".join(lines)


def isso_config(*, db_path, listen_port, origin, log_path):
    """Return Isso's configuration: moderation on, its rate limit (guard) off."""
    return "\n".join(
        [
            "[general]",
            f"dbpath = {db_path}",
            f"host = {origin}",
            "notify = stdout",
            f"log-file = {log_path}",
            "[moderation]",
            "enabled = true",
            "[guard]",
            "enabled = false",
            "[server]",
            f"listen = http://127.0.0.1:{listen_port}",
            "",
        ]
    )


def nginx_config(*, root, port, prefix):
    """Return a minimal nginx configuration: one worker, the saved page at /page/.

    The headers are those README.md's nginx example adds to a baked page, and
    `gzip_static` sends the saved gzip copy, as Masthead's front does.
    """
    return f"""\
worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    keepalive_requests 100000;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        charset utf-8;
        gzip_static on;
        location / {{
            try_files ${{uri}}index.html =404;
            etag on;
            add_header Cache-Control "no-cache" always;
            add_header Content-Security-Policy "default-src 'self'" always;
            add_header X-Content-Type-Options nosniff always;
            add_header X-Frame-Options DENY always;
            add_header Referrer-Policy same-origin always;
            add_header Cross-Origin-Opener-Policy same-origin always;
        }}
    }}
}}
"""


def lua_string(text):
    """Return `text` as a Lua string literal (JSON's escapes are valid Lua)."""
    return json.dumps(text)


def wrk_post_script(*, path, headers, body_template):
    """Return a wrk Lua script that POSTs `body_template` to `path`.

    `{n}` in the template becomes a number unique in the run (thread and count),
    so no two posts carry the same text.
    """
    head = ", ".join(f"[{lua_string(k)}] = {lua_string(v)}" for k, v in headers)
    before, _, after = body_template.partition("{n}")
    return f"""\
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end
local count = 0
local headers = {{{head}}}
function request()
    count = count + 1
    local n = tostring(id) .. "-" .. tostring(count)
    return wrk.format("POST", {lua_string(path)}, headers,
        {lua_string(before)} .. n .. {lua_string(after)})
end
"""
