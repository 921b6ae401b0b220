"""Soak a real `masthead serve`: readers post, moderators decide, nothing is lost.

Standard library only, and no Django in this process: the server runs in its own
process group (so a crash test can kill -9 it whole), and soak_site.py reads the
database in a process of its own. Traffic goes to 127.0.0.1 only, every loop is
bounded by a count and a deadline, and every client stops by itself.
"""

import http.client
import http.cookiejar
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECURITY = re.compile(r'name="security" value="([^"]+)"')
# Each acknowledged comment carries one (soak_site.py reads them back the same way).
MARKER_TEXT = re.compile(r"soak-[0-9a-f]+-[fa]\d+-\d+")
LOOPBACK = "127.0.0.1"
# The server sees every client as 127.0.0.1: limits per address are raised for the
# soak, and the bot guard's minimum form age set to nothing.
SOAK_ENV = {
    "MASTHEAD_FLOOD_COMMENTER": "1000000/s",
    "MASTHEAD_FLOOD_ARTICLE": "1000000/s",
    "MASTHEAD_MIN_FORM_SECONDS": "0",
    "LOG_LEVEL": "ERROR",
}


def free_port():
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def wait_for_port(port, seconds=30):
    """Wait until something listens on 127.0.0.1:`port`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection((LOOPBACK, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port} after {seconds}s")


def site_command(env, *arguments, timeout=600):
    """Run soak_site.py (or `masthead ...` with masthead=True) and return its JSON."""
    done = subprocess.run(
        [sys.executable, str(HERE / "soak_site.py"), *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode:
        raise RuntimeError(f"soak_site {arguments[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def masthead(env, *arguments, timeout=600):
    done = subprocess.run(
        [sys.executable, "-m", "masthead", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode:
        raise RuntimeError(f"masthead {arguments[0]} failed:\n{done.stderr[-3000:]}")


def site_env(data_dir, database_url=None, redis_url=None):
    """Return the environment of a demo-settings site in `data_dir`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(SOAK_ENV)
    env["DJANGO_SETTINGS_MODULE"] = "masthead.settings.demo"
    env["MASTHEAD_DATA"] = str(data_dir)
    if database_url:
        env["DATABASE_URL"] = database_url
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def prepare_site(env, articles, moderators, *password, collect_static=True):
    """Migrate, collect static files (unless the caller put them in place) and
    make the articles and moderators."""
    masthead(env, "migrate", "--noinput")
    if collect_static:
        masthead(env, "collectstatic", "--noinput")
    return site_command(env, "setup", str(articles), str(moderators), *password)


class Server:
    """`masthead serve` in a process group of its own, on a fixed port."""

    def __init__(self, env, workers=2, log_path=None):
        self.env, self.workers = env, workers
        self.port = free_port()
        self.base_url = f"http://{LOOPBACK}:{self.port}"
        self.log_path = log_path or Path(env["MASTHEAD_DATA"]) / "serve.log"
        self.process = None

    def start(self, seconds=60):
        with open(self.log_path, "a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "masthead", "serve"]
                + ["--addr", f"{LOOPBACK}:{self.port}", "--workers", str(self.workers)],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"serve exited:\n{self.log_path.read_text()[-3000:]}"
                )
            try:
                urllib.request.urlopen(
                    f"{self.base_url}/api/v1/openapi.json", timeout=5
                )
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"serve did not answer in {seconds}s")

    def kill(self):
        """kill -9 the granian master and every worker, as a power cut would not."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def request(opener, url, data=None, headers=None, timeout=30):
    """Return (status, body); a refused connection or reset is status 0."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with opener.open(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (OSError, http.client.HTTPException):
        return 0, b""


@dataclass
class Tally:
    """What the clients saw, shared by every thread."""

    acknowledged: dict = field(default_factory=dict)  # marker -> comment id or None
    statuses: Counter = field(default_factory=Counter)
    latencies: list = field(default_factory=list)
    decisions: Counter = field(default_factory=Counter)
    # Decisions whose answer never came (the server was killed): stored or not.
    unanswered: Counter = field(default_factory=Counter)
    # Decisions answered while readers were still posting: the two really overlapped.
    decided_while_posting: int = 0
    server_errors: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind, status, seconds, body=b""):
        with self.lock:
            self.statuses[f"{kind} {status}"] += 1
            if status:
                self.latencies.append(seconds)
            if status >= 500 and status != 503:
                self.server_errors.append((kind, status, body[:300]))


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


class FormClient:
    """A reader's browser without JavaScript: cookies, the CSRF token and the signed
    target read from the article page once, then posted with each comment."""

    def __init__(self, base_url, article):
        self.base_url = base_url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect
        )
        self.targets = {}

    def target(self, article):
        if article["id"] not in self.targets:
            status, page = request(self.opener, self.base_url + article["url"])
            found = SECURITY.search(page.decode("utf-8", "replace"))
            if status != 200 or not found:
                return None
            self.targets[article["id"]] = found.group(1).replace("&#x27;", "'")
        return self.targets[article["id"]]

    def post(self, article, body, headers=None):
        # The comment form carries no CSRF token: the Referer below names our page.
        security = self.target(article)
        if security is None:
            return 0, b""
        data = urllib.parse.urlencode(
            {
                "security": security,
                "name": "Soak reader",
                "body": body,
            }
        ).encode()
        return request(
            self.opener,
            f"{self.base_url}/comments/post/{article['id']}/",
            data,
            {"Referer": self.base_url + article["url"], **(headers or {})},
        )


def queue_counts(base_url, key):
    """Return {status: count} by walking the desk API's pages of every queue."""
    opener = urllib.request.build_opener(NoRedirect)
    counts = {}
    for status in ("pending", "approved", "rejected"):
        url = f"{base_url}/api/v1/moderation/comments?status={status}&limit=200"
        total = 0
        for _page in range(100_000):
            code, payload = request(
                opener, url, headers={"Authorization": f"Bearer {key}"}
            )
            if code != 200:
                raise RuntimeError(f"{url} answered {code}: {payload[:300]!r}")
            page = json.loads(payload)
            total += len(page["items"])
            if not page["next"]:
                break
            url = page["next"]
        counts[status] = total
    return counts


def wait_until_acknowledged(soak, count, seconds=120):
    """Wait until readers have `count` acknowledged comments: a crash lands mid-soak
    however fast the server answers."""
    deadline = time.monotonic() + seconds
    while len(soak.tally.acknowledged) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return len(soak.tally.acknowledged)


def wait_for_background_work(env, seconds=300):
    """Wait until the worker has triaged every stored comment; return the seconds.

    Triage may still reject a comment automatically, so counts are compared only
    once no job waits.
    """
    started = time.monotonic()
    while site_command(env, "waiting")["waiting_jobs"]:
        if time.monotonic() - started > seconds:
            raise RuntimeError(f"triage jobs still waiting after {seconds}s")
        # Each look starts a Django process: look seldom enough to leave the CPU
        # to the worker being waited for.
        time.sleep(min(5, 0.5 + (time.monotonic() - started) / 10))
    return time.monotonic() - started


def verify_when_idle(env, seconds=300):
    """Return what verify() reads once the worker has triaged every stored comment.

    One Django process per look, each the verify itself: the last look is the
    answer, rather than a wait followed by a process of its own to read it.
    """
    started = time.monotonic()
    while (database := site_command(env, "verify"))["waiting_jobs"]:
        if time.monotonic() - started > seconds:
            raise RuntimeError(f"triage jobs still waiting after {seconds}s")
        time.sleep(min(5, 0.5 + (time.monotonic() - started) / 10))
    return database


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
