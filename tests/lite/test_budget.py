"""Every demo article's lite page fits in 15 KB on the wire, in every edition.

The budget is for the page without comments: a popular article may carry any number
of them. The sizes are printed (`pytest -s`) with and without the demo's comments.
"""

import gzip

import pytest

from masthead.comments.models import Comment, CommentStatus
from masthead.core.editions import edition_codes
from masthead.lite.paths import lite_path
from masthead.news.models import ArticlePage, EditionHomePage

BUDGET = 15_000  # bytes, gzip-compressed, as transferred

pytestmark = pytest.mark.django_db


def transferred(client, article):
    """Return how many bytes the lite page of `article` takes on the wire."""
    response = client.get(lite_path(article.url), HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert b"<h1>" in gzip.decompress(response.content)
    return len(response.content)


def sizes(client, articles):
    return {article.url: transferred(client, article) for article in articles}


@pytest.mark.parametrize("code", edition_codes())
def test_demo_lite_articles_fit_the_budget_without_comments(
    demo_newsroom, client, code
):
    articles = list(ArticlePage.objects.live().filter(locale__language_code=code))
    assert articles, f"the demo has no article in the {code} edition"
    with_comments = sizes(client, articles)
    # Taken off the pages inside this test's transaction, which is rolled back.
    Comment.objects.filter(article__in=articles).update(status=CommentStatus.PENDING)
    without = sizes(client, articles)
    for url, size in without.items():
        print(f"lite {url}: {size} B gzip, {with_comments[url]} B with comments")
    over = {url: size for url, size in without.items() if size > BUDGET}
    assert over == {}


def test_demo_lite_fronts_fit_the_budget(demo_newsroom, client):
    homes = EditionHomePage.objects.live().order_by("path")
    sizes = {home.url: transferred(client, home) for home in homes}
    print(f"lite fronts: {sizes}")
    assert len(sizes) == len(edition_codes())
    assert {url: size for url, size in sizes.items() if size > BUDGET} == {}
