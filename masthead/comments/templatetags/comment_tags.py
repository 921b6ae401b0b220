from dataclasses import dataclass

from django import template

from masthead.comments import popular
from masthead.comments.forms import CommentForm
from masthead.comments.policy import comments_open
from masthead.comments.thread import (
    Thread,
    ThreadOrder,
    approved_thread,
    reply_target,
)

register = template.Library()


@dataclass
class Section:
    thread: Thread
    is_open: bool
    closed_reason: str
    form: CommentForm | None
    received: bool
    reported: bool


@register.simple_tag(takes_context=True)
def comment_section(context, article):
    """Return what the article's comment section shows.

    A view that is answering a post puts the bound form in the context as
    `comment_form`, so the reader's text comes back with its errors; otherwise the
    form is a fresh one, replying to `?reply_to=` when that names a comment here.
    """
    request = context["request"]
    is_open, closed_reason = comments_open(article)
    form = context.get("comment_form")
    if form is None and is_open:
        parent = reply_target(article, request.GET.get("reply_to"))
        form = CommentForm(article, parent=parent)
    return Section(
        thread=approved_thread(article, *_page_asked_for(request)),
        is_open=is_open,
        closed_reason=closed_reason,
        form=form,
        received=request.GET.get("comment") == "received",
        reported="reported" in request.GET,
    )


def _page_asked_for(request):
    """Return the page number and order of threads the reader's links ask for."""
    order = request.GET.get("comment_order")
    if order not in ThreadOrder.values:
        order = ThreadOrder.OLDEST
    return request.GET.get("comment_page", 1), order


@register.inclusion_tag("comments/pager.html", takes_context=True)
def comment_pager(context, thread, page_language):
    """Show the links to the other orders and pages of the article's comments."""
    return {
        "request": context["request"],
        "thread": thread,
        "orders": ThreadOrder.choices,
        "page_language": page_language,
    }


@register.simple_tag
def page_query(thread, number, order=None):
    return thread.page_query(number, order)


@register.simple_tag
def most_commented(page):
    """Return the stories under a front page with the most approved comments."""
    return popular.most_commented(page)
