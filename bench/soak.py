"""Soak a real server: readers post by form and API while moderators decide.

    python bench/soak.py --comments 100000 --clients 64          # the full run
    python bench/soak.py --comments 20000 --clients 32 --crash   # kill -9 midway
    DATABASE_URL=postgres://... python bench/soak.py --comments 20000

It builds a fresh site in a temporary data folder (SQLite, or a new database next to
DATABASE_URL's, dropped afterwards), serves it with `masthead serve --workers N` on
127.0.0.1, runs the soak, checks that every acknowledged comment is stored once with
one state and one audit entry per decision, prints the figures as JSON, and exits 1
if anything was lost.
"""

import argparse
import json
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import soak_harness as harness  # noqa: E402
from soak_postgres import scratch_database  # noqa: E402


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--moderators", type=int, default=4)
    parser.add_argument("--articles", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=3600, help="give up after")
    parser.add_argument(
        "--crash", action="store_true", help="kill -9 the server midway, restart it"
    )
    parser.add_argument(
        "--no-drain",
        action="store_false",
        dest="drain",
        help="moderators stop when the readers do, instead of emptying the queue",
    )
    return parser.parse_args()


def crash_midway(server, fraction):
    def during(soak):
        harness.wait_until_acknowledged(soak, int(soak.comments * fraction))
        server.kill()
        time.sleep(1)
        server.start()
        soak.crashes = getattr(soak, "crashes", 0) + 1

    return during


def main():
    options = arguments()
    with tempfile.TemporaryDirectory(prefix="masthead-soak-") as data_dir:
        with scratch_database() as database_url:
            env = harness.site_env(data_dir, database_url)
            site = harness.prepare_site(env, options.articles, options.moderators)
            server = harness.Server(env, workers=options.workers).start()
            try:
                soak = harness.Soak(
                    server,
                    site,
                    options.comments,
                    options.clients,
                    options.seconds,
                    drain=options.drain,
                )
                during = crash_midway(server, 0.25) if options.crash else None
                soak.run(during)
                # The task worker triages about 30 to 100 comments a second.
                triage_wait = harness.wait_for_background_work(
                    env, seconds=max(300, options.comments // 20)
                )
                desk = harness.queue_counts(server.base_url, site["keys"][0])
                database = harness.site_command(env, "verify")
            finally:
                server.stop()
    report = harness.summary(soak)
    report["triage_wait_after_soak_seconds"] = round(triage_wait, 1)
    report["database"] = database["statuses"]
    report["audit"] = database["audit"]
    report["problems"] = harness.problems(soak.tally, database, desk)
    json.dump(report, sys.stdout, indent=2)
    print()
    return 1 if report["problems"] else 0


def stop_on_sigterm(signum, frame):
    # `timeout` or a supervisor sends SIGTERM: unwind, so the server is stopped too.
    raise SystemExit(f"stopped by signal {signum}")


if __name__ == "__main__":
    threading.excepthook = lambda args: print(args, file=sys.stderr)
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    sys.exit(main())
