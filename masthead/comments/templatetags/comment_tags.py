from functools import cached_property

from django import template
from django.utils.safestring import mark_safe

from masthead.comments import popular
from masthead.comments.forms import CommentForm
from masthead.comments.kept_thread import kept_form_html, kept_listing, listing_key
from masthead.comments.policy import comments_open
from masthead.comments.thread import (
    ThreadOrder,
    approved_thread,
    reply_target,
    thread_order,
)

register = template.Library()


class Section:
    """What the article's comment section shows. The thread is read only when the
    list is not kept (comments/kept_thread.py) or a template asks for it."""

    def __init__(self, article, context, *, form, is_open, closed_reason, keep_list):
        request = context["request"]
        self.article, self.context, self.form = article, context, form
        self.is_open, self.closed_reason = is_open, closed_reason
        self.received = request.GET.get("comment") == "received"
        self.reported = "reported" in request.GET
        self.asked = (
            *_page_asked_for(request),
            context.get("comment_threads_per_page"),
            form.reply_to.pk if form is not None and form.reply_to else None,
        )
        self.keep_list = keep_list

    @cached_property
    def thread(self):
        number, order, per_page, holding = self.asked
        return approved_thread(
            self.article, number, order, per_page=per_page, holding=holding
        )

    @cached_property
    def flat_context(self):
        return self.context.flatten()

    @cached_property
    def listing(self):
        # Only a page that shows the kept list reads its thread generation.
        varies = (*self.asked, self.is_open)
        key = listing_key(self.context["request"], self.article, varies)
        listing = kept_listing(key, self, self.flat_context)
        return {**listing, "html": mark_safe(listing["html"])}  # noqa: S308  # nosec B308, B703

    @property
    def count(self):
        # A page that draws the list itself counts the thread it reads.
        return self.listing["count"] if self.keep_list else self.thread.count

    @cached_property
    def form_html(self):
        """Return the form's HTML. A blank form is the same for every reader but
        for its signature (comments/kept_thread.py keeps it)."""
        html = kept_form_html(self.form, self.flat_context)
        return mark_safe(html)  # noqa: S308  # nosec B308, B703


@register.simple_tag(takes_context=True)
def comment_section(context, article, keep_list=False):
    """Return what the article's comment section shows.

    A view that is answering a post puts the bound form in the context as
    `comment_form`, so the reader's text comes back with its errors; otherwise the
    form is a fresh one, replying to `?reply_to=` when that names a comment here.
    Without a page number in the address, the page shown is the one holding the
    comment replied to, so a reply from a later page (and its refusal) stays on
    that page. A page showing comments at its own pace (comments/reading.py) puts
    `comment_threads_per_page` in the context. With `keep_list`, the page shows
    `section.listing`, the list and pager kept between views (kept_thread.py).
    """
    request = context["request"]
    is_open, closed_reason = comments_open(article)
    form = context.get("comment_form")
    if form is None and is_open:
        parent = reply_target(article, request.GET.get("reply_to"))
        form = CommentForm(article, parent=parent)
    return Section(
        article,
        context,
        form=form,
        is_open=is_open,
        closed_reason=closed_reason,
        keep_list=keep_list,
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
