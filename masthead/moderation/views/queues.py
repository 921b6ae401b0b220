"""The queue pages: Pending, Reported, Approved, Rejected and All."""

from urllib.parse import urlencode

from django.template.response import TemplateResponse

from ..forms import QueueFilterForm
from ..history import attach_histories
from ..queues import COUNT_CAP, QUEUES, decode_cursor, queue_page, tab_counts
from ..selection import matching_count
from .access import desk_view
from .rows import CommentLinks, reason_options

CURSORS = ("after", "before")


@desk_view
def queue(request, queue):
    form = QueueFilterForm(request.user, request.GET)
    page = queue_page(
        queue,
        request.desk_scope,
        form.filters(),
        after=decode_cursor(request.GET.get("after")),
        before=decode_cursor(request.GET.get("before")),
    )
    attach_histories(page.comments, request.desk_scope)
    CommentLinks(request.get_full_path(), "queue").attach(request, page.comments)
    filter_query = _without_cursors(request.GET)
    matching = matching_count(queue, request.desk_scope, form.filters())
    context = {
        "queue": queue,
        "queue_label": QUEUES[queue],
        "tabs": queue_tabs(request, queue, filter_query),
        "form": form,
        "page": page,
        "filter_query": filter_query,
        "queue_url": request.get_full_path(),
        "reason_options": reason_options(),
        "matching_count": min(matching, COUNT_CAP),
        "matching_query": urlencode({"queue": request.get_full_path()}),
    }
    return TemplateResponse(request, "moderation/queue.html", context)


def queue_tabs(request, current, filter_query):
    """Return (name, label, count or None, is_current) for each queue tab."""
    counts = tab_counts(request.desk_scope)
    return [
        {
            "name": name,
            "label": label,
            "count": _shown_count(counts.get(name)),
            "current": name == current,
            "query": filter_query,
        }
        for name, label in QUEUES.items()
    ]


def _shown_count(count):
    if count is None:
        return None
    return f"{COUNT_CAP}+" if count > COUNT_CAP else str(count)


def _without_cursors(query):
    query = query.copy()
    for name in CURSORS:
        query.pop(name, None)
    return query.urlencode()
