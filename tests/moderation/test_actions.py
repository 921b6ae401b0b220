import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import ModelLogEntry

from masthead.comments.models import CommentStatus
from masthead.moderation import actions
from masthead.moderation.conflicts import DecisionConflict, DecisionRefused

pytestmark = pytest.mark.django_db


def audit(comment):
    return list(ModelLogEntry.objects.for_instance(comment).order_by("pk"))


def test_approve_publishes_and_renders_once(pending_comment, moderator):
    comment = actions.approve(pending_comment, user=moderator, revision=1)
    assert comment.status == CommentStatus.APPROVED
    assert comment.decided_by == moderator and comment.decided_at
    assert "A fair report." in comment.rendered_html


def test_every_decision_writes_one_audit_entry(pending_comment, moderator):
    comment = actions.approve(pending_comment, user=moderator, revision=1)
    comment = actions.edit(
        comment,
        user=moderator,
        revision=1,
        body="Fair.",
        reason="abuse",
        seen_status="approved",
    )
    comment = actions.reject(
        comment, user=moderator, revision=2, reason="spam", seen_status="approved"
    )
    actions.restore(comment, user=moderator, revision=2)
    entries = audit(comment)
    assert [e.action for e in entries] == [
        "masthead.comment.approve",
        "masthead.comment.edit",
        "masthead.comment.reject",
        "masthead.comment.restore",
    ]
    assert all(e.user_id == moderator.pk for e in entries)
    assert (
        entries[1].data["revision_before"] == 1
        and entries[1].data["revision_after"] == 2
    )
    assert entries[2].data["reason"] == "spam"


def test_edit_keeps_every_revision_and_shows_the_marker(pending_comment, moderator):
    comment = actions.approve(
        pending_comment, user=moderator, revision=1, body="A report.", reason="abuse"
    )
    assert comment.status == CommentStatus.APPROVED
    assert comment.edited_by_moderators
    assert list(comment.revisions.values_list("number", "body", "editor")) == [
        (1, "A fair report.", None),
        (2, "A report.", moderator.pk),
    ]
    assert "Edited by the moderators in accordance with the Terms of Use" in (
        comment.rendered_html
    )


def test_edit_needs_a_terms_of_use_reason(pending_comment, moderator):
    with pytest.raises(DecisionRefused, match="reason"):
        actions.edit(
            pending_comment, user=moderator, revision=1, body="Changed", reason=""
        )
    assert pending_comment.revisions.count() == 1


def test_stale_revision_is_refused_and_changes_nothing(pending_comment, moderator):
    actions.edit(
        pending_comment, user=moderator, revision=1, body="Shorter.", reason="abuse"
    )
    with pytest.raises(DecisionConflict, match="revision 2"):
        actions.approve(pending_comment, user=moderator, revision=1)
    pending_comment.refresh_from_db()
    assert pending_comment.status == CommentStatus.PENDING


def test_second_moderator_is_told_who_decided_first(
    pending_comment, moderator, make_moderator
):
    other = make_moderator("jun")
    actions.approve(pending_comment, user=moderator, revision=1)
    with pytest.raises(DecisionConflict, match="Already approved by mina at"):
        actions.reject(pending_comment, user=other, revision=1, reason="spam")
    assert len(audit(pending_comment)) == 1


def test_moderator_of_another_desk_is_refused(pending_comment, make_moderator):
    korean_desk = make_moderator("hana", edition="ko")
    with pytest.raises(PermissionDenied):
        actions.approve(pending_comment, user=korean_desk, revision=1)


def test_section_moderator_acts_only_in_their_section(
    pending_comment, make_moderator, en_home
):
    from masthead.news.setup import ensure_section

    elsewhere = make_moderator("sol", section=ensure_section(en_home, "Asia", "asia"))
    here = make_moderator("ari", section=pending_comment.section)
    with pytest.raises(PermissionDenied):
        actions.approve(pending_comment, user=elsewhere, revision=1)
    assert actions.approve(pending_comment, user=here, revision=1).status == "approved"


def test_ban_can_reject_all_pending_comments_of_the_author(
    article, pending_comment, moderator
):
    from masthead.comments import submission
    from masthead.guards.bans import is_banned
    from masthead.moderation.banning import ban_commenter

    second = submission.store(
        submission.prepare(
            article, display_name="R", body="Again", address="203.0.113.9"
        )
    )
    ban, rejected = ban_commenter(
        pending_comment, user=moderator, reason="abuse", reject_pending=True
    )
    assert rejected == 2
    second.refresh_from_db()
    assert second.status == CommentStatus.REJECTED
    assert is_banned(email="reader@example.org") and is_banned(address="203.0.113.9")
    assert "masthead.comment.ban" in [e.action for e in audit(pending_comment)]
