"""Moderation decisions: the one place that changes a comment's state.

Views, the API, bulk actions and commands all call these functions. A decision names
the revision the moderator saw; the status and revision are checked and changed in a
single conditional UPDATE, so of two moderators deciding at once exactly one wins and
the other is told what happened instead.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from masthead.comments.models import Comment, CommentRevision, CommentStatus, Report
from masthead.comments.rendering import render_comment_html
from masthead.comments.signals import comment_decided
from masthead.comments.text import clean_plain_text, has_visible_text

from .audit_log import log
from .conflicts import DecisionConflict, DecisionRefused, describe_current_state
from .notifications import queue_decision_mail
from .permissions import ensure_can_moderate
from .reasons import require_reason

PENDING, APPROVED, REJECTED = (
    CommentStatus.PENDING,
    CommentStatus.APPROVED,
    CommentStatus.REJECTED,
)


def approve(comment, *, user, revision, body=None, reason="", note=""):
    """Approve a pending comment; with `body`, edit it in the same step."""
    decision = Decision("approve", PENDING, APPROVED, body, reason, note)
    return _decide(comment, user, revision, decision)


def reject(comment, *, user, revision, reason, note="", seen_status=PENDING):
    """Reject a pending comment, or take down an approved one (seen_status=APPROVED)."""
    require_reason(reason)
    return _decide(
        comment,
        user,
        revision,
        Decision("reject", seen_status, REJECTED, None, reason, note),
    )


def edit(comment, *, user, revision, body, reason, note="", seen_status=PENDING):
    """Change a comment's text under the Terms of Use, keeping its status."""
    decision = Decision("edit", seen_status, seen_status, body, reason, note)
    return _decide(comment, user, revision, decision)


def restore(comment, *, user, revision, note=""):
    """Return a rejected comment to the pending queue."""
    return _decide(
        comment, user, revision, Decision("restore", REJECTED, PENDING, None, "", note)
    )


def dismiss_reports(comment, *, user, revision, note=""):
    """Resolve the open reports on an approved comment, keeping it; return how many.

    Like every decision it names the revision the moderator saw: a comment edited,
    taken down or already cleared meanwhile is not touched.
    """
    ensure_can_moderate(user, comment)
    with transaction.atomic():
        current = Comment.objects.select_for_update().get(pk=comment.pk)
        if current.revision != revision or current.status != APPROVED:
            raise DecisionConflict(describe_current_state(current, revision))
        reports = Report.objects.filter(comment=current, resolved_at__isnull=True)
        dismissed = reports.update(resolved_at=timezone.now())
        if not dismissed:
            raise DecisionConflict(_("Someone already dealt with these reports."))
        data = _audit_data(
            {"status": current.status, "revision": current.revision}, current, "", note
        )
        log(
            current,
            "masthead.comment.dismiss_reports",
            user=user,
            data={**data, "reports": dismissed},
        )
    return dismissed


@dataclass(frozen=True)
class Decision:
    action: str
    seen_status: str  # what the moderator saw; anything else means someone was first
    new_status: str
    body: str | None
    reason: str
    note: str


ALLOWED = {
    "approve": {PENDING},
    "reject": {PENDING, APPROVED},
    "edit": {PENDING, APPROVED},
    "restore": {REJECTED},
}


def _decide(comment, user, revision, decision):
    ensure_can_moderate(user, comment)
    if decision.seen_status not in ALLOWED[decision.action]:
        raise DecisionRefused(
            _("That decision does not apply to a %(status)s comment.")
            % {"status": decision.seen_status}
        )
    new_body = _edited_body(comment, decision.body, decision.reason)
    with transaction.atomic():
        current = Comment.objects.select_for_update().get(pk=comment.pk)
        if current.revision != revision or current.status != decision.seen_status:
            raise DecisionConflict(describe_current_state(current, revision))
        before = {"status": current.status, "revision": current.revision}
        _apply(
            current, user, decision.new_status, new_body, decision.reason, decision.note
        )
        data = _audit_data(before, current, decision.reason, decision.note)
        log(current, _log_action(decision, new_body), user=user, data=data)
        queue_decision_mail(current, decision.action, decision.reason)
        # Inside the transaction: receivers queue their work (purges, bakes) with
        # the decision, so it happens exactly when the decision commits.
        comment_decided.send(
            sender=Comment,
            comment=current,
            action=decision.action,
            user=user,
            reason=decision.reason,
        )
    return current


def _log_action(decision, new_body):
    # Approving with an edit is its own entry, so the audit trail tells it apart.
    if decision.action == "approve" and new_body is not None:
        return "masthead.comment.edit_and_approve"
    return f"masthead.comment.{decision.action}"


def _edited_body(comment, body, reason):
    if body is None:
        return None
    cleaned, _removed = clean_plain_text(body)
    if not has_visible_text(cleaned):
        raise DecisionRefused(
            _("An edited comment cannot be empty; reject it instead.")
        )
    require_reason(reason)
    return cleaned if cleaned != comment.body else None


# What a decision changes; the rest of the row (what the reader sent, triage's
# priority) stays as it is.
DECIDED_FIELDS = [
    "revision",
    "body",
    "edited_by_moderators",
    "decided_at",
    "decided_by",
    "status",
    "rendered_html",
]


def _apply(comment, user, status, new_body, reason, note, *, edited=True):
    now = timezone.now()
    if new_body is not None:
        comment.revision += 1
        comment.body = new_body
        comment.edited_by_moderators = edited
        CommentRevision.objects.create(
            comment=comment,
            number=comment.revision,
            body=new_body,
            editor=user,
            reason=reason,
            note=note,
            created_at=now,
        )
    if status != comment.status:
        comment.decided_at, comment.decided_by = now, user
    comment.status = status
    comment.rendered_html = render_comment_html(comment) if status == APPROVED else ""
    comment.save(update_fields=DECIDED_FIELDS)


def _audit_data(before, comment, reason, note):
    return {
        "status_before": before["status"],
        "status_after": comment.status,
        "revision_before": before["revision"],
        "revision_after": comment.revision,
        "reason": reason,
        "note": note,
    }


def reject_automatically(comment, *, reason, rule, explanation=""):
    """Reject a pending comment on a triage rule's word; return it, or None.

    No one's permission is checked: the site's own rules decide. Only a comment still
    pending at the revision triage read is touched, so a moderator who decided first
    wins. The audit entry has no user and names the rule; a moderator can `restore`.
    """
    with transaction.atomic():
        current = Comment.objects.select_for_update().get(pk=comment.pk)
        if current.revision != comment.revision or current.status != PENDING:
            return None
        before = {"status": current.status, "revision": current.revision}
        _apply(current, None, REJECTED, None, reason, "")
        data = _audit_data(before, current, reason, "")
        data.update(rule=rule, explanation=explanation)
        log(current, "masthead.comment.reject_automatically", user=None, data=data)
    return current


def reject_on_rule(sender, comment, *, reason, rule, explanation="", **kwargs):
    """Receive triage's `rule_rejected`: reject the comment automatically."""
    return reject_automatically(
        comment, reason=reason, rule=rule, explanation=explanation
    )
