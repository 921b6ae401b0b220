"""Static files: whether the hashed files pages link to are collected, and how long
browsers keep them."""

import os

from django.apps import apps
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from whitenoise.middleware import WhiteNoiseMiddleware


def static_files_collected():
    """Return False when every page would fail on a missing manifest entry."""
    manifest = getattr(staticfiles_storage, "manifest_name", None)
    return not manifest or staticfiles_storage.exists(manifest)


def static_files_current():
    """Return True when every source file is collected, unchanged since.

    Collecting hashes and compresses every file again (a quarter of a minute), so
    `masthead demo`, run again on the same folder, skips it when nothing changed. A
    source file counts as changed when it is newer than the manifest or its size
    differs from its collected copy (an upgraded package may keep old file times).
    """
    if not getattr(staticfiles_storage, "manifest_name", None):
        return False
    if not static_files_collected():
        return False
    manifest = staticfiles_storage.path(staticfiles_storage.manifest_name)
    collected_at = os.stat(manifest).st_mtime
    ignore = apps.get_app_config("staticfiles").ignore_patterns
    return all(
        _collected_unchanged(storage.path(path), path, collected_at)
        for finder in finders.get_finders()
        for path, storage in finder.list(ignore)
    )


def _collected_unchanged(source, path, collected_at):
    try:
        copy = os.stat(staticfiles_storage.path(path))
    except FileNotFoundError:
        return False
    found = os.stat(source)
    return found.st_mtime <= collected_at and found.st_size == copy.st_size


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise, keeping fingerprinted files one year rather than ten.

    A year is the longest lifetime HTTP caches were ever asked to honour
    (RFC 2616, 14.21) and what CDNs and Lighthouse expect of a hashed name.
    """

    FOREVER = 31_536_000
