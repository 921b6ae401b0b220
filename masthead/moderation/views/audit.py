"""The desk's audit trail: a page to look at it and CSV, XLSX and JSON downloads."""

from itertools import islice

from django.contrib.contenttypes.models import ContentType
from django.http import StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views import View
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from masthead.comments.models import Comment

from ..audit_export import (
    FIELDS,
    audit_entries,
    defused,
    entry_row,
    in_scope,
    json_chunks,
)
from ..forms import AuditFilterForm
from .access import desk_view

PREVIEW = 100


def _entries(request, newest_first=False):
    """Return the filter form and the user's entries (a generator) it selects."""
    form = AuditFilterForm(request.GET)
    dates = form.cleaned_data if form.is_valid() else {}
    entries = audit_entries(request.user, dates.get("since"), dates.get("until"))
    if newest_first:
        entries = entries.reverse()
    return form, in_scope(request.user, request.desk_scope, entries)


@desk_view
def audit(request):
    form, entries = _entries(request, newest_first=True)
    context = {
        "form": form,
        "entries": list(islice(entries, PREVIEW)),
        "query": request.GET.urlencode(),
        "preview_size": PREVIEW,
    }
    return TemplateResponse(request, "moderation/audit.html", context)


class AuditSpreadsheet(SpreadsheetExportMixin, View):
    """The entries the desk's filter selects, as a CSV or XLSX download."""

    export_format = SpreadsheetExportMixin.FORMAT_CSV
    list_export = FIELDS
    # The same column names as the JSON keys: scripts read these files.
    export_headings = {field: field for field in FIELDS}
    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        str: {SpreadsheetExportMixin.FORMAT_CSV: defused},
    }

    def get(self, request):
        self.comment_type_id = ContentType.objects.get_for_model(Comment).pk
        _form, entries = _entries(request)
        response = self.as_spreadsheet(entries, self.export_format)
        if self.export_format == self.FORMAT_CSV:
            response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def get_filename(self):
        return f"moderation-audit-{_stamp()}"

    def to_row_dict(self, item):
        return entry_row(item, self.comment_type_id)


audit_csv = desk_view(AuditSpreadsheet.as_view())
audit_xlsx = desk_view(AuditSpreadsheet.as_view(export_format="xlsx"))


@desk_view
def audit_json(request):
    _form, entries = _entries(request)
    response = StreamingHttpResponse(
        json_chunks(entries), content_type="application/json"
    )
    return _as_download(response, "json")


def _stamp():
    return timezone.now().strftime("%Y%m%d-%H%M")


def _as_download(response, extension):
    name = f"moderation-audit-{_stamp()}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
