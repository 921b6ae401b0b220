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
    thread_order,
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
    Without a page number in the address, the page shown is the one holding the
    comment replied to, so a reply from a later page (and its refusal) stays on
    that page. A page showing comments at its own pace (comments/reading.py) puts
    `comment_threads_per_page` in the context.
    """
    request = context["request"]
    is_open, closed_reason = comments_open(article)
    form = context.get("comment_form")
    if form is None and is_open:
        parent = reply_target(article, request.GET.get("reply_to"))
        form = CommentForm(article, parent=parent)
    thread = approved_thread(
        article,
        *_page_asked_for(request),
        per_page=context.get("comment_threads_per_page"),
        holding=form.reply_to.pk if form is not None and form.reply_to else None,
    )
    return Section(
        thread=thread,
        is_open=is_open,
        closed_reason=closed_reason,
        form=form,
        received=request.GET.get("comment") == "received",
        reported="reported" in request.GET,
    )


def _page_asked_for(request):
    """Return the page number and order of threads the reader's links ask for."""
    order = thread_order(request.GET.get("comment_order"))
    return request.GET.get("comment_page"), order


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
