"""No mail goes to a reader's address until its owner confirms it."""

import re
import time
from unittest import mock

import pytest
from django.core import mail
from wagtail.models import Site

from masthead.comments.confirmation import is_confirmed

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://localhost(/comments/confirm-email/[^/\s]+/)")


@pytest.fixture
def ask_for_notice(article, post_comment, django_capture_on_commit_callbacks):
    def post(email="reader@example.org", **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return post_comment(article, email=email, notify=True, **fields)

    return post


def confirmation_link(message):
    return LINK.search(message.body).group(1)


def test_asking_for_notice_mails_a_confirmation_link_first(ask_for_notice):
    ask_for_notice()
    [message] = mail.outbox
    assert message.to == ["reader@example.org"]
    assert confirmation_link(message)
    assert not is_confirmed("reader@example.org")


def test_confirmation_mail_carries_none_of_the_readers_text(ask_for_notice):
    ask_for_notice(name="Visit shady.example", body="Cheap pills at shady.example")
    [message] = mail.outbox
    text = message.subject + message.body + str(message.extra_headers)
    assert "shady" not in text and "Cheap" not in text and "Visit" not in text


def test_no_confirmation_is_mailed_without_a_request_for_notice(
    article, post_comment, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(article, email="reader@example.org", notify=False)
    assert mail.outbox == []


def test_confirmation_is_mailed_once_while_its_link_is_valid(ask_for_notice):
    ask_for_notice()
    ask_for_notice(email="Reader@Example.org")
    assert len(mail.outbox) == 1


def test_a_confirmed_address_gets_no_second_confirmation(ask_for_notice, client):
    ask_for_notice()
    client.post(confirmation_link(mail.outbox[0]))
    ask_for_notice()
    assert len(mail.outbox) == 1


def test_opening_the_link_shows_a_button_and_confirms_nothing(ask_for_notice, client):
    """Mail scanners open links: only the reader's press of the button confirms."""
    ask_for_notice()
    response = client.get(confirmation_link(mail.outbox[0]))
    assert response.status_code == 200
    assert b'method="post"' in response.content and b"<button" in response.content
    assert not is_confirmed("reader@example.org")


def test_pressing_the_button_confirms_the_address(ask_for_notice, client):
    ask_for_notice()
    response = client.post(confirmation_link(mail.outbox[0]))
    assert response.status_code == 200
    assert is_confirmed("reader@example.org")
    assert is_confirmed("reader@example.org ")


def test_an_expired_link_confirms_nothing(ask_for_notice, client, settings):
    ask_for_notice()
    later = time.time() + settings.MASTHEAD_EMAIL_CONFIRMATION_MAX_AGE + 60
    with mock.patch("time.time", return_value=later):
        response = client.post(confirmation_link(mail.outbox[0]))
    assert response.status_code == 400
    assert not is_confirmed("reader@example.org")


def test_a_forged_link_confirms_nothing(ask_for_notice, client):
    ask_for_notice()
    link = confirmation_link(mail.outbox[0])
    response = client.post(link.replace(link.split("/")[-2], "forged:token"))
    assert response.status_code == 400
    assert not is_confirmed("reader@example.org")


def test_confirmation_link_starts_at_the_sites_root_url(ask_for_notice):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "news.example.org", 8123
    site.save()
    ask_for_notice()
    body = mail.outbox[0].body
    assert "http://news.example.org:8123/comments/confirm-email/" in body
    assert "127.0.0.1:8000" not in body
