"""Reporting an approved comment to the moderators, without JavaScript."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from masthead.comments.models import Report, ReportReason
from masthead.comments.privacy import ip_hash
from masthead.moderation import actions

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(article, post_comment, admin_user):
    comment = post_comment(article, body="Something rude")
    return actions.approve(comment, user=admin_user, revision=comment.revision)


def report_url(comment):
    return reverse("comments:report", args=[comment.pk])


def report(client, comment, reason="abusive", **extra):
    return client.post(report_url(comment), {"reason": reason, **extra}, **_addr())


def _addr(address="203.0.113.50"):
    return {"REMOTE_ADDR": address}


def test_report_page_offers_every_reason(client, approved):
    page = BeautifulSoup(client.get(report_url(approved)).content, "html.parser")
    choices = [radio["value"] for radio in page.select("input[name=reason]")]
    assert choices == list(ReportReason.values)
    assert "Something rude" in page.select_one(".reported-comment").get_text()


def test_report_page_is_not_indexed(client, approved):
    page = BeautifulSoup(client.get(report_url(approved)).content, "html.parser")
    assert page.select_one("meta[name=robots]")["content"] == "noindex"


def test_report_is_stored_with_reason_details_and_hashed_address(client, approved):
    report(client, approved, reason="spam", note="Same link posted twice")
    stored = Report.objects.get()
    assert (stored.comment, stored.reason, stored.note) == (
        approved,
        "spam",
        "Same link posted twice",
    )
    assert stored.ip_hash == ip_hash("203.0.113.50")


def test_report_answers_303_back_to_the_comment(client, approved, article):
    response = report(client, approved)
    assert response.status_code == 303
    assert response["Location"] == (
        f"{article.url}?reported={approved.pk}#comment-{approved.pk}"
    )


def test_article_thanks_the_reader_for_the_report(client, approved):
    page = client.get(report(client, approved)["Location"])
    assert "A moderator will look at the comment you reported." in page.content.decode()


def test_second_report_from_the_same_reader_is_not_stored_twice(client, approved):
    report(client, approved)
    response = report(client, approved, reason="other")
    assert response.status_code == 303
    assert Report.objects.count() == 1


def test_another_reader_can_report_the_same_comment(client, approved):
    report(client, approved)
    client.post(report_url(approved), {"reason": "spam"}, **_addr("198.51.100.1"))
    assert Report.objects.count() == 2


def test_report_without_a_reason_is_shown_again_with_an_error(client, approved):
    response = client.post(report_url(approved), {"note": "Keep this"})
    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one(".field-error .errorlist")
    assert page.select_one("textarea[name=note]").get_text().strip() == "Keep this"
    assert not Report.objects.exists()


def test_pending_comment_cannot_be_reported(client, article, post_comment):
    pending = post_comment(article)
    response = client.post(report_url(pending), {"reason": "spam"}, follow=True)
    assert response.status_code == 404
    assert not Report.objects.exists()


def test_report_needs_the_csrf_token(approved):
    client = Client(enforce_csrf_checks=True)
    assert report(client, approved).status_code == 403
