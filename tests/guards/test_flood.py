"""Flood control: limits per address, email and article, held in the cache."""

import multiprocessing
import time
import uuid
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCacheClient
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connections

from masthead.comments import submission
from masthead.comments.models import Comment
from masthead.guards import flood
from masthead.news.models import ArticlePage
from masthead.news.setup import ensure_section
from masthead.settings.base import cache_from_environment
from tests.real_redis import forget_keys, redis_cache_settings

pytestmark = pytest.mark.django_db

LIMITS = {"commenter": "1/15s,20/h", "article": "600/h"}


@pytest.fixture(autouse=True)
def limits(settings):
    """Turn the site's default limits on (the test settings turn them off)."""
    settings.MASTHEAD_FLOOD_LIMITS = dict(LIMITS)
    cache.clear()
    return settings.MASTHEAD_FLOOD_LIMITS


@pytest.fixture
def clock():
    """A clock the test moves; the local-memory cache expires keys by it too."""
    moment = [time.time()]
    with mock.patch("time.time", lambda: moment[0]):
        yield moment


def post(article, address="203.0.113.9", email="", body="A fair report."):
    prepared = submission.prepare(
        article, display_name="Reader", body=body, address=address, email=email
    )
    return submission.store(prepared)


def refusal(article, **fields):
    with pytest.raises(submission.SubmissionRefused) as refused:
        post(article, **fields)
    return refused.value


def test_second_comment_from_one_address_within_15_seconds_is_refused_with_429(
    article,
):
    post(article)
    refused = refusal(article)
    assert refused.status == 429 and 1 <= refused.retry_after <= 15
    assert Comment.objects.count() == 1


def test_another_address_is_not_held_back_by_a_flooder(article):
    post(article, address="203.0.113.9")
    post(article, address="198.51.100.7")
    assert Comment.objects.count() == 2


def test_one_email_from_two_addresses_is_limited(article):
    post(article, address="203.0.113.9", email="Reader@example.org")
    refused = refusal(article, address="198.51.100.7", email="reader@example.org")
    assert refused.status == 429


def test_comment_after_the_window_is_accepted(article, clock):
    post(article)
    clock[0] += 16
    post(article)
    assert Comment.objects.count() == 2


def test_retry_after_counts_down_from_the_first_post(article, clock):
    post(article)
    clock[0] += 5
    assert refusal(article).retry_after == 10


def test_reader_who_waits_the_retry_after_is_accepted(article, clock):
    """The wait is counted from the first post's exact moment, not its whole second,
    so "send it again in N seconds" is never a second short."""
    clock[0] = int(clock[0]) + 0.9
    post(article)
    clock[0] += 13.9
    clock[0] += refusal(article).retry_after
    post(article)
    assert Comment.objects.count() == 2


def test_refused_attempts_do_not_lengthen_the_wait(article, clock):
    post(article)
    for _ in range(3):
        clock[0] += 4
        refusal(article)
    clock[0] += 4
    post(article)


def test_hourly_limit_per_commenter(article, limits, clock):
    limits["commenter"] = "1/15s,3/h"
    for _ in range(3):
        post(article)
        clock[0] += 20
    refused = refusal(article)
    assert 3500 < refused.retry_after <= 3600 - 60


def test_article_limit_counts_every_commenter(
    article, en_section, make_article, limits
):
    limits["article"] = "2/h"
    post(article, address="192.0.2.1")
    post(article, address="198.51.100.2")
    assert refusal(article, address="203.0.113.3").status == 429
    post(make_article(en_section), address="2001:db8::4")


def test_a_refused_flooder_does_not_use_up_the_article(article, limits):
    limits["article"] = "2/h"
    post(article, address="192.0.2.1")
    for _ in range(5):
        refusal(article, address="192.0.2.1")
    post(article, address="198.51.100.2")


def test_empty_limits_turn_flood_control_off(article, limits):
    limits.update(commenter="", article="")
    post(article)
    post(article)


def test_refusal_names_the_wait_in_the_readers_language(ko_home, make_article):
    article = make_article(ensure_section(ko_home, "세계", "world"))
    post(article)
    assert "초" in str(refusal(article).reason)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (15, "15 seconds"),
        (61, "2 minutes"),
        (3599, "1 hour"),
        (3601, "2 hours"),
    ],
)
def test_wait_is_rounded_up_never_down(seconds, shown):
    assert flood.format_wait(seconds, "en") == shown


@pytest.mark.parametrize(
    ("value", "rates"),
    [
        ("1/15s, 20/h", [flood.Rate(1, 15), flood.Rate(20, 3600)]),
        ("5/m", [flood.Rate(5, 60)]),
        ([(3, 10)], [flood.Rate(3, 10)]),
        ("", []),
    ],
)
def test_rates_are_read_from_strings_or_pairs(value, rates):
    assert flood.parse_rates(value) == rates


def test_a_rate_that_cannot_be_read_says_how_to_write_one(limits):
    limits["commenter"] = "twenty an hour"
    with pytest.raises(ImproperlyConfigured, match='"20/h"'):
        flood.configured_limits()


# Through the reader's form and the API.


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def form_post(client, article, body):
    form = soup_of(client.get(article.url)).select_one("#comment-form")
    data = {field["name"]: field.get("value", "") for field in form.select("input")}
    data.pop("notify")
    data.update(name="Reader", body=body)
    return client.post(form["action"], data)


def test_form_answers_429_with_retry_after_keeping_the_text(client, article):
    assert form_post(client, article, "First.").status_code == 303
    response = form_post(client, article, "Everything I typed again.")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 15
    page = soup_of(response)
    assert page.select_one("#comment-form textarea[name=body]").string.strip() == (
        "Everything I typed again."
    )
    assert "please send it again in" in page.get_text()


def test_api_answers_429_with_retry_after(client, article):
    url = f"/api/v1/articles/{article.pk}/comments"
    data = {"name": "Reader", "email": "", "body": "A fair report."}
    assert client.post(url, data, content_type="application/json").status_code == 202
    response = client.post(url, data, content_type="application/json")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 15
    assert "please send it again in" in response.json()["detail"]


# Against a real Redis, as in production.


@pytest.fixture
def redis_cache(settings):
    """The default cache on a real Redis."""
    settings.CACHES = {"default": redis_cache_settings()}
    yield cache
    forget_keys(cache, settings.CACHES["default"]["KEY_PREFIX"])


def test_limits_hold_in_redis(redis_cache, article):
    post(article)
    refused = refusal(article)
    assert refused.status == 429 and 1 <= refused.retry_after <= 15
    assert isinstance(redis_cache._cache, RedisCacheClient)


# Counted per network and per mailbox, and shared by every worker.


def test_another_address_in_the_same_network_shares_the_limit(article):
    post(article, address="203.0.113.9")
    assert refusal(article, address="203.0.113.200").status == 429


def test_another_ipv6_address_in_the_same_64_shares_the_limit(article):
    post(article, address="2001:db8:1:2::9")
    assert refusal(article, address="2001:db8:1:2:ffff::1").status == 429


def test_an_alias_of_the_same_mailbox_shares_the_limit(article):
    post(article, address="203.0.113.9", email="reader@gmail.com")
    refused = refusal(article, address="198.51.100.7", email="Re.ader+x@gmail.com")
    assert refused.status == 429


def post_in_another_worker(article_pk, address):
    """Post from a forked process, as a second granian worker would."""
    connections.close_all()
    post(ArticlePage.objects.get(pk=article_pk), address=address)
    connections.close_all()


@pytest.mark.django_db(transaction=True)
def test_flood_counts_are_shared_by_worker_processes(article, settings):
    """Without Redis, a second worker must see the first worker's count: two
    workers counting apart would let a commenter post twice as often."""
    settings.CACHES = {"default": cache_from_environment()}
    call_command("createcachetable", verbosity=0)
    cache.clear()
    # A forked child shares the parent's open sockets; a preforking server forks its
    # workers before they connect, and so does this test.
    connections.close_all()
    worker = multiprocessing.get_context("fork").Process(
        target=post_in_another_worker, args=(article.pk, "203.0.113.9")
    )
    worker.start()
    worker.join(30)
    assert worker.exitcode == 0 and Comment.objects.count() == 1
    assert refusal(article, address="203.0.113.9").status == 429


class CounterExpiringOnce:
    """A cache where another worker adds the window's counter just after our incr
    failed, and it expires again before our next incr."""

    def __init__(self):
        self.store = {}
        self.raced = False

    def add(self, key, value, timeout):
        if key.endswith(":1000") and not self.raced:
            self.raced = True  # added by the other worker, then expired
            return False
        return self.store.setdefault(key, value) is value

    def get(self, key, default=None):
        return self.store.get(key, default)

    def incr(self, key):
        if key not in self.store:
            raise ValueError(f"Key {key!r} not found")
        self.store[key] += 1
        return self.store[key]


def test_a_counter_expiring_between_incr_and_add_counts_without_an_error():
    with mock.patch.object(flood, "cache", CounterExpiringOnce()):
        assert flood.count_hit("net:abc", flood.Rate(1, 1), now=1000) == 0
        assert flood.count_hit("net:abc", flood.Rate(1, 1), now=1000) == 1


def test_a_window_that_ends_between_its_add_and_get_is_opened_again():
    rate, key = flood.Rate(1, 15), f"net:{uuid.uuid4().hex}"
    window = f"{flood.PREFIX}:{key}:{rate}"
    assert flood.count_hit(key, rate, now=1000.0) == 0
    real_get, ended = flood.cache.get, []

    def get_as_the_window_ends(name, default=None):
        if name == window and not ended:
            ended.append(name)
            flood.cache.delete(name)  # its 15 seconds are up just now
        return real_get(name, default)

    with mock.patch.object(flood.cache, "get", get_as_the_window_ends):
        assert flood.count_hit(key, rate, now=1016.0) == 0
    assert ended
    # That post opened the next window, so a post a second later is counted in it.
    assert flood.count_hit(key, rate, now=1017.0) == 14
