import pytest

from masthead.comments import submission
from masthead.moderation.models import DeskAssignment


@pytest.fixture
def article(en_section, make_article):
    return make_article(en_section, title="Rail link opens")


@pytest.fixture
def pending_comment(article):
    prepared = submission.prepare(
        article,
        display_name="Reader",
        body="A fair report.",
        address="203.0.113.9",
        email="reader@example.org",
    )
    return submission.store(prepared)


@pytest.fixture
def make_moderator(django_user_model):
    def make(username, edition="en", section=None):
        user = django_user_model.objects.create_user(username, password="pw")
        DeskAssignment.objects.create(user=user, edition=edition, section=section)
        return user

    return make


@pytest.fixture
def moderator(make_moderator):
    return make_moderator("mina")
