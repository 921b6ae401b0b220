"""Measure reader comments against the speed targets of issue 2.

    python bench/comments.py [--comments 1000000] [--repeat N] [--database-url URL]

Builds a fresh site (SQLite in a temporary data folder unless --database-url names a
PostgreSQL database) and times, in process through Django's test client: posting a
comment, the article page with 500 approved comments, and, with a million comments
loaded, the desk's pending queue, the API's, and decisions. Prints a table and
writes bench/results/comments-<backend>.json. See bench/README.md.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFERENCE_SIZE = 1_000_000


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--comments", type=int, default=REFERENCE_SIZE, help="how many to load"
    )
    parser.add_argument(
        "--repeat", type=int, help="runs per measure (default 200 posts, 50 others)"
    )
    parser.add_argument("--database-url", help="PostgreSQL URL (default: SQLite)")
    parser.add_argument(
        "--reset", action="store_true", help="empty that PostgreSQL database first"
    )
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    parser.add_argument(
        "--profile", action="store_true", help="profile each measure that misses"
    )
    return parser.parse_args(argv)


def configure(data_dir, database_url):
    """Set up Django as the demo runs, DEBUG off, on the database chosen."""
    os.environ.pop("DATABASE_URL", None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.demo",
        MASTHEAD_DATA=str(data_dir),
        DEBUG="false",
        ALLOWED_HOSTS="testserver,localhost,127.0.0.1",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()
    sys.path.insert(0, str(HERE))


class Bench:
    """The options, the results so far and how long building took."""

    def __init__(self, args):
        from django.db import connection

        self.args, self.connection = args, connection
        self.results, self.build = [], {}

    def repeat(self, default):
        return self.args.repeat or default

    def run(self, name, run, *, repeat, prepare=None):
        import measures
        import timing

        target = measures.target_ms(name)
        result = timing.measure(name, run, repeat, prepare=prepare, target_ms=target)
        result.queries = timing.count_queries(self.connection, run, prepare)
        self.results.append(result)
        verdict = {True: "pass", False: "MISS"}[result.passed]
        print(
            f"  {name}: median {result.median_ms:.2f} ms, p95 {result.p95_ms:.2f} ms,"
            f" CPU {result.cpu_median_ms:.2f} ms, {result.queries} queries {verdict}",
            flush=True,
        )
        if self.args.profile and not result.passed:
            print(timing.slowest_queries(self.connection, run, prepare))
            print(timing.profile(run, prepare))


def build_site(bench):
    import builders
    from timing import stopwatch

    with stopwatch("migrate + collectstatic", bench.build):
        builders.fresh_database(reset=bench.args.reset)
    with stopwatch("page tree + people", bench.build):
        tree = builders.build_tree()
        people = builders.make_people()
    with stopwatch("500 approved comments + rerender", bench.build):
        builders.add_approved_thread(tree["flagship"], people[0])
    return tree, people


def run_all(bench):
    import builders
    import measures
    from loader import Loader
    from timing import stopwatch

    tree, (moderator, key, admin, desks) = build_site(bench)
    stories, flagship = tree["articles"]["en"], tree["flagship"]
    print("Measuring on a small database", flush=True)
    measures.posting(bench, stories)
    measures.article_page(bench, flagship)

    total = bench.args.comments
    print(f"Loading {total:,} comments", flush=True)
    with stopwatch(f"load {total:,} comments", bench.build):
        counts = Loader(total, tree["articles"], desks).run()
    unanalyzed = "desk pending queue, before ANALYZE"
    desk = measures.logged_in(moderator)
    measures.page(bench, unanalyzed, desk, measures.PENDING_QUEUE, repeat=20)
    with stopwatch("ANALYZE", bench.build):
        builders.analyze()

    print(f"Measuring with {total:,} more comments", flush=True)
    measures.queues(bench, moderator, key, admin)
    measures.decisions(bench, moderator, key)
    suffix = f" ({total // 1000:,}k rows)"
    measures.posting(bench, stories, suffix)
    measures.article_page(bench, flagship, suffix)
    return counts


def report(bench, counts, load_before):
    import timing

    data = {
        "backend": bench.connection.vendor,
        "code": timing.code_version(),
        "comments_loaded": counts,
        "machine": timing.machine(bench.connection),
        "load_average_before": load_before,
        "load_average_after": timing.load_average(),
        "build_seconds": bench.build,
        "results": [result.as_dict() for result in bench.results],
    }
    print()
    print(timing.table(bench.results))
    print(f"\nLoad average before {load_before}, after {data['load_average_after']}")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    total = sum(counts.values())
    size = "" if total == REFERENCE_SIZE else f"-{total}"
    path = results / f"comments-{data['backend']}{size}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    print(f"Wrote {path}")


def main(argv=None):
    args = parse_args(argv)
    os.chdir(HERE.parent)
    data_dir = Path(tempfile.mkdtemp(prefix="masthead-bench-"))
    try:
        configure(data_dir, args.database_url)
        from timing import load_average

        load_before = load_average()
        bench = Bench(args)
        print(f"Building in {data_dir} on {bench.connection.vendor}", flush=True)
        counts = run_all(bench)
        report(bench, counts, load_before)
        return 0 if all(result.passed for result in bench.results) else 1
    finally:
        if args.keep:
            print(f"Data kept in {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
