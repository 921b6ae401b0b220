"""Static files: whether the hashed files pages link to are collected, and how long
browsers keep them."""

from django.contrib.staticfiles.storage import staticfiles_storage
from whitenoise.middleware import WhiteNoiseMiddleware


def static_files_collected():
    """Return False when every page would fail on a missing manifest entry."""
    manifest = getattr(staticfiles_storage, "manifest_name", None)
    return not manifest or staticfiles_storage.exists(manifest)


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise, keeping fingerprinted files one year rather than ten.

    A year is the longest lifetime HTTP caches were ever asked to honour
    (RFC 2616, 14.21) and what CDNs and Lighthouse expect of a hashed name.
    """

    FOREVER = 31_536_000
