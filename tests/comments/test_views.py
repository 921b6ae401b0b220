"""Posting a comment the way a reader without JavaScript does: a form, a POST, a 303."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError
from django.test import Client
from django.urls import reverse
from wagtail import hooks

from masthead.comments import submission
from masthead.comments.guards import Verdict
from masthead.comments.models import Comment, CommentStatus
from masthead.moderation import actions
from masthead.news.models import CommentPolicy
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db

RECEIVED = "Your comment was received and will appear after a moderator approves it."


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def form_data(client, url, **fields):
    """Return what the comment form on the page at `url` sends, with `fields`."""
    form = soup_of(client.get(url)).select_one("#comment-form")
    data = {field["name"]: field.get("value", "") for field in form.select("input")}
    data.pop("notify")
    data.update({"name": "Reader", "body": "A fair report.", **fields})
    return form["action"], data


def post(client, article, **fields):
    action, data = form_data(client, article.url, **fields)
    return client.post(action, data)


def approve(comment, user):
    comment.refresh_from_db()
    return actions.approve(comment, user=user, revision=comment.revision)


def textarea(response):
    return soup_of(response).select_one("#comment-form textarea[name=body]").string


def test_post_answers_303_to_the_article_saying_received(client, article):
    response = post(client, article)
    assert response.status_code == 303
    assert response["Location"] == article.url + "?comment=received#comments"


def test_received_comment_is_pending_with_the_readers_text(client, article):
    post(client, article, name="Ana", body="Line one\r\nline two")
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING
    assert (comment.display_name, comment.body) == ("Ana", "Line one\nline two")


def test_article_says_received_and_does_not_show_the_pending_comment(client, article):
    response = post(client, article, body="Not yet public")
    page = client.get(response["Location"])
    assert RECEIVED in page.content.decode()
    assert "Not yet public" not in page.content.decode()


def test_no_javascript_flow_ends_with_the_approved_comment_shown(
    client, article, admin_user
):
    received = client.get(post(client, article, body="Well reported.")["Location"])
    assert "Well reported." not in received.content.decode()
    approve(Comment.objects.get(), admin_user)
    shown = soup_of(client.get(article.url)).select_one("#comments .comment-body")
    assert shown.get_text() == "Well reported."


def test_reader_address_is_stored_only_as_hash_and_network(client, article):
    client.post(*form_data(client, article.url), REMOTE_ADDR="198.51.100.7")
    comment = Comment.objects.get()
    assert comment.network == "198.51.100.0/24" and len(comment.ip_hash) == 64


def test_validation_error_answers_400_keeping_the_text(client, article):
    response = post(client, article, name="", body="Everything I typed.")
    assert response.status_code == 400
    assert textarea(response).strip() == "Everything I typed."
    assert not Comment.objects.exists()


def test_validation_error_is_shown_next_to_its_field(client, article):
    response = post(client, article, name="x" * 51, email="not-an-address")
    form = soup_of(response).select_one("#comment-form")
    errors = [error.get_text() for error in form.select(".field-error .errorlist")]
    assert len(errors) == 2
    assert form.select_one("input[name=name]")["value"] == "x" * 51


def test_page_answering_an_error_is_the_article_itself(client, article):
    response = post(client, article, name="")
    assert soup_of(response).h1.get_text() == article.title


def test_filled_honeypot_is_refused_and_not_stored(client, article):
    response = post(client, article, honeypot="http://spam.example", body="Buy now")
    assert response.status_code == 400
    assert not Comment.objects.exists()
    assert textarea(response).strip() == "Buy now"


def test_tampered_signature_is_refused_keeping_the_text(client, article):
    response = post(client, article, security="forged", body="Still mine.")
    assert response.status_code == 400
    assert "could not be checked" in response.content.decode()
    assert textarea(response).strip() == "Still mine."


def test_expired_form_keeps_the_text_and_can_be_sent_again(client, article, settings):
    action, data = form_data(client, article.url, body="Slow typist.")
    settings.MASTHEAD_COMMENT_FORM_MAX_AGE = -1
    refused = client.post(action, data)
    assert refused.status_code == 400 and textarea(refused).strip() == "Slow typist."
    assert "please send it again" in refused.content.decode()
    settings.MASTHEAD_COMMENT_FORM_MAX_AGE = 3600
    fresh = soup_of(refused).select_one("#comment-form input[name=security]")
    assert client.post(action, {**data, "security": fresh["value"]}).status_code == 303


def test_closed_article_refuses_with_403_keeping_the_text(client, article):
    action, data = form_data(client, article.url, body="Too late?")
    article.comment_policy = CommentPolicy.CLOSED
    article.save_revision().publish()
    response = client.post(action, data)
    assert response.status_code == 403
    assert "Comments are closed on this article." in response.content.decode()
    assert textarea(response).strip() == "Too late?"


def test_limited_reader_gets_429_with_retry_after(client, article):
    def slow_down(_submission):
        return Verdict(False, "Please wait before commenting again.", 429, 90)

    with hooks.register_temporarily("masthead_comment_guard", slow_down):
        response = post(client, article, body="Again.")
    assert (response.status_code, response["Retry-After"]) == (429, "90")
    assert "Please wait before commenting again." in response.content.decode()
    assert textarea(response).strip() == "Again."


def test_database_failure_answers_503_showing_the_text_to_copy(client, article):
    action, data = form_data(client, article.url, name="Ana", body="Keep me safe.")
    with mock.patch.object(submission, "store", side_effect=OperationalError):
        response = client.post(action, data)
    assert response.status_code == 503
    page = soup_of(response)
    assert page.select_one("textarea[readonly]").string == "Keep me safe."
    assert page.select_one("input[name=name]")["value"] == "Ana"


def test_unavailable_page_renders_without_the_database(rf, django_assert_num_queries):
    from masthead.comments.views import unavailable

    request = rf.post("/comments/post/1/", {"name": "Ana", "body": "Text"})
    with django_assert_num_queries(0):
        response = unavailable(request)
    assert response.status_code == 503 and b"Text</textarea>" in response.content


def test_unavailable_page_policy_lets_only_its_own_style_apply(client, article):
    from masthead.core.security import style_hash_source

    action, data = form_data(client, article.url, name="Ana", body="Keep me.")
    with mock.patch.object(submission, "store", side_effect=OperationalError):
        response = client.post(action, data)
    style = soup_of(response).select_one("style").string
    policy = response["Content-Security-Policy"]
    assert style and style_hash_source(style) in policy
    assert "unsafe-inline" not in policy


def test_unavailable_page_is_the_sites_outage_page_in_one_request(client, article):
    action, data = form_data(client, article.url, name="Ana", body="Keep me.")
    with mock.patch.object(submission, "store", side_effect=OperationalError):
        response = client.post(action, data)
    page = soup_of(response)
    assert page.select_one("header.masthead form.search-form")
    assert page.select_one("header.masthead .brand")["href"] == "/en/"
    assert page.select("link, img, script") == []


def test_get_of_the_post_address_is_405(client, article):
    url = reverse("comments:post", args=[article.pk])
    assert client.get(url).status_code == 405


def test_post_to_an_unknown_article_ends_in_404(client, article):
    """LocaleMiddleware first tries the address under /en/, which is no page either."""
    action, data = form_data(client, article.url)
    url = reverse("comments:post", args=[article.pk + 1000])
    assert client.post(url, data, follow=True).status_code == 404


def test_post_naming_no_origin_is_refused(article):
    """The page carries no CSRF token: the browser's Origin or Referer must be ours."""
    client = Client(enforce_csrf_checks=True)
    action, data = form_data(client, article.url)
    assert client.post(action, data).status_code == 403
    assert not Comment.objects.exists()


def test_reply_link_gives_a_form_replying_to_that_reader(
    client, article, post_comment, admin_user
):
    parent = approve(post_comment(article, name="Mina"), admin_user)
    page = soup_of(client.get(f"{article.url}?reply_to={parent.pk}"))
    form = page.select_one("#comment-form")
    assert "Replying to Mina" in form.get_text()
    assert form.select_one("input[name=parent]")["value"] == str(parent.pk)


def test_reply_is_stored_under_its_parent(client, article, post_comment, admin_user):
    parent = approve(post_comment(article), admin_user)
    action, data = form_data(client, f"{article.url}?reply_to={parent.pk}")
    assert client.post(action, data).status_code == 303
    assert Comment.objects.get(parent=parent).body == "A fair report."


def test_changed_parent_fails_the_signature(client, article, post_comment, admin_user):
    first, second = (approve(post_comment(article), admin_user) for _ in range(2))
    action, data = form_data(client, f"{article.url}?reply_to={first.pk}")
    response = client.post(action, {**data, "parent": second.pk})
    assert response.status_code == 400
    assert not Comment.objects.filter(parent__isnull=False).exists()


def test_unavailable_page_speaks_the_articles_edition(client, ug_home, make_article):
    article = make_article(ensure_section(ug_home, "World", "dunya"), title="خەۋەر")
    action, data = form_data(client, article.url, body="ياخشى")
    with mock.patch.object(submission, "store", side_effect=OperationalError):
        response = client.post(action, data)
    html = soup_of(response).html
    assert (html["lang"], html["dir"]) == ("ug", "rtl")
