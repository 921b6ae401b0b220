import pytest
from bs4 import BeautifulSoup

from masthead.comments import submission
from masthead.lite.paths import lite_path
from masthead.moderation import actions

# The demo newsroom in the database, built once for the module measuring it. The lite
# pages' browser tests live in tests/browser/, sharing its one demo server.
from tests.demo.conftest import demo_newsroom  # noqa: F401


@pytest.fixture
def article(illustrated_article):
    """An English article with a lead picture, a body picture and a byline."""
    return illustrated_article


@pytest.fixture
def approved_comment(admin_user):
    """Post a comment through the service the form uses, and approve it."""

    def make(article, body="A fair report.", status="approved", parent=None):
        prepared = submission.prepare(
            article,
            display_name="Reader",
            body=body,
            address="203.0.113.9",
            parent=parent,
        )
        comment = submission.store(prepared)
        if status != "approved":
            return comment
        return actions.approve(comment, user=admin_user, revision=comment.revision)

    return make


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def lite_form(client, url, **fields):
    """Return the action and fields the comment form at `url` sends."""
    form = soup_of(client.get(url)).select_one("#comment-form")
    data = {field["name"]: field.get("value", "") for field in form.select("input")}
    data.pop("notify")
    data.update({"name": "Reader", "body": "A fair report.", **fields})
    return form["action"], data


@pytest.fixture
def get_lite():
    """Fetch the lite version of a page; return the response and its parsed HTML."""

    def get(client, page, query="", **headers):
        response = client.get(lite_path(page.url) + query, **headers)
        return response, soup_of(response)

    return get
