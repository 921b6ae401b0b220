"""Reading the environment into settings: typed variables, the database and the
caches each deployment names (DATABASE_URL, REDIS_URL, MASTHEAD_DATA)."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

DATA_DIR = Path(os.environ.get("MASTHEAD_DATA", "masthead-data")).resolve()


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"{name} must be a whole number, got {value!r}"
        ) from error


def database_from_environment():
    """Return PostgreSQL from DATABASE_URL, or SQLite in WAL mode in the data folder."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "masthead.sqlite3",
        "OPTIONS": {
            # WAL lets readers go on while a writer commits; IMMEDIATE takes the write
            # lock at BEGIN so concurrent writers queue instead of failing mid-way.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
        # Kept open between requests, as for PostgreSQL: opening one runs the
        # PRAGMAs above and was a fifth of a rendered page's time.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def redis_cache():
    """Return the Redis cache REDIS_URL names, or None."""
    url = os.environ.get("REDIS_URL")
    if url:
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
        }
    return None


def cache_from_environment():
    """Return a cache every worker and server shares: Redis, or the database.

    Flood counts must not be kept per process (masthead/core/cache.py says why);
    `migrate` creates the database cache's table.
    """
    return redis_cache() or {
        "BACKEND": "masthead.core.cache.SharedDatabaseCache",
        "LOCATION": "masthead_cache",
        # Counts must outlive their window: culling drops a third of all keys once
        # the table is over MAX_ENTRIES, and would reopen a flooder's window.
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }


def triage_cache_from_environment():
    """Return the cache of triage's similarity index: Redis, or the worker's memory.

    The index is written at every comment (twenty keys or so); in the database cache
    that costs 25 ms a comment instead of 1. Without Redis, triage runs in the one
    task worker beside `masthead serve`, so its own memory is the index everyone
    shares; it starts empty after a restart, and near-duplicates are looked for
    among comments triaged since.
    """
    return redis_cache() or {
        "BACKEND": "masthead.triage.memory.TriageMemoryCache",
        "LOCATION": "masthead-triage",
        "OPTIONS": {"MAX_ENTRIES": 200_000},
    }


def media_storage_from_environment():
    """Return the storage of uploaded media: an S3-compatible bucket when
    MASTHEAD_MEDIA_S3_BUCKET names one (django-storages), else MEDIA_ROOT.

    A bucket lets every app server see every upload without a shared mount. Keys
    come from boto3's own chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the
    machine's role); MASTHEAD_MEDIA_S3_ENDPOINT_URL names a server other than AWS.
    """
    bucket = os.environ.get("MASTHEAD_MEDIA_S3_BUCKET")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "endpoint_url": os.environ.get("MASTHEAD_MEDIA_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("MASTHEAD_MEDIA_S3_REGION") or None,
        "custom_domain": os.environ.get("MASTHEAD_MEDIA_S3_CUSTOM_DOMAIN") or None,
        # Image addresses are public and stable, as from the media folder; the
        # bucket's policy keeps documents/ private (Wagtail's view reads them).
        "querystring_auth": False,
        "default_acl": None,
        # A name is never reused for other bytes (masthead/mirror/media.py).
        "file_overwrite": False,
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


LOG_FORMATS = {
    "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    # python-json-logger: the record's fields and any `extra` (an access line's
    # method, path, status, duration_ms and hashed client) as one object a line.
    "json": {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
    },
}


def logging_from_environment():
    """Return LOGGING: LOG_LEVEL, MASTHEAD_LOG_FORMAT (text or json) and
    MASTHEAD_ACCESS_LOG (a line per request)."""
    log_format = os.environ.get("MASTHEAD_LOG_FORMAT", "text").strip().lower()
    if log_format not in LOG_FORMATS:
        raise ImproperlyConfigured(
            f"MASTHEAD_LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}, "
            f"got {log_format!r}"
        )
    access_level = "INFO" if env_bool("MASTHEAD_ACCESS_LOG") else "WARNING"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"masthead": LOG_FORMATS[log_format]},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "masthead"}
        },
        "root": {
            "handlers": ["console"],
            "level": os.environ.get("LOG_LEVEL", "WARNING"),
        },
        "loggers": {"masthead.access": {"level": access_level}},
    }
