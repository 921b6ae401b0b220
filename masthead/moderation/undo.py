"""Undoing a decision within seconds: a decision of its own, audited as such.

An undo names the comment and the revision the moderator saw after deciding. It
puts back the status and text the comment had before the moderator's latest
decision, provided that decision is still the latest one on the comment, is the
moderator's own and was made within UNDO_SECONDS. Texts are never rewritten: an
undone edit comes back as a new revision carrying the earlier words.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from masthead.comments.models import Comment
from masthead.comments.signals import comment_decided

from .actions import _apply, _audit_data
from .audit_log import log
from .conflicts import DecisionConflict, describe_current_state
from .permissions import ensure_can_moderate

UNDO_SECONDS = 10
# The desk shows the offer for UNDO_SECONDS; a click in its last moment still counts
# while the request is on its way.
GRACE_SECONDS = 5
UNDOABLE = {
    f"masthead.comment.{name}"
    for name in ("approve", "edit_and_approve", "edit", "reject", "restore")
}
DECISIONS = UNDOABLE | {
    "masthead.comment.reject_automatically",
    "masthead.comment.dismiss_reports",
    "masthead.comment.undo",
}


def undo(comment, *, user, revision, note=""):
    """Reverse the user's latest decision on `comment`, seen at `revision`.

    Raise DecisionConflict, changing nothing, when there is no such decision to
    undo: someone decided since, it was undone already, or it is too late.
    """
    ensure_can_moderate(user, comment)
    with transaction.atomic():
        current = Comment.objects.select_for_update().get(pk=comment.pk)
        decision = latest_decision(current)
        _check_undoable(decision, current, user, revision)
        before = {"status": current.status, "revision": current.revision}
        body, edited = _earlier_text(current, decision)
        status = decision.data["status_before"]
        _apply(current, user, status, body, "", note, edited=edited)
        data = _audit_data(before, current, "", note)
        data.update(undoes=decision.action, undoes_entry=decision.pk)
        log(current, "masthead.comment.undo", user=user, data=data)
        # Inside the transaction, so receivers queue their work with the undo.
        comment_decided.send(
            sender=Comment, comment=current, action="undo", user=user, reason=""
        )
    return current


def latest_decision(comment):
    """Return the latest audit entry that decided on `comment`, or None."""
    entries = ModelLogEntry.objects.for_instance(comment).filter(action__in=DECISIONS)
    return entries.select_related("user").order_by("-timestamp", "-pk").first()


def _check_undoable(decision, current, user, revision):
    if decision is None or decision.action not in UNDOABLE | {"masthead.comment.undo"}:
        raise DecisionConflict(
            _("There is no decision of yours to undo on this comment.")
        )
    if decision.user_id != user.pk:
        raise DecisionConflict(_someone_else_decided(decision))
    if decision.action == "masthead.comment.undo":
        raise DecisionConflict(_("That decision was already undone."))
    seen = decision.data.get("status_after")
    if current.revision != revision or current.status != seen:
        raise DecisionConflict(describe_current_state(current, revision))
    window = timedelta(seconds=UNDO_SECONDS + GRACE_SECONDS)
    if timezone.now() - decision.timestamp > window:
        raise DecisionConflict(
            _(
                "It is too late to undo: a decision can be undone for %(seconds)s "
                "seconds. Decide again instead."
            )
            % {"seconds": UNDO_SECONDS}
        )


def _someone_else_decided(decision):
    who = decision.user.get_username() if decision.user else _("triage")
    when = formats.time_format(timezone.localtime(decision.timestamp), "H:i")
    return _(
        "%(user)s decided on this comment after you, at %(time)s; nothing was undone."
    ) % {"user": who, "time": when}


def _earlier_text(comment, decision):
    """Return (body, edited) to restore: (None, …) when the text did not change."""
    number = decision.data.get("revision_before")
    if number is None or number == decision.data.get("revision_after"):
        return None, comment.edited_by_moderators
    texts = dict(
        comment.revisions.filter(number__in=(1, number)).values_list("number", "body")
    )
    # Back to the reader's own words means the moderators' marker goes too.
    return texts[number], texts[number] != texts[1]
