"""Repeats: the same text again from one commenter (the campaign rule, in
campaign.py, finds nearly the same text from many).

"duplicate": the same text after folding (as the word lists fold it, spaces
collapsed) from the same address hash or email within `window_hours` (24) is
rejected as a duplicate, naming the earliest such comment. Each comment is stored
with the digest of its folded text (`Comment.text_digest`), so repeats are found by
an index lookup, not by reading the commenter's earlier comments.
"""

from datetime import timedelta

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.comments.models import Comment
from masthead.core.text import text_digest

from ..base import Finding, Outcome, Rule
from ..explanations import Explanation, explains


def similarity():
    """Return the similarity module; its numpy loads only where triage runs (the task
    worker), not in every web process that lists the rules."""
    from .. import similarity

    return similarity


def window(options):
    return timedelta(hours=float(options.get("window_hours", 24)))


def hours(options):
    return f"{window(options).total_seconds() / 3600:g}"


class DuplicateRule(Rule):
    code = "duplicate"
    label = gettext_lazy("Duplicate")
    reject_reason = "duplicate"
    default_options = {"window_hours": 24}

    def check(self, comment, options):
        return self.check_many([comment], options)[0]

    def check_many(self, comments, options):
        """Find each comment's earliest repeat in one query over the digests stored
        with the comments (an index lookup), never reading a commenter's history."""
        earlier = Repeats(comments, window(options))
        findings = []
        for comment in comments:
            first = earlier.first_before(comment)
            if first is None:
                findings.append(Finding(Outcome.PASS, Explanation("duplicate.none")))
                continue
            explanation = Explanation(
                "duplicate.repeat", id=first, hours=hours(options)
            )
            findings.append(
                Finding(Outcome.REJECT, explanation, {"duplicate_of": first})
            )
        return findings


class Repeats:
    """The comments that may repeat a batch's comments: the same digest from the
    same address hash or email within the window. Comments stored before digests
    were (an empty digest) are folded here instead."""

    def __init__(self, comments, span):
        self.span = span
        digests = {digest_of(comment) for comment in comments}
        since = min(comment.created_at for comment in comments) - span
        until = max(comment.created_at for comment in comments)
        rows = (
            Comment.objects.filter(
                Q(text_digest__in=digests) | Q(text_digest=""),
                created_at__range=(since, until),
            )
            .filter(same_commenters(comments))
            .order_by("created_at", "pk")
            .values_list("pk", "text_digest", "body", "ip_hash", "email", "created_at")
        )
        self.by_key = {}
        for pk, digest, body, ip_hash, email, created_at in rows.iterator():
            digest = digest or text_digest(body)
            for commenter in (("ip", ip_hash), ("email", email)):
                if commenter[1]:
                    key = (digest, commenter)
                    self.by_key.setdefault(key, []).append((created_at, pk))

    def first_before(self, comment):
        """Return the id of the earliest repeat of `comment` in its window, or None."""
        digest, since = digest_of(comment), comment.created_at - self.span
        found = []
        for commenter in (("ip", comment.ip_hash), ("email", comment.email)):
            for created_at, pk in self.by_key.get((digest, commenter), ()):
                if created_at > comment.created_at:
                    break
                if created_at >= since and pk != comment.pk:
                    found.append((created_at, pk))
                    break
        return min(found)[1] if found else None


def digest_of(comment):
    return comment.text_digest or text_digest(comment.body)


def same_commenters(comments):
    """Return a filter for comments by any of these comments' address hashes or
    emails."""
    hashes = {comment.ip_hash for comment in comments if comment.ip_hash}
    emails = {comment.email for comment in comments if comment.email}
    return Q(ip_hash__in=hashes) | Q(email__in=emails)


@explains("duplicate.repeat")
def _repeat(params):
    return _(
        "The same text as comment #%(id)d, sent by the same commenter "
        "within the last %(hours)s hours."
    ) % {"id": int(params["id"]), "hours": params["hours"]}


@explains("duplicate.none")
def _not_repeat(params):
    return _("Not a repeat of this commenter's recent comments.")
