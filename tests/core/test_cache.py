"""The database cache workers share when there is no Redis."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

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
