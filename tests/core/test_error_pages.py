"""404, 403, 500 and 503: the site's own pages, in the edition the address names,
and the 500 and 503 pages drawn with the database out of reach."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.urls import get_resolver
from wagtail.models import Site

from masthead.core.models import PublisherSettings

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def database_unreachable():
    """Every connection attempt fails, as when the server is down."""
    refuse = mock.Mock(side_effect=OperationalError("connection refused"))
    return mock.patch.object(BaseDatabaseWrapper, "ensure_connection", refuse)


def assert_site_page_in(page, language, direction, search_action):
    html = page.html
    assert (html["lang"], html["dir"]) == (language, direction)
    assert page.select_one('meta[name="viewport"]')
    assert page.select_one('link[rel="stylesheet"][href$="masthead/site.css"]')
    assert page.select_one("header.masthead .brand")
    assert page.select_one("form.search-form")["action"] == search_action
    assert page.select_one("footer.site-footer")


def test_404_is_the_sites_page_in_the_edition_of_the_prefix(client, ug_home):
    publisher = PublisherSettings.for_site(Site.objects.get(is_default_site=True))
    publisher.publisher_name = "Masthead Test Desk"
    publisher.save()
    response = client.get("/ug/no-such-page/")
    assert response.status_code == 404
    page = soup(response)
    assert_site_page_in(page, "ug", "rtl", "/ug/search/")
    assert page.h1.text.strip()
    assert page.select_one(".brand")["href"] == "/ug/"
    assert "Masthead Test Desk" in page.select_one(".brand").text


def test_404_outside_an_edition_is_in_the_default_edition(client, en_home):
    response = client.get("/comments/no-such-thing/")
    assert response.status_code == 404
    assert_site_page_in(soup(response), "en", "ltr", "/en/search/")


@pytest.mark.parametrize("status", [403, 500])
def test_403_and_500_are_the_sites_pages_in_the_edition(rf, status):
    handler = get_resolver().resolve_error_handler(status)
    request = rf.get("/ko/society/story/")
    with database_unreachable():
        response = handler(request, Exception()) if status == 403 else handler(request)
    assert response.status_code == status
    assert_site_page_in(soup(response), "ko", "ltr", "/ko/search/")


def test_500_renders_with_the_database_unreachable(rf):
    with database_unreachable():
        response = get_resolver().resolve_error_handler(500)(rf.get("/ug/"))
    assert response.status_code == 500
    assert_site_page_in(soup(response), "ug", "rtl", "/ug/search/")


def test_unreachable_database_answers_the_503_page_in_the_edition(client, ko_home):
    with database_unreachable():
        response = client.get("/ko/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert_site_page_in(soup(response), "ko", "ltr", "/ko/search/")


def test_an_error_other_than_an_outage_is_not_a_503(client, en_home):
    with mock.patch(
        "masthead.news.models.EditionHomePage.get_context", side_effect=ValueError
    ):
        client.raise_request_exception = False
        response = client.get("/en/")
    assert response.status_code == 500
    assert_site_page_in(soup(response), "en", "ltr", "/en/search/")


EDITION_NAMES = {
    "/en/": ("English", "en", "ltr"),
    "/ko/": ("한국어", "ko", "ltr"),
    "/zh-hans/": ("中文", "zh-Hans", "ltr"),
    "/zh-hant/": ("粵語", "zh-Hant", "ltr"),
    "/bo/": ("བོད་ཡིག", "bo", "ltr"),
    "/ug/": ("ئۇيغۇرچە", "ug", "rtl"),
    "/my/": ("မြန်မာ", "my", "ltr"),
    "/km/": ("ខ្មែរ", "km", "ltr"),
    "/lo/": ("ລາວ", "lo", "ltr"),
    "/vi/": ("Tiếng Việt", "vi", "ltr"),
}


def assert_switcher_links_every_edition_home(page, current):
    for where in ("header details.edition-switcher", "footer.site-footer"):
        links = page.select(f"{where} .edition-list a")
        found = {
            link["href"]: (link.get_text(strip=True), link["lang"], link["dir"])
            for link in links
        }
        assert found == EDITION_NAMES, where
        marked = [link["href"] for link in links if link.get("aria-current")]
        assert marked == [current], where


def error_page(rf, status, path):
    handler = get_resolver().resolve_error_handler(status)
    request = rf.get(path)
    if status in (403, 404):
        return handler(request, Exception())
    return handler(request)


@pytest.mark.parametrize("status", [403, 404, 500])
def test_error_pages_carry_the_edition_switcher_without_the_database(rf, status):
    with database_unreachable():
        response = error_page(rf, status, "/ug/society/story/")
    assert response.status_code == status
    assert_switcher_links_every_edition_home(soup(response), "/ug/")


def test_outage_page_carries_the_edition_switcher_in_the_edition(client, ko_home):
    with database_unreachable():
        response = client.get("/km/")
    assert response.status_code == 503
    page = soup(response)
    assert page.select_one("summary").get_text(strip=True) == "កំណែភាសា"
    assert_switcher_links_every_edition_home(page, "/km/")
