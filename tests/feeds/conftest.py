import feedparser
import pytest
from wagtail.models import Site

from masthead.news.setup import ensure_edition, ensure_section


@pytest.fixture
def site(en_home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def root(site):
    return site.root_url


@pytest.fixture
def ko_section(ko_home):
    return ensure_section(ko_home, "세계", "world")


@pytest.fixture
def edition_section(en_home):
    """Return a function giving a section of any edition: (code, slug) -> section."""

    def make(code, slug="news"):
        return ensure_section(ensure_edition(code), slug.title(), slug)

    return make


@pytest.fixture
def parse(client):
    """Fetch a feed and return feedparser's result, after checking it is served."""

    def fetch(path):
        response = client.get(path)
        assert response.status_code == 200, response.content[:300]
        return feedparser.parse(response.content)

    return fetch
