"""Soak a real `masthead serve`: readers post, moderators decide, nothing is lost.

Standard library only, and no Django in this process: the server runs in its own
process group (so a crash test can kill -9 it whole), and soak_site.py reads the
database in a process of its own. Traffic goes to 127.0.0.1 only, every loop is
bounded by a count and a deadline, and every client stops by itself.
"""

import json
import random
import sys
import threading
import time
import urllib.request
import uuid
from collections import Counter

from soak_processes import (
    LOOPBACK,
    Server,
    free_port,
    masthead,
    prepare_site,
    site_command,
    site_env,
    verify_when_idle,
    wait_for_background_work,
    wait_for_port,
)
from soak_traffic import (
    MARKER_TEXT,
    FormClient,
    NoRedirect,
    Tally,
    queue_counts,
    request,
    wait_until_acknowledged,
)

# The soak's pieces, one import for its users (bench/soak.py, bench/cluster.py, the
# tests): processes in soak_processes.py, traffic in soak_traffic.py.
__all__ = [
    "LOOPBACK",
    "MARKER_TEXT",
    "FormClient",
    "NoRedirect",
    "Server",
    "Soak",
    "Tally",
    "free_port",
    "masthead",
    "percentile",
    "prepare_site",
    "problems",
    "queue_counts",
    "request",
    "site_command",
    "site_env",
    "summary",
    "verify_when_idle",
    "wait_for_background_work",
    "wait_for_port",
    "wait_until_acknowledged",
]


class Soak:
    """Readers post `comments` in all (half by form, half by API) from `clients`
    threads, while `moderators` threads decide through the API."""

    def __init__(
        self, server, site, comments, clients, seconds=600, seed=1, drain=True
    ):
        self.server, self.site = server, site
        self.comments, self.clients, self.drain = comments, clients, drain
        self.deadline = time.monotonic() + seconds
        self.run_id = uuid.uuid4().hex[:8]
        self.tally = Tally()
        self.random = random.Random(seed)
        self.readers_done = threading.Event()
        self.outage = threading.Event()  # set while a test holds the service down

    def marker(self, kind, client, number):
        return f"soak-{self.run_id}-{kind}{client}-{number}"

    def run(self, during=None):
        """Run every client to the end; `during(soak)` runs meanwhile (a crash...)."""
        started = time.monotonic()
        per_client = -(-self.comments // self.clients)
        readers = [
            threading.Thread(target=self.reader, args=(n, per_client), daemon=True)
            for n in range(self.clients)
        ]
        deciders = [
            threading.Thread(target=self.moderator, args=(key,), daemon=True)
            for key in self.site["keys"]
        ]
        for thread in readers + deciders:
            thread.start()
        if during:
            during(self)
        while time.monotonic() < self.deadline:
            alive = [thread for thread in readers if thread.is_alive()]
            if not alive:
                break
            left = max(0.1, self.deadline - time.monotonic())
            alive[0].join(min(self.progress_every or 30, left))
            self.report_progress(started)
        self.readers_done.set()
        for thread in deciders:
            thread.join(max(1, self.deadline - time.monotonic() + 30))
        self.elapsed = time.monotonic() - started
        return self.tally

    progress_every = 30  # seconds between progress lines on stderr; 0 for none

    def report_progress(self, started):
        if self.progress_every:
            print(
                f"[soak] {time.monotonic() - started:.0f}s: "
                f"{len(self.tally.acknowledged)} acknowledged, "
                f"{sum(self.tally.decisions.values())} decided",
                file=sys.stderr,
                flush=True,
            )

    def reader(self, client, count):
        """Post `count` comments, alternating form and API, each with a marker."""
        rng = random.Random(client)
        form = FormClient(self.server.base_url, self.site["articles"][0])
        posted = attempt = 0
        while posted < count and time.monotonic() < self.deadline:
            attempt += 1
            article = rng.choice(self.site["articles"])
            use_form = posted % 2 == 0
            kind = "f" if use_form else "a"
            marker = self.marker(kind, client, attempt)
            body = f"Comment {marker}: the ferry runs again."
            began = time.monotonic()
            if use_form:
                (status, payload), ok = form.post(article, body), 303
            else:
                (status, payload), ok = self.api_post(article, body), 202
            seconds = time.monotonic() - began
            self.tally.record("form" if use_form else "api", status, seconds, payload)
            if status in (0, 503):
                # Down or restarting: no answer, so this comment is sent again later
                # under a new marker (the first may or may not have been stored).
                time.sleep(0.2)
                continue
            posted += 1
            if status == ok:
                with self.tally.lock:
                    self.tally.acknowledged[marker] = (
                        json.loads(payload)["id"] if kind == "a" else None
                    )

    def api_post(self, article, body):
        data = json.dumps({"name": "Soak reader", "body": body}).encode()
        opener = urllib.request.build_opener(NoRedirect)
        return request(
            opener,
            f"{self.server.base_url}/api/v1/articles/{article['id']}/comments",
            data,
            {"Content-Type": "application/json"},
        )

    def moderator(self, key):
        """Take pending comments and approve, reject or edit them until the readers
        are done (or, with `drain`, until the queue is empty too)."""
        rng = random.Random(key)
        opener = urllib.request.build_opener(NoRedirect)
        headers = {"Authorization": f"Bearer {key}"}
        while time.monotonic() < self.deadline:
            if self.readers_done.is_set() and not self.drain:
                return
            url = f"{self.server.base_url}/api/v1/moderation/comments?limit=30"
            status, payload = request(opener, url, headers=headers)
            self.tally.record("queue", status, 0, payload)
            items = json.loads(payload)["items"] if status == 200 else []
            if not items:
                if self.readers_done.is_set() and status == 200:
                    return
                time.sleep(0.2)
                continue
            # Mostly different comments per moderator, some the same: races that
            # must end in one decision and a 409 for the other.
            rng.shuffle(items)
            for item in items[:6]:
                self.decide(opener, headers, item, rng)

    def decide(self, opener, headers, item, rng):
        action = rng.choices(["approve", "reject", "edit"], [6, 3, 1])[0]
        decision = {"action": action, "revision": item["revision"]}
        if action != "approve":
            decision["reason"] = self.site["reason"]
        if action == "edit":
            decision["body"] = item["body"] + " [edited by the desk]"
        url = (
            f"{self.server.base_url}/api/v1/moderation/comments/{item['id']}/decisions"
        )
        began = time.monotonic()
        status, payload = request(
            opener,
            url,
            json.dumps(decision).encode(),
            {**headers, "Content-Type": "application/json"},
        )
        self.tally.record("decision", status, time.monotonic() - began, payload)
        if status in (200, 0):
            with self.tally.lock:
                (self.tally.decisions if status else self.tally.unanswered)[action] += 1
                if status and not self.readers_done.is_set():
                    self.tally.decided_while_posting += 1


def problems(tally, database, desk_counts=None, before=None):
    """Return a list of what went wrong; empty when nothing was lost.

    `before` is what verify() read before this soak, for a site soaked again.
    """
    found = []
    earlier = Counter((before or {}).get("audit", {}))
    if tally.server_errors:
        found.append(
            f"{len(tally.server_errors)} server errors: {tally.server_errors[:3]}"
        )
    markers = database["markers"]
    missing = [m for m in tally.acknowledged if markers.get(m, 0) != 1]
    if missing:
        found.append(
            f"{len(missing)} acknowledged comments missing or doubled: {missing[:5]}"
        )
    doubled = [m for m, count in markers.items() if count > 1]
    if doubled:
        found.append(f"stored more than once: {doubled[:5]}")
    ids = set(database["ids"])
    lost_ids = [
        i for i in tally.acknowledged.values() if i is not None and i not in ids
    ]
    if lost_ids:
        found.append(f"API ids not in the database: {lost_ids[:5]}")
    audit = Counter(database["audit"])
    audit.subtract(earlier)
    for action in set(audit) | set(tally.decisions):
        answered = tally.decisions[action]
        if not answered <= audit[action] <= answered + tally.unanswered[action]:
            found.append(
                f"{audit[action]} audit entries for {answered} {action} decisions"
                f" ({tally.unanswered[action]} unanswered)"
            )
    if database["decided_more_than_once"]:
        found.append(f"decided twice: {database['decided_more_than_once'][:5]}")
    if database["revision_gaps"]:
        found.append(f"revisions missing: {database['revision_gaps'][:5]}")
    if desk_counts is not None:
        statuses = {s: database["statuses"].get(s, 0) for s in desk_counts}
        if desk_counts != statuses:
            found.append(f"desk counts {desk_counts} != database {statuses}")
    return found


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def summary(soak):
    tally = soak.tally
    posts = sum(
        count
        for key, count in tally.statuses.items()
        if key.startswith(("form", "api")) and not key.endswith(" 0")
    )
    return {
        "comments_acknowledged": len(tally.acknowledged),
        "requests": dict(sorted(tally.statuses.items())),
        "decisions": dict(tally.decisions),
        "decided_while_posting": tally.decided_while_posting,
        "seconds": round(soak.elapsed, 1),
        "answered_posts_per_second": round(posts / soak.elapsed, 1),
        "p50_ms": round(percentile(tally.latencies, 0.5) * 1000, 1),
        "p95_ms": round(percentile(tally.latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(tally.latencies, 0.99) * 1000, 1),
    }
