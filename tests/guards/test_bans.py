"""Bans act on the commenter's network and on every alias of their mailbox."""

import threading
import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.comments import submission
from masthead.guards import bans
from masthead.guards.bans import is_banned
from masthead.guards.models import Ban
from masthead.moderation.banning import ban_commenter

pytestmark = pytest.mark.django_db


def test_address_ban_catches_another_address_in_the_same_network(
    pending_comment, moderator
):
    ban_commenter(pending_comment, user=moderator, reason="abuse", by_email=False)
    assert is_banned(address="203.0.113.77")
    assert not is_banned(address="203.0.114.9")


def test_address_ban_catches_another_address_in_the_same_ipv6_64(article, moderator):
    comment = submission.store(
        submission.prepare(
            article, display_name="R", body="Hello", address="2001:db8:1:2::9"
        )
    )
    ban_commenter(comment, user=moderator, reason="abuse")
    assert is_banned(address="2001:db8:1:2:abcd::1")
    assert not is_banned(address="2001:db8:1:3::9")


def test_banned_network_is_refused_a_new_comment(pending_comment, moderator, article):
    ban_commenter(pending_comment, user=moderator, reason="abuse", by_email=False)
    prepared = submission.prepare(
        article, display_name="R", body="Me again", address="203.0.113.10"
    )
    with pytest.raises(submission.SubmissionRefused) as refused:
        submission.store(prepared)
    assert refused.value.status == 403


@pytest.mark.parametrize(
    "variant",
    ["Reader+ban-dodge@gmail.com", "r.e.a.d.e.r@gmail.com", "reader@googlemail.com"],
)
def test_email_ban_catches_aliases_of_a_gmail_mailbox(variant):
    Ban.objects.create(email="reader@gmail.com", reason="abuse")
    assert is_banned(email=variant)


def test_email_ban_catches_a_plus_tag_at_outlook():
    Ban.objects.create(email="Reader+news@outlook.com", reason="abuse")
    assert is_banned(email="reader@outlook.com")


def test_email_ban_keeps_dots_and_plus_where_the_provider_does(settings):
    Ban.objects.create(email="reader@example.org", reason="abuse")
    assert not is_banned(email="re.ader@example.org")
    assert not is_banned(email="reader+x@example.org")


def test_ban_rejects_the_pending_comments_of_an_aliased_address(article, moderator):
    def post(body):
        prepared = submission.prepare(
            article,
            display_name="R",
            body=body,
            email="Reader+news@gmail.com",
            address="198.51.100.7",
        )
        return submission.store(prepared)

    first, second = post("One"), post("Two")
    _ban, rejected = ban_commenter(
        first, user=moderator, reason="abuse", by_ip=False, reject_pending=True
    )
    second.refresh_from_db()
    assert rejected == 2 and second.status == "rejected"


# Each process keeps the bans in force; a post costs no query.


def test_a_post_is_checked_against_the_kept_bans_without_a_query():
    Ban.objects.create(email="reader@example.org", reason="abuse")
    assert is_banned(email="reader@example.org")
    with CaptureQueriesContext(connection) as queries:
        assert is_banned(email="reader@example.org", address="203.0.113.5")
        assert not is_banned(email="other@example.org", address="198.51.100.5")
    assert len(queries) == 0


def test_a_ban_made_on_another_server_holds_here_within_a_second(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr("masthead.guards.bans.time.monotonic", lambda: clock[0])
    assert not is_banned(email="reader@example.org")
    # Another server saves a ban: the row, and a new generation in the shared cache.
    Ban.objects.bulk_create([Ban(email="reader@example.org", reason="abuse")])
    cache.set(bans.GENERATION_KEY, "from-the-other-server")
    clock[0] += 0.5
    assert not is_banned(email="reader@example.org")  # trusted for up to a second
    clock[0] += 0.6
    assert is_banned(email="reader@example.org")


def test_a_post_never_waits_for_another_posts_check_of_the_bans(monkeypatch):
    Ban.objects.create(email="reader@example.org", reason="abuse")
    assert is_banned(email="reader@example.org")
    bans.kept_bans.forget()  # a second has passed: the next post asks the cache
    asking, answer = threading.Event(), threading.Event()

    def slow_generation(key):  # the database is locked: the cache answers late
        asking.set()
        answer.wait(10)
        return cache.get(key)

    monkeypatch.setattr("masthead.guards.bans.generation", slow_generation)
    first = threading.Thread(target=is_banned, kwargs={"email": "x@example.org"})
    first.start()
    assert asking.wait(10)
    started = time.monotonic()
    assert is_banned(email="reader@example.org")  # the bans held, at once
    waited = time.monotonic() - started
    answer.set()
    first.join(10)
    assert waited < 5


def test_a_failed_check_of_the_bans_is_asked_again_by_the_next_post(monkeypatch):
    assert not is_banned(email="reader@example.org")
    bans.kept_bans.forget()
    real_generation = bans.generation

    def locked_out(key):
        raise OperationalError("database is locked")

    monkeypatch.setattr("masthead.guards.bans.generation", locked_out)
    with pytest.raises(OperationalError):
        is_banned(email="reader@example.org")
    Ban.objects.bulk_create([Ban(email="reader@example.org", reason="abuse")])
    cache.set(bans.GENERATION_KEY, "changed-while-locked")
    monkeypatch.setattr("masthead.guards.bans.generation", real_generation)
    assert is_banned(email="reader@example.org")


def test_a_lifted_ban_no_longer_holds_at_once(moderator):
    ban = Ban.objects.create(email="reader@example.org", reason="abuse")
    assert is_banned(email="reader@example.org")
    ban.delete()
    assert not is_banned(email="reader@example.org")


def test_a_kept_ban_ends_when_it_expires():
    now = timezone.now()
    Ban.objects.create(
        email="reader@example.org", reason="abuse", expires_at=now + timedelta(hours=1)
    )
    Ban.objects.create(network="203.0.113.0/24", reason="abuse")
    assert bans.kept_bans.holds("email", ["reader@example.org"], now)
    later = now + timedelta(hours=2)
    assert not bans.kept_bans.holds("email", ["reader@example.org"], later)
    assert bans.kept_bans.holds("network", ["203.0.113.0/24"], later)  # no end


def test_of_two_bans_on_one_mailbox_the_longer_holds():
    now = timezone.now()
    for hours in (1, 48):
        Ban.objects.create(
            email="reader@example.org",
            reason="abuse",
            expires_at=now + timedelta(hours=hours),
        )
    assert bans.kept_bans.holds("email", ["reader@example.org"], now + timedelta(1))
