"""Part (f) of the serving benchmark: the desk's pending queue and a decision with a
million comments in the database, measured as bench/comments.py measures them
(its builders, loader and measures; Django's test client in this process).

    python bench/desk_scale.py --comments 1000000 --repeat 30 --out OUT.json

Builds in a temporary data folder of its own and removes it at the end.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUEUE = "desk pending queue (en desk)"
DECISION = "approve, desk view POST"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--out", required=True)
    return parser.parse_args(argv)


def measure(args):
    import builders
    import comments
    import measures
    from loader import Loader
    from timing import stopwatch

    bench = comments.Bench(argparse.Namespace(repeat=args.repeat, profile=False))
    with stopwatch("migrate + collectstatic", bench.build):
        builders.fresh_database()
    with stopwatch("page tree + people", bench.build):
        tree = builders.build_tree()
        moderator, key, admin, desks = builders.make_people()
    with stopwatch(f"load {args.comments:,} comments", bench.build):
        counts = Loader(args.comments, tree["articles"], desks).run()
    with stopwatch("ANALYZE", bench.build):
        builders.analyze()
    measures.queues(bench, moderator, key, admin)
    measures.decisions(bench, moderator, key)
    return bench, counts


def main(argv=None):
    args = parse_args(argv)
    sys.path.insert(0, str(HERE))
    data_dir = Path(tempfile.mkdtemp(prefix="masthead-desk-"))
    try:
        import comments

        # Pages are baked again after a decision: in the task queue, as README.md
        # advises for the desk (no worker runs here), not in the moderator's request.
        os.environ.setdefault("MASTHEAD_MIRROR_TASKS", "comments")
        os.environ.setdefault("SITE_URL", "http://localhost")
        comments.configure(data_dir, None)
        bench, counts = measure(args)
        results = {result.name: result.as_dict() for result in bench.results}
        data = {
            "comments_loaded": counts,
            "build_seconds": bench.build,
            "queue_ms": results[QUEUE]["median_ms"],
            "decision_ms": results[DECISION]["median_ms"],
            "queue_cpu_ms": results[QUEUE]["cpu_median_ms"],
            "decision_cpu_ms": results[DECISION]["cpu_median_ms"],
            "results": list(results.values()),
        }
        Path(args.out).write_text(json.dumps(data, indent=2) + "\n")
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
