"""The desk's audit trail as rows, CSV and JSON: what Wagtail's log registry holds.

A moderator gets the entries of comments on their desks; a site administrator gets
every comment entry and the changes to moderation settings as well.
"""

import csv
import json
from datetime import datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import ModelLogEntry

from masthead.comments.models import Comment

FIELDS = (
    "time",
    "actor",
    "action",
    "comment",
    "revision_before",
    "revision_after",
    "status_before",
    "status_after",
    "reason",
    "note",
)
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def audit_entries(user, scope, since=None, until=None):
    """Return the log entries the user may export, oldest first.

    `since` and `until` are dates, both included, in the server's time zone.
    """
    comments = ContentType.objects.get_for_model(Comment)
    if user.is_superuser:
        entries = ModelLogEntry.objects.filter(
            Q(content_type=comments) | Q(action="masthead.settings.change")
        )
    else:
        keys = (
            Comment.objects.filter(scope)
            .annotate(key=Cast("pk", CharField()))
            .values("key")
        )
        entries = ModelLogEntry.objects.filter(
            content_type=comments, object_id__in=keys
        )
    if since:
        entries = entries.filter(timestamp__gte=_start_of(since))
    if until:
        entries = entries.filter(timestamp__lt=_start_of(until + timedelta(days=1)))
    return entries.select_related("user", "content_type").order_by("timestamp", "pk")


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def entry_row(entry, comment_type_id):
    """Return one entry as a dict with the FIELDS keys."""
    data = entry.data or {}
    is_comment = entry.content_type_id == comment_type_id
    return {
        "time": entry.timestamp.isoformat(),
        "actor": entry.user.get_username() if entry.user else "",
        "action": entry.action,
        "comment": int(entry.object_id) if is_comment else None,
        "revision_before": data.get("revision_before"),
        "revision_after": data.get("revision_after"),
        "status_before": data.get("status_before", ""),
        "status_after": data.get("status_after", ""),
        "reason": data.get("reason", ""),
        "note": data.get("note", "") or _settings_note(entry, is_comment),
    }


def _settings_note(entry, is_comment):
    if is_comment:
        return ""
    return f"{entry.content_type.model} {entry.object_id}: {entry.label}"


def rows(entries):
    comment_type_id = ContentType.objects.get_for_model(Comment).pk
    for entry in entries.iterator(chunk_size=2000):
        yield entry_row(entry, comment_type_id)


class _Echo:
    def write(self, value):
        return value


def _cell(value):
    if value is None:
        return ""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_lines(entries):
    """Yield the CSV text line by line, so a long trail streams."""
    writer = csv.writer(_Echo())
    yield writer.writerow(FIELDS)
    for row in rows(entries):
        yield writer.writerow([_cell(row[name]) for name in FIELDS])


def json_chunks(entries):
    """Yield a JSON array of rows piece by piece."""
    yield "["
    for index, row in enumerate(rows(entries)):
        yield ("," if index else "") + json.dumps(row, ensure_ascii=False)
    yield "]\n"
