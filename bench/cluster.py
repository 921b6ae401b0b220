"""Soak two app servers on one PostgreSQL and Redis, with a server killed and the
database restarted midway: nothing acknowledged is lost (issue 12).

    python bench/cluster.py --comments 100000 --clients 64     # the full run
    python bench/cluster.py --comments 3000 --clients 16       # CI's size

It starts a disposable PostgreSQL cluster (initdb in a temporary folder, its own
port) and a redis-server of its own, then two `masthead serve` (each with its task
worker and a data folder of its own). Readers post by form and API to both servers
while four moderators decide through both servers' desks and API. At 30% of the
acknowledged comments one server is killed with kill -9 (its whole process group),
at 50% it is started again, at 70% PostgreSQL is restarted. It prints a table (PASS
or MISS against the issue's targets), writes the figures to
bench/results/cluster-<N>.json and exits 1 when a comment was lost or doubled or
the audit log does not match the decisions.
"""

import argparse
import json
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cluster_report as report  # noqa: E402
import soak_harness as harness  # noqa: E402
from cluster_traffic import ClusterSoak  # noqa: E402
from cluster_watch import BacklogWatch, VisibilityWatch, flood_check  # noqa: E402
from soak_postgres import disposable_cluster  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
# Each article takes about this many comments, all on its first (baked) page.
COMMENTS_PER_ARTICLE = 80
THREADS_PER_PAGE = 150


def arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--moderators", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="per server")
    parser.add_argument("--seconds", type=int, default=7200, help="give up after")
    parser.add_argument("--flood-limit", type=int, default=5)
    parser.add_argument(
        "--patience",
        type=float,
        default=60,
        help="seconds an approval may take to show on both servers before it is "
        "counted late (a last look at the end finds it, or it never appeared)",
    )
    parser.add_argument(
        "--desk-stops-with-readers",
        action="store_true",
        help="moderators stop once the readers are done and triage has drained, "
        "leaving the rest of the pending queue (for runs larger than four people "
        "could decide)",
    )
    parser.add_argument("--output", type=Path, help="the JSON figures' file")
    return parser.parse_args(argv)


@contextmanager
def redis_server(folder):
    """Yield the URL of a redis-server of our own on a free port."""
    port = harness.free_port()
    process = subprocess.Popen(
        [shutil.which("redis-server") or "redis-server", "--port", str(port)]
        + ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        + ["--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        harness.wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=20)


def server_envs(folder, database_url, redis_url, options):
    """Return the environments of the two servers: one database, one Redis, one
    secret, a data folder each."""
    shared = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "MASTHEAD_MIRROR": "on",
        "MASTHEAD_TRUSTED_PROXIES": "127.0.0.1",
        "MASTHEAD_FLOOD_COMMENTER": f"{options.flood_limit}/h",
        "MASTHEAD_FLOOD_ARTICLE": "",
        "MASTHEAD_METRICS_TOKEN": secrets.token_urlsafe(24),
        "MASTHEAD_COMMENT_THREADS_PER_PAGE": str(THREADS_PER_PAGE),
    }
    envs = []
    for name in ("a", "b"):
        data = Path(folder) / f"server-{name}"
        data.mkdir()
        envs.append({**harness.site_env(data, database_url, redis_url), **shared})
    return envs


def build_site(envs, options):
    """Migrate and fill the database through the first server's settings; collect
    the static files into each data folder."""
    articles = max(2, -(-options.comments // COMMENTS_PER_ARTICLE))
    password = secrets.token_urlsafe(16)
    site = harness.prepare_site(envs[0], articles, options.moderators, password)
    shutil.copytree(
        Path(envs[0]["MASTHEAD_DATA"]) / "static",
        Path(envs[1]["MASTHEAD_DATA"]) / "static",
    )
    return {**site, "password": password}


def faults(soak, servers, database, events):
    """Return the `during` of the soak: kill -9 at 30%, restart at 50%, restart
    PostgreSQL at 70%; each step is noted in `events` with its time."""

    def at(fraction):
        harness.wait_until_acknowledged(
            soak, int(soak.comments * fraction), seconds=soak.deadline
        )
        return len(soak.tally.acknowledged)

    def note(what, began):
        events.append(
            {"event": what, "acknowledged": len(soak.tally.acknowledged),
             "seconds": round(time.monotonic() - began, 1)}
        )  # fmt: skip
        say(what)

    def during(soak):
        at(0.3)
        began = time.monotonic()
        soak.down.add(1)
        servers[1].kill()
        note("server b killed", began)
        at(0.5)
        began = time.monotonic()
        servers[1].start(seconds=300)
        soak.down.discard(1)
        note("server b started again", began)
        events.append({"event": "flood check", **flood_check(soak, soak.flood_limit)})
        at(0.7)
        began = time.monotonic()
        database.stop()
        database.start()
        note("PostgreSQL restarted", began)

    return during


def say(text):
    print(f"[cluster] {time.strftime('%H:%M:%S')} {text}", file=sys.stderr, flush=True)


def run(options, folder, database, redis_url):
    envs = server_envs(folder, database.url, redis_url, options)
    site = build_site(envs, options)
    say(f"site built: {len(site['articles'])} articles")
    servers = [harness.Server(env, workers=options.workers) for env in envs]
    for server in servers:
        server.start(seconds=300)
    say("both servers answer")
    try:
        return soak_cluster(options, envs, site, servers, database)
    finally:
        for server in servers:
            server.stop()


def soak_cluster(options, envs, site, servers, database):
    watch = VisibilityWatch(servers, set(), options.patience)
    soak = ClusterSoak(
        servers, site, options.comments, options.clients, options.seconds, watch.add
    )
    soak.drain = not options.desk_stops_with_readers
    watch.down = soak.down
    soak.flood_limit = options.flood_limit
    backlog = BacklogWatch(soak, envs[0]["MASTHEAD_METRICS_TOKEN"])
    threads = [threading.Thread(target=w.run, daemon=True) for w in (watch, backlog)]
    for thread in threads:
        thread.start()
    events = []
    soak.run(faults(soak, servers, database, events))
    say("readers and moderators done")
    wait_for(lambda: not watch.waiting, options.patience + 10)
    watch.last_look()
    backlog.stopping.set()
    say("reading the database back")
    database_figures = harness.verify_when_idle(envs[0], seconds=600)
    desk = harness.queue_counts(servers[0].base_url, site["keys"][0])
    problems = harness.problems(soak.tally, database_figures, desk)
    return figures(soak, database_figures, watch, backlog, events, problems)


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)


def figures(soak, database, watch, backlog, events, problems):
    tally = soak.tally
    stored, lost, duplicated = report.stored_counts(
        tally.acknowledged, database["markers"]
    )
    decided, entries, agree = report.audit_counts(
        tally.decisions, tally.unanswered, database["audit"]
    )
    flood = next(event for event in events if event["event"] == "flood check")
    return {
        "comments": {"acknowledged": len(tally.acknowledged), "stored": stored,
                     "lost": lost, "duplicated": duplicated},
        "audit": {"decisions": decided, "entries": entries, "agree": agree,
                  "by_action": database["audit"],
                  "unanswered": dict(tally.unanswered)},
        "visible": report.visibility(watch.done, watch.late, len(watch.servers)),
        "never_visible": [sample.marker for sample in watch.late][:20],
        "flood": flood,
        "backlog": {"peaks": backlog.peaks,
                    "drained_after_s": {name: round(seconds, 1) for name, seconds
                                        in backlog.drained_after.items()}},
        "server_errors": len(tally.server_errors),
        "events": events,
        "soak": harness.summary(soak),
        "statuses": database["statuses"],
        "problems": problems,
    }  # fmt: skip


def main(argv=None):
    options = arguments(argv)
    output = options.output or RESULTS / f"cluster-{options.comments}.json"
    with tempfile.TemporaryDirectory(prefix="masthead-cluster-") as folder:
        with disposable_cluster() as database, redis_server(folder) as redis_url:
            if database is None:
                raise SystemExit("PostgreSQL's server programs are not installed")
            result = run(options, folder, database, redis_url)
    rows = report.lines(result)
    result["table"] = [
        {"what": what, "measured": str(measured), "target": str(target), "ok": ok}
        for what, measured, target, ok, _hard in rows
    ]
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=1) + "\n")
    print(report.table(rows))
    for problem in result["problems"]:
        print(f"problem: {problem}")
    print(f"figures: {output}")
    return 1 if report.hard_misses(rows) else 0


def stop_on_sigterm(signum, frame):
    # `timeout` or a supervisor sends SIGTERM: unwind, so servers are stopped too;
    # a second signal (timeout passes its own on) must not cut the unwinding short.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise SystemExit(f"stopped by signal {signum}")


if __name__ == "__main__":
    threading.excepthook = lambda args: print(args, file=sys.stderr)
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    sys.exit(main())
