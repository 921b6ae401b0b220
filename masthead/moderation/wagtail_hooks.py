from django.utils.translation import gettext_lazy as _
from wagtail import hooks

AUDITED_ACTIONS = {
    "masthead.comment.approve": (_("Approve comment"), _("Comment approved")),
    "masthead.comment.reject": (_("Reject comment"), _("Comment rejected")),
    "masthead.comment.edit": (_("Edit comment"), _("Comment edited by a moderator")),
    "masthead.comment.restore": (
        _("Restore comment"),
        _("Comment restored to pending"),
    ),
    "masthead.comment.ban": (_("Ban commenter"), _("Commenter banned")),
    "masthead.settings.change": (
        _("Change moderation settings"),
        _("Moderation settings changed"),
    ),
}


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    for action, (label, message) in AUDITED_ACTIONS.items():
        actions.register_action(action, label, message)
