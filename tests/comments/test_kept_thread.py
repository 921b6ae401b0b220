"""The list of approved comments and the blank form are kept between views
(masthead/comments/kept_thread.py); every decision that changes the list shows at
once, and every reader still gets a signature of their own."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.comments import submission
from masthead.comments.kept_thread import SIGNATURE, THREAD_KEY
from masthead.comments.models import Comment
from masthead.moderation import actions

pytestmark = pytest.mark.django_db


def soup(client, article, query=""):
    response = client.get(article.url + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def shown(client, article, query=""):
    page = soup(client, article, query)
    return [
        item.get_text(" ", strip=True) for item in page.select(".comment-list > li")
    ]


def posted(article, body):
    prepared = submission.prepare(
        article, display_name="Reader", body=body, address="203.0.113.9"
    )
    return submission.store(prepared)


def approved(article, body, user):
    comment = posted(article, body)
    actions.approve(comment, user=user, revision=comment.revision)
    comment.refresh_from_db()
    return comment


def test_an_approval_shows_at_once(client, article, admin_user):
    approved(article, "The first word.", admin_user)
    assert len(shown(client, article)) == 1
    approved(article, "The second word.", admin_user)
    texts = shown(client, article)
    assert len(texts) == 2 and "The second word." in texts[1]
    assert "2 comments" in soup(client, article).select_one(".comment-count").text


def test_an_edit_and_a_withdrawal_show_at_once(client, article, admin_user):
    comment = approved(article, "Wrong figures here.", admin_user)
    shown(client, article)
    actions.edit(
        comment,
        user=admin_user,
        revision=comment.revision,
        body="Corrected figures here.",
        reason="personal-data",
        seen_status=comment.status,
    )
    comment.refresh_from_db()
    assert "Corrected figures here." in shown(client, article)[0]
    actions.reject(
        comment,
        user=admin_user,
        revision=comment.revision,
        reason="off-topic",
        seen_status=comment.status,
    )
    assert shown(client, article) == []


def test_a_deleted_comment_leaves_the_kept_list(client, article, admin_user):
    comment = approved(article, "Soon gone.", admin_user)
    assert shown(client, article)
    comment.delete()
    assert shown(client, article) == []


def test_a_decision_on_another_server_reaches_this_one(client, article, admin_user):
    comment = approved(article, "Kept here.", admin_user)
    shown(client, article)
    type(comment).objects.filter(pk=comment.pk).update(rendered_html="<p>Elsewhere</p>")
    assert "Kept here." in shown(client, article)[0]
    caches["default"].set(THREAD_KEY.format(article.pk), "from-server-b")
    assert shown(client, article) == ["Elsewhere"]


def test_each_page_and_order_is_kept_apart(client, article, admin_user, settings):
    settings.MASTHEAD_COMMENT_THREADS_PER_PAGE = 1
    for body in ("Oldest one.", "Newest one."):
        approved(article, body, admin_user)
    assert "Oldest one." in shown(client, article)[0]
    assert "Newest one." in shown(client, article, "?comment_page=2")[0]
    assert "Newest one." in shown(client, article, "?comment_order=newest")[0]


def test_a_kept_view_costs_fewer_statements(client, article, admin_user):
    for number in range(5):
        approved(article, f"Comment number {number}.", admin_user)
    soup(client, article)
    with CaptureQueriesContext(connection) as first_view:
        caches["fragments"].clear()
        soup(client, article)
    with CaptureQueriesContext(connection) as kept_view:
        soup(client, article)
    thread_reads = [
        query
        for query in kept_view.captured_queries
        if "comments_comment" in query["sql"]
    ]
    assert thread_reads == []
    assert len(kept_view) < len(first_view)


def test_every_reader_gets_a_fresh_signature_that_posts(client, article):
    def signature_at(seconds):
        with mock.patch("django.core.signing.time.time", return_value=seconds):
            return soup(client, article).select_one("input[name=security]")["value"]

    signatures = {signature_at(1_800_000_000), signature_at(1_800_000_060)}
    assert len(signatures) == 2 and SIGNATURE not in signatures
    form = soup(client, article).select_one("#comment-form")
    data = {field["name"]: field.get("value", "") for field in form.select("input")}
    data.pop("notify")
    data.update(name="Reader", body="Sent from a kept form.")
    response = client.post(form["action"], data)
    assert response.status_code == 303
    assert Comment.objects.get(article=article).body == "Sent from a kept form."


def test_a_reply_form_is_drawn_for_its_comment(client, article, admin_user):
    first = approved(article, "Worth an answer.", admin_user)
    soup(client, article)
    reply = soup(client, article, f"?reply_to={first.pk}")
    assert reply.select_one("input[name=parent]")["value"] == str(first.pk)
    assert soup(client, article).select_one("input[name=parent]")["value"] == ""
