"""Readers' endpoints: an article's approved comments, and posting a new one.

Posting goes through the same submission service as the form under the article, so
the rules, limits, guards and privacy are the same; this module only turns the
outcome into JSON. Messages are in the article's edition language, as on the page.
"""

import logging

from django.db import DatabaseError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.decorators import decorate_view
from ninja.responses import Status

from masthead.comments import submission
from masthead.comments.models import Comment
from masthead.core.numbers import LARGEST_ID
from masthead.core.proxies import client_address
from masthead.news.models import ArticlePage

from .forms import ApiCommentForm, errors_of, find_parent, form_data
from .guards import json_body, same_origin
from .pagination import next_offset_url
from .schemas import (
    Accepted,
    CommentIn,
    Detail,
    FieldErrors,
    PublicCommentPage,
    id_in_path,
)

logger = logging.getLogger(__name__)
router = Router(tags=["comments"])

DEFAULT_LIMIT, MAX_LIMIT = 50, 200
PUBLIC_FIELDS = ("id", "parent_id", "display_name", "body", "created_at")
RETRY_AFTER_OUTAGE = 60


def published_article(article_id):
    """Return a live, unrestricted article: others are 404, as on the site."""
    return get_object_or_404(ArticlePage.objects.live().public(), pk=article_id)


@router.get("/articles/{article_id}/comments", response=PublicCommentPage)
def list_comments(
    request,
    article_id: int = id_in_path(),
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=LARGEST_ID),
):
    """Return an article's approved comments, oldest first."""
    thread = Comment.objects.public_thread(published_article(article_id))
    thread = thread.only(*PUBLIC_FIELDS, "edited_by_moderators")
    count = thread.count()
    return {
        "count": count,
        "next": next_offset_url(request, offset + limit, count),
        "items": list(thread[offset : offset + limit]),
    }


@router.post(
    "/articles/{article_id}/comments",
    response={
        202: Accepted,
        400: FieldErrors | Detail,
        (403, 404, 415, 429, 503): Detail,
    },
)
@decorate_view(same_origin, json_body)
def post_comment(
    request,
    payload: CommentIn,
    response: HttpResponse,
    article_id: int = id_in_path(),
):
    """Submit a comment for moderation; it is public only once a moderator approves.

    403 when comments are closed, the commenter is banned or a browser posts from
    another site; 415 for a body that is not JSON; 429 with Retry-After
    when they are posting too fast.
    """
    try:
        return _post_comment(request, article_id, payload, response)
    except DatabaseError:
        # Anywhere in the request, even looking up the article: the client keeps
        # its text and is told to try again, never a 500.
        logger.exception("Could not store a comment on article %s", article_id)
        response["Retry-After"] = str(RETRY_AFTER_OUTAGE)
        detail = _("Your comment could not be saved just now. Please try again.")
        return Status(503, {"detail": detail})


def _post_comment(request, article_id, payload, response):
    article = published_article(article_id)
    response["Content-Language"] = article.locale.language_code
    with translation.override(article.locale.language_code):
        parent = find_parent(payload.parent)
        form = ApiCommentForm(article, form_data(payload), parent=parent)
        errors = errors_of(form, payload.parent, parent)
        if errors:
            return Status(400, {"errors": errors})
        try:
            prepared = submission.prepare(
                article, **form.submission_fields(), address=client_address(request)
            )
            comment = submission.store(prepared)
        except submission.SubmissionRefused as refusal:
            return _refused(refusal, response)
    return Status(202, {"id": comment.pk, "status": comment.status})


def _refused(refusal, response):
    if refusal.status == 400:
        # The only rule prepare() refuses with 400 is where a reply may go.
        return Status(400, {"errors": {"parent": [str(refusal.reason)]}})
    if refusal.retry_after is not None:
        response["Retry-After"] = str(refusal.retry_after)
    return Status(refusal.status, {"detail": str(refusal.reason)})
