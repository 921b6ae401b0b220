"""A commenter's record at the desk: what else they wrote, matched by email or IP hash.

Only comments inside the moderator's scope count, so a desk never learns about a
commenter's activity on a desk it does not moderate.
"""

from collections import Counter

from django.db.models import Count, Q

from masthead.comments.models import Comment, CommentStatus

RECENT = 10


def same_commenter(comment):
    """Return a Q matching comments by the same email or IP hash (none if neither)."""
    match = Q(pk__in=[])
    if comment.email:
        match |= Q(email=comment.email)
    if comment.ip_hash:
        match |= Q(ip_hash=comment.ip_hash)
    return match


def commenter_history(comment, scope, recent=RECENT):
    """Return {"counts": {status: n}, "recent": [comments]} for the comment's author."""
    others = Comment.objects.filter(scope).filter(same_commenter(comment))
    totals = dict(
        others.order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    latest = others.exclude(pk=comment.pk).select_related("article")
    return {
        "counts": _counts(totals),
        "recent": list(latest.order_by("-created_at", "-pk")[:recent]),
    }


def attach_histories(comments, scope):
    """Give each comment `history_counts` for its author with one grouped query."""
    emails = {c.email for c in comments if c.email}
    hashes = {c.ip_hash for c in comments if c.ip_hash}
    groups = []
    if emails or hashes:
        groups = (
            Comment.objects.filter(scope)
            .filter(Q(email__in=emails) | Q(ip_hash__in=hashes))
            .order_by()
            .values_list("email", "ip_hash", "status")
            .annotate(n=Count("pk"))
        )
        groups = list(groups)
    for comment in comments:
        totals = Counter()
        for email, ip_hash, status, n in groups:
            if (comment.email and email == comment.email) or (
                comment.ip_hash and ip_hash == comment.ip_hash
            ):
                totals[status] += n
        comment.history_counts = _counts(totals)
    return comments


def _counts(totals):
    return [
        (status, label, totals.get(status, 0))
        for status, label in CommentStatus.choices
    ]
