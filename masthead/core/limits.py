"""The limits `masthead serve` puts on a client before Django sees its request.

Read from settings when the server starts (never at import): the timeouts granian
applies itself and the body limits the edge (masthead/core/rsgi.py) applies.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

KB = 1024
MB = 1024 * KB
# Granian accepts a header-read timeout of 1 ms to 60 s.
LONGEST_HEADER_READ_TIMEOUT = 60


@dataclass(frozen=True)
class ClientLimits:
    max_body: int
    admin_max_body: int
    admin_prefix: str
    body_read_timeout: float
    header_read_timeout: float
    keep_alive_timeout: float

    @classmethod
    def from_settings(cls):
        limits = cls(
            max_body=settings.MASTHEAD_MAX_BODY_KB * KB,
            admin_max_body=settings.MASTHEAD_ADMIN_MAX_BODY_MB * MB,
            admin_prefix="/admin/",
            body_read_timeout=settings.MASTHEAD_BODY_READ_TIMEOUT,
            header_read_timeout=settings.MASTHEAD_HEADER_READ_TIMEOUT,
            keep_alive_timeout=settings.MASTHEAD_KEEP_ALIVE_TIMEOUT,
        )
        limits.check()
        return limits

    def check(self):
        """Refuse limits that would turn every request away."""
        if self.max_body < 1 or self.admin_max_body < 1:
            raise ImproperlyConfigured(
                "MASTHEAD_MAX_BODY_KB and MASTHEAD_ADMIN_MAX_BODY_MB must be 1 or more"
            )
        if self.body_read_timeout <= 0:
            raise ImproperlyConfigured("MASTHEAD_BODY_READ_TIMEOUT must be 1 or more")
        if not 0 < self.header_read_timeout <= LONGEST_HEADER_READ_TIMEOUT:
            raise ImproperlyConfigured(
                "MASTHEAD_HEADER_READ_TIMEOUT must be from 1 to "
                f"{LONGEST_HEADER_READ_TIMEOUT} seconds"
            )
        if self.keep_alive_timeout < 0:
            raise ImproperlyConfigured(
                "MASTHEAD_KEEP_ALIVE_TIMEOUT must be 0 (no keep-alive) or more"
            )

    def body_limit(self, path):
        """Return the largest body a request to `path` may send, in bytes.

        The admin takes image and document uploads; readers and the API send a
        comment or a moderation decision, a few kilobytes at most.
        """
        if path.startswith(self.admin_prefix):
            return self.admin_max_body
        return self.max_body

    def body_deadline(self, received):
        """Return the seconds a body may have taken once `received` bytes are in.

        A body must come at a megabyte per MASTHEAD_BODY_READ_TIMEOUT at least: a
        client that trickles a comment is cut off, an editor uploading a large
        picture over a slow line is not.
        """
        return self.body_read_timeout * (1 + received // MB)

    def granian_idle_timeout_ms(self):
        """Return granian's header-read timeout, which also ends idle keep-alives.

        Granian has one clock for both: it runs while a connection waits for a
        request's headers, the first one or the next. The shorter limit wins.
        """
        seconds = self.header_read_timeout
        if self.keep_alive_timeout:
            seconds = min(seconds, self.keep_alive_timeout)
        return int(seconds * 1000)
