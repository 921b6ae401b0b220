"""The soak's traffic: HTTP with the standard library, a reader's form client,
and the tally of what the clients saw. Every request goes to 127.0.0.1 and has a
timeout; a refused connection is status 0, never an exception."""

import http.client
import http.cookiejar
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field

SECURITY = re.compile(r'name="security" value="([^"]+)"')
# Each acknowledged comment carries one (soak_site.py reads them back the same way).
MARKER_TEXT = re.compile(r"soak-[0-9a-f]+-[fa]\d+-\d+")


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
