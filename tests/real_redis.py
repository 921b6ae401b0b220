"""A real Redis for tests, as production runs it: required in CI, skipped elsewhere."""

import os
import socket
import uuid
from urllib.parse import urlsplit

import pytest


def in_ci():
    return os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}


def redis_url():
    """Return the test Redis's URL; fail in CI, skip elsewhere, when none answers."""
    url = os.environ.get("TEST_REDIS_URL") or "redis://127.0.0.1:6379/15"
    parts = urlsplit(url)
    try:
        address = (parts.hostname, parts.port or 6379)
        socket.create_connection(address, timeout=2).close()
    except OSError as error:
        message = f"no Redis at {url} ({error}): start redis-server or TEST_REDIS_URL"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return url


def redis_cache_settings():
    """Return CACHES settings for a Redis cache under a prefix of this test's own."""
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": redis_url(),
        "KEY_PREFIX": f"masthead-test-{uuid.uuid4()}",
    }


def forget_keys(cache, prefix):
    """Delete the keys under `prefix`; not cache.clear(), which would empty the
    database other tests share."""
    client = cache._cache.get_client(write=True)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
