"""Bots: the comment form refuses a filled honeypot, a form sent too soon after it
was shown and one too old; nothing is stored and each refusal is counted."""

import time
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from masthead.comments.models import Comment
from masthead.guards.models import TriageCounter

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def min_form_seconds(settings):
    """The site's default (the test settings turn it off)."""
    settings.MASTHEAD_MIN_FORM_SECONDS = 3


@pytest.fixture
def seconds_later():
    """Move the clock forward, as if the reader took that long."""
    start, offset = time.time(), [0]

    def wait(seconds):
        offset[0] = seconds

    with mock.patch("time.time", lambda: start + offset[0]):
        yield wait


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def form_of(response):
    form = soup_of(response).select_one("#comment-form")
    data = {field["name"]: field.get("value", "") for field in form.select("input")}
    data.pop("notify")
    return form["action"], data


def shown_form(client, article, **fields):
    action, data = form_of(client.get(article.url))
    return action, {**data, "name": "Reader", "body": "A fair report.", **fields}


def textarea(response):
    return soup_of(response).select_one("#comment-form textarea[name=body]").string


def counted(kind, edition="en"):
    counter = TriageCounter.objects.filter(edition=edition, kind=kind).first()
    return counter.count if counter else 0


def test_filled_honeypot_is_not_stored_and_counted(client, article, seconds_later):
    action, data = shown_form(client, article, honeypot="http://spam.example")
    seconds_later(10)
    response = client.post(action, data)
    assert response.status_code == 400 and not Comment.objects.exists()
    assert counted("bot_honeypot") == 1


def test_form_sent_too_soon_is_not_stored_and_counted(client, article):
    action, data = shown_form(client, article, body="Typed in no time.")
    response = client.post(action, data)
    assert response.status_code == 400 and not Comment.objects.exists()
    assert counted("bot_too_fast") == 1


def test_form_sent_too_soon_asks_to_wait_keeping_the_text(client, article):
    action, data = shown_form(client, article, body="Typed in no time.")
    response = client.post(action, data)
    assert "please wait a moment and send it again" in response.content.decode()
    assert textarea(response).strip() == "Typed in no time."


def test_form_sent_too_soon_goes_through_when_sent_again_later(
    client, article, seconds_later
):
    action, data = shown_form(client, article)
    refused = client.post(action, data)
    seconds_later(4)
    again = {**data, "security": form_of(refused)[1]["security"]}
    assert client.post(action, again).status_code == 303
    assert Comment.objects.count() == 1


def test_form_sent_after_the_minimum_is_stored(client, article, seconds_later):
    action, data = shown_form(client, article)
    seconds_later(3)
    assert client.post(action, data).status_code == 303
    assert counted("bot_too_fast") == 0


def test_form_too_old_is_not_stored_and_counted(client, article, settings):
    action, data = shown_form(client, article, body="Left open all weekend.")
    settings.MASTHEAD_COMMENT_FORM_MAX_AGE = -1
    response = client.post(action, data)
    assert response.status_code == 400 and not Comment.objects.exists()
    assert textarea(response).strip() == "Left open all weekend."
    assert counted("bot_stale") == 1


def test_refusals_are_counted_per_edition_and_day(client, article):
    for _ in range(2):
        client.post(*shown_form(client, article))
    assert counted("bot_too_fast", "en") == 2
    assert counted("bot_too_fast", "ko") == 0


def test_api_has_no_form_timestamp_to_check(client, article):
    url = f"/api/v1/articles/{article.pk}/comments"
    data = {"name": "Reader", "email": "", "body": "A fair report."}
    response = client.post(url, data, content_type="application/json")
    assert response.status_code == 202
