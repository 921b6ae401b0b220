"""Parts (b), (c) and (d) of the serving benchmark: the demo site built with 200
approved comments on its flagship, `masthead serve --workers 1` started on it, the
baked page, the same page rendered, and comment posts with the triage queue drained.
"""

import gzip
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote_plus

from serving_footprint import idle_worker_percent, server_worker_rss_mb
from serving_processes import (
    PostScript,
    cpu_seconds,
    free_port,
    http_get,
    http_request,
    log,
    rss_mb,
    rss_processes,
    wait_for_http,
)
from serving_tools import wrk_post_script

HERE = Path(__file__).resolve().parent
GZIP = ("Accept-Encoding", "gzip")
COMMENT = "The council promised the rail link for years; it is about time. "


def masthead_env(data_dir):
    """The environment of every Masthead process: the demo's settings, DEBUG off,
    flood limits and the minimum form age off so the load is not refused."""
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "masthead.settings.demo",
        "MASTHEAD_DATA": str(data_dir),
        "DEBUG": "false",
        "LOG_LEVEL": "ERROR",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "MASTHEAD_FLOOD_COMMENTER": "",
        "MASTHEAD_FLOOD_ARTICLE": "",
        "MASTHEAD_MIN_FORM_SECONDS": "0",
    }


def build_site(bench):
    """Run `masthead demo --no-serve`, then top the flagship up to 200 comments."""
    data_dir = (bench.args.data or bench.scratch / "masthead-data").resolve()
    env = masthead_env(data_dir)
    started = time.monotonic()
    log(f"Building the demo site in {data_dir}")
    demo = [sys.executable, "-m", "masthead", "demo", "--no-serve"]
    subprocess.run(demo, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    out = bench.scratch / "site.json"
    script = [sys.executable, str(HERE / "serving_site.py"), str(out)]
    subprocess.run(script, env=env, check=True, cwd=HERE.parent)  # noqa: S603
    bench.extra["build_seconds"] = round(time.monotonic() - started, 1)
    site = json.loads(out.read_text())
    site["data_dir"], site["env"] = data_dir, env
    return site


def start_masthead(bench, site):
    port = free_port()
    command = [sys.executable, "-m", "masthead", "serve", "--workers", "1"]
    command += ["--addr", f"127.0.0.1:{port}"]
    process = bench.servers.start(
        "masthead", command, env=site["env"], log_path=bench.scratch / "masthead.log"
    )
    wait_for_http(port, site["path"], process=process)
    return port, process


def check_page(port, path, *, baked):
    """Fetch the page as the load will; make sure it is whole and served as meant."""
    status, headers, body = http_get(port, path, dict([GZIP]))
    if status != 200:
        raise SystemExit(f"GET {path} answered {status}")
    html = gzip.decompress(body) if headers.get("content-encoding") == "gzip" else body
    if b"200 comments" not in html:
        raise SystemExit(f"GET {path}: the page does not show 200 comments")
    # Only the baked-pages front sends an ETag of the file and no Set-Cookie.
    if baked != ("etag" in headers) or "set-cookie" in headers:
        raise SystemExit(f"GET {path}: expected baked={baked}, got {headers}")
    return html, body if headers.get("content-encoding") == "gzip" else None


def comment_script(bench, port, html):
    """Return the POST load of the page's own comment form (its signed token)."""
    text = html.decode()
    action = re.search(r'action="(/comments/post/\d+/)[^"]*"', text).group(1)
    token = re.search(r'name="security" value="([^"]+)"', text).group(1)
    body = (
        f"name=Reader&email=&honeypot=&parent=&security={quote_plus(token)}"
        f"&body={quote_plus(COMMENT)}{{n}}"
    )
    headers = [
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("Origin", f"http://127.0.0.1:{port}"),
    ]
    lua = wrk_post_script(path=action, headers=headers, body_template=body)
    script = PostScript(bench.scratch / "comment.lua", lua, action, headers, body)
    status, found, _ = http_request(
        port, "POST", action, script.body("0"), dict(headers)
    )
    if status != 303:
        raise SystemExit(f"a comment post answered {status}, not 303: {found}")
    return script


def masthead_scenarios(bench, site):
    port, process = start_masthead(bench, site)
    path = site["path"]
    wait_for_queue(site, limit=180)
    html, gzipped = check_page(port, path, baked=True)
    check_page(port, path + "?uncached=1", baked=False)
    page = {"html": html, "gzip": gzipped, "path": path}
    baked = bench.measure(
        "b",
        "Masthead, baked page (masthead serve)",
        port,
        path,
        pid=process.pid,
        headers=[GZIP],
    )
    baked.rss_mb = rss_mb(process.pid)
    rendered = bench.measure(
        "c",
        "Masthead, page rendered (?uncached=1, not baked)",
        port,
        path + "?uncached=1",
        pid=process.pid,
        headers=[GZIP],
        dynamic=True,
    )
    rendered.rss_mb = rss_mb(process.pid)
    script = comment_script(bench, port, html)
    wait_for_queue(site, limit=60)
    tasks_before = task_counts(site["data_dir"] / "masthead.sqlite3")[1]
    triage_cpu = cpu_seconds(process.pid)[1]
    posts = bench.measure(
        "d",
        "Masthead, comment POST (303), triage on",
        port,
        path,
        pid=process.pid,
        script=script,
        dynamic=True,
    )
    posts.rss_mb = rss_mb(process.pid)
    bench.extra["masthead_processes"] = rss_processes(process.pid)
    posts.note = drain_note(bench, site, tasks_before)
    triage = bench.extra["triage"]
    triage_cpu = cpu_seconds(process.pid)[1] - triage_cpu
    triage["cpu_ms_per_comment"] = round(triage_cpu * 1000 / max(1, triage["tasks"]), 2)
    posts.note += f"; triage CPU {triage['cpu_ms_per_comment']} ms per comment"
    bench.extra.setdefault("process", {}).update(
        worker_rss_mb=server_worker_rss_mb(process.pid),
        idle_worker_percent=idle_worker_percent(process.pid, bench.args.seconds),
    )
    bench.servers.stop("masthead")
    return page


def task_counts(database):
    """Return (waiting or running triage tasks, all of them) in the site's queue."""
    with sqlite3.connect(database, timeout=30) as db:
        table = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE "
            "'%taskresult%'"
        ).fetchone()[0]
        waiting = db.execute(
            f"SELECT count(*) FROM {table} WHERE status IN ('READY', 'RUNNING')"  # noqa: S608
        ).fetchone()[0]
        total = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    return waiting, total


def wait_for_queue(site, limit):
    """Let the task worker finish the triage queued so far (the demo's comments,
    the test post) before anything is timed."""
    database = site["data_dir"] / "masthead.sqlite3"
    started = time.monotonic()
    waiting, _total = task_counts(database)
    if waiting:
        log(f"Waiting for the task worker to finish {waiting} triage jobs")
    while waiting and time.monotonic() - started < limit:
        time.sleep(0.5)
        waiting, _total = task_counts(database)


def drain_note(bench, site, tasks_before):
    """Wait for the task worker to triage every post; say how long it took."""
    database = site["data_dir"] / "masthead.sqlite3"
    started, limit = time.monotonic(), 60 if bench.args.quick else 300
    waiting, total = task_counts(database)
    left_at_end = waiting
    while waiting and time.monotonic() - started < limit:
        time.sleep(0.5)
        waiting, total = task_counts(database)
    total -= tasks_before
    seconds = round(time.monotonic() - started, 1)
    bench.extra["triage"] = {
        "tasks": total,
        "waiting_when_load_ended": left_at_end,
        "drain_seconds": seconds,
        "still_waiting": waiting,
    }
    state = "drained" if not waiting else f"{waiting} still waiting after"
    return (
        f"triage queue: {left_at_end:,} of {total:,} posts waiting when the load "
        f"ended, {state} {seconds} s"
    )
