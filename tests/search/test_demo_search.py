"""The demo newsroom is searchable as soon as it is loaded: it publishes by signal."""

import pytest

from masthead.news.models import ArticlePage
from masthead.search.models import SearchDocument
from tests.demo.conftest import demo_newsroom  # noqa: F401 - the shared fixture


@pytest.mark.django_db
def test_every_live_demo_article_is_indexed(demo_newsroom):  # noqa: F811
    live = set(ArticlePage.objects.live().values_list("pk", flat=True))
    assert live
    assert set(SearchDocument.objects.values_list("page_id", flat=True)) == live


@pytest.mark.django_db
def test_demo_article_is_found_by_a_word_of_its_title(demo_newsroom, search_page):  # noqa: F811
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    word = max(article.title.split(), key=len).strip(",.:;'\"")
    links = [a["href"] for a in search_page("en", word).select(".search-list h2 a")]
    assert article.url in links
