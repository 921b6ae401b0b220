"""POST /api/v1/moderation/comments/{id}/undo: the desk's undo, over JSON."""

from datetime import timedelta

import pytest
from wagtail.models import ModelLogEntry

from masthead.comments.models import CommentStatus
from masthead.moderation import actions

pytestmark = pytest.mark.django_db

QUEUE = "/api/v1/moderation/comments"


def undo_url(comment):
    return f"{QUEUE}/{comment.pk}/undo"


@pytest.fixture
def mina(make_moderator):
    return make_moderator("mina", edition="en")


@pytest.fixture
def approved(article, post_comment, mina):
    comment = post_comment(article)
    return actions.approve(comment, user=mina, revision=1)


def test_undo_returns_the_comment_as_it_was(post_json, bearer, mina, approved):
    response = post_json(undo_url(approved), {"revision": 1}, **bearer(mina))
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["status"], body["revision"]) == (
        approved.pk,
        "pending",
        1,
    )
    entry = ModelLogEntry.objects.for_instance(approved).order_by("-pk").first()
    assert entry.action == "masthead.comment.undo" and entry.user == mina


def test_undo_after_someone_else_decided_is_409(
    post_json, bearer, mina, approved, make_moderator
):
    jun = make_moderator("jun")
    actions.reject(
        approved, user=jun, revision=1, reason="spam", seen_status="approved"
    )
    response = post_json(undo_url(approved), {"revision": 1}, **bearer(mina))
    assert response.status_code == 409
    assert "jun" in response.json()["detail"]
    approved.refresh_from_db()
    assert approved.status == CommentStatus.REJECTED


def test_undo_too_late_is_409(post_json, bearer, mina, approved):
    entry = ModelLogEntry.objects.for_instance(approved).get()
    entry.timestamp -= timedelta(minutes=1)
    entry.save()
    response = post_json(undo_url(approved), {"revision": 1}, **bearer(mina))
    assert response.status_code == 409
    assert "too late" in response.json()["detail"]


def test_undo_needs_the_revision(post_json, bearer, mina, approved):
    response = post_json(undo_url(approved), {}, **bearer(mina))
    assert response.status_code == 400
    assert "revision" in response.json()["errors"]


def test_undo_on_another_desk_is_404(post_json, bearer, make_moderator, approved):
    hana = make_moderator("hana", edition="ko")
    response = post_json(undo_url(approved), {"revision": 1}, **bearer(hana))
    assert response.status_code == 404
    approved.refresh_from_db()
    assert approved.status == CommentStatus.APPROVED


def test_undo_is_in_the_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "post" in paths[QUEUE + "/{comment_id}/undo"]
