"""The desk's landing page: per desk, what waits and how fast it is decided."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from masthead.comments.models import Comment
from masthead.moderation import actions
from masthead.moderation.dashboard import desk_stats, duration_text, median
from masthead.moderation.permissions import desk_scope
from tests.queues import DATABASE_QUEUE

from .test_desk_support import (
    admin,
    desk_client,
    korean_article,
    make_comment,
    report,
)

pytestmark = pytest.mark.django_db


def decided(comment, user, waited, ago):
    """Approve `comment` as if it waited `waited` and was decided `ago` ago."""
    actions.approve(comment, user=user, revision=1)
    decided_at = timezone.now() - ago
    Comment.objects.filter(pk=comment.pk).update(
        created_at=decided_at - waited, decided_at=decided_at
    )


def test_median_of_durations():
    minutes = [timedelta(minutes=n) for n in (1, 5, 60)]
    assert median(minutes) == timedelta(minutes=5)
    assert median(minutes[:2]) == timedelta(minutes=3)
    assert median([]) is None


def test_desk_figures(make_comment, moderator):
    now = timezone.now()
    make_comment(created_at=now - timedelta(hours=5))
    make_comment(created_at=now - timedelta(hours=1))
    shown = make_comment()
    decided(shown, moderator, timedelta(minutes=10), timedelta(hours=2))
    report(shown)
    for wait in (20, 30):
        decided(make_comment(), moderator, timedelta(minutes=wait), timedelta(hours=3))
    decided(make_comment(), moderator, timedelta(hours=8), timedelta(days=3))
    decided(make_comment(), moderator, timedelta(hours=9), timedelta(days=4))
    decided(make_comment(), moderator, timedelta(days=1), timedelta(days=9))
    (desk,) = desk_stats(["en"], desk_scope(moderator), now)
    assert desk.pending == 2
    assert desk.oldest_age == pytest.approx(
        timedelta(hours=5), abs=timedelta(seconds=5)
    )
    assert desk.reported == 1
    assert (desk.decided_day, desk.median_day) == (3, timedelta(minutes=20))
    assert (desk.decided_week, desk.median_week) == (5, timedelta(minutes=30))


def test_a_desk_with_nothing_decided_says_so(make_comment, moderator):
    (desk,) = desk_stats(["en"], desk_scope(moderator))
    assert (desk.pending, desk.median_day, desk.oldest_age) == (0, None, None)


def test_dashboard_lists_each_desk_of_the_user(desk_client, make_comment):
    make_comment(created_at=timezone.now() - timedelta(hours=2, minutes=5))
    response = desk_client.get(reverse("moderation:dashboard"))
    (desk,) = response.context["desks"]
    assert desk.edition == "en" and desk.pending == 1
    content = response.content.decode()
    assert 'href="/moderation/queue/pending/?edition=en">1</a>' in content
    assert "2\xa0hours, 5\xa0minutes" in content


def test_administrator_sees_every_desk(client, admin, make_comment, korean_article):
    make_comment("한국어", target=korean_article)
    client.force_login(admin)
    desks = client.get(reverse("moderation:dashboard")).context["desks"]
    assert len(desks) == 10
    assert {d.edition: d.pending for d in desks}["ko"] == 1


def test_medians_are_per_desk(client, admin, make_comment, korean_article, moderator):
    decided(make_comment(), moderator, timedelta(minutes=4), timedelta(hours=1))
    decided(
        make_comment(target=korean_article),
        admin,
        timedelta(minutes=40),
        timedelta(hours=1),
    )
    stats = {d.edition: d for d in desk_stats(["en", "ko"], desk_scope(admin))}
    assert stats["en"].median_day == timedelta(minutes=4)
    assert stats["ko"].median_day == timedelta(minutes=40)


def test_durations_read_as_words():
    assert duration_text(timedelta(seconds=20)) == "under a minute"
    assert duration_text(timedelta(hours=3, minutes=12)) == "3\xa0hours, 12\xa0minutes"
    assert duration_text(None) == ""


def test_dashboard_query_count_is_small(desk_client, make_comment, moderator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(10):
        decided(make_comment(), moderator, timedelta(minutes=n), timedelta(hours=1))
    with CaptureQueriesContext(connection) as captured:
        desk_client.get(reverse("moderation:dashboard"))
    assert len(captured.captured_queries) <= 10


def test_a_comment_that_waited_weeks_counts_in_the_median(make_comment, moderator):
    decided(make_comment(), moderator, timedelta(days=15), timedelta(hours=1))
    decided(make_comment(), moderator, timedelta(days=15), timedelta(hours=2))
    (desk,) = desk_stats(["en"], desk_scope(moderator))
    assert (desk.decided_day, desk.median_day) == (2, timedelta(days=15))


@pytest.fixture
def mail_that_always_fails(settings):
    """A notice queued in the database queue, for a mail server that is down."""
    from masthead.comments.mailing import queue_mail, render_message

    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = "tests.comments.test_mailing.BrokenMailServer"
    settings.MASTHEAD_TASK_ATTEMPTS = 2
    settings.MASTHEAD_TASK_RETRY_SECONDS = 0
    message = render_message(
        "moderation/mail/digest",
        {"count": 3, "desk": "English", "age": "2 hours", "link": "http://x/"},
        "en",
    )
    queue_mail(message, ["mina@example.org"])


@pytest.mark.django_db(transaction=True)
def test_a_task_that_keeps_failing_shows_on_the_dashboard_as_a_dead_letter(
    client, admin, mail_that_always_fails
):
    from django.core.management import call_command

    call_command("db_worker", "--batch", "--backend", "comments", "--no-startup-delay")
    client.force_login(admin)
    response = client.get(reverse("moderation:dashboard"))
    dead = response.context["dead_letters"]
    assert dead.count == 1
    assert dead.newest[0]["task"] == "deliver_mail"
    content = response.content.decode()
    assert "1 task failed every attempt" in content
    assert "ConnectionRefusedError: mail server down" in content


@pytest.mark.django_db(transaction=True)
def test_moderators_are_not_shown_failed_tasks(desk_client, mail_that_always_fails):
    from django.core.management import call_command

    call_command("db_worker", "--batch", "--backend", "comments", "--no-startup-delay")
    response = desk_client.get(reverse("moderation:dashboard"))
    assert response.context["dead_letters"] is None
    assert "mail server down" not in response.content.decode()
