"""One decision on one comment, posted from a queue row or a comment page.

Each view hands the revision and status the moderator saw to `actions`; when someone
else decided first the moderator is told who and when, and nothing changes. Success
and refusal both answer 303 so reloading never posts twice.
"""

from functools import wraps

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from masthead.comments.models import Comment

from .. import deciding
from ..conflicts import DecisionRefused
from ..forms import DecisionForm, EditForm, RejectForm
from .access import SeeOther, comment_for, desk_view, queue_state, url_after
from .form_pages import CommentFormPage
from .offers import offer_undo


def form_errors(form):
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def posted_selection(form_class):
    """Decorate a view posting a selection of comments (bulk, undo): an invalid form
    goes back to its queue with the errors, a valid one is passed on as
    view(request, form, state)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request):
            form = form_class(request.POST)
            state = queue_state(request, request.POST.get("queue"))
            if not form.is_valid():
                messages.error(request, form_errors(form))
                return SeeOther(state.url)
            return view(request, form, state)

        return wrapper

    return decorator


def warn_not_found(request, pks):
    """Tell the moderator which of the comments they selected are not at their desks."""
    for pk in pks:
        messages.warning(request, _("#%(id)s: not found on your desks.") % {"id": pk})


def decide(request, pk, form_class, perform, done):
    """Validate, perform the decision, tell the moderator, move on (or stay)."""
    comment = comment_for(request, pk)
    form = form_class(request.POST)
    state = queue_state(request, request.POST.get("queue"))
    origin = request.POST.get("origin") or "queue"
    try:
        if not form.is_valid():
            raise DecisionRefused(form_errors(form))
        decided = perform(comment, request.user, form.cleaned_data)
    except DecisionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        if isinstance(decided, Comment):
            offer_undo(request, [decided])
        messages.success(request, done % {"id": comment.pk})
        return SeeOther(url_after(request, comment, state, origin))
    return SeeOther(url_after(request, comment, state, origin, decided=False))


def decision_view(form_class, perform, done):
    """Return the view posting one decision from `form_class`, through `perform`
    (moderation.deciding); `done` tells the moderator of it, with the comment's id."""

    @require_POST
    @desk_view
    def view(request, pk):
        return decide(request, pk, form_class, perform, done)

    return view


approve = decision_view(
    DecisionForm, deciding.APPROVE, gettext_lazy("Comment #%(id)s approved.")
)
reject = decision_view(
    RejectForm, deciding.REJECT, gettext_lazy("Comment #%(id)s rejected.")
)
restore = decision_view(
    DecisionForm,
    deciding.RESTORE,
    gettext_lazy("Comment #%(id)s is back in the pending queue."),
)
dismiss_reports = decision_view(
    DecisionForm,
    deciding.DISMISS_REPORTS,
    gettext_lazy("Reports on comment #%(id)s dismissed; the comment stays published."),
)


@desk_view
def edit(request, pk):
    """Show the edit form; save the edit, or approve with the edit in one step."""
    return EditPage(request, pk).response()


class EditPage(CommentFormPage):
    form_class = EditForm
    template_name = "moderation/edit.html"

    def initial(self):
        comment = self.comment
        return {
            "body": comment.body,
            "revision": comment.revision,
            "seen_status": comment.status,
        }

    def act(self, data):
        perform = deciding.APPROVE_WITH_EDIT if data["approve"] else deciding.EDIT
        decided = perform(self.comment, self.request.user, data)
        offer_undo(self.request, [decided])
        return _edit_message(data) % {"id": self.comment.pk}, True


def _edit_message(data):
    if data["approve"]:
        return _("Comment #%(id)s edited and approved.")
    return _("Comment #%(id)s edited.")
