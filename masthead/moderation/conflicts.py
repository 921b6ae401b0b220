"""Decisions the desk refuses, and telling a moderator someone else got there first.

A refusal is an exception of its own rather than a ValueError, so the desk and the API
turn only refusals into messages: a ValueError from a real bug is still a 500.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _


class DecisionRefused(Exception):
    """A decision that cannot be made as asked; nothing was changed."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class DecisionConflict(DecisionRefused):
    """The comment changed since the moderator saw it; nothing was changed."""


def describe_current_state(comment, seen_revision):
    """Return e.g. "Already approved by mina at 14:02." for the second moderator."""
    if comment.revision != seen_revision:
        return _(
            "The text changed since you opened it (now revision %(revision)s)."
        ) % {"revision": comment.revision}
    if comment.decided_by and comment.decided_at:
        when = formats.time_format(timezone.localtime(comment.decided_at), "H:i")
        return _("Already %(status)s by %(user)s at %(time)s.") % {
            "status": comment.get_status_display().lower(),
            "user": comment.decided_by.get_username(),
            "time": when,
        }
    return _("This comment is %(status)s; that decision does not apply.") % {
        "status": comment.get_status_display().lower()
    }
