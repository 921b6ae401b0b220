"""Lite articles page their comments as the full pages do, fewer threads at a time."""

# The fixtures come from the news and comments tests, and are named as parameters.
# ruff: noqa: F811

import pytest

from masthead.lite.paths import lite_path
from tests.comments.conftest import article  # noqa: F401 - a fixture
from tests.comments.test_paging import (  # noqa: F401 - fixtures
    approve_many,
    names,
    per_page,
    section,
)

pytestmark = pytest.mark.django_db


def test_lite_article_with_1000_comments_stays_in_the_lite_budget(
    client, article, approve_many
):
    approve_many(1000)
    response = client.get(lite_path(article.url), HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    print(f"lite article with 1,000 comments: {len(response.content)} B gzip")
    assert len(response.content) < 15_000


def test_lite_pager_leads_to_lite_pages(client, article, approve_many, per_page):
    approve_many(5)
    url = lite_path(article.url)
    pager = section(client, url).select_one("nav.comment-pages")
    following = pager.select_one("a[rel=next]")["href"]
    assert names(section(client, following)) == ["Reader 2", "Reader 3"]


def test_lite_article_with_1000_comments_in_threads_stays_in_the_lite_budget(
    client, article, approve_many
):
    """A busy story's comments come as threads: 250 of a comment and 3 replies."""
    approve_many(250, replies=3)
    response = client.get(lite_path(article.url), HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    print(f"lite article with 250 threads of 4 comments: {len(response.content)} B")
    assert len(response.content) < 15_000


def test_lite_pages_show_fewer_threads_than_full_pages(
    client, article, approve_many, settings
):
    settings.MASTHEAD_COMMENT_THREADS_PER_PAGE = 4
    settings.MASTHEAD_LITE_COMMENT_THREADS_PER_PAGE = 2
    approve_many(5)
    assert len(names(section(client, article.url))) == 4
    lite = section(client, lite_path(article.url))
    assert names(lite) == ["Reader 0", "Reader 1"]
    following = lite.select_one("nav.comment-pages a[rel=next]")["href"]
    assert following.startswith(lite_path(article.url) + "?")
    assert names(section(client, following)) == ["Reader 2", "Reader 3"]


def test_report_from_a_later_lite_page_returns_to_that_lite_page(
    client, article, approve_many, settings
):
    settings.MASTHEAD_LITE_COMMENT_THREADS_PER_PAGE = 2
    reported = approve_many(6)[4]
    lite = lite_path(article.url)
    response = client.post(
        f"/comments/{reported.pk}/report/?next={lite}", {"reason": "spam"}
    )
    assert response["Location"] == (
        f"{lite}?comment_order=oldest&comment_page=3"
        f"&reported={reported.pk}#comment-{reported.pk}"
    )
    assert names(section(client, response["Location"])) == ["Reader 4", "Reader 5"]
