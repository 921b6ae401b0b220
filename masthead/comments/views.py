"""The reader's side: post a comment, report one. Both work without JavaScript.

The decisions live in submission.py; these views only turn the outcome into a page:
303 back to the article, the article again with the reader's text and the reason, or
a page that holds the text when the database is out of reach. "The article" is the
page the reader posted from: its own page or another registered in reading.py.
"""

import logging

from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from masthead.core.editions import get_edition
from masthead.core.errors import RETRY_AFTER_SECONDS, render_error
from masthead.core.proxies import client_address
from masthead.core.security import policy_allowing_style
from masthead.news.models import ArticlePage

from . import commenter, confirmation, submission
from .forms import CommentForm, ReportForm, edition_of
from .models import Comment, Report
from .origin import same_origin_post
from .privacy import ip_hash
from .reading import reading_page
from .thread import page_holding, page_query, reply_target, thread_order

logger = logging.getLogger(__name__)


@same_origin_post
@require_POST
def post_comment(request, article_id):
    try:
        return _post_comment(request, article_id)
    except DatabaseError:
        logger.exception("Comment on article %s not stored", article_id)
        return unavailable(request)


def _post_comment(request, article_id):
    article = get_object_or_404(
        ArticlePage.objects.live().select_related("locale"), pk=article_id
    )
    refuse_unless_passed(request, article)
    page = reading_page(article, request.POST.get("next"))
    parent = reply_target(article, request.POST.get("parent"))
    form = CommentForm(article, request.POST, parent=parent)
    if not form.is_valid():
        return article_with_form(request, page, article, form, status=400)
    browser = commenter.browser_id(request)
    try:
        prepared = submission.prepare(
            article,
            address=client_address(request),
            browser=browser,
            **form.submission_fields(),
        )
        submission.store(prepared)
    except submission.SubmissionRefused as refused:
        form.add_error(None, refused.reason)
        response = article_with_form(
            request, page, article, form, status=refused.status
        )
        if refused.retry_after:
            response["Retry-After"] = str(refused.retry_after)
        return response
    response = see_other(page.url(article) + "?comment=received#comments")
    commenter.remember_browser(request, response, browser)
    return response


def article_with_form(request, page, article, form, status):
    """Render the article as `page` shows it (its own page, or another reading
    page), its comment form bound to what was posted."""
    context = {**article.get_context(request), "comment_form": form}
    return page.render(
        request, article, article.get_template(request), context, status=status
    )


# The outage page arrives as one request (a reader on a slow line fetches nothing
# more), so its few rules travel inside it; the Content-Security-Policy names exactly
# this text.
UNAVAILABLE_STYLE = (
    "body{font-family:system-ui,sans-serif;line-height:1.6;max-width:40rem;"
    "margin:2rem auto;padding:0 1rem}label{display:block;font-weight:600;"
    "margin-top:1rem}input,textarea{width:100%;font:inherit;padding:.5rem}"
    "button{margin-top:1rem;font:inherit;padding:.5rem 1rem}.skip-link,"
    ".visually-hidden{position:absolute;clip-path:inset(50%)}.brand{font-weight:700}"
)


def unavailable(request):
    """Answer 503 with the reader's text, without touching the database: the
    site's outage page (core.errors), with the text to copy or send again."""
    code = edition_of(request.POST.get("security", "")) or translation.get_language()
    context = {"posted": request.POST, "inline_style": UNAVAILABLE_STYLE}
    response = render_error(
        request, "comments/unavailable.html", 503, context, get_edition(code)
    )
    response["Content-Security-Policy"] = policy_allowing_style(UNAVAILABLE_STYLE)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


@require_http_methods(["GET", "POST"])
def report_comment(request, comment_id):
    comment = get_object_or_404(
        Comment.objects.approved().select_related("article__locale"), pk=comment_id
    )
    restricted = refuse_unless_passed(request, comment.article)
    # The form posts to this very address, so `next` comes back in the query.
    page = reading_page(comment.article, request.GET.get("next"))
    form = ReportForm(request.POST if request.method == "POST" else None)
    back_url = comment_page_url(page, comment, request.GET.get("comment_order"))
    if form.is_valid():
        file_report(comment, request, **form.cleaned_data)
        mark = "&" if "?" in back_url else "?"
        return see_other(f"{back_url}{mark}reported={comment.pk}#comment-{comment.pk}")
    context = {
        "comment": comment,
        "page": comment.article,
        "form": form,
        "back_url": back_url,
    }
    status = 400 if form.is_bound else 200
    response = page.render(
        request, comment.article, "comments/report.html", context, status=status
    )
    if restricted:
        add_never_cache_headers(response)
    return response


def comment_page_url(page, comment, order):
    """Return the address of the comment page (on `page`) that shows `comment`."""
    order = thread_order(order)
    number = page_holding(comment.article, comment.pk, order, page.threads_per_page())
    return page.url(comment.article) + page_query(number, order)


def refuse_unless_passed(request, article):
    """Refuse a reader who has not passed the article's view restrictions (given
    its password, logged in): these views show the article and its comments.
    Return whether the article has any, so its answers are never cached."""
    restrictions = list(article.get_view_restrictions())
    if not all(restriction.accept_request(request) for restriction in restrictions):
        raise PermissionDenied
    return bool(restrictions)


@never_cache
@require_http_methods(["GET", "POST"])
def confirm_email(request, token):
    """GET shows a button, POST confirms: mail scanners open links, people press."""
    try:
        edition = confirmation.checked_edition(token)
    except signing.BadSignature:
        context = {"state": "invalid"}
        return render(request, "comments/confirm_email.html", context, status=400)
    if request.method == "POST":
        confirmation.confirm(token)
    context = {"state": "confirmed" if request.method == "POST" else "asked"}
    with translation.override(edition):
        return render(request, "comments/confirm_email.html", context)


def file_report(comment, request, reason, note):
    """Store a report; a reader's second open report on one comment is a no-op."""
    try:
        with transaction.atomic():
            Report.objects.create(
                comment=comment,
                reason=reason,
                note=note,
                ip_hash=ip_hash(client_address(request)),
            )
    except IntegrityError:
        pass


def see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response
