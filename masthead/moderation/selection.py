"""Every comment a queue's filters match, for a bulk decision on all of them.

The confirmation page lists each as "pk:revision:status", as the page shows it, so
the bulk decision skips any comment that changed after the moderator confirmed.
"""

from masthead.comments.models import Comment

from .queues import COUNT_CAP, filtered, status_queryset


def _matching(queue, scope, filters):
    comments = (
        Comment.objects.filter(scope)
        if queue == "all"
        else status_queryset(queue, scope)
    )
    return filtered(comments, filters)


def matching_count(queue, scope, filters):
    """Return how many comments match, stopping at COUNT_CAP + 1."""
    return _matching(queue, scope, filters).values("pk")[: COUNT_CAP + 1].count()


def matching_rows(queue, scope, filters, limit=COUNT_CAP):
    """Return the first `limit` matches, oldest first, as "pk:revision:status"."""
    rows = _matching(queue, scope, filters).order_by("created_at", "pk")
    values = rows.values_list("pk", "revision", "status")[:limit]
    return [f"{pk}:{revision}:{status}" for pk, revision, status in values]
