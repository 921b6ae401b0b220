"""What the cluster soak watches while the load runs: approved comments reaching
every server's baked page, the queues' backlog through /metrics, and a flood limit
counted across servers.

Standard library only, like soak_harness.py; every loop ends with its stop event.
"""

import json
import re
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from soak_traffic import NoRedirect, request

POLL_SECONDS = 0.05
METRIC = re.compile(r'^(masthead_[a-z_]+)\{[a-z]+="([^"]*)"\} ([0-9.e+-]+)$', re.M)
TRIAGE_TASK = "masthead.triage.tasks.triage_comment"


@dataclass
class Sample:
    """One answered approval: when it was answered, and when each server first
    served its comment on the article's baked page (seconds after)."""

    marker: str
    url: str
    at: float
    seen: dict = field(default_factory=dict)
    # A server was down while it was waited for: timed apart from the rest.
    outage: bool = False


class VisibilityWatch:
    """Poll each server's article page until every approved comment is on it."""

    def __init__(self, servers, down, give_up_seconds=60):
        self.servers, self.down = servers, down
        self.give_up_seconds = give_up_seconds
        self.waiting, self.done, self.late = [], [], []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.opener = urllib.request.build_opener(NoRedirect)
        self.pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="watch")

    def add(self, marker, article, at):
        with self.lock:
            self.waiting.append(Sample(marker, article["url"], at))

    def run(self):
        while not self.stopping.is_set():
            with self.lock:
                waiting = list(self.waiting)
            if waiting:
                self.look(waiting)
                self.settle(waiting, set(self.down))
            self.stopping.wait(POLL_SECONDS)

    def look(self, waiting):
        """Fetch each article still awaited from every server at once, as readers
        would (a page purged is rendered before it is answered), and note who
        shows what."""
        down = set(self.down)
        pairs = [
            (url, index)
            for url in {sample.url for sample in waiting}
            for index in range(len(self.servers))
            if index not in down
        ]
        for (url, index), (text, now) in zip(
            pairs, self.pool.map(self.fetch, pairs), strict=True
        ):
            for sample in waiting:
                if sample.url == url and index not in sample.seen:
                    if sample.marker in text:
                        sample.seen[index] = now - sample.at

    def fetch(self, pair):
        url, index = pair
        status, page = request(
            self.opener, self.servers[index].base_url + url, timeout=10
        )
        text = page.decode("utf-8", "replace") if status == 200 else ""
        return text, time.monotonic()

    def settle(self, waiting, down):
        now = time.monotonic()
        with self.lock:
            for sample in waiting:
                sample.outage = sample.outage or bool(down)
                if len(sample.seen) == len(self.servers):
                    self.waiting.remove(sample)
                    self.done.append(sample)
                elif now - sample.at > self.give_up_seconds:
                    self.waiting.remove(sample)
                    self.late.append(sample)

    def last_look(self):
        """Look once more for the samples given up on: shown late, or never."""
        self.stopping.set()
        late, self.late = self.late, []
        self.look(late)
        for sample in late:
            if len(sample.seen) == len(self.servers):
                self.done.append(sample)
            else:
                self.late.append(sample)


class BacklogWatch:
    """Read /metrics every `every` seconds from a server that is up: the triage
    jobs waiting and the comments waiting for a decision, their peaks, and how long
    each took to reach 0 after the readers stopped."""

    def __init__(self, soak, token, every=1.0):
        self.soak, self.token, self.every = soak, token, every
        self.peaks = {"triage_jobs": 0, "pending_comments": 0}
        self.drained_after = {}
        self.readers_done_at = None
        self.stopping = threading.Event()
        self.opener = urllib.request.build_opener(NoRedirect)
        soak.backlog_drained.clear()

    def run(self):
        turn = 0
        while not self.stopping.wait(self.every):
            turn += 1
            figures = self.read(self.soak.up(turn))
            if figures is not None:
                self.note(figures, time.monotonic())

    def read(self, server):
        headers = {"Authorization": f"Bearer {self.token}"}
        status, body = request(
            self.opener, server.base_url + "/metrics", headers=headers, timeout=20
        )
        if status != 200:
            return None
        return backlog_figures(body.decode("utf-8", "replace"))

    def note(self, figures, now):
        for name, value in figures.items():
            self.peaks[name] = max(self.peaks[name], value)
        if self.soak.readers_done.is_set() and self.readers_done_at is None:
            self.readers_done_at = now
        if self.readers_done_at is None:
            return
        for name, value in figures.items():
            if value == 0 and name not in self.drained_after:
                self.drained_after[name] = now - self.readers_done_at
        if "triage_jobs" in self.drained_after:
            self.soak.backlog_drained.set()


def backlog_figures(text):
    """Return the triage jobs due and the comments pending, summed over labels."""
    figures = {"triage_jobs": 0, "pending_comments": 0}
    for name, label, value in METRIC.findall(text):
        if name == "masthead_task_queue_due_jobs" and label == TRIAGE_TASK:
            figures["triage_jobs"] += int(float(value))
        elif name == "masthead_pending_comments":
            figures["pending_comments"] += int(float(value))
    return figures


def flood_check(soak, limit, posts=None):
    """Post as one reader (one address, one name) to the servers in turn, by the
    API; return {"allowed", "refused", "expected", "other"}."""
    opener = urllib.request.build_opener(NoRedirect)
    article = soak.site["articles"][-1]
    counts = {"allowed": 0, "refused": 0, "other": 0, "expected": limit}
    for number in range(posts or 2 * limit + 2):
        server = soak.up(number)
        body = json.dumps({"name": "Flood reader", "body": f"Flood post {number}"})
        headers = {
            "Content-Type": "application/json",
            "X-Forwarded-For": "198.51.100.77",
        }
        url = f"{server.base_url}/api/v1/articles/{article['id']}/comments"
        status, _ = request(opener, url, body.encode(), headers)
        key = {202: "allowed", 429: "refused"}.get(status, "other")
        counts[key] += 1
    return counts
