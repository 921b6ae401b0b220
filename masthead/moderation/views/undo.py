"""Undo from the desk: the form the success message offers (see .offers) posts here.

The form names each comment at the revision and status the decision left it in, so
an undo never reverses anything the moderator did not see.
"""

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from masthead.comments.models import Comment

from ..conflicts import DecisionConflict
from ..forms import UndoForm
from ..undo import undo as undo_decision
from .access import SeeOther, desk_view, url_after
from .decisions import posted_selection, warn_not_found


@require_POST
@desk_view
@posted_selection(UndoForm)
def undo(request, form, state):
    seen = {pk: revision for pk, revision, _status in form.cleaned_data["decision"]}
    comments = Comment.objects.filter(request.desk_scope, pk__in=seen)
    undone = [
        c for c in comments.order_by("pk") if _undo_one(request, c, seen.pop(c.pk))
    ]
    warn_not_found(request, seen)
    if undone:
        messages.success(request, _undone_message(undone))
    if len(undone) == 1 and not seen:
        origin = form.cleaned_data["origin"] or "queue"
        return SeeOther(url_after(request, undone[0], state, origin, decided=False))
    return SeeOther(state.url)


def _undo_one(request, comment, revision):
    try:
        return undo_decision(comment, user=request.user, revision=revision)
    except DecisionConflict as conflict:
        messages.error(request, f"#{comment.pk}: {conflict.message}")
    return None


def _undone_message(undone):
    if len(undone) == 1:
        return _("Decision on comment #%(id)s undone.") % {"id": undone[0].pk}
    count = len(undone)
    return ngettext(
        "Decisions on %(count)s comment undone.",
        "Decisions on %(count)s comments undone.",
        count,
    ) % {"count": count}
