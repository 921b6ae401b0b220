"""An article's parts that depend on content alone are rendered once and kept
(masthead/core/fragments.py), and every change they show makes them new."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.core.fragments import GENERATION_KEY, content_changed
from masthead.core.models import PublisherSettings
from masthead.news.models import ArticlePage

pytestmark = pytest.mark.django_db

# Routing, the site, the comment policy, the thread and the generation: the
# statements an article costs once its parts are kept (the first view costs ~120).
KEPT_STATEMENTS = 24


@pytest.fixture
def story(illustrated_article):
    return illustrated_article


def view(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def statements(client, page):
    with CaptureQueriesContext(connection) as queries:
        view(client, page)
    return len(queries.captured_queries)


def test_a_second_view_reuses_the_kept_parts(client, story):
    first = statements(client, story)
    second = statements(client, story)
    assert second <= KEPT_STATEMENTS < first
    assert view(client, story) == view(client, story)


def test_kept_page_is_the_page_rendered_afresh(client, story, monkeypatch):
    view(client, story)
    kept = without_signature(view(client, story))
    monkeypatch.setattr(ArticlePage, "keeps_fragments", False)
    assert without_signature(view(client, story)) == kept


def without_signature(html):
    # The form's signed field names the moment it was drawn.
    return re.sub(r'name="security" value="[^"]*"', "", html)


def test_a_new_revision_shows_at_once(client, story):
    view(client, story)
    story.title = "The ferry is back"
    story.save_revision().publish()
    soup = BeautifulSoup(view(client, story), "html.parser")
    assert soup.h1.get_text() == "The ferry is back"
    assert soup.title.get_text().startswith("The ferry is back")


def test_a_renamed_author_shows_in_the_byline(client, story):
    view(client, story)
    person = story.authors.first().person
    person.name = "Ana Reyes-Park"
    person.save()
    assert "Ana Reyes-Park" in view(client, story)


def test_a_new_publisher_name_shows_in_head_header_and_footer(client, story):
    view(client, story)
    publisher = PublisherSettings.objects.get()
    publisher.publisher_name = "Harbour Radio"
    publisher.save()
    soup = BeautifulSoup(view(client, story), "html.parser")
    assert "Harbour Radio" in soup.title.get_text()
    assert "Harbour Radio" in soup.select_one(".brand").get_text()
    assert "Harbour Radio" in soup.select_one(".site-footer").get_text()


def test_a_change_on_another_server_reaches_this_one(client, story):
    # Another server's change is only a new generation in the shared cache.
    view(client, story)
    type(story).objects.filter(pk=story.pk).update(title="Renamed elsewhere")
    assert "Renamed elsewhere" not in view(client, story)
    caches["default"].set(GENERATION_KEY, "from-server-b")
    assert "<h1>Renamed elsewhere</h1>" in view(client, story)


def test_a_preview_is_never_kept(rf, client, story):
    view(client, story)
    story.title = "A draft headline"
    draft = story.save_revision().as_object()
    preview = draft.make_preview_request(rf.get(story.url), draft.default_preview_mode)
    assert b"<h1>A draft headline</h1>" in preview.render().content
    assert "A draft headline" not in view(client, story)


def test_changes_start_a_new_generation(story):
    shared = caches["default"]
    content_changed()
    before = shared.get(GENERATION_KEY)
    story.save_revision().publish()
    assert shared.get(GENERATION_KEY) != before
