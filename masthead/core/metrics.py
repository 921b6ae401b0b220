"""Counters of requests every server process keeps, read by /metrics.

Under `masthead serve` each granian worker is a process of its own and a scrape
reaches only one of them: the serve command points PROMETHEUS_MULTIPROC_DIR at a
folder of the data folder, where prometheus-client keeps each process's counts in
a file of its own and sums them at scrape time.
"""

import os
import shutil
from collections import Counter as Tallies

from prometheus_client import Counter

REQUESTS = Counter(
    "masthead_http_requests",
    "Requests answered, by status and by what answered them "
    "(baked: a baked page from the edge; edge: refused before Django; django).",
    ["status", "answered_by"],
)
BAKED_LOOKUPS = Counter(
    "masthead_baked_lookups",
    "GET and HEAD requests looked up among the baked pages: hit (answered from a "
    "file) or miss (passed to Django).",
    ["outcome"],
)


class EdgeTally:
    """The edge's counts as plain integers, added to the counters once a second.

    Adding to a multiprocess counter takes a lock and a write to its file, about
    10 µs here: an eighth of a baked answer. An integer added on the event loop,
    which alone touches it, costs a hundredth of that.
    """

    def __init__(self):
        self.hits = Tallies()
        self.misses = 0
        self.refusals = Tallies()

    def hit(self, status):
        self.hits[status] += 1

    def miss(self):
        self.misses += 1

    def refusal(self, status):
        self.refusals[status] += 1

    def flush(self):
        hits, self.hits = self.hits, Tallies()
        refusals, self.refusals = self.refusals, Tallies()
        misses, self.misses = self.misses, 0
        for status, count in hits.items():
            REQUESTS.labels(str(status), "baked").inc(count)
        for status, count in refusals.items():
            REQUESTS.labels(str(status), "edge").inc(count)
        if hits:
            BAKED_LOOKUPS.labels("hit").inc(hits.total())
        if misses:
            BAKED_LOOKUPS.labels("miss").inc(misses)


def share_counters_between_processes(folder):
    """Have the processes started from now on keep their counts in `folder`, which
    prometheus-client sums at scrape time; emptied first, since a file left by an
    earlier run would add its counts to this one's."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, mode=0o700)
    # Read by prometheus-client when a worker process first imports it.
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)
