import pytest

from masthead.comments.models import CommentRevision
from masthead.triage.learning.data import decisions

pytestmark = pytest.mark.django_db


def test_decisions_label_rejected_comments_1_and_approved_0(make_decided):
    make_decided(["A fair report"], "approved")
    make_decided(["You idiot"], "rejected")
    assert decisions("en") == (["A fair report", "You idiot"], [0, 1])


def test_decisions_use_the_reader_s_text_not_the_moderator_s_edit(make_decided):
    [comment] = make_decided(["Call 555-0100, you fool"], "approved")
    CommentRevision.objects.create(comment=comment, number=2, body="[removed]")
    comment.body, comment.revision = "[removed]", 2
    comment.save()
    assert decisions("en")[0] == ["Call 555-0100, you fool"]


def test_rejections_by_triage_rules_are_not_learned_from(make_decided):
    make_decided(["banned word here"], "rejected", user=None)
    assert decisions("en") == ([], [])


def test_pending_comments_and_other_editions_are_left_out(make_decided):
    make_decided(["still waiting"], "pending", user=None)
    make_decided(["좋은 기사"], "approved", edition="ko")
    assert decisions("en") == ([], [])
    assert decisions("ko") == (["좋은 기사"], [0])
