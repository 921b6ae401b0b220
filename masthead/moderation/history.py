"""A commenter's record at the desk, and what else came from their network.

Comments are grouped by their commenter key (comments/commenter.py): a confirmed
mailbox or the browser's commenter cookie. The network is only a signal beside it,
"same network: 14 comments from 9 names": a household, an office or a mobile carrier
shares one, so it is never taken for one commenter. Only comments inside the
moderator's scope count, so a desk never learns about a commenter's activity on a
desk it does not moderate.
"""

from django.db.models import Count, Q

from masthead.comments.models import Comment, CommentStatus

RECENT = 10


def same_commenter(comment):
    """Return a Q matching the comments with the same commenter key (without a key,
    the comment alone)."""
    if comment.commenter_key:
        return Q(commenter_key=comment.commenter_key)
    return Q(pk=comment.pk)


def commenter_history(comment, scope, recent=RECENT):
    """Return {"counts": [(status, label, n)], "recent": [comments], "network":
    {"comments": n, "names": n} or None} for the comment's author."""
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
        "network": same_network(comment, scope),
    }


def same_network(comment, scope):
    """Return how many comments, under how many names, came from the comment's
    network within `scope`; None when its network is unknown."""
    if not comment.network:
        return None
    return (
        Comment.objects.filter(scope)
        .filter(network=comment.network)
        .aggregate(comments=Count("pk"), names=Count("display_name", distinct=True))
    )


def attach_histories(comments, scope):
    """Give each comment `history_counts` for its author with one grouped query."""
    keys = {c.commenter_key for c in comments if c.commenter_key}
    groups = {}
    if keys:
        rows = (
            Comment.objects.filter(scope)
            .filter(commenter_key__in=keys)
            .order_by()
            .values_list("commenter_key", "status")
            .annotate(n=Count("pk"))
        )
        for key, status, n in rows:
            groups.setdefault(key, {})[status] = n
    for comment in comments:
        alone = {comment.status: 1}
        comment.history_counts = _counts(groups.get(comment.commenter_key, alone))
    return comments


def _counts(totals):
    return [
        (status, label, totals.get(status, 0))
        for status, label in CommentStatus.choices
    ]
