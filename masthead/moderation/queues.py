"""The desk's queues as queries: indexed, scoped, and paged by keyset.

A queue page never counts or offsets over the whole table. Rows are ordered by
(created_at, pk) and a page starts after (or before) a cursor naming the last row
seen, so page 1,000 costs what page 1 costs. Every status queue walks one of the
(status, [edition,] created_at) indexes; "All" merges the three status queues.
"Priority first" orders Pending by (-priority, created_at, pk), with the priority in
the cursor, along the (status, edition, priority, created_at) index.
"""

import heapq
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import Q
from django.db.models.functions import Upper
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from masthead.comments.models import Comment, CommentStatus, Report
from masthead.core.editions import UnknownEdition, get_edition
from masthead.core.numbers import LARGEST_ID
from masthead.triage.display import attach_verdicts, with_verdicts

PAGE_SIZE = 50
# Tab counts stop here: counting a million approved comments is not worth a wait.
COUNT_CAP = 1000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

QUEUES = {
    "pending": _("Pending"),
    "reported": _("Reported"),
    "approved": _("Approved"),
    "rejected": _("Rejected"),
    "all": _("All"),
}
STATUSES = (CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.REJECTED)


@dataclass(frozen=True)
class Filters:
    """What the moderator narrowed the queue to; empty values filter nothing."""

    edition: str = ""
    section: int | None = None
    article: int | None = None
    commenter: str = ""
    text: str = ""
    newest_first: bool = False
    priority_first: bool = False  # Pending only: highest triage priority first


@dataclass
class Page:
    comments: list
    first: bool
    has_next: bool
    has_previous: bool
    by_priority: bool = False

    @property
    def next_cursor(self):
        if not self.comments:
            return ""
        return encode_cursor(self.comments[-1], self.by_priority)

    @property
    def previous_cursor(self):
        if not self.comments:
            return ""
        return encode_cursor(self.comments[0], self.by_priority)


# A priority travels in a cursor as its distance below the largest one, so the
# cursor never holds a minus sign of its own.
PRIORITY_TOP = 32767
LARGEST_MICROS = (datetime.max.replace(tzinfo=UTC) - EPOCH) // timedelta(microseconds=1)


def encode_cursor(comment, by_priority=False):
    micros = (comment.created_at - EPOCH) // timedelta(microseconds=1)
    if by_priority:
        return f"{micros}-{comment.pk}-{PRIORITY_TOP - comment.priority}"
    return f"{micros}-{comment.pk}"


def decode_cursor(value):
    """Return (created_at, pk[, priority]) from a cursor, or None if not one of ours."""
    try:
        numbers = [int(part) for part in (value or "").split("-")]
    except ValueError:
        return None
    if len(numbers) not in (2, 3) or min(numbers) < 0:
        return None
    if numbers[0] > LARGEST_MICROS or numbers[1] > LARGEST_ID:
        return None  # past what a datetime or an id column holds: not ours
    if len(numbers) == 3 and numbers[2] > 2 * PRIORITY_TOP + 1:
        return None
    cursor = (EPOCH + timedelta(microseconds=numbers[0]), numbers[1])
    return cursor + (PRIORITY_TOP - numbers[2],) if len(numbers) == 3 else cursor


def open_reports():
    return Report.objects.filter(resolved_at__isnull=True)


def status_queryset(queue, scope):
    """Return the scoped comments of one queue other than "all"."""
    comments = Comment.objects.filter(scope)
    if queue == "reported":
        # Reach the few reported comments through their ids. Tested plainly, the
        # status lets SQLite (without ANALYZE statistics) walk the desk's (status,
        # edition) index over every approved comment instead: 30 times slower.
        reported = open_reports().values("comment_id")
        approved = CommentStatus.APPROVED.upper()
        return comments.alias(state=Upper("status")).filter(
            pk__in=reported, state=approved
        )
    return comments.filter(status=queue)


def commenter_q(value):
    """Match a commenter by email, IP hash or display name, each on its own index."""
    value = value.strip()
    if "@" in value:
        return Q(email__in={value, value.lower()})
    return Q(ip_hash=value) | Q(display_name__iexact=value)


def filtered(queryset, filters):
    if filters.edition:
        queryset = queryset.filter(edition=filters.edition)
    if filters.section:
        queryset = queryset.filter(section_id=filters.section)
    if filters.article:
        queryset = queryset.filter(article_id=filters.article)
    if filters.commenter:
        queryset = queryset.filter(commenter_q(filters.commenter))
    if filters.text:
        queryset = queryset.filter(body__icontains=filters.text)
    return queryset


def _beyond(cursor, ascending):
    """Rows after `cursor` in the given direction, as a range the index can seek."""
    created, pk = cursor[:2]
    if ascending:
        return Q(created_at__gte=created) & (Q(created_at__gt=created) | Q(pk__gt=pk))
    return Q(created_at__lte=created) & (Q(created_at__lt=created) | Q(pk__lt=pk))


def _beyond_by_priority(cursor, ascending):
    """Rows after `cursor` when Pending is ordered by (-priority, created_at, pk)."""
    if len(cursor) < 3:
        return _beyond(cursor, ascending)
    priority = cursor[2]
    same = Q(priority=priority) & _beyond(cursor, ascending)
    if ascending:
        return Q(priority__lt=priority) | same
    return Q(priority__gt=priority) | same


def _ordered_by_priority(queryset, ascending):
    if ascending:
        return queryset.order_by("-priority", "created_at", "pk")
    return queryset.order_by("priority", "-created_at", "-pk")


def _ordered(queryset, ascending):
    return queryset.order_by(
        *(("created_at", "pk") if ascending else ("-created_at", "-pk"))
    )


def attach_open_reports(comments):
    """Give each comment its open reports (`open_report_list`) in one query."""
    by_comment = {comment.pk: comment for comment in comments}
    for comment in comments:
        comment.open_report_list = []
    if by_comment:
        reports = open_reports().filter(comment_id__in=by_comment)
        for report in reports.order_by("created_at"):
            by_comment[report.comment_id].open_report_list.append(report)
    return comments


def by_priority(queue, filters):
    return queue == "pending" and filters.priority_first


def _rows(queryset, whole):
    """Comments as a queue page shows them (article, parent, verdicts), or only
    enough of them to name the next one."""
    if whole:
        return with_verdicts(queryset.select_related("article", "parent"))
    return queryset.only("pk", "created_at", "priority")


def _fetch(queue, scope, filters, cursor, ascending, limit, *, whole=True):
    if by_priority(queue, filters):
        queryset = filtered(status_queryset(queue, scope), filters)
        if cursor:
            queryset = queryset.filter(_beyond_by_priority(cursor, ascending))
        queryset = _rows(queryset, whole)
        return list(_ordered_by_priority(queryset, ascending)[:limit])
    querysets = (
        [status_queryset(status, scope) for status in STATUSES]
        if queue == "all"
        else [status_queryset(queue, scope)]
    )
    chunks = []
    for queryset in querysets:
        queryset = filtered(queryset, filters)
        if cursor:
            queryset = queryset.filter(_beyond(cursor, ascending))
        rows = _ordered(_rows(queryset, whole), ascending)
        chunks.append(list(rows[:limit]))
    if len(chunks) == 1:
        return chunks[0]
    merged = heapq.merge(
        *chunks, key=lambda c: (c.created_at, c.pk), reverse=not ascending
    )
    return list(merged)[:limit]


def queue_page(queue, scope, filters, *, after=None, before=None, size=None):
    """Return one Page of a queue, starting after or ending before a cursor."""
    size = size or PAGE_SIZE
    ascending = not filters.newest_first
    priority = by_priority(queue, filters)
    if before:
        rows = _fetch(queue, scope, filters, before, not ascending, size + 1)
        more = len(rows) > size
        comments = attach_row_data(rows[:size][::-1])
        return Page(comments, not more, True, more, by_priority=priority)
    rows = _fetch(queue, scope, filters, after, ascending, size + 1)
    return Page(
        attach_row_data(rows[:size]),
        first=after is None,
        has_next=len(rows) > size,
        has_previous=after is not None,
        by_priority=priority,
    )


def attach_row_data(comments):
    """Give a page's comments their open reports and their triage verdicts."""
    return attach_verdicts(attach_open_reports(comments))


def next_in_queue(queue, scope, filters, comment):
    """Return the comment that follows `comment` in the queue, or None.

    Only its key fields are read: a decision needs it just to name where to go.
    """
    rows = _fetch(
        queue,
        scope,
        filters,
        (comment.created_at, comment.pk, comment.priority),
        not filters.newest_first,
        1,
        whole=False,
    )
    return rows[0] if rows else None


def tab_counts(scope, queues=("pending", "reported")):
    """Return {queue: count} for the cheap queues, each count stopping at COUNT_CAP."""
    return {
        queue: status_queryset(queue, scope).values("pk")[: COUNT_CAP + 1].count()
        for queue in queues
    }


def edition_name(code):
    """Return the edition's language named in the language the desk speaks."""
    edition = get_edition(code)
    try:
        return edition.service_language_name(translation.get_language())
    except UnknownEdition:
        return edition.english_name
