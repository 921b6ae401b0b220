"""The desk's audit trail as rows and JSON: what Wagtail's log registry holds.

A moderator gets the entries of comments on their desks; a site administrator gets
every comment entry and the changes to moderation settings as well. Entries are read
in date order and their comments checked against the desk scope a chunk at a time,
so the cost follows the number of entries, never the number of comments.
"""

import json
from datetime import datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
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
    "undoes",
)
CHUNK = 2000
# A spreadsheet opening a CSV file runs a cell that starts with one of these as a
# formula (an XLSX cell has a type, and Wagtail writes these as text).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def audit_entries(user, since=None, until=None):
    """Return the log entries of comments (and, for administrators, of settings).

    `since` and `until` are dates, both included, in the server's time zone. The
    entries still have to pass `in_scope` for a moderator.
    """
    comments = ContentType.objects.get_for_model(Comment)
    entries = ModelLogEntry.objects.filter(content_type=comments)
    if user.is_superuser:
        entries = ModelLogEntry.objects.filter(
            Q(content_type=comments) | Q(action="masthead.settings.change")
        )
    if since:
        entries = entries.filter(timestamp__gte=_start_of(since))
    if until:
        entries = entries.filter(timestamp__lt=_start_of(until + timedelta(days=1)))
    return entries.select_related("user", "content_type").order_by("timestamp", "pk")


def in_scope(user, scope, entries, chunk=CHUNK):
    """Yield the entries whose comment is on the user's desks, in their order."""
    if user.is_superuser:
        yield from entries.iterator(chunk_size=chunk)
        return
    batch = []
    for entry in entries.iterator(chunk_size=chunk):
        batch.append(entry)
        if len(batch) == chunk:
            yield from _on_desks(batch, scope)
            batch = []
    yield from _on_desks(batch, scope)


def _on_desks(batch, scope):
    ids = {int(e.object_id) for e in batch if e.object_id.isdigit()}
    if not ids:
        return []
    found = Comment.objects.filter(scope, pk__in=ids).values_list("pk", flat=True)
    allowed = {str(pk) for pk in found}
    return [entry for entry in batch if entry.object_id in allowed]


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
        "undoes": data.get("undoes", ""),
    }


def _settings_note(entry, is_comment):
    if is_comment:
        return ""
    return f"{entry.content_type.model} {entry.object_id}: {entry.label}"


def rows(entries):
    comment_type_id = ContentType.objects.get_for_model(Comment).pk
    for entry in entries:
        yield entry_row(entry, comment_type_id)


def defused(text):
    """Return `text` as a spreadsheet shows it, never runs it: quoted if it starts
    like a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def json_chunks(entries):
    """Yield a JSON array of rows piece by piece."""
    yield "["
    for index, row in enumerate(rows(entries)):
        yield ("," if index else "") + json.dumps(row, ensure_ascii=False)
    yield "]\n"
