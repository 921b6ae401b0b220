"""Fixtures for search: an article with a body in any edition, and the results page."""

import pytest
from bs4 import BeautifulSoup
from django.utils.html import escape
from wagtail.rich_text import RichText

from masthead.news.setup import ensure_edition, ensure_section


@pytest.fixture
def section_of(en_home):
    """Return the "news" section of an edition, creating the edition when missing."""

    def section(code):
        return ensure_section(ensure_edition(code), "News", "news")

    return section


@pytest.fixture
def publish(section_of, make_article):
    """Publish an article in edition `code` whose body is the paragraph `text`."""

    def make(code, title, text="", **fields):
        body = [("paragraph", RichText(f"<p>{escape(text)}</p>"))] if text else []
        return make_article(section_of(code), title=title, body=body, **fields)

    return make


@pytest.fixture
def search_page(client):
    """Return the parsed results page of `query` in edition `code`."""

    def get(code, query, **params):
        response = client.get(f"/{code}/search/", {"q": query, **params})
        assert response.status_code == 200
        return BeautifulSoup(response.content, "html.parser")

    return get


def result_titles(soup):
    return [h.get_text() for h in soup.select(".search-list h2")]


@pytest.fixture(autouse=True)
def index_at_once(monkeypatch):
    """Run index updates in the editor's transaction, which these tests never
    commit: they look at what indexing writes. That the updates are queued with the
    change, and retried, is tests/search/test_index_tasks.py."""
    from masthead.search import signals

    monkeypatch.setattr(
        signals, "enqueue_with_change", lambda task, *args: task.call(*args)
    )
