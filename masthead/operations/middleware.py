import logging
import time

from masthead.comments.privacy import ip_hash
from masthead.core.metrics import REQUESTS
from masthead.core.proxies import client_address

access_log = logging.getLogger("masthead.access")


def observe_requests(get_response):
    """Count every answer Django gives by status, and log it as an access line
    when MASTHEAD_ACCESS_LOG is on.

    Outside every layer that answers (only the X-Forwarded-Proto filter comes
    first), so it times the whole request and sees the status the client gets.
    The client is logged as the keyed hash comments store, never its address.
    """

    def middleware(request):
        started = time.perf_counter()
        response = get_response(request)
        REQUESTS.labels(str(response.status_code), "django").inc()
        if access_log.isEnabledFor(logging.INFO):
            log_access(request, response, time.perf_counter() - started)
        return response

    return middleware


def log_access(request, response, seconds):
    fields = {
        "method": request.method,
        "path": request.path,
        "status": response.status_code,
        "duration_ms": round(seconds * 1000, 1),
        "client": ip_hash(client_address(request)),
    }
    access_log.info(
        "%(method)s %(path)s %(status)s %(duration_ms)sms", fields, extra=fields
    )
