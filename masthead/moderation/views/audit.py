"""The desk's audit trail: a page to look at it and CSV and JSON downloads."""

from itertools import islice

from django.http import StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from ..audit_export import audit_entries, csv_lines, in_scope, json_chunks
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


@desk_view
def audit_csv(request):
    _form, entries = _entries(request)
    response = StreamingHttpResponse(
        csv_lines(entries), content_type="text/csv; charset=utf-8"
    )
    return _as_download(response, "csv")


@desk_view
def audit_json(request):
    _form, entries = _entries(request)
    response = StreamingHttpResponse(
        json_chunks(entries), content_type="application/json"
    )
    return _as_download(response, "json")


def _as_download(response, extension):
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    name = f"moderation-audit-{stamp}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
