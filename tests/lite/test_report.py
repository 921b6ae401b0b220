"""Reporting a comment from a lite page: a lite report page, and back to the lite
article afterwards."""

from urllib.parse import parse_qs, urlsplit

import pytest

from masthead.comments.models import Report
from masthead.core.security import style_hash_source
from masthead.lite.paths import lite_path
from masthead.lite.stylesheet import stylesheet

from .conftest import soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(en_section, make_article):
    return make_article(en_section, title="Ferry timetable changes")


@pytest.fixture
def shown(story, approved_comment):
    return approved_comment(story, body="Something rude")


def report_link(client, url, comment):
    page = soup_of(client.get(url))
    return page.select_one(f"#comment-{comment.pk} a.comment-report")["href"]


def test_report_link_on_lite_page_names_the_lite_page_as_next(client, story, shown):
    link = urlsplit(report_link(client, lite_path(story.url), shown))
    assert link.path == f"/comments/{shown.pk}/report/"
    assert parse_qs(link.query) == {"next": [lite_path(story.url)]}


def test_report_link_on_full_page_has_no_next(client, story, shown):
    assert report_link(client, story.url, shown) == f"/comments/{shown.pk}/report/"


def test_report_page_reached_from_lite_page_is_a_lite_page(client, story, shown):
    response = client.get(report_link(client, lite_path(story.url), shown))
    page = soup_of(response)
    assert response.status_code == 200
    assert page.select("link[rel=stylesheet], img, script") == []
    assert style_hash_source(stylesheet()) in response["Content-Security-Policy"]
    assert page.select_one("meta[name=robots]")["content"] == "noindex"
    assert "Something rude" in page.select_one(".reported-comment").get_text()


def test_report_page_from_lite_links_back_to_the_lite_article(client, story, shown):
    page = soup_of(client.get(report_link(client, lite_path(story.url), shown)))
    back = page.select_one("main form a")
    assert back["href"] == f"{lite_path(story.url)}#comment-{shown.pk}"


def test_report_from_lite_page_returns_to_it_saying_reported(client, story, shown):
    response = client.post(
        report_link(client, lite_path(story.url), shown), {"reason": "abusive"}
    )
    assert response.status_code == 303
    assert response["Location"] == (
        f"{lite_path(story.url)}?reported={shown.pk}#comment-{shown.pk}"
    )
    landing = soup_of(client.get(response["Location"]))
    assert "will look at the comment" in landing.select_one(".comments-message").text
    assert Report.objects.get().comment == shown


def test_incomplete_report_from_lite_page_answers_400_on_a_lite_page(
    client, story, shown
):
    response = client.post(report_link(client, lite_path(story.url), shown), {})
    assert response.status_code == 400
    assert soup_of(response).select("link[rel=stylesheet]") == []
    assert not Report.objects.exists()


@pytest.mark.parametrize("next_url", ["https://elsewhere.example/", "/lite/en/"])
def test_report_with_next_elsewhere_returns_to_the_full_article(
    client, story, shown, next_url
):
    url = f"/comments/{shown.pk}/report/"
    response = client.post(url + "?next=" + next_url, {"reason": "spam"})
    assert response["Location"].startswith(f"{story.url}?reported=")
