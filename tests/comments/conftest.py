import pytest

from masthead.comments import submission


@pytest.fixture
def article(en_section, make_article):
    return make_article(en_section, title="Rail link opens")


@pytest.fixture
def post_comment():
    """Store a comment through the same service the form and the API use."""

    def post(
        article, body="A fair report.", name="Reader", address="203.0.113.9", **extra
    ):
        prepared = submission.prepare(
            article, display_name=name, body=body, address=address, **extra
        )
        return submission.store(prepared)

    return post
