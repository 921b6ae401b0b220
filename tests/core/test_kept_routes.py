"""The page an address leads to is kept (masthead/core/routing.py): a second view
walks no page tree, and every change of address, publication or restriction shows
at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def statements(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def test_a_second_view_finds_the_page_without_walking_the_tree(client, article):
    statements(client, article.url)
    second = statements(client, article.url)
    assert not [sql for sql in second if "wagtailcore_site" in sql]
    page_reads = [sql for sql in second if 'FROM "wagtailcore_page"' in sql]
    assert len(page_reads) <= 3  # the page, and Wagtail's restriction checks


def test_a_new_slug_moves_the_page_at_once(client, article):
    old_url = article.url
    client.get(old_url)
    article.slug = "rail-link-opens-on-time"
    article.save_revision().publish()
    article.refresh_from_db()
    assert client.get(old_url).status_code == 404
    assert client.get(article.url).status_code == 200


def test_an_unpublished_page_is_gone_at_once(client, article):
    client.get(article.url)
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_a_kept_route_still_asks_for_the_password(client, article):
    client.get(article.url)
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="tide"
    )
    response = client.get(article.url)
    assert response.status_code == 200
    assert b"password" in response.content.lower()
    assert b"Rail link opens" not in response.content.split(b"<main")[-1]


def test_a_moved_page_answers_at_its_new_address(client, article, en_home):
    from masthead.news.setup import ensure_section

    client.get(article.url)
    old_url = article.url
    sport = ensure_section(en_home, "Sport", "sport")
    article.move(sport, pos="last-child")
    article.refresh_from_db()
    moved = client.get(old_url)  # Wagtail sends the old address on
    assert moved.status_code == 301 and moved["Location"] == article.url
    assert client.get(article.url).status_code == 200
