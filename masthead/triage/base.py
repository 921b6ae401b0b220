"""What a triage rule is and what it answers.

A rule is a small class with a `check()` returning a Finding (and, when it can share
work between comments, a `check_many()`); its options are the per-edition dict from
`MASTHEAD_TRIAGE`. The pipeline runs it under `timeout`: a rule
that raises or runs late is recorded as UNKNOWN, never as a hit and never as a pass.
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _


class Outcome(models.TextChoices):
    PASS = "pass", _("Pass")
    NOTE = "note", _("Note for the moderator")
    HOLD = "hold", _("Held for priority review")
    REJECT = "reject", _("Rejected automatically")
    UNKNOWN = "unknown", _("Unknown (the rule failed or timed out)")


@dataclass
class Finding:
    outcome: str
    explanation: str
    # Rule-specific data kept with the verdict. Known keys: "priority" (added to the
    # comment's priority), "spans" ([[start, end], ...] in the comment body, for
    # highlighting), "matches" (the terms found).
    details: dict = field(default_factory=dict)
    score: float | None = None


class Rule:
    """Base class of triage rules; subclasses set the attributes and `check()`.

    `uses_database`: a rule that queries the database runs in the request's thread
    (a worker thread would use another connection and transaction) and is timed
    after the fact: a result that came after `timeout` is discarded as UNKNOWN. A
    rule that sets it to False runs in a worker thread and is abandoned when its
    time is up, so even a rule that never returns cannot hold up a submission.
    """

    code = ""
    label = ""
    timeout = 2.0  # seconds
    reject_reason = ""  # the RejectionReason code used when this rule rejects
    uses_database = True
    # Options a site does not need to set; MASTHEAD_TRIAGE overrides them.
    default_options = {}

    def __init__(self, options=None):
        self.options = {**self.default_options, **(options or {})}

    def __repr__(self):
        return f"<{type(self).__name__} {self.code}>"

    def check(self, comment, options):
        """Return a Finding about `comment`."""
        raise NotImplementedError

    def check_many(self, comments, options):
        """Return a Finding for each of `comments`, all of one edition, in order.

        The task worker triages comments in batches; a rule that can share work
        between them (one query, one model call) does it here. The findings must be
        those `check` would give each comment alone, in the same order.
        """
        return [self.check(comment, options) for comment in comments]
