"""Training data: the reader's own text and the desk's decision on it, per edition."""

from masthead.comments.models import CommentRevision, CommentStatus

LABELS = {CommentStatus.APPROVED: 0, CommentStatus.REJECTED: 1}


def decisions(edition):
    """Return (texts, labels) of the comments a moderator decided, 1 for rejected.

    The text is revision 1, what the reader wrote, because that is what a new comment
    looks like when it is scored, not the moderator's edit. Comments without a
    deciding moderator were rejected by triage rules (or are still pending): learning
    from those would only teach the model the rules again.
    """
    rows = (
        CommentRevision.objects.filter(
            number=1,
            comment__edition=edition,
            comment__status__in=list(LABELS),
            comment__decided_by__isnull=False,
        )
        .order_by("comment_id")
        .values_list("body", "comment__status")
    )
    texts, labels = [], []
    for body, status in rows.iterator(chunk_size=2000):
        texts.append(body)
        labels.append(LABELS[status])
    return texts, labels
