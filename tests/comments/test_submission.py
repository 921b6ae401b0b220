import pytest

from masthead.comments.models import Comment, CommentRevision, CommentStatus
from masthead.comments.submission import SubmissionRefused
from masthead.news.models import CommentPolicy

pytestmark = pytest.mark.django_db


def test_new_comment_is_pending_with_its_first_revision(article, post_comment):
    comment = post_comment(article, body="Line one\nline two")
    assert comment.status == CommentStatus.PENDING
    assert comment.edition == "en" and comment.section_id == article.get_parent().pk
    revision = CommentRevision.objects.get(comment=comment)
    assert (revision.number, revision.body, revision.editor) == (
        1,
        "Line one\nline two",
        None,
    )


def test_raw_address_is_never_stored(article, post_comment):
    comment = post_comment(article, address="203.0.113.9")
    stored = Comment.objects.filter(pk=comment.pk).values().get()
    assert not any("203.0.113.9" in str(value) for value in stored.values())
    assert stored["network"] == "203.0.113.0/24"


def test_removed_characters_are_recorded_on_the_revision(article, post_comment):
    comment = post_comment(article, body="safe\u202etext")
    assert comment.body == "safetext"
    assert comment.revisions.get().removed_characters == [["U+202E", 1]]


def test_closed_article_refuses_comments(article, post_comment):
    article.comment_policy = CommentPolicy.CLOSED
    article.save_revision().publish()
    with pytest.raises(SubmissionRefused) as refused:
        post_comment(article)
    assert refused.value.status == 403


def test_section_policy_is_inherited(article, post_comment):
    section = article.get_parent().specific
    section.comment_policy = CommentPolicy.CLOSED
    section.save_revision().publish()
    article.refresh_from_db()  # as the next request reads it
    with pytest.raises(SubmissionRefused):
        post_comment(article)


def test_comments_close_after_the_editions_number_of_days(article, post_comment, now):
    from datetime import timedelta

    from masthead.news.models import ArticlePage

    home = article.edition_home
    home.close_comments_after_days = 3
    home.save_revision().publish()
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=now - timedelta(days=4)
    )
    article.refresh_from_db()
    with pytest.raises(SubmissionRefused, match="3 days"):
        post_comment(article)


def test_reply_goes_under_the_top_level_comment(article, post_comment):
    top = post_comment(article)
    Comment.objects.filter(pk=top.pk).update(status=CommentStatus.APPROVED)
    top.refresh_from_db()
    reply = post_comment(article, parent=top)
    Comment.objects.filter(pk=reply.pk).update(status=CommentStatus.APPROVED)
    reply.refresh_from_db()
    reply_to_reply = post_comment(article, parent=reply)
    assert reply.parent_id == top.pk and reply_to_reply.parent_id == top.pk


def test_reply_to_a_pending_comment_is_refused(article, post_comment):
    pending = post_comment(article)
    with pytest.raises(SubmissionRefused):
        post_comment(article, parent=pending)


def test_notification_needs_an_email(article, post_comment):
    assert not post_comment(article, notify=True).notify_on_decision
    assert post_comment(article, email="r@example.org", notify=True).notify_on_decision


def test_banned_email_is_refused(article, post_comment):
    from masthead.guards.models import Ban

    Ban.objects.create(email="troll@example.org")
    with pytest.raises(SubmissionRefused) as refused:
        post_comment(article, email="Troll@Example.org")
    assert refused.value.status == 403
    assert not Comment.objects.exists()
