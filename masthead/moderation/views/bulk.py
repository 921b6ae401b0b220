"""Approve or reject a selection of queue rows, each at the revision it was seen."""

from django.contrib import messages
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from masthead.comments.models import Comment

from .. import deciding
from ..conflicts import DecisionRefused
from ..forms import BulkForm
from ..queues import COUNT_CAP, QUEUES
from ..selection import matching_rows
from .access import SeeOther, desk_view, queue_state
from .decisions import posted_selection, warn_not_found
from .offers import offer_undo
from .rows import reason_options


@require_POST
@desk_view
@posted_selection(BulkForm)
def bulk(request, form, state):
    data = form.cleaned_data
    seen = {pk: (revision, status) for pk, revision, status in data["selected"]}
    comments = Comment.objects.filter(request.desk_scope, pk__in=seen)
    decided = []
    for comment in comments.order_by("created_at", "pk"):
        revision, status = seen.pop(comment.pk)
        try:
            decided.append(_perform(comment, request.user, data, revision, status))
        except DecisionRefused as refusal:
            messages.warning(request, f"#{comment.pk}: {refusal.message}")
    warn_not_found(request, seen)
    if decided:
        offer_undo(request, decided)
        messages.success(request, _decided_message(data["action"], len(decided)))
    return SeeOther(state.url)


@desk_view
def bulk_matching(request):
    """Confirm a bulk decision on every comment the queue's filters match.

    The queue's "select all N matching" link leads here: the page names the count
    and carries each comment as it is now, so the decision posted from it keeps the
    revision and status the moderator confirmed.
    """
    state = queue_state(request, request.GET.get("queue"))
    selected = matching_rows(state.name, request.desk_scope, state.filters)
    context = {
        "queue": state.name,
        "queue_label": QUEUES[state.name],
        "queue_url": state.url,
        "selected": selected,
        "capped": len(selected) >= COUNT_CAP,
        "reason_options": reason_options(),
    }
    return TemplateResponse(request, "moderation/bulk_matching.html", context)


BULK_DECISIONS = {"approve": deciding.APPROVE, "reject": deciding.REJECT}


def _perform(comment, user, data, revision, status):
    # Each row at the revision and status it was seen; the reason is the form's.
    row = {"revision": revision, "seen_status": status, "reason": data["reason"]}
    return BULK_DECISIONS[data["action"]](comment, user, {**row, "note": ""})


def _decided_message(action, count):
    if action == "approve":
        text = ngettext(
            "%(count)s comment approved.", "%(count)s comments approved.", count
        )
    else:
        text = ngettext(
            "%(count)s comment rejected.", "%(count)s comments rejected.", count
        )
    return text % {"count": count}
