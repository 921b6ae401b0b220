"""Where a page's lite version lives: /lite/ followed by the full page's path."""

from urllib.parse import urlsplit

from django.urls import reverse


def lite_path(url):
    """Return the lite address of a page at `url` (a path from the site root).

    Addresses on other hosts have no lite version here and are returned as they are.
    """
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not url.startswith("/"):
        return url
    # The page's path is already percent-encoded: joined, not reversed again.
    return reverse("lite_home") + url.lstrip("/")
