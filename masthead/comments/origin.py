"""CSRF protection for the comment form without a token in the page.

Article pages are baked into files that every reader gets byte for byte, so the
comment form cannot carry a per-reader CSRF token or set a cookie. What CSRF guards
against is another site's page making a reader's browser post here (a comment in
the reader's name, from the reader's address). The browser itself says where a post
comes from, in headers a page cannot set or forge:

- `Sec-Fetch-Site` (every current browser): only "same-origin" is accepted;
- otherwise `Origin` (sent with every cross-origin POST by all browsers since 2020):
  it must be this site (the request's own scheme and host, or one of
  CSRF_TRUSTED_ORIGINS behind a proxy that ends TLS);
- otherwise `Referer`, which our pages send on their own posts
  (`Referrer-Policy: same-origin`): it must be a page of this site.

A post that names no origin at all is refused too: an attacker's page can suppress
the Referer, so silence proves nothing. What the form still signs (forms.py) binds
a post to the thread it was shown for and a time window. Posts outside a browser
(scripts) are not CSRF; they meet the same flood limits and moderation as anyone.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils.http import is_same_domain
from django.views.csrf import csrf_failure
from django.views.decorators.csrf import csrf_exempt

CROSS_SITE = "Cross-site post refused"
NO_ORIGIN = "Post without Origin or Referer refused"


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def trusted(request, origin):
    """Return whether `origin` ("https://host[:port]") is this site's."""
    try:
        own = f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return False
    if origin == own:
        return True
    for allowed in settings.CSRF_TRUSTED_ORIGINS:
        scheme, _, host = allowed.partition("://")
        wanted_scheme, _, wanted_host = origin.partition("://")
        pattern = host[1:] if host.startswith("*.") else host
        if scheme == wanted_scheme and is_same_domain(wanted_host, pattern):
            return True
    return False


def origin_refusal(request):
    """Return why a post's headers show another site sent it, or "" when ours."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return "" if fetch_site == "same-origin" else CROSS_SITE
    origin = request.headers.get("Origin")
    if origin is not None:
        return "" if origin != "null" and trusted(request, origin) else CROSS_SITE
    referer = request.headers.get("Referer")
    if referer is not None:
        return "" if trusted(request, origin_of(referer)) else CROSS_SITE
    return NO_ORIGIN


def sent_by_a_browser(request):
    """Return whether a browser sent the request: every current one names where a
    post comes from (Sec-Fetch-Site, Origin); scripts and apps send neither."""
    return "Sec-Fetch-Site" in request.headers or "Origin" in request.headers


def same_origin_post(view):
    """Replace Django's token check on `view` with the origin check above.

    Django's test client marks its requests as exempt, as Django's own check does.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not getattr(request, "_dont_enforce_csrf_checks", False):
            reason = origin_refusal(request)
            if reason:
                return csrf_failure(request, reason=reason)
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapper)
