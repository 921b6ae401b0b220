"""One decision on one comment, posted from a queue row or a comment page.

Each view hands the revision and status the moderator saw to `actions`; when someone
else decided first the moderator is told who and when, and nothing changes. Success
and refusal both answer 303 so reloading never posts twice.
"""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from masthead.comments.models import Comment

from .. import actions
from ..conflicts import DecisionRefused
from ..forms import DecisionForm, EditForm, RejectForm
from .access import comment_for, desk_view, queue_state, url_after
from .offers import offer_undo
from .rows import CommentLinks


class SeeOther(HttpResponseRedirect):
    status_code = 303


def form_errors(form):
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


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


@require_POST
@desk_view
def approve(request, pk):
    def perform(comment, user, data):
        return actions.approve(comment, user=user, revision=data["revision"])

    return decide(request, pk, DecisionForm, perform, _("Comment #%(id)s approved."))


@require_POST
@desk_view
def reject(request, pk):
    def perform(comment, user, data):
        return actions.reject(
            comment,
            user=user,
            revision=data["revision"],
            reason=data["reason"],
            note=data["note"],
            seen_status=data["seen_status"],
        )

    return decide(request, pk, RejectForm, perform, _("Comment #%(id)s rejected."))


@require_POST
@desk_view
def restore(request, pk):
    def perform(comment, user, data):
        return actions.restore(
            comment, user=user, revision=data["revision"], note=data["note"]
        )

    done = _("Comment #%(id)s is back in the pending queue.")
    return decide(request, pk, DecisionForm, perform, done)


@require_POST
@desk_view
def dismiss_reports(request, pk):
    def perform(comment, user, data):
        actions.dismiss_reports(
            comment, user=user, revision=data["revision"], note=data["note"]
        )

    done = _("Reports on comment #%(id)s dismissed; the comment stays published.")
    return decide(request, pk, DecisionForm, perform, done)


@desk_view
def edit(request, pk):
    """Show the edit form; save the edit, or approve with the edit in one step."""
    comment = comment_for(request, pk)
    source = request.POST if request.method == "POST" else request.GET
    state = queue_state(request, source.get("queue"))
    origin = source.get("origin") or "detail"
    if request.method == "POST":
        form = EditForm(request.POST)
        if form.is_valid():
            try:
                decided = _save_edit(comment, request.user, form.cleaned_data)
            except DecisionRefused as refusal:
                messages.error(request, refusal.message)
            else:
                offer_undo(request, [decided])
                messages.success(request, _edit_message(form) % {"id": comment.pk})
                return SeeOther(url_after(request, comment, state, origin))
    else:
        initial = {
            "body": comment.body,
            "revision": comment.revision,
            "seen_status": comment.status,
            "queue": state.url,
            "origin": origin,
        }
        form = EditForm(initial=initial)
    CommentLinks(state.url, origin).attach(request, [comment])
    context = {"comment": comment, "form": form, "queue_url": state.url}
    return TemplateResponse(request, "moderation/edit.html", context)


def _save_edit(comment, user, data):
    options = {"user": user, "revision": data["revision"], "body": data["body"]}
    options.update(reason=data["reason"], note=data["note"])
    if data["approve"]:
        return actions.approve(comment, **options)
    return actions.edit(comment, seen_status=data["seen_status"], **options)


def _edit_message(form):
    if form.cleaned_data["approve"]:
        return _("Comment #%(id)s edited and approved.")
    return _("Comment #%(id)s edited.")
