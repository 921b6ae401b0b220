"""Undoing a decision: a decision of its own, bound to the revision it undoes."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import ModelLogEntry

from masthead.comments.models import CommentStatus
from masthead.moderation import actions
from masthead.moderation.conflicts import DecisionConflict
from masthead.moderation.undo import undo

pytestmark = pytest.mark.django_db


def audit(comment):
    return list(ModelLogEntry.objects.for_instance(comment).order_by("pk"))


def test_undoing_an_approval_returns_the_comment_to_pending(pending_comment, moderator):
    approved = actions.approve(pending_comment, user=moderator, revision=1)
    comment = undo(approved, user=moderator, revision=1)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING
    assert comment.rendered_html == ""
    entry = audit(comment)[-1]
    assert entry.action == "masthead.comment.undo"
    assert entry.user == moderator
    assert entry.data["undoes"] == "masthead.comment.approve"
    assert entry.data["status_before"] == "approved"
    assert entry.data["status_after"] == "pending"
    assert (entry.data["revision_before"], entry.data["revision_after"]) == (1, 1)


def test_undoing_an_edit_brings_back_the_earlier_text_as_a_new_revision(
    pending_comment, moderator
):
    actions.edit(
        pending_comment, user=moderator, revision=1, body="Shorter.", reason="abuse"
    )
    comment = undo(pending_comment, user=moderator, revision=2)
    comment.refresh_from_db()
    assert comment.body == "A fair report."
    assert comment.revision == 3
    assert not comment.edited_by_moderators
    assert list(comment.revisions.values_list("number", "body")) == [
        (1, "A fair report."),
        (2, "Shorter."),
        (3, "A fair report."),
    ]
    entry = audit(comment)[-1]
    assert entry.data["undoes"] == "masthead.comment.edit"
    assert (entry.data["revision_before"], entry.data["revision_after"]) == (2, 3)


def test_undoing_an_edit_and_approval_restores_text_and_status(
    pending_comment, moderator
):
    actions.approve(
        pending_comment, user=moderator, revision=1, body="Shorter.", reason="abuse"
    )
    comment = undo(pending_comment, user=moderator, revision=2)
    comment.refresh_from_db()
    assert (comment.status, comment.body) == ("pending", "A fair report.")
    assert audit(comment)[-1].data["undoes"] == "masthead.comment.edit_and_approve"


def test_undoing_a_takedown_publishes_the_comment_again(pending_comment, moderator):
    actions.approve(pending_comment, user=moderator, revision=1)
    actions.reject(
        pending_comment,
        user=moderator,
        revision=1,
        reason="spam",
        seen_status="approved",
    )
    comment = undo(pending_comment, user=moderator, revision=1)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED
    assert "A fair report." in comment.rendered_html


def test_undo_is_refused_when_someone_else_decided_in_between(
    pending_comment, moderator, make_moderator
):
    other = make_moderator("jun")
    actions.approve(pending_comment, user=moderator, revision=1)
    actions.reject(
        pending_comment, user=other, revision=1, reason="spam", seen_status="approved"
    )
    with pytest.raises(DecisionConflict, match="jun"):
        undo(pending_comment, user=moderator, revision=1)
    pending_comment.refresh_from_db()
    assert pending_comment.status == CommentStatus.REJECTED
    assert audit(pending_comment)[-1].action == "masthead.comment.reject"


def test_undo_is_refused_at_a_revision_other_than_the_decided_one(
    pending_comment, moderator
):
    actions.edit(
        pending_comment, user=moderator, revision=1, body="Shorter.", reason="abuse"
    )
    with pytest.raises(DecisionConflict, match="revision 2"):
        undo(pending_comment, user=moderator, revision=1)
    pending_comment.refresh_from_db()
    assert pending_comment.body == "Shorter."


def test_undo_is_refused_after_ten_seconds(pending_comment, moderator):
    actions.approve(pending_comment, user=moderator, revision=1)
    entry = audit(pending_comment)[-1]
    entry.timestamp -= timedelta(seconds=30)
    entry.save()
    with pytest.raises(DecisionConflict, match="too late"):
        undo(pending_comment, user=moderator, revision=1)
    pending_comment.refresh_from_db()
    assert pending_comment.status == CommentStatus.APPROVED


def test_an_undo_cannot_itself_be_undone_twice(pending_comment, moderator):
    actions.approve(pending_comment, user=moderator, revision=1)
    undo(pending_comment, user=moderator, revision=1)
    with pytest.raises(DecisionConflict, match="already undone"):
        undo(pending_comment, user=moderator, revision=1)
    assert [e.action for e in audit(pending_comment)] == [
        "masthead.comment.approve",
        "masthead.comment.undo",
    ]


def test_there_is_nothing_to_undo_on_a_fresh_comment(pending_comment, moderator):
    with pytest.raises(DecisionConflict, match="no decision"):
        undo(pending_comment, user=moderator, revision=1)


def test_undo_needs_the_comments_desk(pending_comment, moderator, make_moderator):
    actions.approve(pending_comment, user=moderator, revision=1)
    with pytest.raises(PermissionDenied):
        undo(pending_comment, user=make_moderator("hana", edition="ko"), revision=1)
