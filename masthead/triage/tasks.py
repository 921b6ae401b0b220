"""Work done outside the reader's request, on the "comments" task backend.

With the database backend (the default) the job row is written in the transaction
that stores the comment, and `masthead serve` runs the worker that picks it up; a
comment can therefore be triaged late, after a crash, but never skipped.
"""

import logging

from django_tasks import task

from masthead.comments.models import Comment
from masthead.core.batches import runs_together
from masthead.core.tasks import enqueue_with_change

from .pipeline import triage, triage_many

logger = logging.getLogger(__name__)

TASK_BACKEND = "comments"


@task(backend=TASK_BACKEND)
def triage_comment(comment_id):
    """Triage one stored comment; a comment erased meanwhile is skipped."""
    comment = Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        return "gone"
    try:
        triage(comment)
    except Exception:
        # The job is marked failed with its traceback; the comment waits, untriaged,
        # in the pending queue like any other.
        logger.exception("Triage could not run on comment %s", comment_id)
        raise
    return comment.status


@runs_together(triage_comment)
def triage_comments(arguments):
    """Triage the comments of many queued jobs at once (core/batches.py); return
    what each job returns alone, in order."""
    ids = [args[0] for args in arguments]
    found = Comment.objects.in_bulk(ids)
    comments = sorted(
        found.values(), key=lambda comment: (comment.created_at, comment.pk)
    )
    triage_many(comments)
    return [found[pk].status if pk in found else "gone" for pk in ids]


def queue_triage(sender, comment, **kwargs):
    """Receive `comment_submitted` (inside the storing transaction): queue triage."""
    enqueue_with_change(triage_comment, comment.pk)
