import json

import pytest
from django import forms
from django.test import Client
from django.utils import translation
from wagtail import hooks

from masthead.comments.guards import Verdict
from masthead.comments.models import Comment, CommentStatus
from masthead.news.models import CommentPolicy
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db

PUBLIC_FIELDS = {"id", "parent", "name", "body", "created_at", "edited_by_moderators"}


def comments_url(article):
    return f"/api/v1/articles/{article.pk}/comments"


def valid(**fields):
    return {"name": "Reader", "email": "", "body": "A fair report.", **fields}


@pytest.fixture
def slow_down():
    """A guard that tells every commenter to wait, removed after the test."""

    def guard(submission):
        return Verdict(False, "Slow down.", status=429, retry_after=120)

    with hooks.register_temporarily("masthead_comment_guard", guard):
        yield guard


def test_listing_shows_only_approved_comments_oldest_first(
    client, article, post_comment, approved_comment
):
    first = approved_comment(article, body="First")
    post_comment(article, body="Still waiting")
    second = approved_comment(article, body="Second")
    data = client.get(comments_url(article)).json()
    assert [item["id"] for item in data["items"]] == [first.pk, second.pk]
    assert data["count"] == 2


def test_listing_has_no_private_fields(client, article, approved_comment):
    approved_comment(article, email="reader@example.org")
    response = client.get(comments_url(article))
    assert set(response.json()["items"][0]) == PUBLIC_FIELDS
    for private in ("reader@example.org", "203.0.113", "ip_hash", "network"):
        assert private not in response.content.decode()


def test_listing_gives_iso_dates_and_the_parent(client, article, approved_comment):
    parent = approved_comment(article)
    reply = approved_comment(article, body="Agreed.", parent=parent)
    item = client.get(comments_url(article)).json()["items"][1]
    assert item["id"] == reply.pk and item["parent"] == parent.pk
    assert item["created_at"].startswith(reply.created_at.strftime("%Y-%m-%dT%H:%M"))


def test_listing_is_paged_with_count_and_next(client, article, approved_comment):
    ids = [approved_comment(article, body=f"Comment {n}").pk for n in range(5)]
    first = client.get(comments_url(article), {"limit": 2}).json()
    second = client.get(first["next"]).json()
    assert first["count"] == 5
    assert [item["id"] for item in first["items"] + second["items"]] == ids[:4]


def test_last_page_has_no_next(client, article, approved_comment):
    for n in range(3):
        approved_comment(article, body=f"Comment {n}")
    data = client.get(comments_url(article), {"limit": 2, "offset": 2}).json()
    assert len(data["items"]) == 1 and data["next"] is None


def test_limit_over_the_maximum_is_a_field_error(client, article):
    response = client.get(comments_url(article), {"limit": 10_000})
    assert response.status_code == 400
    assert "limit" in response.json()["errors"]


def test_unknown_article_is_404(client, article):
    assert (
        client.get(f"/api/v1/articles/{article.pk + 999}/comments").status_code == 404
    )


def test_unpublished_article_is_404(client, article, post_json):
    article.unpublish()
    assert client.get(comments_url(article)).status_code == 404
    assert post_json(comments_url(article), valid()).status_code == 404


def test_post_is_accepted_as_pending(post_json, article):
    response = post_json(comments_url(article), valid())
    assert response.status_code == 202
    comment = Comment.objects.get()
    assert response.json() == {"id": comment.pk, "status": "pending"}
    assert comment.status == CommentStatus.PENDING


def test_posted_comment_is_not_listed(client, post_json, article):
    post_json(comments_url(article), valid(body="Wait for me"))
    assert client.get(comments_url(article)).json() == {
        "count": 0,
        "next": None,
        "items": [],
    }


def test_post_stores_a_hash_and_network_never_the_address(client, article):
    client.post(
        comments_url(article),
        valid(),
        content_type="application/json",
        REMOTE_ADDR="198.51.100.23",
    )
    comment = Comment.objects.get()
    assert comment.network == "198.51.100.0/24"
    assert comment.ip_hash and "198.51.100.23" not in comment.ip_hash


def test_post_with_notify_asks_for_a_decision_email(post_json, article):
    post_json(comments_url(article), valid(email="r@example.org", notify=True))
    assert Comment.objects.get().notify_on_decision


def test_post_needs_no_csrf_token(article):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        comments_url(article), valid(), content_type="application/json"
    )
    assert response.status_code == 202


def test_missing_fields_are_field_errors_and_nothing_is_stored(post_json, article):
    response = post_json(comments_url(article), {"email": "r@example.org"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"name", "body"}
    assert not Comment.objects.exists()


def test_name_over_fifty_characters_is_refused(post_json, article):
    response = post_json(comments_url(article), valid(name="n" * 51))
    assert list(response.json()["errors"]) == ["name"]
    assert not Comment.objects.exists()


def test_body_over_the_configured_limit_is_refused(post_json, article, settings):
    settings.MASTHEAD_COMMENT_MAX_LENGTH = 10
    response = post_json(comments_url(article), valid(body="x" * 11))
    assert response.status_code == 400 and list(response.json()["errors"]) == ["body"]
    assert not Comment.objects.exists()


def test_blank_body_is_refused(post_json, article):
    response = post_json(comments_url(article), valid(body="  \n\u202e "))
    assert list(response.json()["errors"]) == ["body"]


def test_invalid_email_is_refused(post_json, article):
    response = post_json(comments_url(article), valid(email="not an address"))
    assert list(response.json()["errors"]) == ["email"]
    assert not Comment.objects.exists()


def test_wrong_type_is_a_field_error(post_json, article):
    response = post_json(comments_url(article), valid(name=["a", "list"]))
    assert response.status_code == 400 and "name" in response.json()["errors"]


def test_reply_to_a_pending_comment_is_refused(post_json, article, post_comment):
    pending = post_comment(article)
    response = post_json(comments_url(article), valid(parent=pending.pk))
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["parent"]
    assert Comment.objects.count() == 1


def test_reply_to_an_unknown_comment_is_refused(post_json, article):
    response = post_json(comments_url(article), valid(parent=12345))
    assert list(response.json()["errors"]) == ["parent"]


def test_reply_to_another_articles_comment_is_refused(
    post_json, article, en_section, make_article, approved_comment
):
    elsewhere = approved_comment(make_article(en_section, title="Other story"))
    response = post_json(comments_url(article), valid(parent=elsewhere.pk))
    assert list(response.json()["errors"]) == ["parent"]


def test_reply_to_an_approved_comment_is_accepted(post_json, article, approved_comment):
    parent = approved_comment(article)
    response = post_json(comments_url(article), valid(parent=parent.pk))
    assert response.status_code == 202
    assert Comment.objects.get(pk=response.json()["id"]).parent == parent


def test_errors_are_in_the_editions_language(post_json, ko_home, make_article):
    article = make_article(ensure_section(ko_home, "사회", "society"), title="기사")
    response = post_json(comments_url(article), valid(name=""))
    with translation.override("ko"):
        required = str(forms.Field.default_error_messages["required"])
    assert response.json()["errors"]["name"] == [required]
    assert required != "This field is required."


def test_closed_comments_are_403(post_json, en_section, make_article):
    article = make_article(en_section, comment_policy=CommentPolicy.CLOSED)
    response = post_json(comments_url(article), valid())
    assert response.status_code == 403
    assert response.json()["detail"] == "Comments are closed on this article."
    assert not Comment.objects.exists()


def test_guard_limit_is_429_with_retry_after(post_json, article, slow_down):
    response = post_json(comments_url(article), valid())
    assert response.status_code == 429
    assert response["Retry-After"] == "120"
    assert response.json() == {"detail": "Slow down."}
    assert not Comment.objects.exists()


def test_invalid_json_is_400_with_a_message(post_json, article):
    response = post_json(comments_url(article), '{"name": "Reader",')
    assert response.status_code == 400
    assert response.json()["detail"].startswith("The request body is not valid JSON")


def test_json_that_is_not_an_object_is_400(post_json, article):
    response = post_json(comments_url(article), json.dumps(["Reader", "Hello"]))
    assert response.status_code == 400
    assert response.json() == {"detail": "The request body must be a JSON object."}


def test_empty_body_is_400(post_json, article):
    response = post_json(comments_url(article), "")
    assert response.status_code == 400
    assert response.json() == {"detail": "The request body must be a JSON object."}


def test_openapi_schema_lists_the_endpoints(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/v1/articles/{article_id}/comments",
        "/api/v1/moderation/comments",
        "/api/v1/moderation/comments/{comment_id}/decisions",
        "/api/v1/moderation/reasons",
        "/api/v1/moderation/comments/{comment_id}/undo",
    }


def test_no_docs_page_that_loads_scripts_from_a_cdn(client):
    assert client.get("/api/v1/docs").status_code == 404


def test_answers_are_utf8_not_escaped(post_json, ko_home, make_article):
    article = make_article(ensure_section(ko_home, "사회", "society"), title="기사")
    response = post_json(comments_url(article), valid(name=""))
    assert response["Content-Language"] == "ko"
    assert "\\u" not in response.content.decode()


def test_unknown_api_path_is_a_json_404(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}
