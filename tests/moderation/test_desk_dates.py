"""Dates on the desk: one format per language, absolute with the age as a hint."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

import re
from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from masthead.moderation import actions

from .test_desk_support import desk_client, make_comment

pytestmark = pytest.mark.django_db

# "Dec 3, 2026, 2:05 PM (5 minutes ago)", as CLDR writes English dates.
ENGLISH = re.compile(r"^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M \(.+ ago\)$")


def times(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return soup.find_all("time")


def test_queue_row_gives_the_date_and_its_age_in_a_time_element(
    desk_client, make_comment
):
    created = timezone.now() - timedelta(minutes=5, seconds=10)
    comment = make_comment(created_at=created)
    (time,) = times(desk_client, reverse("moderation:queue", args=["pending"]))
    assert ENGLISH.match(time.get_text()), time.get_text()
    assert time.get_text().endswith("(5 minutes ago)")
    assert datetime.fromisoformat(time["datetime"]) == created.replace(microsecond=0)
    assert comment.pk


def test_every_date_on_the_comment_page_has_the_same_format(
    desk_client, make_comment, moderator
):
    comment = make_comment()
    actions.approve(comment, user=moderator, revision=1)
    found = times(desk_client, reverse("moderation:comment", args=[comment.pk]))
    assert len(found) >= 3  # decided, revision, audit entry
    assert all(ENGLISH.match(time.get_text()) for time in found), found


def test_the_audit_log_writes_dates_as_the_queue_does(
    desk_client, make_comment, moderator
):
    actions.approve(make_comment(), user=moderator, revision=1)
    (time,) = times(desk_client, reverse("moderation:audit"))
    assert ENGLISH.match(time.get_text()), time.get_text()


def test_a_uyghur_moderator_reads_dates_in_uyghur_in_urumqi_time(
    client, make_moderator, ug_home, make_article
):
    from masthead.news.setup import ensure_section

    from .test_desk_support import store_comment

    article = make_article(ensure_section(ug_home, "خەۋەر", "news"), title="خەۋەر")
    store_comment(article, created_at=datetime(2026, 12, 3, 14, 5, tzinfo=UTC))
    client.force_login(make_moderator("moderator-ug", edition="ug"))
    (time,) = times(client, reverse("moderation:queue", args=["pending"]))
    assert time.get_text().startswith("2026 3-دېكابىر، 20:05 (")
    assert time.get_text().endswith("ئىلگىرى)")
    assert time["datetime"] == "2026-12-03T20:05:00+06:00"


def test_the_moderators_time_zone_does_not_outlive_the_desk_request(
    client, make_moderator
):
    client.force_login(make_moderator("moderator-ug", edition="ug"))
    client.get(reverse("moderation:queue", args=["pending"]))
    assert timezone.get_current_timezone_name() == "UTC"
