"""The comment page: everything a moderator needs to decide one comment."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from masthead.moderation import actions
from masthead.moderation.diff import diff_html, tokens

from .test_desk_support import (
    desk_client,
    korean_article,
    make_comment,
    report,
)

pytestmark = pytest.mark.django_db


def page(client, comment, **query):
    response = client.get(reverse("moderation:comment", args=[comment.pk]), query)
    assert response.status_code == 200
    return response


def test_comment_page_shows_text_article_and_parent(
    desk_client, make_comment, moderator, article
):
    parent = actions.approve(make_comment("Earlier words"), user=moderator, revision=1)
    reply = make_comment("<b>bold</b>\nnext line", parent=parent)
    content = page(desk_client, reply).content.decode()
    assert "&lt;b&gt;bold&lt;/b&gt;<br>next line" in content
    assert f'href="{article.url}"' in content and "Rail link opens" in content
    assert "In reply to Reader" in content and "Earlier words" in content


def test_history_groups_comments_by_commenter_key_not_by_address(
    desk_client, make_comment, moderator, korean_article
):
    comment = make_comment("Now", commenter_key="k1", address="192.0.2.7")
    actions.reject(
        make_comment("Before", commenter_key="k1", address="198.51.100.4"),
        user=moderator,
        revision=1,
        reason="spam",
    )
    make_comment("Same address, someone else", commenter_key="k2", address="192.0.2.7")
    make_comment("No key, same address", address="192.0.2.7")
    make_comment("Not my desk", target=korean_article, commenter_key="k1")
    history = page(desk_client, comment).context["history"]
    assert history["counts"] == [
        ("pending", "Pending", 1),
        ("approved", "Approved", 0),
        ("rejected", "Rejected", 1),
    ]
    assert [c.body for c in history["recent"]] == ["Before"]


def test_a_comment_without_a_key_has_a_history_of_its_own(desk_client, make_comment):
    comment = make_comment("Alone", email="kim@example.org", address="192.0.2.7")
    make_comment("Typed the same address", email="kim@example.org")
    history = page(desk_client, comment).context["history"]
    assert [count for _status, _label, count in history["counts"]] == [1, 0, 0]
    assert history["recent"] == []


def test_same_network_is_a_signal_of_its_own(desk_client, make_comment, korean_article):
    network = "192.0.2.0/24"
    comment = make_comment("Now", display_name="Ann", network=network)
    make_comment("Again", display_name="Ann", network=network, commenter_key="a")
    make_comment("Hi", display_name="Bo", network=network, commenter_key="b")
    make_comment("Elsewhere", display_name="Cy", network="198.51.100.0/24")
    make_comment("Not my desk", target=korean_article, network=network)
    response = page(desk_client, comment)
    assert response.context["history"]["network"] == {"comments": 3, "names": 2}
    assert "Same network:</span> 3 comments from 2 names" in response.content.decode()


def test_reports_are_listed_with_reason_note_and_time(
    desk_client, make_comment, moderator
):
    comment = actions.approve(make_comment(), user=moderator, revision=1)
    report(comment, reason="spam", note="Selling watches")
    content = page(desk_client, comment).content.decode()
    assert "Spam or advertising" in content and "Selling watches" in content
    assert "Dismiss reports, keep it" in content


def test_triage_slot_is_there_and_labelled(desk_client, make_comment):
    content = page(desk_client, make_comment()).content.decode()
    assert '<div class="triage"' in content
    assert "Automatic triage" in content and "No triage notes" in content


def test_every_revision_is_listed_with_who_and_why(
    desk_client, make_comment, moderator
):
    comment = make_comment("one two three")
    comment = actions.edit(
        comment, user=moderator, revision=1, body="one three", reason="abuse"
    )
    actions.edit(
        comment, user=moderator, revision=2, body="one three four", reason="spam"
    )
    response = page(desk_client, comment)
    revisions = response.context["revisions"]
    assert [(r.number, r.reason) for r in revisions] == [
        (1, ""),
        (2, "abuse"),
        (3, "spam"),
    ]
    assert "the reader" in response.content.decode()
    assert (
        response.context["diff"]["html"] == "one <del>two </del>three<ins> four</ins>"
    )


def test_a_revisions_reason_links_to_its_clause_of_the_terms(
    client, desk_client, make_comment, moderator, en_terms
):
    comment = make_comment("one two three")
    actions.edit(comment, user=moderator, revision=1, body="one", reason="off-topic")
    html = page(desk_client, comment).content.decode()
    assert f'<a href="{en_terms.url}#clause-3-4">Off topic (§3.4)</a>' in html
    assert client.get(en_terms.url).status_code == 200


def test_any_two_revisions_can_be_compared(desk_client, make_comment, moderator):
    comment = make_comment("one two three")
    comment = actions.edit(
        comment, user=moderator, revision=1, body="one three", reason="abuse"
    )
    actions.edit(
        comment, user=moderator, revision=2, body="one three four", reason="spam"
    )
    diff = page(desk_client, comment, **{"from": 2, "to": 3}).context["diff"]
    assert (diff["from"].number, diff["to"].number) == (2, 3)
    assert diff["html"] == "one three<ins> four</ins>"


def test_diff_escapes_what_it_marks():
    html = diff_html("<i>a</i> b", "<i>a</i> <script>")
    assert "<script>" not in html
    assert html.endswith("<del>b</del><ins>&lt;script&gt;</ins>")


def test_diff_compares_unspaced_scripts_by_character():
    assert diff_html("我爱北京", "我爱上海") == "我爱<del>北京</del><ins>上海</ins>"
    assert tokens("မြန်မာ") == ["မြ", "န်", "မာ"]


def test_audit_log_of_the_comment_is_shown(desk_client, make_comment, moderator):
    comment = make_comment()
    actions.approve(comment, user=moderator, revision=1)
    response = page(desk_client, comment)
    assert [e.action for e in response.context["audit"]] == ["masthead.comment.approve"]
    assert "Comment approved" in response.content.decode()


def test_the_desk_speaks_the_moderators_chosen_language(
    desk_client, make_comment, moderator
):
    UserProfile.objects.create(user=moderator, preferred_language="ko")
    response = page(desk_client, make_comment())
    assert '<html lang="ko"' in response.content.decode()


def test_edit_page_offers_approve_with_edit_only_for_pending(
    desk_client, make_comment, moderator
):
    comment = make_comment()
    url = reverse("moderation:edit", args=[comment.pk])
    assert b"Save and approve" in desk_client.get(url).content
    actions.approve(comment, user=moderator, revision=1)
    assert b"Save and approve" not in desk_client.get(url).content
