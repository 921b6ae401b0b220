"""Flood control: how often one commenter, and how many people on one article, may post.

A guard (see masthead.comments.guards), so a post over a limit is never stored: it is
answered 429 with the wait in the reader's language and Retry-After, and the reader's
text stays on the page. Counts live in Django's default cache, which every worker
and server shares: Redis with REDIS_URL, otherwise a table in the site's database
(see masthead.core.cache); a per-process cache would let each worker count apart.

MASTHEAD_FLOOD_LIMITS = {"commenter": "1/15s,20/h", "article": "600/h"}

Rates are "count/period" with a period in s, m, h or d ("20/h", "1/15s"), or
(count, seconds) pairs. "commenter" limits count the address's network (its /24 or
/64: one person can take any address in it) and the mailbox of the email separately,
so changing one of them does not reset the count; an empty value turns a scope's
limits off.
"""

import math
import re
import time
from dataclasses import dataclass
from datetime import timedelta

from babel.dates import format_timedelta
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext

from masthead.comments.emails import normalised_email
from masthead.comments.guards import ALLOW, Verdict
from masthead.core.editions import get_edition

DEFAULT_LIMITS = {"commenter": "1/15s,20/h", "article": "600/h"}
PREFIX = "masthead:flood"
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE = re.compile(r"(\d+)/(\d*)([smhd])")


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int

    def __str__(self):
        return f"{self.count}/{self.seconds}s"


def parse_rates(value):
    """Return the Rates a setting value names: "1/15s,20/h" or [(1, 15), ...]."""
    items = value.split(",") if isinstance(value, str) else list(value or [])
    return [_parse_rate(item) for item in items if str(item).strip()]


def _parse_rate(item):
    if isinstance(item, (tuple, list)) and len(item) == 2:
        count, seconds = item
    elif match := RATE.fullmatch(str(item).replace(" ", "")):
        count, times, unit = match.groups()
        seconds = int(times or 1) * UNITS[unit]
    else:
        count = seconds = None
    if not (isinstance(count, (int, str)) and str(count).isdigit() and seconds):
        raise ImproperlyConfigured(
            f"MASTHEAD_FLOOD_LIMITS: {item!r} is not a rate; write one such as "
            '"20/h" (20 an hour) or "1/15s" (one per 15 seconds).'
        )
    return Rate(int(count), int(seconds))


def configured_limits():
    """Return {"commenter": [Rate, ...], "article": [Rate, ...]} from the settings."""
    value = getattr(settings, "MASTHEAD_FLOOD_LIMITS", DEFAULT_LIMITS)
    if not isinstance(value, dict):
        raise ImproperlyConfigured(
            'MASTHEAD_FLOOD_LIMITS must be a dict such as {"commenter": "1/15s,20/h", '
            '"article": "600/h"}.'
        )
    return {scope: parse_rates(value.get(scope, "")) for scope in DEFAULT_LIMITS}


def count_hit(key, rate, now):
    """Count one post against `rate` for `key`; return the seconds left to wait.

    Fixed windows anchored at the first post: the window's start is kept in the
    cache with cache.add (atomic: of two workers only one starts a window) and the
    count under a key naming that start, raised with cache.incr (atomic in Redis and
    in the local-memory cache). A sliding log would be exact but costs a list per
    commenter; anchoring makes "1 per 15 s" exact and "20 an hour" at worst 40 across
    two adjoining windows. Refused attempts count too, which never lengthens a wait.
    """
    window = f"{PREFIX}:{key}:{rate}"
    started = _window_start(window, rate.seconds, now)
    count = _raise_count(f"{window}:{started}", rate.seconds)
    if count <= rate.count:
        return 0
    return max(1, math.ceil(started + rate.seconds - now))


def _window_start(window, seconds, now):
    """Return when the commenter's current window began, starting one at `now`
    where none is open."""
    # A window can end between a failed add and the get: then this post opens the
    # next one, so the post after it finds a window (not a count with none).
    for _attempt in range(3):
        if cache.add(window, now, seconds):
            return now
        started = cache.get(window)
        if started is not None:
            return started
    return now


def _raise_count(counter, seconds):
    """Add one to `counter`, starting it at 1 where it is missing."""
    # Under load a short window's counter can expire between a failed incr and a
    # failed add (another worker added it); a second try then finds it missing again.
    for _attempt in range(3):
        try:
            return cache.incr(counter)
        except ValueError:  # the first post of the window, or it just expired
            if cache.add(counter, 1, seconds):
                return 1
    return 1  # it kept expiring under us: the window is over, this post starts one


def commenter_keys(submission):
    """Return the cache keys a commenter is counted under: network, mailbox."""
    # Keyed, so the cache never holds a reader's network or address in the clear.
    named = [("net", submission.network)]
    if submission.email:
        named.append(("email", normalised_email(submission.email)))
    return [
        f"{kind}:{salted_hmac(PREFIX, value).hexdigest()}"
        for kind, value in named
        if value
    ]


def seconds_to_wait(submission, now=None):
    """Count `submission` against every limit; return the longest wait, 0 if none.

    The article's count moves only when the commenter is within their own limits,
    so one flooder cannot close an article to everyone else.
    """
    # The exact moment: a window kept in the cache ends rate.seconds after it was
    # opened, so a start rounded down would promise a wait up to a second short.
    now = time.time() if now is None else now
    limits = configured_limits()
    waits = [
        count_hit(key, rate, now)
        for key in commenter_keys(submission)
        for rate in limits["commenter"]
    ]
    if not any(waits):
        article = f"article:{submission.article.pk}"
        waits += [count_hit(article, rate, now) for rate in limits["article"]]
    return max(waits, default=0)


def refuse_floods(submission):
    """The guard: refuse a post over a limit with 429 and the time to wait."""
    wait = seconds_to_wait(submission)
    if not wait:
        return ALLOW
    edition = submission.article.locale.language_code
    return Verdict(False, too_fast_message(wait, edition), 429, retry_after=wait)


def too_fast_message(seconds, edition_code):
    """Return the refusal with the wait rounded up, in the edition's language."""
    with translation.override(edition_code):
        return gettext(
            "You are sending comments faster than this site allows. Your comment is "
            "still here: please send it again in %(wait)s."
        ) % {"wait": format_wait(seconds, edition_code)}


def format_wait(seconds, edition_code):
    """Return "15 seconds", "3 minutes"... never less than the real wait."""
    unit = next((unit for unit in (3600, 60) if seconds > unit), 1)
    seconds = math.ceil(seconds / unit) * unit
    locale = get_edition(edition_code).babel_locale
    return format_timedelta(timedelta(seconds=seconds), locale=locale)
