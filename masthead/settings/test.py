"""Tests: a throwaway data folder, plain static storage, fast password hashing."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

# The tests build the demo newsroom and run `masthead demo`.
INSTALLED_APPS = [*INSTALLED_APPS, "masthead.demo"]  # noqa: F405

SECRET_KEY = "test-only-secret-key-not-for-production-" + "x" * 20  # noqa: S105
TEST_DATA_DIR = Path(tempfile.mkdtemp(prefix="masthead-test-"))
# Nothing a developer keeps in ./masthead-data (trained models, keys) leaks into tests.
DATA_DIR = TEST_DATA_DIR
MEDIA_ROOT = TEST_DATA_DIR / "media"
STATIC_ROOT = TEST_DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if not os.environ.get("DATABASE_URL"):
    # A file, not the shared in-memory database, so threads and server processes in
    # tests lock and wait the way production SQLite does.
    DATABASES["default"]["NAME"] = TEST_DATA_DIR / "masthead.sqlite3"  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(TEST_DATA_DIR / "test.sqlite3")}  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Tests post many comments from one address within seconds of rendering the form: the
# flood and bot tests turn these limits on where they test them.
MASTHEAD_FLOOD_LIMITS = {}
MASTHEAD_MIN_FORM_SECONDS = 0
# A worker runs what is waiting at once; tests/core/test_batches.py tests gathering.
MASTHEAD_TASK_GATHER_MS = 0
# Triage runs right after the comment commits, in the test's own thread; the tests
# of the queue itself switch the database backend on.
TASKS = {
    **TASKS,  # noqa: F405
    "comments": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# A memory cache, so each test starts empty and the flood tests' clock expires keys;
# tests/guards/test_flood.py checks the database cache workers share.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "triage": {
        "BACKEND": "masthead.triage.memory.TriageMemoryCache",
        "LOCATION": "masthead-triage",
    },
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "masthead-fragments",
    },
}
# Other apps' tests do not bake pages; tests/mirror turn the mirror on.
MASTHEAD_MIRROR = False
