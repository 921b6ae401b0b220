import pytest

from masthead.comments import submission
from masthead.moderation import actions
from masthead.moderation.models import ModeratorToken


@pytest.fixture
def article(en_section, make_article):
    return make_article(en_section, title="Rail link opens")


@pytest.fixture
def admin(django_user_model):
    return django_user_model.objects.create_superuser("editor", password="pw")


@pytest.fixture
def post_comment():
    """Store a comment through the service the form and the API share."""

    def post(article, body="A fair report.", name="Reader", **extra):
        extra.setdefault("address", "203.0.113.9")
        prepared = submission.prepare(article, display_name=name, body=body, **extra)
        return submission.store(prepared)

    return post


@pytest.fixture
def approved_comment(post_comment, admin):
    def approve(article, body="A fair report.", **extra):
        comment = post_comment(article, body=body, **extra)
        return actions.approve(comment, user=admin, revision=comment.revision)

    return approve


@pytest.fixture
def bearer():
    """Return the Authorization header of a new token for `user`."""

    def header(user):
        return {"Authorization": f"Bearer {ModeratorToken.issue(user)}"}

    return header


@pytest.fixture
def post_json(client):
    def post(url, data, **headers):
        return client.post(url, data, content_type="application/json", headers=headers)

    return post
