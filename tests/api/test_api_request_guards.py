"""A post to the API must be JSON, from our own pages when a browser sends it, and
of a size we read; anything else is refused in JSON with nothing stored."""

import json

import pytest

from masthead.comments.models import Comment

pytestmark = pytest.mark.django_db

BODY = json.dumps({"name": "Reader", "body": "A fair report."})
OURS = "http://testserver"


def comments_url(article):
    return f"/api/v1/articles/{article.pk}/comments"


def post(client, article, body=BODY, content_type="application/json", **headers):
    return client.generic(
        "POST", comments_url(article), body, content_type=content_type, headers=headers
    )


@pytest.mark.parametrize(
    "content_type",
    [
        "text/plain",
        "text/plain;charset=UTF-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "",
    ],
)
def test_a_body_that_is_not_json_is_refused_with_415(client, article, content_type):
    response = post(client, article, content_type=content_type)
    assert response.status_code == 415
    assert "application/json" in response.json()["detail"]
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://attacker.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site", "Origin": OURS},
        {"Origin": "https://attacker.example", "Referer": f"{OURS}/en/"},
    ],
    ids=["foreign", "null", "cross-site", "same-site", "foreign-with-our-referer"],
)
def test_a_browser_post_from_another_site_is_refused(client, article, headers):
    response = post(client, article, **headers)
    assert response.status_code == 403
    assert response.json()["detail"]
    assert not Comment.objects.exists()


def test_a_cross_site_simple_request_is_refused(client, article):
    """The attack itself: a form on another site posting text/plain."""
    response = post(
        client,
        article,
        content_type="text/plain",
        Origin="https://attacker.example",
        **{"Sec-Fetch-Site": "cross-site"},
    )
    assert response.status_code in (403, 415)
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "headers",
    [{"Origin": OURS}, {"Sec-Fetch-Site": "same-origin", "Origin": OURS}],
    ids=["origin", "fetch-metadata"],
)
def test_a_browser_post_from_our_own_pages_is_accepted(client, article, headers):
    assert post(client, article, **headers).status_code == 202


def test_a_client_outside_a_browser_still_posts(client, article):
    assert post(client, article).status_code == 202


def test_a_moderator_decision_must_be_json(
    client, article, post_comment, make_moderator, bearer
):
    comment = post_comment(article)
    user = make_moderator("mina")
    response = client.post(
        f"/api/v1/moderation/comments/{comment.pk}/decisions",
        "action=approve&revision=1",
        content_type="application/x-www-form-urlencoded",
        headers=bearer(user),
    )
    assert response.status_code == 415
    comment.refresh_from_db()
    assert comment.status == "pending"


def test_a_ten_megabyte_body_is_refused_with_a_json_413(client, article):
    body = json.dumps({"name": "Reader", "body": "x" * (10 * 1024 * 1024)})
    response = post(client, article, body=body)
    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/json")
    assert "bytes" in response.json()["detail"]
    assert not Comment.objects.exists()
