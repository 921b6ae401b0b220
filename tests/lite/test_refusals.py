"""A comment from a lite page that is not taken is answered on the lite page: the
reader's text, the reason and the same status, in the lite template."""

import gzip
from unittest import mock

import pytest
from django.db import OperationalError
from wagtail import hooks

from masthead.comments import submission
from masthead.comments.guards import Verdict
from masthead.comments.models import Comment
from masthead.core.security import style_hash_source
from masthead.lite.paths import lite_path
from masthead.lite.stylesheet import stylesheet
from masthead.news.models import CommentPolicy
from masthead.news.setup import ensure_section

from .conftest import lite_form, soup_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(en_section, make_article):
    return make_article(en_section, title="Ferry timetable changes")


def post_from_lite(client, article, **fields):
    action, data = lite_form(client, lite_path(article.url), **fields)
    return client.post(action, data)


def body_text(response):
    return soup_of(response).select_one("#comment-form textarea[name=body]").string


def assert_is_lite_page(response):
    """The lite template: styles inline under their hash, nothing else to fetch."""
    page = soup_of(response)
    assert page.select_one("style") is not None
    assert page.select("link[rel=stylesheet], img, script") == []
    assert style_hash_source(stylesheet()) in response["Content-Security-Policy"]


def test_invalid_comment_from_lite_page_answers_400_on_it_keeping_the_text(
    client, story
):
    response = post_from_lite(client, story, name="", body="Everything I typed.")
    assert response.status_code == 400
    assert_is_lite_page(response)
    assert body_text(response).strip() == "Everything I typed."
    assert not Comment.objects.exists()


def test_lite_error_page_shows_the_error_next_to_its_field(client, story):
    response = post_from_lite(client, story, name="x" * 51)
    form = soup_of(response).select_one("#comment-form")
    assert len(form.select(".field-error .errorlist")) == 1
    assert form.select_one("input[name=name]")["value"] == "x" * 51


def test_lite_error_page_is_small(client, story):
    """Uncompressed, it stays within what the lite page may weigh compressed."""
    response = post_from_lite(client, story, name="")
    assert len(response.content) < 15_000


def test_lite_error_page_is_compressed_when_the_reader_accepts_gzip(client, story):
    action, data = lite_form(client, lite_path(story.url), name="")
    response = client.post(action, data, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 400
    assert response["Content-Encoding"] == "gzip"
    assert b"Ferry timetable changes" in gzip.decompress(response.content)


def test_lite_error_page_form_still_comes_back_to_the_lite_page(client, story):
    refused = post_from_lite(client, story, name="", body="Second try.")
    form = soup_of(refused).select_one("#comment-form")
    assert form.select_one("input[name=next]")["value"] == lite_path(story.url)
    data = {field["name"]: field.get("value", "") for field in form.select("input")}
    data.pop("notify")
    response = client.post(form["action"], {**data, "name": "Ana", "body": "Again."})
    assert response["Location"] == lite_path(story.url) + "?comment=received#comments"


def test_limited_reader_on_lite_page_gets_429_with_retry_after_on_it(client, story):
    def slow_down(_submission):
        return Verdict(False, "Please wait before commenting again.", 429, 90)

    with hooks.register_temporarily("masthead_comment_guard", slow_down):
        response = post_from_lite(client, story, body="Again.")
    assert (response.status_code, response["Retry-After"]) == (429, "90")
    assert_is_lite_page(response)
    alert = soup_of(response).select_one("#comment-form .form-errors")
    assert "Please wait before commenting again." in alert.get_text()
    assert body_text(response).strip() == "Again."


def test_closed_article_refuses_lite_comment_with_403_on_the_lite_page(client, story):
    action, data = lite_form(client, lite_path(story.url), body="Too late?")
    story.comment_policy = CommentPolicy.CLOSED
    story.save_revision().publish()
    response = client.post(action, data)
    assert response.status_code == 403
    assert_is_lite_page(response)
    assert "Comments are closed on this article." in response.content.decode()


def test_uyghur_lite_error_page_is_right_to_left(client, ug_home, make_article):
    article = make_article(ensure_section(ug_home, "World", "dunya"), title="خەۋەر")
    response = post_from_lite(client, article, name="", body="ياخشى")
    assert response.status_code == 400
    assert_is_lite_page(response)
    html = soup_of(response).html
    assert (html["lang"], html["dir"]) == ("ug", "rtl")
    assert response["Content-Language"] == "ug"
    assert body_text(response).strip() == "ياخشى"


def test_error_with_next_elsewhere_is_answered_on_the_full_page(client, story):
    response = post_from_lite(client, story, name="", next="/lite/en/")
    assert response.status_code == 400
    assert soup_of(response).select("link[rel=stylesheet]")


def test_outage_page_after_lite_post_keeps_the_way_back_to_the_lite_page(client, story):
    action, data = lite_form(client, lite_path(story.url), body="Keep me safe.")
    with mock.patch.object(submission, "store", side_effect=OperationalError):
        response = client.post(action, data)
    assert response.status_code == 503
    form = soup_of(response).select_one("main form")
    assert form.select_one("textarea[readonly]").string == "Keep me safe."
    assert form.select_one("input[name=next]")["value"] == lite_path(story.url)
    resent = {field["name"]: field.get("value", "") for field in form.select("input")}
    retried = client.post(form["action"], {**resent, "body": "Keep me safe."})
    assert retried["Location"].startswith(lite_path(story.url) + "?comment=")


def test_outage_page_is_small_with_nothing_to_fetch(client, story):
    action, data = lite_form(client, lite_path(story.url))
    with mock.patch.object(submission, "store", side_effect=OperationalError):
        response = client.post(action, data)
    assert len(response.content) < 3_000
    assert soup_of(response).select("link, img, script") == []


def test_lite_form_posts_to_an_address_that_lands_on_the_form(client, story):
    action, _data = lite_form(client, lite_path(story.url))
    assert action.endswith("#comment-form")


def test_lite_refusal_summary_links_each_problem_to_its_field(client, story):
    response = post_from_lite(client, story, name="", body="Kept.")
    summary = soup_of(response).select_one("#comment-form .error-summary")
    assert [link["href"] for link in summary.select("a")] == ["#id_name"]
    assert body_text(response).strip() == "Kept."


def test_lite_form_says_how_much_may_be_written(client, story, settings):
    settings.MASTHEAD_COMMENT_MAX_LENGTH = 40
    response = post_from_lite(client, story, name="", body="x" * 45)
    note = soup_of(response).select_one("#comment-length").get_text()
    assert "Up to 40 characters" in note and "over the limit: 5" in note
    assert body_text(response).strip() == "x" * 45
