"""Commenting from a lite page: the same form and rules, and back to the lite page."""

import pytest

from masthead.comments.models import Comment
from masthead.lite.paths import lite_path
from masthead.news.setup import ensure_section

from .conftest import lite_form, soup_of

pytestmark = pytest.mark.django_db

RECEIVED = (
    "Thank you. Your comment was received and will appear after a moderator "
    "approves it."
)


def test_lite_form_posts_where_the_full_form_posts(client, article):
    action, _ = lite_form(client, lite_path(article.url))
    full_action = soup_of(client.get(article.url)).select_one("#comment-form")
    assert (
        action == full_action["action"] == f"/comments/post/{article.pk}/#comment-form"
    )


def test_comment_from_lite_page_lands_on_lite_page_saying_received(client, article):
    action, data = lite_form(client, lite_path(article.url))
    response = client.post(action, data)
    assert response.status_code == 303
    assert response["Location"] == (
        lite_path(article.url) + "?comment=received#comments"
    )
    landing = soup_of(client.get(response["Location"]))
    assert landing.select_one(".comments-message").get_text() == RECEIVED
    assert Comment.objects.get().body == "A fair report."


def test_comment_from_full_page_still_lands_on_full_page(client, article):
    action, data = lite_form(client, article.url)
    response = client.post(action, data)
    assert response["Location"] == article.url + "?comment=received#comments"


@pytest.mark.parametrize(
    "next_url",
    ["https://elsewhere.example/", "//elsewhere.example/lite/", "/lite/en/", "/en/"],
)
def test_next_other_than_this_articles_lite_page_is_ignored(client, article, next_url):
    action, data = lite_form(client, lite_path(article.url), next=next_url)
    response = client.post(action, data)
    assert response["Location"] == article.url + "?comment=received#comments"


def test_reply_from_lite_page_stays_on_lite_page(client, article, approved_comment):
    parent = approved_comment(article)
    url = lite_path(article.url) + f"?reply_to={parent.pk}"
    action, data = lite_form(client, url, body="I agree.")
    assert data["parent"] == str(parent.pk)
    response = client.post(action, data)
    assert response["Location"].startswith(lite_path(article.url))
    assert Comment.objects.get(body="I agree.").parent_id == parent.pk


def test_lite_form_sends_the_fields_of_the_full_form_and_where_it_came_from(
    client, article
):
    """The lite form is a copy of the full one: a field added there must come here."""
    _, lite_fields = lite_form(client, lite_path(article.url))
    _, full_fields = lite_form(client, article.url)
    assert sorted(lite_fields) == sorted([*full_fields, "next"])


def test_comment_from_lite_page_of_a_korean_slug_lands_on_it(
    client, ko_home, make_article
):
    section = ensure_section(ko_home, "한반도", "korea")
    article = make_article(section, title="어부들 귀환", slug="어부들-귀환")
    action, data = lite_form(client, lite_path(article.url))
    response = client.post(action, data)
    assert response["Location"].startswith(lite_path(article.url) + "?comment=")
