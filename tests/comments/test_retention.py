"""Personal data of rejected comments is erased after the configured days."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command

from masthead.comments.models import Comment, CommentStatus
from masthead.comments.retention import erase_rejected_personal_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def make_comment(article, post_comment, now):
    def make(status, days_ago):
        comment = post_comment(
            article, email="reader@example.org", notify=True, address="203.0.113.9"
        )
        moment = now - timedelta(days=days_ago)
        decided = None if status == CommentStatus.PENDING else moment
        Comment.objects.filter(pk=comment.pk).update(
            status=status, created_at=moment, decided_at=decided
        )
        return comment

    return make


def personal_data(comment):
    comment.refresh_from_db()
    return (
        comment.email,
        comment.ip_hash,
        comment.network,
        comment.notify_on_decision,
    )


def test_old_rejected_comment_loses_its_personal_data(make_comment, settings, now):
    settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS = 30
    comment = make_comment(CommentStatus.REJECTED, days_ago=31)
    assert erase_rejected_personal_data(now) == 1
    assert personal_data(comment) == ("", "", "", False)
    assert comment.personal_data_erased_at == now


def test_erased_comment_keeps_its_name_and_text(make_comment, settings):
    settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS = 30
    comment = make_comment(CommentStatus.REJECTED, days_ago=31)
    erase_rejected_personal_data()
    comment.refresh_from_db()
    assert (comment.display_name, comment.body) == ("Reader", "A fair report.")


def test_recently_rejected_comment_keeps_its_personal_data(make_comment, settings):
    settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS = 30
    comment = make_comment(CommentStatus.REJECTED, days_ago=29)
    assert erase_rejected_personal_data() == 0
    assert personal_data(comment)[0] == "reader@example.org"


def test_pending_comment_is_never_erased_whatever_its_age(make_comment, settings):
    settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS = 1
    comment = make_comment(CommentStatus.PENDING, days_ago=3650)
    assert erase_rejected_personal_data() == 0
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING
    assert comment.email == "reader@example.org"


def test_approved_comment_is_not_erased(make_comment, settings):
    settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS = 1
    comment = make_comment(CommentStatus.APPROVED, days_ago=400)
    assert erase_rejected_personal_data() == 0
    assert personal_data(comment)[0] == "reader@example.org"


def test_erasure_happens_once(make_comment, settings):
    settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS = 30
    make_comment(CommentStatus.REJECTED, days_ago=40)
    erase_rejected_personal_data()
    assert erase_rejected_personal_data() == 0


def test_command_prints_how_many_were_erased(make_comment, settings):
    settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS = 30
    make_comment(CommentStatus.REJECTED, days_ago=31)
    make_comment(CommentStatus.REJECTED, days_ago=45)
    out = StringIO()
    call_command("erase_personal_data", stdout=out)
    assert "Erased the personal data of 2 comment(s)" in out.getvalue()


def test_erasure_forgets_the_commenter_key(article, post_comment, settings, now):
    """The key links the comment to its commenter's others, as the email did."""
    settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS = 30
    comment = post_comment(article, browser="a browser id")
    assert comment.commenter_key
    moment = now - timedelta(days=31)
    Comment.objects.filter(pk=comment.pk).update(
        status=CommentStatus.REJECTED, decided_at=moment
    )
    erase_rejected_personal_data(now)
    comment.refresh_from_db()
    assert comment.commenter_key == ""
