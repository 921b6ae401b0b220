"""The audit trail: exports of the desk's entries, and settings changes recorded."""

# Fixtures are imported from test_desk_support and named again as arguments.
# ruff: noqa: F401, F811

import csv
import io
import json
from datetime import timedelta

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from masthead.moderation import actions
from masthead.moderation.models import DeskAssignment, RejectionReason

from .test_desk_support import (
    admin,
    desk_client,
    korean_article,
    korean_desk,
    make_comment,
)

pytestmark = pytest.mark.django_db


def download(client, name, **query):
    response = client.get(reverse(f"moderation:{name}"), query)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return b"".join(response.streaming_content).decode()


def csv_rows(client, **query):
    return list(csv.DictReader(io.StringIO(download(client, "audit_csv", **query))))


def xlsx_rows(client, **query):
    """Return the XLSX download's rows as dicts, its cells as the workbook types
    them."""
    content = download_bytes(client, "audit_xlsx", **query)
    sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
    header, *rows = sheet.iter_rows()
    names = [cell.value for cell in header]
    return [dict(zip(names, row, strict=True)) for row in rows]


def download_bytes(client, name, **query):
    response = client.get(reverse(f"moderation:{name}"), query)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return b"".join(response.streaming_content)


@pytest.fixture
def decided(make_comment, moderator):
    """One comment approved, edited after approval and taken down."""
    comment = make_comment("Fine words")
    comment = actions.approve(comment, user=moderator, revision=1)
    comment = actions.edit(
        comment,
        user=moderator,
        revision=1,
        body="Fine",
        reason="abuse",
        note="trimmed",
        seen_status="approved",
    )
    actions.reject(
        comment, user=moderator, revision=2, reason="spam", seen_status="approved"
    )
    return comment


def test_csv_has_one_row_per_decision(desk_client, decided):
    rows = csv_rows(desk_client)
    assert [row["action"] for row in rows] == [
        "masthead.comment.approve",
        "masthead.comment.edit",
        "masthead.comment.reject",
    ]
    edit = rows[1]
    assert edit["actor"] == "mina" and edit["comment"] == str(decided.pk)
    assert (edit["revision_before"], edit["revision_after"]) == ("1", "2")
    assert (edit["reason"], edit["note"]) == ("abuse", "trimmed")
    assert rows[2]["status_before"] == "approved"
    assert rows[2]["status_after"] == "rejected"
    assert rows[0]["time"].startswith(str(timezone.now().year))


def test_json_has_the_same_entries(desk_client, decided):
    entries = json.loads(download(desk_client, "audit_json"))
    assert [e["action"] for e in entries] == [
        "masthead.comment.approve",
        "masthead.comment.edit",
        "masthead.comment.reject",
    ]
    assert entries[2] == entries[2] | {
        "actor": "mina",
        "comment": decided.pk,
        "revision_before": 2,
        "revision_after": 2,
        "reason": "spam",
    }


def test_export_is_filtered_by_date_range(desk_client, decided):
    ModelLogEntry.objects.filter(action="masthead.comment.approve").update(
        timestamp=timezone.now() - timedelta(days=10)
    )
    today = timezone.now().date()
    rows = csv_rows(desk_client, since=today.isoformat())
    assert [r["action"] for r in rows] == [
        "masthead.comment.edit",
        "masthead.comment.reject",
    ]
    earlier = (today - timedelta(days=5)).isoformat()
    rows = csv_rows(desk_client, until=earlier)
    assert [r["action"] for r in rows] == ["masthead.comment.approve"]


def test_another_desk_exports_none_of_our_entries(client, decided, korean_desk):
    client.force_login(korean_desk)
    assert csv_rows(client) == []
    assert json.loads(download(client, "audit_json")) == []
    assert b"Fine" not in client.get(reverse("moderation:audit")).content


def test_each_desk_exports_its_own_entries(
    client, decided, korean_desk, make_comment, korean_article
):
    korean = make_comment("좋아요", target=korean_article)
    actions.approve(korean, user=korean_desk, revision=1)
    client.force_login(korean_desk)
    assert [row["comment"] for row in csv_rows(client)] == [str(korean.pk)]


def test_administrator_exports_every_desk_and_settings_changes(
    client, admin, decided, korean_desk
):
    client.force_login(admin)
    actions_seen = [row["action"] for row in csv_rows(client)]
    # korean_desk's assignment was logged as a settings change when it was made.
    assert actions_seen.count("masthead.settings.change") >= 1
    assert "masthead.comment.reject" in actions_seen


def test_spreadsheet_formulas_in_notes_are_defused(
    desk_client, make_comment, moderator
):
    comment = make_comment()
    actions.reject(
        comment, user=moderator, revision=1, reason="spam", note="=HYPERLINK(1)"
    )
    assert csv_rows(desk_client)[0]["note"] == "'=HYPERLINK(1)"


def test_xlsx_has_the_rows_of_the_csv(desk_client, decided):
    rows = xlsx_rows(desk_client)
    as_text = [{name: cell.value or "" for name, cell in row.items()} for row in rows]
    assert [
        {name: str(value) for name, value in row.items()} for row in as_text
    ] == csv_rows(desk_client)


def test_xlsx_keeps_a_formula_in_a_note_as_text(desk_client, make_comment, moderator):
    comment = make_comment()
    actions.reject(
        comment, user=moderator, revision=1, reason="spam", note="=HYPERLINK(1)"
    )
    note = xlsx_rows(desk_client)[0]["note"]
    assert (note.value, note.data_type) == ("=HYPERLINK(1)", "s")


def test_another_desk_downloads_an_xlsx_of_none_of_our_entries(
    client, decided, korean_desk
):
    client.force_login(korean_desk)
    assert xlsx_rows(client) == []


def test_audit_page_previews_entries_and_links_downloads(desk_client, decided):
    response = desk_client.get(reverse("moderation:audit"), {"since": "2000-01-01"})
    content = response.content.decode()
    assert "Comment edited by a moderator" in content
    assert 'href="/moderation/audit.csv?since=2000-01-01"' in content
    assert 'href="/moderation/audit.json?since=2000-01-01"' in content


def test_changing_a_reason_is_audited_as_a_settings_change(admin):
    from wagtail.log_actions import LogContext

    reason = RejectionReason.objects.get(code="spam")
    with LogContext(user=admin):
        reason.label = "Spam, scams or advertising"
        reason.save()
    entry = ModelLogEntry.objects.for_instance(reason).get()
    assert entry.action == "masthead.settings.change"
    assert entry.user == admin
    assert entry.data["change"] == "changed"


def test_desk_assignments_are_audited_when_made_and_removed(moderator):
    assignment = DeskAssignment.objects.get(user=moderator)
    assignment.delete()
    changes = ModelLogEntry.objects.filter(
        action="masthead.settings.change", data__model="deskassignment"
    ).order_by("pk")
    assert [e.data["change"] for e in changes] == ["created", "deleted"]


def test_reasons_desks_and_bans_are_editable_in_the_wagtail_admin(client, admin):
    from wagtail.snippets.models import get_snippet_models

    from masthead.guards.models import Ban

    assert {RejectionReason, DeskAssignment, Ban} <= set(get_snippet_models())
    client.force_login(admin)
    for model in ("rejectionreason", "deskassignment", "ban", "wordlistentry"):
        url = f"/admin/snippets/moderation/{model}/"
        assert client.get(url).status_code == 200, url
        assert client.get(url + "add/").status_code == 200, url


def test_reason_edited_in_the_admin_is_audited_with_the_admin(client, admin):
    reason = RejectionReason.objects.get(code="spam")
    client.force_login(admin)
    url = f"/admin/snippets/moderation/rejectionreason/edit/{reason.pk}/"
    response = client.post(
        url,
        {
            "code": "spam",
            "label": "Spam or scams",
            "terms_clause": "3.3",
            "active": "on",
            "sort_order": "2",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    entry = ModelLogEntry.objects.filter(action="masthead.settings.change").latest("pk")
    assert entry.user == admin and entry.data["object"] == "Spam or scams (§3.3)"


def test_desk_scope_is_checked_chunk_by_chunk(
    moderator, korean_desk, make_comment, korean_article
):
    from masthead.moderation.audit_export import audit_entries, in_scope
    from masthead.moderation.permissions import desk_scope

    ours = [make_comment(f"en {n}") for n in range(3)]
    theirs = [make_comment(f"ko {n}", target=korean_article) for n in range(3)]
    for mine, other in zip(ours, theirs, strict=True):
        actions.approve(mine, user=moderator, revision=1)
        actions.approve(other, user=korean_desk, revision=1)
    scope = desk_scope(moderator)
    entries = in_scope(moderator, scope, audit_entries(moderator), chunk=2)
    assert [int(entry.object_id) for entry in entries] == [c.pk for c in ours]


def test_edited_and_approved_and_undone_are_their_own_actions_in_the_exports(
    desk_client, make_comment, moderator
):
    from masthead.moderation.undo import undo

    comment = make_comment("Fine words")
    actions.approve(comment, user=moderator, revision=1, body="Fine", reason="abuse")
    undo(comment, user=moderator, revision=2)
    rows = csv_rows(desk_client)
    assert [row["action"] for row in rows] == [
        "masthead.comment.edit_and_approve",
        "masthead.comment.undo",
    ]
    assert (rows[0]["revision_before"], rows[0]["revision_after"]) == ("1", "2")
    assert (rows[1]["revision_before"], rows[1]["revision_after"]) == ("2", "3")
    assert rows[1]["undoes"] == "masthead.comment.edit_and_approve"
    entries = json.loads(download(desk_client, "audit_json"))
    assert entries[1]["undoes"] == "masthead.comment.edit_and_approve"
    page = desk_client.get(reverse("moderation:audit")).content.decode()
    assert "Comment edited and approved" in page and "Decision undone" in page
