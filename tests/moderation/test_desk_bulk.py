"""The bulk bar: the selected count, select all on the page or all the filter
matches (confirmed with the count), each comment decided as it was shown."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from masthead.comments.models import Comment
from masthead.moderation import actions

from .test_desk_support import desk_client, korean_article, make_comment

pytestmark = pytest.mark.django_db

PENDING_QUEUE = "/moderation/queue/pending/"


def confirmation_url(queue_url):
    return reverse("moderation:bulk_matching") + "?" + urlencode({"queue": queue_url})


def carried(page):
    return re.findall(r'name="selected" value="([^"]+)"', page.content.decode())


def test_bar_counts_the_selection_and_offers_both_selections(desk_client, make_comment):
    for n in range(3):
        make_comment(f"Comment {n}")
    html = desk_client.get(PENDING_QUEUE).content.decode()
    assert "data-selected-count" in html
    assert "Select all on this page" in html
    assert "Select all 3 matching this filter" in html
    assert 'data-confirm="Select all 3 comments matching this filter?"' in html
    assert confirmation_url(PENDING_QUEUE).replace("&", "&amp;") in html


def test_matching_count_follows_the_filter(desk_client, make_comment):
    make_comment("Trains are late")
    make_comment("Trains are early")
    make_comment("Buses")
    html = desk_client.get(PENDING_QUEUE + "?q=Trains").content.decode()
    assert "Select all 2 matching this filter" in html


def test_confirmation_page_names_the_count_and_carries_each_comment(
    desk_client, make_comment, korean_article
):
    first, second = make_comment("One"), make_comment("Two")
    make_comment("다른 데스크", target=korean_article)
    page = desk_client.get(confirmation_url(PENDING_QUEUE))
    assert page.status_code == 200
    assert "Select all 2 comments matching this filter" in page.content.decode()
    assert carried(page) == [f"{first.pk}:1:pending", f"{second.pk}:1:pending"]


def test_confirmed_bulk_skips_a_comment_changed_since_and_reports_it(
    desk_client, make_comment, moderator
):
    first, second = make_comment("One"), make_comment("Two")
    selected = carried(desk_client.get(confirmation_url(PENDING_QUEUE)))
    actions.edit(second, user=moderator, revision=1, body="Changed", reason="spam")
    desk_client.post(
        reverse("moderation:bulk"),
        {"action": "approve", "selected": selected, "queue": PENDING_QUEUE},
    )
    statuses = [Comment.objects.get(pk=c.pk).status for c in (first, second)]
    assert statuses == ["approved", "pending"]
    shown = [str(m) for m in desk_client.get(PENDING_QUEUE).context["messages"]]
    assert "1 comment approved." in shown
    assert any(m.startswith(f"#{second.pk}: ") for m in shown)


def test_confirmation_page_of_a_foreign_url_shows_the_pending_queue(
    desk_client, make_comment
):
    make_comment("One")
    page = desk_client.get(confirmation_url("https://example.org/moderation/"))
    assert len(carried(page)) == 1
    assert 'href="/moderation/queue/pending/"' in page.content.decode()


def test_confirmation_page_is_for_moderators_only(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("editor"))
    assert client.get(confirmation_url(PENDING_QUEUE)).status_code == 403
