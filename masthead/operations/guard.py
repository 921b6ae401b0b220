"""Who may read /metrics: a client from MASTHEAD_METRICS_ADDRESSES, or one that
shows MASTHEAD_METRICS_TOKEN as a bearer token. Neither set: nobody.

The figures tell how busy each desk is and how the site is served, which is no
reader's business; a scraper inside the network is named by address, one outside
it (or behind a proxy that is not trusted) carries the token.
"""

import hmac
import ipaddress

from django.conf import settings

from masthead.core.proxies import client_address


def from_allowed_address(request):
    try:
        address = ipaddress.ip_address(client_address(request))
    except ValueError:
        return False
    return any(
        address in ipaddress.ip_network(allowed, strict=False)
        for allowed in settings.MASTHEAD_METRICS_ADDRESSES
    )


def with_token(request):
    token = settings.MASTHEAD_METRICS_TOKEN
    scheme, _space, given = request.headers.get("Authorization", "").partition(" ")
    return (
        bool(token)
        and scheme.lower() == "bearer"
        and hmac.compare_digest(given.strip().encode(), token.encode())
    )


def may_read_metrics(request):
    return with_token(request) or from_allowed_address(request)
