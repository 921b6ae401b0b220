"""Banned commenters are refused before their comment is stored.

Every post is checked, and bans are few and rarely change, so each process keeps
the bans in force in memory and asks the shared cache at most once a second whether
they changed (a *bans generation*, replaced whenever a ban is saved or deleted): a
post costs no query, and a ban made on one server holds on every server within a
second. The process that saves a ban reads them again at once.
"""

import threading
import time

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.comments.emails import normalised_email
from masthead.comments.guards import ALLOW, Verdict
from masthead.comments.privacy import enclosing_networks, ip_hashes
from masthead.core.fragments import generation, new_generation

from .models import Ban

GENERATION_KEY = "masthead:bans-generation"
RECHECK_SECONDS = 1.0


class KeptBans:
    """The bans in force, by mailbox, address hash and network, with their expiry
    (None: never)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.generation, self.checked_at = None, float("-inf")
        self.by_field = {"email": {}, "ip_hash": {}, "network": {}}

    def forget(self):
        self.checked_at = float("-inf")

    def current(self):
        """Return the bans in force, asking the cache first when a second has passed.

        One thread asks; the others meanwhile use the bans already held. No lock is
        held while asking: with the database locked, a post would otherwise wait out
        the busy timeout of every post queued before it, not only its own.
        """
        if self.claim_check() or self.generation is None:
            try:
                self.refresh()
            except BaseException:
                self.forget()  # the next post asks again
                raise
        return self.by_field

    def claim_check(self):
        with self.lock:
            if time.monotonic() - self.checked_at < RECHECK_SECONDS:
                return False
            self.checked_at = time.monotonic()
            return True

    def refresh(self):
        found = generation(GENERATION_KEY)
        if found != self.generation:
            # An older read finishing last is replaced at the next check: its
            # generation differs from the cache's.
            self.by_field, self.generation = read_bans(), found

    def holds(self, field, values, now):
        return holds(self.current()[field], values, now)


def holds(expiries, values, now):
    """Whether a ban in `expiries` (value: expiry) holds one of `values` at `now`."""
    for value in values:
        if value in expiries:
            expires = expiries[value]
            if expires is None or expires > now:
                return True
    return False


def read_bans():
    by_field = {"email": {}, "ip_hash": {}, "network": {}}
    rows = Ban.objects.in_force().values_list(*by_field, "expires_at")
    for *values, expires in rows:
        for field, value in zip(by_field, values, strict=True):
            if value:
                by_field[field][value] = latest(by_field[field].get(value, 0), expires)
    return by_field


def latest(kept, expires):
    """The later of two expiries, where None (never) is the latest of all; 0 marks
    a value not yet seen."""
    if kept is None or expires is None:
        return None
    return expires if kept == 0 else max(kept, expires)


kept_bans = KeptBans()


def bans_changed(**kwargs):
    """Receive post_save and post_delete of Ban: every process reads them again."""
    new_generation(GENERATION_KEY)
    kept_bans.forget()


def is_banned(email="", address=""):
    """Return whether a ban holds the mailbox of `email` or a network of `address`."""
    now, bans = timezone.now(), kept_bans.current()  # read once for the three
    return (bool(email) and holds(bans["email"], [normalised_email(email)], now)) or (
        bool(address)
        and (
            holds(bans["ip_hash"], ip_hashes(address), now)
            or holds(bans["network"], enclosing_networks(address), now)
        )
    )


def refuse_banned_commenters(submission):
    if is_banned(submission.email, submission.address):
        return Verdict(False, _("You can no longer comment on this site."), status=403)
    return ALLOW
