"""The approved comments of one article, a page of threads at a time.

A first query reads the shape of the whole thread (ids and parents only), so the
page, its count and its pager come from Python; a second fetches the stored HTML
of just the comments on the page. Each page costs the same two queries however
many comments the article has, and a thread is never split across pages. Each
comment's HTML was rendered when it was approved; one that is missing (approved by a
bulk update, say) is rendered on first view and saved for the next.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import Comment
from .rendering import render_comment_html


class ThreadOrder(models.TextChoices):
    OLDEST = "oldest", _("Oldest first")
    NEWEST = "newest", _("Newest first")


@dataclass
class Thread:
    comments: list = field(default_factory=list)  # top level, in `order`
    count: int = 0  # every comment shown on any page, replies included
    page: object = None  # the django.core.paginator.Page of top-level comments
    order: str = ThreadOrder.OLDEST

    def page_query(self, number, order=None):
        return page_query(number, order or self.order)


def page_query(number, order=ThreadOrder.OLDEST):
    """Return the query string of page `number` in `order`: "" for the first page
    oldest first, the page that is baked."""
    if number == 1 and order == ThreadOrder.OLDEST:
        return ""
    return f"?comment_order={order}&comment_page={number}"


def thread_order(value):
    """Return the order a link asks for, oldest first unless it names another."""
    return value if value in ThreadOrder.values else ThreadOrder.OLDEST


def threads_per_page():
    """Return how many threads a page of the article's own comments shows."""
    return settings.MASTHEAD_COMMENT_THREADS_PER_PAGE


def approved_thread(
    article, page_number=1, order=ThreadOrder.OLDEST, per_page=None, holding=None
):
    """Return page `page_number` of the article's Thread, threads in `order`; each
    top-level comment has `.thread_replies`.

    Without a page number, the page that shows comment `holding` (the one a reader
    is replying to or has reported), else the first.
    """
    tops, replies_of = _thread_shape(article)
    count = len(tops) + sum(len(replies) for replies in replies_of.values())
    if order == ThreadOrder.NEWEST:
        tops.reverse()
    per_page = per_page or threads_per_page()
    if page_number is None:
        page_number = _number_holding(holding, tops, replies_of, per_page)
    page = Paginator(tops, per_page).get_page(page_number)
    shown = [*page, *(reply for top in page for reply in replies_of.get(top, ()))]
    # The stored HTML is all a page needs of each comment.
    by_id = Comment.objects.only(*THREAD_FIELDS).in_bulk(shown)
    _render_missing(by_id.values())
    comments = [by_id[pk] for pk in page]
    for comment in comments:
        comment.thread_replies = [by_id[pk] for pk in replies_of.get(comment.pk, ())]
    return Thread(comments=comments, count=count, page=page, order=order)


def _thread_shape(article):
    """Return the top-level comment ids, oldest first, and each one's reply ids.

    A reply joins the thread of the top-level comment it answers, however deep; it
    shows only while that comment does.
    """
    shape = Comment.objects.public_thread(article).values_list("pk", "parent_id")
    tops, replies_of, root_of = [], {}, {}
    for pk, parent_id in shape:
        if parent_id is None:
            tops.append(pk)
            root_of[pk] = pk
        elif parent_id in root_of:
            root_of[pk] = root_of[parent_id]
            replies_of.setdefault(root_of[pk], []).append(pk)
    return tops, replies_of


def _number_holding(comment_id, tops, replies_of, per_page):
    """Return the number of the page whose thread holds `comment_id`; 1 if none."""
    root = next(
        (top for top, replies in replies_of.items() if comment_id in replies),
        comment_id,
    )
    try:
        return tops.index(root) // per_page + 1
    except ValueError:
        return 1


def page_holding(article, comment_id, order=ThreadOrder.OLDEST, per_page=None):
    """Return the number of the page of `order` that shows comment `comment_id`."""
    tops, replies_of = _thread_shape(article)
    if order == ThreadOrder.NEWEST:
        tops.reverse()
    return _number_holding(comment_id, tops, replies_of, per_page or threads_per_page())


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
