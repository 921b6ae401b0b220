"""Every decision through the desk's pages, as a moderator posts it."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from masthead.comments.models import CommentStatus, Report
from masthead.guards.bans import is_banned
from masthead.moderation import actions

from .test_desk_support import (
    desk_client,
    korean_article,
    make_comment,
    report,
)

pytestmark = pytest.mark.django_db

PENDING_QUEUE = "/moderation/queue/pending/"


def seen(comment, **extra):
    """The hidden fields a decision form carries for `comment`."""
    return {
        "revision": comment.revision,
        "seen_status": comment.status,
        "queue": PENDING_QUEUE,
        "origin": "queue",
        **extra,
    }


def decide(client, name, comment, **extra):
    url = reverse(f"moderation:{name}", args=[comment.pk])
    return client.post(url, seen(comment, **extra))


def messages_of(client, url=PENDING_QUEUE):
    return [str(m) for m in client.get(url).context["messages"]]


def actions_on(comment):
    entries = ModelLogEntry.objects.for_instance(comment).order_by("pk")
    return [entry.action for entry in entries]


def test_approve_goes_on_to_the_next_comment_in_the_queue(desk_client, make_comment):
    first, second = make_comment("First"), make_comment("Second")
    response = decide(desk_client, "approve", first)
    assert response.status_code == 303
    assert response["Location"] == f"{PENDING_QUEUE}#comment-{second.pk}"
    first.refresh_from_db()
    assert first.status == CommentStatus.APPROVED
    assert actions_on(first) == ["masthead.comment.approve"]


def test_approve_from_the_comment_page_opens_the_next_comment(
    desk_client, make_comment
):
    first, second = make_comment("First"), make_comment("Second")
    response = decide(desk_client, "approve", first, origin="detail")
    assert response["Location"].startswith(
        reverse("moderation:comment", args=[second.pk]) + "?queue="
    )


def test_last_decision_returns_to_the_empty_queue(desk_client, make_comment):
    only = make_comment("Alone")
    response = decide(desk_client, "approve", only)
    assert response["Location"] == PENDING_QUEUE
    assert f"Comment #{only.pk} approved." in messages_of(desk_client)


def test_next_comment_respects_the_queue_filters(desk_client, make_comment):
    first = make_comment("Apples")
    make_comment("Pears")
    third = make_comment("More apples")
    queue = PENDING_QUEUE + "?q=apples"
    response = decide(desk_client, "approve", first, queue=queue)
    assert response["Location"] == f"{queue}#comment-{third.pk}"


def test_a_foreign_queue_url_is_not_followed(desk_client, make_comment):
    comment = make_comment()
    response = decide(desk_client, "approve", comment, queue="https://evil.example/")
    assert response["Location"] == PENDING_QUEUE


def test_reject_needs_a_reason_from_the_list(desk_client, make_comment):
    comment = make_comment()
    response = decide(desk_client, "reject", comment)
    assert response.status_code == 303
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING
    decide(desk_client, "reject", comment, reason="spam", note="Link farm")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED
    entry = ModelLogEntry.objects.for_instance(comment).get()
    assert entry.data["reason"] == "spam" and entry.data["note"] == "Link farm"


def test_reject_offers_the_active_reasons_with_their_clause(desk_client, make_comment):
    make_comment()
    page = desk_client.get(PENDING_QUEUE).content.decode()
    assert '<option value="spam">Spam or advertising (§3.3)</option>' in page


def test_edit_form_shows_the_text_and_requires_a_reason(desk_client, make_comment):
    comment = make_comment("Call me at 555-0100, idiot.")
    url = reverse("moderation:edit", args=[comment.pk])
    assert "Call me at 555-0100, idiot." in desk_client.get(url).content.decode()
    response = desk_client.post(url, seen(comment, body="Call me."))
    assert response.status_code == 200
    assert response.context["form"].errors["reason"]
    comment.refresh_from_db()
    assert comment.revision == 1


def test_edit_keeps_the_comment_pending_and_the_diff_is_visible(
    desk_client, make_comment
):
    comment = make_comment("You are an idiot and wrong.")
    url = reverse("moderation:edit", args=[comment.pk])
    response = desk_client.post(
        url, seen(comment, body="You are wrong.", reason="personal-attack")
    )
    assert response.status_code == 303
    comment.refresh_from_db()
    assert (comment.status, comment.revision, comment.body) == (
        CommentStatus.PENDING,
        2,
        "You are wrong.",
    )
    page = desk_client.get(reverse("moderation:comment", args=[comment.pk]))
    assert page.context["diff"]["html"] == "You are<del> an idiot and</del> wrong."
    assert b"<del> an idiot and</del>" in page.content
    assert actions_on(comment) == ["masthead.comment.edit"]


def test_approve_with_edit_is_one_step(desk_client, make_comment):
    comment = make_comment("Nice <script>alert(1)</script> story")
    url = reverse("moderation:edit", args=[comment.pk])
    desk_client.post(url, seen(comment, body="Nice story", reason="spam", approve="1"))
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED
    assert comment.edited_by_moderators and comment.revision == 2
    assert actions_on(comment) == ["masthead.comment.edit_and_approve"]
    assert "Edited by the moderators" in comment.rendered_html


def test_restore_returns_a_rejected_comment_to_pending(
    desk_client, make_comment, moderator
):
    comment = make_comment()
    actions.reject(comment, user=moderator, revision=1, reason="spam")
    comment.refresh_from_db()
    response = decide(desk_client, "restore", comment)
    assert response.status_code == 303
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING
    assert actions_on(comment)[-1] == "masthead.comment.restore"


def test_reported_comment_can_be_taken_down(desk_client, make_comment, moderator):
    comment = actions.approve(make_comment(), user=moderator, revision=1)
    report(comment)
    decide(desk_client, "reject", comment, reason="abuse")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED
    entry = ModelLogEntry.objects.for_instance(comment).latest("pk")
    assert entry.data["status_before"] == "approved"


def test_dismissing_reports_keeps_the_comment_and_is_audited(
    desk_client, make_comment, moderator
):
    comment = actions.approve(make_comment(), user=moderator, revision=1)
    report(comment, note="I disagree")
    response = decide(desk_client, "dismiss_reports", comment, note="Fair comment")
    assert response.status_code == 303
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED
    assert not Report.objects.filter(resolved_at__isnull=True).exists()
    entry = ModelLogEntry.objects.for_instance(comment).latest("pk")
    assert entry.action == "masthead.comment.dismiss_reports"
    assert entry.data["reports"] == 1 and entry.data["note"] == "Fair comment"
    assert entry.user == moderator


def test_bulk_decides_each_comment_at_the_revision_it_was_seen(
    desk_client, make_comment, moderator
):
    first, second, third = (make_comment(f"Comment {n}") for n in range(3))
    actions.edit(second, user=moderator, revision=1, body="Changed", reason="spam")
    selected = [f"{c.pk}:1:pending" for c in (first, second, third)]
    response = desk_client.post(
        reverse("moderation:bulk"),
        {"action": "approve", "selected": selected, "queue": PENDING_QUEUE},
    )
    assert response.status_code == 303
    statuses = [c.__class__.objects.get(pk=c.pk).status for c in (first, second, third)]
    assert statuses == ["approved", "pending", "approved"]
    shown = messages_of(desk_client)
    assert f"#{second.pk}: The text changed since you opened it (now revision 2)." in (
        shown
    )
    assert "2 comments approved." in shown


def test_bulk_reject_needs_a_reason(desk_client, make_comment):
    comment = make_comment()
    selected = [f"{comment.pk}:1:pending"]
    url = reverse("moderation:bulk")
    desk_client.post(url, {"action": "reject", "selected": selected})
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING
    desk_client.post(url, {"action": "reject", "selected": selected, "reason": "spam"})
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED


def test_bulk_skips_comments_of_other_desks(desk_client, make_comment, korean_article):
    korean = make_comment("안녕하세요", target=korean_article)
    desk_client.post(
        reverse("moderation:bulk"),
        {"action": "approve", "selected": [f"{korean.pk}:1:pending"]},
    )
    korean.refresh_from_db()
    assert korean.status == CommentStatus.PENDING
    assert f"#{korean.pk}: not found on your desks." in messages_of(desk_client)


def test_ban_with_reject_pending(desk_client, make_comment):
    comment = make_comment("Spam 1", email="spam@example.org")
    other = make_comment("Spam 2", address="192.0.2.44", email="spam@example.org")
    url = reverse("moderation:ban", args=[comment.pk])
    assert b"Also reject every pending comment" in desk_client.get(url).content
    response = desk_client.post(
        url,
        {"by_email": "on", "by_ip": "on", "reason": "spam", "reject_pending": "on"},
    )
    assert response.status_code == 303
    assert is_banned(email="spam@example.org") and is_banned(address="203.0.113.9")
    for each in (comment, other):
        each.refresh_from_db()
        assert each.status == CommentStatus.REJECTED
    assert "masthead.comment.ban" in actions_on(comment)
    assert "Commenter banned; 2 pending comments rejected." in messages_of(desk_client)


def test_ban_by_email_only_leaves_the_address_and_the_comments(
    desk_client, make_comment
):
    comment = make_comment(email="loud@example.org")
    url = reverse("moderation:ban", args=[comment.pk])
    desk_client.post(url, {"by_email": "on", "reason": "abuse"})
    assert is_banned(email="loud@example.org")
    assert not is_banned(address="203.0.113.9")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PENDING


def test_stale_revision_shows_the_conflict_and_changes_nothing(
    desk_client, make_comment, make_moderator
):
    comment = make_comment()
    jun = make_moderator("jun")
    actions.approve(comment, user=jun, revision=1)
    stale = {"revision": 1, "seen_status": "pending", "reason": "spam"}
    response = desk_client.post(
        reverse("moderation:reject", args=[comment.pk]),
        {**stale, "queue": PENDING_QUEUE},
    )
    assert response.status_code == 303
    assert response["Location"] == f"{PENDING_QUEUE}#comment-{comment.pk}"
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED and comment.decided_by == jun
    assert actions_on(comment) == ["masthead.comment.approve"]
    page = desk_client.get(PENDING_QUEUE).content.decode()
    assert "Already approved by jun at" in page
    assert 'class="message error"' in page


def test_edit_of_a_changed_text_keeps_the_moderators_words(
    desk_client, make_comment, moderator
):
    comment = make_comment("Original")
    actions.edit(comment, user=moderator, revision=1, body="Theirs", reason="spam")
    response = desk_client.post(
        reverse("moderation:edit", args=[comment.pk]),
        {"revision": 1, "seen_status": "pending", "body": "Mine", "reason": "spam"},
    )
    assert response.status_code == 200
    assert "Mine" in response.content.decode()
    assert "The text changed since you opened it" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "Theirs"


@pytest.mark.parametrize("how", ["one", "bulk"])
def test_a_bug_in_a_decision_is_an_error_not_a_message(
    desk_client, make_comment, monkeypatch, how
):
    """Only a refusal becomes a message for the moderator; a ValueError from a bug
    must reach the error log as a 500 rather than pass for a refusal."""
    comment = make_comment()

    def broken(*args, **kwargs):
        raise ValueError("a bug, not a refusal")

    monkeypatch.setattr(actions, "approve", broken)
    with pytest.raises(ValueError, match="a bug"):
        if how == "one":
            decide(desk_client, "approve", comment)
        else:
            desk_client.post(
                reverse("moderation:bulk"),
                {"action": "approve", "selected": [f"{comment.pk}:1:pending"]},
            )
