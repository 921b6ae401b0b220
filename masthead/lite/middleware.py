"""Tell Tor Browser that the page being read is also served at an onion address."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from masthead.core.paths import private_prefixes


def onion_origin(address):
    """Return `http://NAME.onion` for a configured onion address, with or without
    its scheme; refuse anything that is not an onion host."""
    parts = urlsplit(address if "://" in address else f"http://{address}")
    host = parts.hostname or ""
    if not host.endswith(".onion") or parts.path.strip("/"):
        raise ImproperlyConfigured(
            "MASTHEAD_ONION_ADDRESS must be an onion host such as "
            f"'abc...xyz.onion' or 'http://abc...xyz.onion', got {address!r}"
        )
    return f"{parts.scheme}://{parts.netloc}"


class OnionLocationMiddleware:
    """Add `Onion-Location` to the public pages when MASTHEAD_ONION_ADDRESS is set.

    Tor Browser offers the reader the onion copy of the same path: of readers' pages
    only, never the desk, the API or a form's endpoint (core/paths.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        address = getattr(settings, "MASTHEAD_ONION_ADDRESS", "")
        self.origin = onion_origin(address) if address else ""

    def __call__(self, request):
        response = self.get_response(request)
        if self.origin and self.is_public_page(request, response):
            response["Onion-Location"] = self.origin + request.get_full_path()
        return response

    def is_public_page(self, request, response):
        return (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path_info.startswith(private_prefixes())
        )
