"""The measures: each request goes through Django's test client in this process, so
the time is the server's own (middleware, view, queries, template), no network.

Import only after django.setup().
"""

import itertools
import time
from contextlib import contextmanager
from unittest import mock

from django.core import signing
from django.test import Client
from django.urls import reverse

from masthead.comments import submission
from masthead.comments.forms import CommentForm
from masthead.comments.models import Comment, CommentStatus
from masthead.moderation import actions
from masthead.moderation.permissions import desk_scope
from masthead.moderation.queues import Filters, encode_cursor, queue_page

FORM_AGE = 30  # seconds: older than any "too fast to be a person" guard would want
# Issue 2's targets, median milliseconds, by the start of a measure's name.
TARGETS_MS = {
    "post comment": 5,
    "article page": 30,
    "desk ": 100,
    "API pending queue": 100,
    "approve": 10,
}
PENDING_QUEUE = "/moderation/queue/pending/"
API_QUEUE = "/api/v1/moderation/comments?status=pending"
READERS = itertools.count(1)


def target_ms(name):
    return next((ms for start, ms in TARGETS_MS.items() if name.startswith(start)))


@contextmanager
def signed_seconds_ago(seconds):
    """Sign as if the form had been shown `seconds` ago."""

    def timestamp(signer):
        return signing.b62_encode(int(time.time()) - seconds)

    with mock.patch.object(signing.TimestampSigner, "timestamp", timestamp):
        yield


def expect(response, status):
    if response.status_code != status:
        head = response.content[:600].decode(errors="replace")
        raise SystemExit(f"Expected {status}, got {response.status_code}:\n{head}")
    return response


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def comment_post(article, n):
    """Return the POST data of a filled-in comment form, signed by the form itself."""
    form = CommentForm(article)
    with signed_seconds_ago(FORM_AGE):
        token = form.signed_target()
    data = {name: "" for name in form.fields if name != "notify"}
    words = "The council promised the rail link for years; it is about time."
    data.update(name=f"Reader {n}", body=f"{words} ({n})", security=token, parent="")
    return data


def new_reader():
    """Return (a number, an address) no post of this run had: no flood limit is met."""
    n = next(READERS)
    return n, f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"


def posting(bench, articles, suffix=""):
    """Post to each of `articles` in turn, as the flood limit per article allows."""
    client, turn = Client(), itertools.cycle(articles)

    def fill_in(i):
        article, (n, address) = next(turn), new_reader()
        url = reverse("comments:post", args=[article.pk])
        return url, comment_post(article, n), address

    def post(prepared):
        url, data, address = prepared
        expect(client.post(url, data, REMOTE_ADDR=address), 303)

    def reader(i):
        n, address = new_reader()
        return next(turn), {"display_name": f"Reader {n}", "address": address}

    def service(prepared):
        article, fields = prepared
        submission.store(submission.prepare(article, body="Fair.", **fields))

    repeat = bench.repeat(200)
    bench.run(f"post comment, HTTP{suffix}", post, prepare=fill_in, repeat=repeat)
    name = f"post comment, prepare()+store(){suffix}"
    bench.run(name, service, prepare=reader, repeat=repeat)


def article_page(bench, article, suffix=""):
    client, url = Client(), article.url

    def get(i):
        response = expect(client.get(url), 200)
        assert b"500 comments" in response.content, "the thread is not all there"

    bench.run(f"article page, 500 comments{suffix}", get, repeat=bench.repeat(50))


def page(bench, name, client, url, headers=None, repeat=None):
    def get(i):
        expect(client.get(url, **(headers or {})), 200)

    bench.run(name, get, repeat=repeat or bench.repeat(50))


def queues(bench, moderator, key, admin):
    desk = logged_in(moderator)
    en_pending = Comment.objects.pending().filter(edition="en")
    middle = en_pending.order_by("created_at", "pk")[en_pending.count() // 2]
    middle_page = f"{PENDING_QUEUE}?after={encode_cursor(middle)}"
    page(bench, "desk pending queue (en desk)", desk, PENDING_QUEUE)
    page(bench, "desk pending queue, middle page", desk, middle_page)
    page(bench, "desk pending queue (site admin)", logged_in(admin), PENDING_QUEUE)
    page(bench, "desk dashboard /moderation/ (en desk)", desk, "/moderation/")
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
    page(bench, "API pending queue (en desk)", Client(), API_QUEUE, bearer)


def decisions(bench, moderator, key):
    """Approve the oldest pending comments of the en desk, a fresh one each run."""
    repeat = bench.repeat(50)
    per_measure = repeat + 10 + 1 + 10  # runs, warm-ups, query count, profile
    scope = desk_scope(moderator)
    oldest = queue_page("pending", scope, Filters(), size=3 * per_measure).comments
    pool, used = iter(oldest), []

    def next_pending(i):
        used.append(next(pool))
        return used[-1]

    desk, api = logged_in(moderator), Client(HTTP_AUTHORIZATION=f"Bearer {key}")

    def via_desk(comment):
        url = reverse("moderation:approve", args=[comment.pk])
        data = {"revision": comment.revision, "seen_status": CommentStatus.PENDING}
        expect(desk.post(url, data | {"queue": PENDING_QUEUE, "origin": "queue"}), 303)

    def via_actions(comment):
        actions.approve(comment, user=moderator, revision=comment.revision)

    def via_api(comment):
        url = f"/api/v1/moderation/comments/{comment.pk}/decisions"
        body = {"action": "approve", "revision": comment.revision}
        expect(api.post(url, body, content_type="application/json"), 200)

    for name, run in (
        ("approve, desk view POST", via_desk),
        ("approve, actions.approve()", via_actions),
        ("approve, API POST", via_api),
    ):
        bench.run(name, run, prepare=next_pending, repeat=repeat)
    still_pending = Comment.objects.pending().filter(pk__in=[c.pk for c in used])
    assert not still_pending.exists(), "a decision did not take"
