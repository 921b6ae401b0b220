"""The desk over JSON: the same queues, scope and decisions as the desk's pages.

Every comment outside the caller's desks answers 404, so a key reveals nothing about
other desks. Decisions go through moderation.actions, which checks the revision the
moderator saw: a stale or second decision is a 409 that changes nothing.
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.decorators import decorate_view
from ninja.errors import ValidationError
from ninja.responses import Status

from masthead.comments.models import Comment
from masthead.moderation import conflicts, deciding
from masthead.moderation.conflicts import DecisionConflict
from masthead.moderation.permissions import desk_scope
from masthead.moderation.queues import (
    Filters,
    attach_row_data,
    decode_cursor,
    queue_page,
)
from masthead.moderation.reasons import UnknownReason
from masthead.moderation.undo import undo

from .auth import ModeratorBearer
from .guards import json_body
from .pagination import url_with
from .reasons import DecisionRefused
from .schemas import (
    DecisionIn,
    Detail,
    ModerationComment,
    ModerationPage,
    QueueQuery,
    UndoIn,
    id_in_path,
)

router = Router(tags=["moderation"], auth=ModeratorBearer())


@router.get("/moderation/comments", response=ModerationPage)
def list_queue(request, query: Query[QueueQuery]):
    """Return one page of a queue at the caller's desks, oldest first."""
    filters = Filters(
        edition=query.edition,
        section=query.section,
        article=query.article,
        commenter=query.commenter,
        text=query.q,
    )
    page = queue_page(
        query.status,
        desk_scope(request.auth),
        filters,
        after=_cursor(query.cursor),
        size=query.limit,
    )
    next_url = url_with(request, cursor=page.next_cursor) if page.has_next else None
    return {"next": next_url, "items": [_item(c, request) for c in page.comments]}


@router.post(
    "/moderation/comments/{comment_id}/decisions",
    response={
        200: ModerationComment,
        400: DecisionRefused | Detail,
        (404, 409, 415): Detail,
    },
)
@decorate_view(json_body)
def decide(request, decision: DecisionIn, comment_id: int = id_in_path()):
    """Approve, reject or edit the revision the moderator saw.

    `reason` (a Terms of Use reason code, from GET /moderation/reasons) is required
    to reject or edit; an unknown one is a 400 with `valid_reasons`. `body` with
    approve approves and edits in one step.
    """
    comment = _comment_in_scope(request, comment_id)
    perform = DECISIONS[decision.action]
    try:
        decided = perform(comment, request.auth, _decision_data(decision))
    except DecisionConflict as conflict:
        return Status(409, {"detail": conflict.message})
    except UnknownReason as unknown:
        return Status(400, {"detail": str(unknown), "valid_reasons": unknown.valid})
    except conflicts.DecisionRefused as refusal:
        return Status(400, {"detail": refusal.message})
    attach_row_data([decided])
    return _item(decided, request)


@router.post(
    "/moderation/comments/{comment_id}/undo",
    response={200: ModerationComment, (400, 404, 409, 415): Detail},
)
@decorate_view(json_body)
def undo_decision(request, body: UndoIn, comment_id: int = id_in_path()):
    """Undo the caller's latest decision on a comment, within 10 seconds of it.

    `revision` is the one the decision answered with. Someone else's decision since,
    an undo already made, or a decision older than the undo window is a 409.
    """
    comment = _comment_in_scope(request, comment_id)
    try:
        undone = undo(
            comment, user=request.auth, revision=body.revision, note=body.note
        )
    except DecisionConflict as conflict:
        return Status(409, {"detail": conflict.message})
    attach_row_data([undone])
    return _item(undone, request)


DECISIONS = {
    "approve": deciding.APPROVE_WITH_EDIT,
    "reject": deciding.REJECT,
    "edit": deciding.EDIT,
}


def _decision_data(decision):
    data = decision.model_dump()
    if decision.action == "edit":
        data["body"] = decision.body or ""  # no text is an empty edit, refused as such
    return data


def _comment_in_scope(request, comment_id):
    """Return the comment at the caller's desks; any other answers 404."""
    scoped = Comment.objects.filter(desk_scope(request.auth))
    return get_object_or_404(scoped, pk=comment_id)


def _cursor(value):
    if not value:
        return None
    cursor = decode_cursor(value)
    if cursor is None:
        message = _("Invalid cursor: follow the `next` link of the page before.")
        raise ValidationError([{"loc": ("query", "cursor"), "msg": message}])
    return cursor


def _item(comment, request):
    article = comment.article
    return {
        "id": comment.pk,
        "article": {
            "id": article.pk,
            "title": article.title,
            "url": request.build_absolute_uri(article.get_url(request)),
        },
        "parent": comment.parent_id,
        "edition": comment.edition,
        "name": comment.display_name,
        "email": comment.email,
        "body": comment.body,
        "status": comment.status,
        "revision": comment.revision,
        "created_at": comment.created_at,
        "edited_by_moderators": comment.edited_by_moderators,
        "reports": len(comment.open_report_list),
        "triage": [_triage_note(verdict) for verdict in comment.triage_list],
    }


def _triage_note(verdict):
    """Return a verdict as the caller reads it: in their language (Accept-Language)."""
    return {
        "rule": verdict.rule,
        "label": str(verdict.label),
        "outcome": verdict.outcome,
        "explanation": verdict.explanation_text,
        "score": verdict.score,
    }
