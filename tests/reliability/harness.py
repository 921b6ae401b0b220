"""The soak harness lives in bench/ (standard library only, no Django), shared by
`python bench/soak.py` and these tests; this module makes it importable here and
holds the fixtures' sizes."""

import os
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import soak_harness  # noqa: E402
import soak_postgres  # noqa: E402

# CI sizes; `python bench/soak.py --comments 100000 --clients 64` is the full run.
COMMENTS = int(os.environ.get("SOAK_COMMENTS", "400"))
CLIENTS = int(os.environ.get("SOAK_CLIENTS", "16"))
CRASH_COMMENTS = int(os.environ.get("SOAK_CRASH_COMMENTS", "240"))
MODERATORS = 3
ARTICLES = 4
DEADLINE_SECONDS = 600  # a bound, not a target: 400 comments take about 15 seconds

__all__ = ["soak_harness", "soak_postgres"]
