"""The reader's fields checked by the comment form itself, so the API and the page
share every rule, limit and translated message."""

from django.utils.translation import gettext as _

from masthead.comments.forms import CommentForm
from masthead.comments.models import Comment


class ApiCommentForm(CommentForm):
    """The comment form without the signed target: that proves a post came from a
    page we served, and an app posting JSON has no such page."""

    def _check_target(self, token):
        return None


def form_data(payload):
    """Return a JSON payload as the form's POST data."""
    return {
        "name": payload.name or "",
        "email": payload.email or "",
        "body": payload.body or "",
        "notify": "on" if payload.notify else "",
    }


def errors_of(form, parent_id, parent):
    """Return {field: [messages]}, empty when the input is acceptable.

    Only whether the parent exists is checked here; where a reply may go (approved,
    same article) is the submission service's rule.
    """
    form.is_valid()
    errors = {
        field: [str(text) for text in texts] for field, texts in form.errors.items()
    }
    if parent_id is not None and parent is None:
        errors["parent"] = [_("You can only reply to a published comment here.")]
    return errors


def find_parent(parent_id):
    return Comment.objects.filter(pk=parent_id).first() if parent_id else None
