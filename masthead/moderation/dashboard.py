"""How each desk is doing: what waits, for how long, and how fast it is decided.

The median is computed in Python over a bounded query so it reads the same on SQLite
and PostgreSQL; each figure is one grouped query over all the user's desks.

The decisions of the last week are read through the (edition, decided_at) index.
"""

import statistics
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Min
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from masthead.comments.models import Comment, CommentStatus
from masthead.core import queue

from .queues import edition_name, status_queryset

WINDOWS = {"day": timedelta(hours=24), "week": timedelta(days=7)}
# Enough decisions for a sound median; more only costs time.
MEDIAN_SAMPLE = 50_000
DECIDED = (CommentStatus.APPROVED, CommentStatus.REJECTED)


@dataclass
class DeskStats:
    edition: str
    now: object  # the moment the figures were taken
    pending: int = 0
    oldest_pending: object = None  # datetime of the oldest pending comment
    reported: int = 0
    median_day: timedelta | None = None
    median_week: timedelta | None = None
    decided_day: int = 0
    decided_week: int = 0

    @property
    def name(self):
        return edition_name(self.edition)

    @property
    def oldest_age(self):
        return self.now - self.oldest_pending if self.oldest_pending else None

    @property
    def oldest_text(self):
        return duration_text(self.oldest_age)

    @property
    def median_day_text(self):
        return duration_text(self.median_day)

    @property
    def median_week_text(self):
        return duration_text(self.median_week)


def desk_stats(editions, scope, now=None):
    """Return one DeskStats per edition, in the order given."""
    now = now or timezone.now()
    stats = {code: DeskStats(code, now) for code in editions}
    scoped = Comment.objects.filter(scope, edition__in=editions).order_by()
    pending = scoped.filter(status=CommentStatus.PENDING).values("edition")
    for row in pending.annotate(n=Count("pk"), oldest=Min("created_at")):
        stats[row["edition"]].pending = row["n"]
        stats[row["edition"]].oldest_pending = row["oldest"]
    reported = status_queryset("reported", scope).filter(edition__in=editions)
    for row in reported.order_by().values("edition").annotate(n=Count("pk")):
        stats[row["edition"]].reported = row["n"]
    _add_medians(stats, scoped, now)
    return list(stats.values())


def _add_medians(stats, scoped, now):
    since = now - WINDOWS["week"]
    decided = scoped.filter(status__in=DECIDED, decided_at__gte=since).values_list(
        "edition", "created_at", "decided_at"
    )
    waits = {code: {"day": [], "week": []} for code in stats}
    for edition, created_at, decided_at in decided[:MEDIAN_SAMPLE]:
        wait = max(decided_at - created_at, timedelta(0))
        waits[edition]["week"].append(wait)
        if decided_at >= now - WINDOWS["day"]:
            waits[edition]["day"].append(wait)
    for code, desk in stats.items():
        desk.decided_day = len(waits[code]["day"])
        desk.decided_week = len(waits[code]["week"])
        desk.median_day = median(waits[code]["day"])
        desk.median_week = median(waits[code]["week"])


def median(durations):
    """Return the median of a list of timedeltas, or None for an empty list."""
    if not durations:
        return None
    seconds = statistics.median(d.total_seconds() for d in durations)
    return timedelta(seconds=seconds)


def duration_text(delta):
    """Return a duration in words in the active language ("3 hours, 12 minutes")."""
    if delta is None:
        return ""
    if delta < timedelta(minutes=1):
        return _("under a minute")
    reference = timezone.now()
    return timesince(reference - delta, reference, depth=2)


DEAD_LETTERS_SHOWN = 5
SEES_DEAD_LETTERS = "django_tasks_db.view_dbtaskresult"


@dataclass
class DeadLetters:
    """Tasks that failed every attempt: how many, and the newest with their error."""

    count: int
    newest: list


def dead_letters_for(user):
    """Return the dead letters for staff allowed to see task results, else None."""
    if not user.has_perm(SEES_DEAD_LETTERS):
        return None
    jobs = queue.dead_letters()
    newest = [
        {"task": job.task_name, "at": job.finished_at, "error": queue.error_line(job)}
        for job in jobs.only(
            "task_path", "finished_at", "traceback", "exception_class_path"
        )[:DEAD_LETTERS_SHOWN]
    ]
    return DeadLetters(jobs.count(), newest)
