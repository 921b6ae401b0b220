"""The approved comments of one article, as the article page shows them.

One query fetches the whole thread; replies are attached to their parents in
Python, so the page costs the same queries however many comments it has. Each
comment's HTML was rendered when it was approved; one that is missing (approved by a
bulk update, say) is rendered on first view and saved for the next.
"""

from dataclasses import dataclass, field

from .models import Comment
from .rendering import render_comment_html


@dataclass
class Thread:
    comments: list = field(default_factory=list)  # top level, oldest first
    count: int = 0  # every comment shown, replies included


def approved_thread(article):
    """Return the article's Thread; each top-level comment has `.thread_replies`."""
    # The stored HTML is all a page needs of each comment.
    thin = Comment.objects.public_thread(article).only(*THREAD_FIELDS)
    comments = list(thin)
    _render_missing(comments)
    by_id = {comment.pk: comment for comment in comments}
    for comment in comments:
        comment.thread_replies = []
    thread = Thread()
    for comment in comments:
        if comment.parent_id is None:
            thread.comments.append(comment)
            thread.count += 1
        elif comment.parent_id in by_id:
            # A reply shows only while its parent does.
            by_id[comment.parent_id].thread_replies.append(comment)
            thread.count += 1
    return thread


THREAD_FIELDS = ("id", "parent_id", "revision", "rendered_html", "created_at")


def _render_missing(comments):
    missing = {comment.pk: comment for comment in comments if not comment.rendered_html}
    if not missing:
        return
    for full in Comment.objects.filter(pk__in=missing):
        comment = missing[full.pk]
        comment.rendered_html = render_comment_html(full)
        # Only onto the revision rendered: a moderator may have edited it since.
        Comment.objects.approved().filter(
            pk=full.pk, revision=full.revision, rendered_html=""
        ).update(rendered_html=comment.rendered_html)


def reply_target(article, comment_id):
    """Return the approved comment of `article` a reader asked to reply to, or None."""
    try:
        return Comment.objects.approved().get(article=article, pk=int(comment_id))
    except (TypeError, ValueError, Comment.DoesNotExist):
        return None
