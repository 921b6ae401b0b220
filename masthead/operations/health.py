"""The checks behind /readyz: can this server do its work now?

Each returns a problem an operator can act on, or None. The exception itself goes to
the log, not the answer: a load balancer's probe needs no database host or user.
"""

import logging
import secrets
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from masthead.core.tasks import longest_wait

logger = logging.getLogger(__name__)
REDIS_BACKEND = "django.core.cache.backends.redis.RedisCache"


class Check(NamedTuple):
    name: str
    problem: str | None

    def as_json(self):
        if self.problem is None:
            return {"ok": True}
        return {"ok": False, "problem": self.problem}


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:
        logger.warning("Readiness: the database did not answer", exc_info=True)
        return _("The database did not answer (%(error)s).") % {
            "error": type(error).__name__
        }
    return None


def redis_aliases():
    return [
        alias
        for alias, options in settings.CACHES.items()
        if options["BACKEND"] == REDIS_BACKEND
    ]


def check_cache():
    """Write and read back a key in each Redis cache; without Redis the cache is a
    table of the database, which the database check covers."""
    for alias in redis_aliases():
        key, value = "masthead:readyz", secrets.token_hex(8)
        try:
            caches[alias].set(key, value, timeout=10)
            read = caches[alias].get(key)
        except Exception as error:
            logger.warning("Readiness: Redis did not answer", exc_info=True)
            return _("Redis (cache %(alias)s) did not answer (%(error)s).") % {
                "alias": alias,
                "error": type(error).__name__,
            }
        if read != value:
            return _("Redis (cache %(alias)s) did not keep a value.") % {"alias": alias}
    return None


def check_task_queue():
    """A due job older than MASTHEAD_READY_QUEUE_MAX_AGE means no worker is taking
    jobs (stopped, stuck, or too few for the load)."""
    try:
        waited = longest_wait(timezone.now())
    except Exception as error:
        logger.warning("Readiness: the task queue could not be read", exc_info=True)
        return _("The task queue could not be read (%(error)s).") % {
            "error": type(error).__name__
        }
    limit = settings.MASTHEAD_READY_QUEUE_MAX_AGE
    if waited is not None and waited.total_seconds() > limit:
        return _(
            "A job has waited %(waited)d seconds for a task worker, longer than "
            "%(limit)d: is a task worker running?"
        ) % {"waited": waited.total_seconds(), "limit": limit}
    return None


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "task_queue": check_task_queue,
}


def readiness():
    """Return every check's outcome, in a stable order."""
    return [Check(name, check()) for name, check in CHECKS.items()]
