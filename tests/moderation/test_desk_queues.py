"""The queue pages: what each holds, filters, order, paging and their cost."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from masthead.moderation import actions, queues
from masthead.moderation.queues import Filters, queue_page

from .test_desk_support import (
    admin,
    desk_client,
    korean_article,
    make_comment,
    report,
)

pytestmark = pytest.mark.django_db


def shown(client, queue="pending", **query):
    response = client.get(reverse("moderation:queue", args=[queue]), query)
    assert response.status_code == 200
    return [comment.body for comment in response.context["page"].comments]


@pytest.fixture
def one_of_each(make_comment, moderator):
    waiting = make_comment("waiting")
    published = actions.approve(make_comment("published"), user=moderator, revision=1)
    flagged = actions.approve(make_comment("flagged"), user=moderator, revision=1)
    report(flagged, note="rude")
    refused = actions.reject(
        make_comment("refused"), user=moderator, revision=1, reason="spam"
    )
    return waiting, published, flagged, refused


@pytest.mark.parametrize(
    "queue, bodies",
    [
        ("pending", ["waiting"]),
        ("reported", ["flagged"]),
        ("approved", ["published", "flagged"]),
        ("rejected", ["refused"]),
        ("all", ["waiting", "published", "flagged", "refused"]),
    ],
)
def test_each_queue_holds_its_comments_oldest_first(
    desk_client, one_of_each, queue, bodies
):
    assert shown(desk_client, queue) == bodies


def test_newest_first_toggle(desk_client, one_of_each):
    assert shown(desk_client, "all", order="newest") == [
        "refused",
        "flagged",
        "published",
        "waiting",
    ]


def test_dismissed_reports_leave_the_reported_queue(
    desk_client, one_of_each, moderator
):
    flagged = one_of_each[2]
    desk_client.post(
        reverse("moderation:dismiss_reports", args=[flagged.pk]),
        {"revision": flagged.revision, "seen_status": "approved"},
    )
    assert shown(desk_client, "reported") == []


def test_reported_row_shows_the_reports(desk_client, one_of_each):
    page = desk_client.get(reverse("moderation:queue", args=["reported"]))
    assert b"Abusive or hateful" in page.content and b"rude" in page.content
    assert b"Dismiss reports, keep it" in page.content
    assert b"Take down" in page.content


def test_tabs_count_pending_and_reported(desk_client, one_of_each):
    tabs = desk_client.get(reverse("moderation:queue", args=["pending"])).context[
        "tabs"
    ]
    counts = {tab["name"]: tab["count"] for tab in tabs}
    assert counts == {
        "pending": "1",
        "reported": "1",
        "approved": None,
        "rejected": None,
        "all": None,
    }


def test_tab_counts_stop_at_the_cap(make_comment, moderator, monkeypatch):
    from masthead.moderation.permissions import desk_scope

    monkeypatch.setattr(queues, "COUNT_CAP", 2)
    for n in range(4):
        make_comment(f"c{n}")
    assert queues.tab_counts(desk_scope(moderator))["pending"] == 3


def test_filter_by_text(desk_client, make_comment):
    make_comment("The minister lied")
    make_comment("Good reporting")
    assert shown(desk_client, q="MINISTER") == ["The minister lied"]


def test_filter_by_commenter_email_ip_hash_or_name(desk_client, make_comment):
    by_email = make_comment("by email", email="Sam@example.org", address="192.0.2.1")
    make_comment("by someone else", display_name="Kim", address="192.0.2.2")
    assert shown(desk_client, commenter="Sam@example.org") == ["by email"]
    assert shown(desk_client, commenter=by_email.ip_hash) == ["by email"]
    assert shown(desk_client, commenter="kim") == ["by someone else"]


def test_filter_by_article_and_section(
    desk_client, make_comment, make_article, en_home
):
    from masthead.news.setup import ensure_section

    elsewhere = make_article(ensure_section(en_home, "Asia", "asia"))
    make_comment("on the rail story")
    make_comment("on the Asia story", target=elsewhere)
    assert shown(desk_client, article=elsewhere.pk) == ["on the Asia story"]
    assert shown(desk_client, section=elsewhere.get_parent().pk) == [
        "on the Asia story"
    ]


def test_filter_by_edition_offers_only_the_users_editions(
    client, admin, make_comment, korean_article
):
    make_comment("English")
    make_comment("한국어", target=korean_article)
    client.force_login(admin)
    assert shown(client, edition="ko") == ["한국어"]
    assert shown(client) == ["English", "한국어"]


def test_moderator_cannot_filter_their_way_into_another_edition(
    desk_client, make_comment, korean_article
):
    make_comment("한국어", target=korean_article)
    response = desk_client.get(
        reverse("moderation:queue", args=["pending"]), {"edition": "ko"}
    )
    assert response.context["page"].comments == []
    edition_choices = dict(response.context["form"].fields["edition"].widget.choices)
    assert "ko" not in edition_choices


def test_pages_follow_each_other_without_gaps(make_comment, moderator):
    from masthead.moderation.permissions import desk_scope

    same_moment = timezone.now() - timedelta(hours=1)
    bodies = [f"c{n}" for n in range(7)]
    for body in bodies:
        make_comment(body, created_at=same_moment)  # ties are broken by id
    scope = desk_scope(moderator)
    seen, page = [], queue_page("pending", scope, Filters(), size=3)
    while True:
        seen += [c.body for c in page.comments]
        if not page.has_next:
            break
        after = queues.decode_cursor(page.next_cursor)
        page = queue_page("pending", scope, Filters(), after=after, size=3)
    assert seen == bodies
    before = queues.decode_cursor(page.previous_cursor)
    previous = queue_page("pending", scope, Filters(), before=before, size=3)
    assert [c.body for c in previous.comments] == ["c3", "c4", "c5"]


def test_all_queue_merges_statuses_across_pages(make_comment, moderator):
    from masthead.moderation.permissions import desk_scope

    for n in range(6):
        comment = make_comment(f"c{n}")
        if n % 2:
            actions.approve(comment, user=moderator, revision=1)
    scope = desk_scope(moderator)
    first = queue_page("all", scope, Filters(newest_first=True), size=4)
    after = queues.decode_cursor(first.next_cursor)
    second = queue_page("all", scope, Filters(newest_first=True), after=after, size=4)
    bodies = [c.body for c in first.comments + second.comments]
    assert bodies == ["c5", "c4", "c3", "c2", "c1", "c0"]
    assert not second.has_next


def test_queue_links_to_the_next_page(desk_client, make_comment, monkeypatch):
    monkeypatch.setattr(queues, "PAGE_SIZE", 2)
    for n in range(3):
        make_comment(f"c{n}")
    page = desk_client.get(reverse("moderation:queue", args=["pending"]))
    assert [c.body for c in page.context["page"].comments] == ["c0", "c1"]
    assert b'rel="next"' in page.content
    cursor = page.context["page"].next_cursor
    assert shown(desk_client, after=cursor) == ["c2"]


def test_garbled_cursor_and_filters_fall_back_to_the_first_page(
    desk_client, make_comment
):
    make_comment("still here")
    assert shown(desk_client, after="not-a-cursor", article="x") == ["still here"]


def test_row_text_is_escaped_with_line_breaks_kept(desk_client, make_comment):
    make_comment("<script>alert(1)</script>\nsecond line")
    content = desk_client.get(reverse("moderation:queue", args=["pending"])).content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;<br>second line" in content
    assert b"<script>alert(1)" not in content


def test_row_carries_the_keyboard_data_and_the_triage_slot(desk_client, make_comment):
    comment = make_comment()
    content = desk_client.get(reverse("moderation:queue", args=["pending"])).content
    approve = reverse("moderation:approve", args=[comment.pk]).encode()
    assert b'data-approve-url="' + approve + b'"' in content
    assert b'<div class="triage"' in content and b"No triage notes" in content
    assert f'value="{comment.pk}:1:pending" form="bulk"'.encode() in content


def test_reply_row_shows_its_parent(desk_client, make_comment, moderator):
    parent = actions.approve(
        make_comment("The parent says hi"), user=moderator, revision=1
    )
    make_comment("A reply", parent=parent)
    content = desk_client.get(reverse("moderation:queue", args=["pending"])).content
    assert b"In reply to Reader" in content and b"The parent says hi" in content


def queries_for_pending_queue(client):
    url = reverse("moderation:queue", args=["pending"])
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def make_busy_rows(make_comment, moderator, count, start):
    parent = actions.approve(make_comment("parent"), user=moderator, revision=1)
    report(parent)
    for n in range(start, start + count):
        make_comment(
            f"comment {n}",
            email=f"reader{n}@example.org",
            address=f"192.0.2.{n}",
            parent=parent if n % 2 else None,
        )


def test_pending_queue_query_count_does_not_grow_with_comments(
    desk_client, make_comment, moderator
):
    make_busy_rows(make_comment, moderator, 2, 0)
    queries_for_pending_queue(desk_client)  # Wagtail caches the site's root paths
    few = queries_for_pending_queue(desk_client)
    make_busy_rows(make_comment, moderator, 30, 10)
    many = queries_for_pending_queue(desk_client)
    assert few == many
    assert many <= 15


def test_all_queue_query_count_is_bounded(desk_client, make_comment, moderator):
    make_busy_rows(make_comment, moderator, 20, 0)
    url = reverse("moderation:queue", args=["all"])
    desk_client.get(url)
    with CaptureQueriesContext(connection) as captured:
        desk_client.get(url)
    # One query per status more than a single queue: "All" merges three indexes.
    assert len(captured.captured_queries) <= 17
