"""The site's queue figures, read from the database when Prometheus asks.

Why at scrape time and not as counters kept by the processes that do the work:
comments are posted, decided and baked in every worker process of every server,
and the task workers are processes of their own. The database is the one place
that holds the whole site's truth, so any process that answers the scrape reports
the same figures, and nothing is lost when a process restarts.
"""

from datetime import timedelta

from django.apps import apps
from django.db.models import Count, Min
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from prometheus_client.core import GaugeMetricFamily
from wagtail.models import ModelLogEntry

from masthead.comments.models import Comment
from masthead.core.tasks import due_jobs, longest_wait

DECISION_ACTIONS = "masthead.comment."
# The mirror's task that bakes pages again, named so this app need not import it.
BAKE_TASK = "masthead.mirror.purging.bake_change"


def gauge(name, documentation, labels=()):
    return GaugeMetricFamily(name, documentation, labels=list(labels))


def count_and_oldest(queryset, label, since, families, now):
    """Fill a (count, age of the oldest) pair of gauges from `queryset`, grouped
    by the field `label`, the age measured from the time field `since`."""
    count, oldest = families
    rows = queryset.values(label).annotate(rows=Count("pk"), since=Min(since))
    for row in rows:
        count.add_metric([row[label]], row["rows"])
        oldest.add_metric([row[label]], (now - row["since"]).total_seconds())
    return [count, oldest]


def pending_comments(now):
    count = gauge(
        "masthead_pending_comments",
        "Comments waiting for a moderator's decision, by edition.",
        ["edition"],
    )
    oldest = gauge(
        "masthead_oldest_pending_comment_seconds",
        "How long the oldest comment waiting for a decision has waited, by edition.",
        ["edition"],
    )
    waiting = Comment.objects.pending()
    return count_and_oldest(waiting, "edition", "created_at", (count, oldest), now)


def decisions(now):
    family = gauge(
        "masthead_decisions_last_minute",
        "Decisions written to the audit log in the last 60 seconds, by action.",
        ["action"],
    )
    rows = (
        ModelLogEntry.objects.filter(
            action__startswith=DECISION_ACTIONS,
            timestamp__gte=now - timedelta(minutes=1),
        )
        .values("action")
        .annotate(made=Count("pk"))
    )
    for row in rows:
        family.add_metric([row["action"].removeprefix(DECISION_ACTIONS)], row["made"])
    return [family]


def task_queue(now):
    waiting = gauge(
        "masthead_task_queue_due_jobs",
        "Jobs due and waiting for a task worker, by task.",
        ["task"],
    )
    oldest = gauge(
        "masthead_task_queue_oldest_seconds",
        "How long the longest-waiting due job has waited, by task.",
        ["task"],
    )
    jobs = due_jobs(now)
    return count_and_oldest(jobs, "task_path", "waiting_since", (waiting, oldest), now)


def task_failures():
    family = gauge(
        "masthead_task_failures",
        "Jobs that failed and are kept in the queue's table, by task.",
        ["task"],
    )
    rows = (
        DBTaskResult.objects.filter(status=TaskResultStatus.FAILED)
        .values("task_path")
        .annotate(failed=Count("pk"))
    )
    for row in rows:
        family.add_metric([row["task_path"]], row["failed"])
    return [family]


def bake_lag(now):
    """How long a purged page has waited to be baked again; 0 when none waits."""
    family = gauge(
        "masthead_bake_lag_seconds",
        "How long the oldest due job baking pages again has waited (0: none waits).",
    )
    waited = longest_wait(now, BAKE_TASK)
    family.add_metric([], waited.total_seconds() if waited else 0)
    return [family]


class QueueFigures:
    """A Prometheus collector of the figures above."""

    def collect(self):
        now = timezone.now()
        yield from pending_comments(now)
        yield from decisions(now)
        yield from task_queue(now)
        yield from task_failures()
        if apps.is_installed("masthead.mirror"):
            yield from bake_lag(now)
