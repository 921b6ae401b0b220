import pytest

from masthead.triage.learning import synthetic, training


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


@pytest.fixture(scope="session")
def trained_en():
    """An English model trained on generated decisions, 5% of them inconsistent."""
    samples = synthetic.generate("en", 300, seed=1, label_noise=0.05)
    return training.train("en", *synthetic.split(samples))


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
