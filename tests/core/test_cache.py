"""The database cache workers share when there is no Redis."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from masthead.settings.base import cache_from_environment

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_cache(settings, monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    settings.CACHES = {"default": cache_from_environment()}
    call_command("createcachetable", verbosity=0)
    return cache


def expiry_of(key):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT expires FROM masthead_cache WHERE cache_key = %s",
            [cache.make_key(key)],
        )
        return cursor.fetchone()[0]


def test_counting_keeps_the_keys_expiry(shared_cache):
    shared_cache.add("count", 1, 3600)
    before = expiry_of("count")
    assert shared_cache.incr("count") == 2 and shared_cache.incr("count", 3) == 5
    assert expiry_of("count") == before and shared_cache.get("count") == 5


def test_counting_a_missing_key_raises_value_error(shared_cache):
    with pytest.raises(ValueError):
        shared_cache.incr("never-set")


def test_a_set_is_one_statement_and_replaces_the_value_and_its_expiry(shared_cache):
    shared_cache.set("generation", "first", 60)
    soon = expiry_of("generation")
    with CaptureQueriesContext(connection) as captured:
        shared_cache.set("generation", "second", 3600)
    # The test runs in a transaction: the set's savepoint around it is its own.
    statements = [query["sql"].split()[0] for query in captured.captured_queries]
    assert statements == ["SAVEPOINT", "INSERT", "RELEASE"]
    assert shared_cache.get("generation") == "second"
    assert expiry_of("generation") > soon
    shared_cache.set("kept", {"always": True}, None)
    assert shared_cache.get("kept") == {"always": True}
    assert expiry_of("kept").year == 9999


def test_a_set_that_expired_is_a_miss(shared_cache):
    shared_cache.set("short", "value", -1)
    assert shared_cache.get("short") is None


def test_a_set_inside_a_transaction_rolls_back_with_it(shared_cache):
    with pytest.raises(RuntimeError), transaction.atomic():
        shared_cache.set("undone", "value")
        raise RuntimeError("the change fails")
    assert shared_cache.get("undone") is None


def test_the_table_is_culled_once_past_its_maximum(shared_cache, settings, monkeypatch):
    small = cache_from_environment()
    settings.CACHES = {"default": {**small, "OPTIONS": {"MAX_ENTRIES": 9}}}
    monkeypatch.setattr("masthead.core.cache.CULL_CHECK_EVERY", 1)
    for number in range(30):
        shared_cache.set(f"key-{number}", number)
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM masthead_cache")
        assert cursor.fetchone()[0] <= 10
    assert shared_cache.get("key-29") == 29
