"""Undo on the desk's pages: offered in the success message, posted without script."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

from datetime import timedelta

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from masthead.comments.models import Comment, CommentStatus
from masthead.moderation import actions

from .test_desk_support import desk_client, make_comment, outsider

pytestmark = pytest.mark.django_db

PENDING_QUEUE = "/moderation/queue/pending/"


def approve(client, comment):
    url = reverse("moderation:approve", args=[comment.pk])
    seen = {"revision": comment.revision, "seen_status": comment.status}
    return client.post(url, {**seen, "queue": PENDING_QUEUE, "origin": "queue"})


def undo_form(page):
    """Return the undo form of the success message, as the moderator's page has it."""
    html = page.content.decode()
    start = html.find('<form method="post" action="/moderation/undo/"')
    assert start != -1, "no undo form on the page"
    return html[start : html.find("</form>", start)]


def status_of(comment):
    return Comment.objects.get(pk=comment.pk).status


def test_success_message_offers_an_undo_form(desk_client, make_comment):
    comment = make_comment()
    approve(desk_client, comment)
    page = desk_client.get(PENDING_QUEUE)
    form = undo_form(page)
    assert f'name="decision" value="{comment.pk}:1:approved"' in form
    assert "Undo" in form and 'data-undo-seconds="' in form
    # Offered once: the next page no longer carries it.
    assert "/moderation/undo/" not in desk_client.get(PENDING_QUEUE).content.decode()


def test_posting_undo_returns_the_comment_and_says_so(desk_client, make_comment):
    comment = make_comment()
    approve(desk_client, comment)
    response = desk_client.post(
        reverse("moderation:undo"),
        {"decision": f"{comment.pk}:1:approved", "queue": PENDING_QUEUE},
    )
    assert response.status_code == 303
    assert response["Location"] == f"{PENDING_QUEUE}#comment-{comment.pk}"
    assert status_of(comment) == CommentStatus.PENDING
    shown = [str(m) for m in desk_client.get(PENDING_QUEUE).context["messages"]]
    assert f"Decision on comment #{comment.pk} undone." in shown


def test_undo_after_someone_else_decided_says_who_and_changes_nothing(
    desk_client, make_comment, make_moderator
):
    comment = make_comment()
    approve(desk_client, comment)
    jun = make_moderator("jun")
    actions.reject(comment, user=jun, revision=1, reason="spam", seen_status="approved")
    desk_client.post(
        reverse("moderation:undo"),
        {"decision": f"{comment.pk}:1:approved", "queue": PENDING_QUEUE},
    )
    assert status_of(comment) == CommentStatus.REJECTED
    shown = " ".join(str(m) for m in desk_client.get(PENDING_QUEUE).context["messages"])
    assert "jun" in shown and "nothing was undone" in shown


def test_a_bulk_decision_is_undone_as_a_whole(desk_client, make_comment):
    first, second = make_comment("One"), make_comment("Two")
    selected = [f"{c.pk}:1:pending" for c in (first, second)]
    desk_client.post(
        reverse("moderation:bulk"),
        {"action": "approve", "selected": selected, "queue": PENDING_QUEUE},
    )
    form = undo_form(desk_client.get(PENDING_QUEUE))
    assert f"{first.pk}:1:approved" in form and f"{second.pk}:1:approved" in form
    desk_client.post(
        reverse("moderation:undo"),
        {
            "decision": [f"{first.pk}:1:approved", f"{second.pk}:1:approved"],
            "queue": PENDING_QUEUE,
        },
    )
    assert [status_of(first), status_of(second)] == ["pending", "pending"]


def test_an_expired_offer_is_not_shown(desk_client, make_comment):
    comment = make_comment()
    approve(desk_client, comment)
    session = desk_client.session
    session["moderation_undo"]["at"] -= 60
    session.save()
    page = desk_client.get(PENDING_QUEUE).content.decode()
    assert "/moderation/undo/" not in page


def test_undo_is_only_posted(desk_client):
    assert desk_client.get(reverse("moderation:undo")).status_code == 405


def test_undo_is_for_moderators_only(client, outsider, make_comment):
    client.force_login(outsider)
    response = client.post(reverse("moderation:undo"), {"decision": "1:1:approved"})
    assert response.status_code == 403


def test_undo_of_another_desks_comment_changes_nothing(
    client, make_comment, make_moderator, moderator
):
    comment = make_comment()
    actions.approve(comment, user=moderator, revision=1)
    client.force_login(make_moderator("hana", edition="ko"))
    client.post(reverse("moderation:undo"), {"decision": f"{comment.pk}:1:approved"})
    assert status_of(comment) == CommentStatus.APPROVED
