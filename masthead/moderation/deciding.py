"""A decision from what a moderator sent: a desk form's cleaned data or an API body.

Each entry names the action in moderation.actions and the fields of that data it
takes besides the revision, so the desk's pages, its bulk form and the API perform
a decision alike.
"""

from . import actions


def taking(action_name, *fields):
    """Return perform(comment, user, data): the action at data's revision, given
    the `fields` of data."""

    def perform(comment, user, data):
        # Looked up at each call, so the action stays the one moderation.actions has.
        action = getattr(actions, action_name)
        options = {name: data[name] for name in fields}
        return action(comment, user=user, revision=data["revision"], **options)

    return perform


APPROVE = taking("approve")
APPROVE_WITH_EDIT = taking("approve", "body", "reason", "note")
REJECT = taking("reject", "reason", "note", "seen_status")
EDIT = taking("edit", "body", "reason", "note", "seen_status")
RESTORE = taking("restore", "note")
DISMISS_REPORTS = taking("dismiss_reports", "note")
