import pytest


@pytest.fixture
def make_decided(article, moderator):
    """Store comments as decided by `moderator` (or by triage, with user=None)."""
    from django.utils import timezone

    from masthead.comments.models import Comment, CommentRevision

    def make(texts, status, user=moderator, edition=None):
        comments = Comment.objects.bulk_create(
            Comment(
                article=article,
                edition=edition or article.locale.language_code,
                display_name="Reader",
                body=text,
                status=status,
                decided_by=user,
                decided_at=timezone.now() if status != "pending" else None,
            )
            for text in texts
        )
        CommentRevision.objects.bulk_create(
            CommentRevision(comment=comment, number=1, body=comment.body)
            for comment in comments
        )
        return comments

    return make
