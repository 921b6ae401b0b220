"""The soak harness lives in bench/ (standard library only, no Django), shared by
`python bench/soak.py` and these tests; this module makes it importable here and
holds the fixtures' sizes."""

import os
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cluster_report  # noqa: E402
import cluster_traffic  # noqa: E402
import cluster_watch  # noqa: E402
import soak_harness  # noqa: E402
import soak_postgres  # noqa: E402
import soak_processes  # noqa: E402

# CI sizes; `python bench/soak.py --comments 100000 --clients 64` is the full run.
# Sixteen readers at once against two workers, racing three moderators, is what finds
# a lost or doubled comment; the count only sets how long the race lasts, and most of
# the time went to triaging it afterwards. A multiple of the clients, so each reader
# posts the same number and exactly COMMENTS are acknowledged.
COMMENTS = int(os.environ.get("SOAK_COMMENTS", "256"))
CLIENTS = int(os.environ.get("SOAK_CLIENTS", "16"))
CRASH_COMMENTS = int(os.environ.get("SOAK_CRASH_COMMENTS", "160"))
MODERATORS = 3
ARTICLES = 4
DEADLINE_SECONDS = 600  # a bound, not a target: 256 comments take about 10 seconds

__all__ = [
    "cluster_report",
    "cluster_traffic",
    "cluster_watch",
    "soak_harness",
    "soak_postgres",
    "soak_processes",
]
