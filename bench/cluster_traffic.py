"""The cluster soak's traffic: readers and moderators spread over several servers.

Readers alternate between the servers, half by the form and half by the API, each
post from an address of its own (X-Forwarded-For, a new IPv6 network each time), so
the flood limit the servers enforce turns no reader away but the one the flood check
sends. Half the moderators decide through the API, half through the desk's HTML
forms, each switching server every round. Every approval that is answered is handed
to `on_approved` (the visibility watch). A server marked down is left alone until it
is marked up again; a request that finds it gone is sent to another.
"""

import http.cookiejar
import json
import random
import re
import threading
import time
import urllib.parse
import urllib.request

from soak_harness import Soak
from soak_traffic import MARKER_TEXT, FormClient, NoRedirect, request

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ROW = re.compile(r'<li class="row" id="comment-(\d+)"')
REVISION = re.compile(r'name="revision" value="(\d+)"')
ACTIONS = ("approve", "reject", "edit")
# No answer, or the database out of reach: the decision may or may not be stored.
UNANSWERED = (0, 503)


def reader_address(client, number):
    """Return an address of a network no other post comes from."""
    return f"fd00:{client:x}:{number >> 16:x}:{number & 0xFFFF:x}::1"


class ClusterSoak(Soak):
    """Soak (soak_harness.py) over `servers`, articles filled a few at a time."""

    def __init__(self, servers, site, comments, clients, seconds, on_approved=None):
        super().__init__(servers[0], site, comments, clients, seconds, drain=True)
        self.servers = servers
        self.down = set()  # indexes of servers the faults have taken away
        self.article_of = {}  # marker -> article, for the visibility watch
        self.on_approved = on_approved or (lambda marker, article, at: None)
        self.backlog_drained = threading.Event()
        self.backlog_drained.set()  # cleared by a watch that knows better

    def up(self, turn):
        """Return the server whose turn it is, skipping those marked down."""
        order = [i for i in range(len(self.servers)) if i not in self.down]
        return self.servers[order[turn % len(order)] if order else 0]

    def article_now(self, rng):
        """Return an article of the part of the run the readers are in: each
        article gets its share of the comments, so its first baked page (the one
        readers see) holds every comment approved on it."""
        articles = self.site["articles"]
        part = len(self.tally.acknowledged) * len(articles) // max(1, self.comments)
        return articles[min(len(articles) - 1, part + rng.randrange(2))]

    def reader(self, client, count):
        rng = random.Random(client)
        forms = [FormClient(server.base_url, None) for server in self.servers]
        posted = attempt = 0
        while posted < count and time.monotonic() < self.deadline:
            attempt += 1
            server = self.up(client + attempt)
            article = self.article_now(rng)
            kind = "f" if posted % 2 == 0 else "a"
            marker = self.marker(kind, client, attempt)
            body = f"Comment {marker}: the ferry runs again."
            headers = {"X-Forwarded-For": reader_address(client, attempt)}
            began = time.monotonic()
            if kind == "f":
                form = forms[self.servers.index(server)]
                (status, payload), ok = form.post(article, body, headers), 303
            else:
                (status, payload), ok = self.api_post_to(server, article, body, headers)
                ok = 202
            self.tally.record(
                "form" if kind == "f" else "api", status, time.monotonic() - began
            )
            if status in (0, 503):
                time.sleep(0.2)  # gone or restarting: sent again, new marker
                continue
            posted += 1
            if status == ok:
                with self.tally.lock:
                    self.article_of[marker] = article
                    self.tally.acknowledged[marker] = (
                        json.loads(payload)["id"] if kind == "a" else None
                    )

    def api_post_to(self, server, article, body, headers):
        data = json.dumps({"name": "Soak reader", "body": body}).encode()
        opener = urllib.request.build_opener(NoRedirect)
        url = f"{server.base_url}/api/v1/articles/{article['id']}/comments"
        headers = {"Content-Type": "application/json", **headers}
        return request(opener, url, data, headers), 202

    def moderator(self, key):
        number = self.site["keys"].index(key)
        desk = number % 2 == 1
        rng = random.Random(key)
        client = DeskClient(self, f"soak-moderator-{number}") if desk else None
        turn = number
        while time.monotonic() < self.deadline:
            turn += 1
            server = self.up(turn)
            if client:
                found = client.round(server, rng)
            else:
                found = self.api_round(server, key, rng)
            if found is None:
                time.sleep(0.2)  # the server went away mid-round
            elif not found:
                if self.readers_done.is_set() and self.backlog_drained.is_set():
                    return
                time.sleep(0.2)
            elif not self.drain and self.readers_done.is_set():
                if self.backlog_drained.is_set():
                    return  # the rest of the queue waits for the next shift

    def api_round(self, server, key, rng):
        """Decide up to six of the pending comments; return how many were listed
        (None when the server did not answer)."""
        opener = urllib.request.build_opener(NoRedirect)
        headers = {"Authorization": f"Bearer {key}"}
        url = f"{server.base_url}/api/v1/moderation/comments?limit=30"
        status, payload = request(opener, url, headers=headers)
        self.tally.record("queue", status, 0, payload)
        if status != 200:
            return None
        items = json.loads(payload)["items"]
        rng.shuffle(items)
        for item in items[:6]:
            self.api_decide(server, opener, headers, item, rng)
        return len(items)

    def api_decide(self, server, opener, headers, item, rng):
        action = rng.choices(ACTIONS, [6, 3, 1])[0]
        decision = {"action": action, "revision": item["revision"]}
        if action != "approve":
            decision["reason"] = self.site["reason"]
        if action == "edit":
            decision["body"] = item["body"] + " [edited by the desk]"
        url = f"{server.base_url}/api/v1/moderation/comments/{item['id']}/decisions"
        began = time.monotonic()
        data = json.dumps(decision).encode()
        headers = {**headers, "Content-Type": "application/json"}
        status, payload = request(opener, url, data, headers)
        self.tally.record("decision", status, time.monotonic() - began, payload)
        self.count_decision(action, status == 200, status not in UNANSWERED)
        if status == 200 and action == "approve":
            self.approved(item["body"])

    def count_decision(self, action, taken, answered):
        with self.tally.lock:
            if taken:
                self.tally.decisions[action] += 1
                if not self.readers_done.is_set():
                    self.tally.decided_while_posting += 1
            elif not answered:
                self.tally.unanswered[action] += 1

    def approved(self, body):
        """Hand an answered approval to the watch, timed from now."""
        at = time.monotonic()
        found = MARKER_TEXT.search(body)
        if found and found.group(0) in self.article_of:
            self.on_approved(found.group(0), self.article_of[found.group(0)], at)


class DeskClient:
    """A moderator at the desk's HTML pages: signed in with a password, reading
    the pending queue and posting the approve and reject forms with CSRF tokens."""

    def __init__(self, soak, username):
        self.soak, self.username = soak, username
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect
        )
        self.signed_in = set()

    def get(self, server, path):
        return request(self.opener, server.base_url + path)

    def sign_in(self, server):
        status, page = self.get(server, "/admin/login/")
        token = CSRF.search(page.decode("utf-8", "replace"))
        if status != 200 or not token:
            return False
        data = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token.group(1),
                "username": self.username,
                "password": self.soak.site["password"],
                "next": "/moderation/",
            }
        ).encode()
        headers = {"Referer": server.base_url + "/admin/login/"}
        status, _ = request(
            self.opener, server.base_url + "/admin/login/", data, headers
        )
        return status == 302

    def round(self, server, rng):
        """Decide up to four rows of the pending queue; return how many were listed
        (None when the server did not answer)."""
        status, page = self.get(server, "/moderation/queue/pending/")
        self.soak.tally.record("desk", status, 0, page)
        if status == 302 and self.sign_in(server):
            status, page = self.get(server, "/moderation/queue/pending/")
        if status != 200:
            return None
        text = page.decode("utf-8", "replace")
        rows = desk_rows(text)
        rng.shuffle(rows)
        token = CSRF.search(text)
        for row in rows[:4] if token else []:
            self.decide(server, token.group(1), row, rng)
        return len(rows)

    def decide(self, server, token, row, rng):
        comment_id, revision, marker = row
        action = rng.choices(ACTIONS[:2], [2, 1])[0]
        fields = {
            "csrfmiddlewaretoken": token,
            "revision": revision,
            "seen_status": "pending",
            "queue": "/moderation/queue/pending/",
            "origin": "queue",
        }
        if action == "reject":
            fields["reason"] = self.soak.site["reason"]
        url = f"{server.base_url}/moderation/comments/{comment_id}/{action}/"
        headers = {"Referer": server.base_url + "/moderation/queue/pending/"}
        data = urllib.parse.urlencode(fields).encode()
        began = time.monotonic()
        status, _ = request(self.opener, url, data, headers)
        self.soak.tally.record("desk decision", status, time.monotonic() - began)
        if status == 303:
            taken = self.was_taken(server, comment_id, action)
        else:
            taken = None if status in UNANSWERED else False
        # A decision whose outcome could not be read may or may not be stored.
        self.soak.count_decision(action, taken, answered=taken is not None)
        if taken and action == "approve" and marker:
            self.soak.approved(marker)

    def was_taken(self, server, comment_id, action):
        """Read the message the desk shows after the redirect: True when the
        decision was taken, False when refused, None when no page came."""
        status, page = self.get(server, "/moderation/queue/pending/")
        if status != 200:
            return None
        done = "approved" if action == "approve" else "rejected"
        return f"Comment #{comment_id} {done}." in page.decode("utf-8", "replace")


def desk_rows(text):
    """Return (id, revision, marker or None) of each row of a desk queue page."""
    rows = []
    starts = [found.start() for found in ROW.finditer(text)] + [len(text)]
    for start, end in zip(starts, starts[1:], strict=False):
        chunk = text[start:end]
        revision = REVISION.search(chunk)
        if revision is None:
            continue
        marker = MARKER_TEXT.search(chunk)
        rows.append(
            (
                ROW.match(chunk).group(1),
                revision.group(1),
                marker.group(0) if marker else None,
            )
        )
    return rows
