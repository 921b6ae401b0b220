from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from masthead.core.paths import UnprefixedPath
from masthead.guards.models import Ban
from masthead.triage.models import WordListEntry

from .models import DeskAssignment, RejectionReason


@hooks.register("masthead_unprefixed_paths")
def desk_paths():
    return [UnprefixedPath("/moderation/")]


AUDITED_ACTIONS = {
    "masthead.comment.approve": (_("Approve comment"), _("Comment approved")),
    "masthead.comment.reject": (_("Reject comment"), _("Comment rejected")),
    "masthead.comment.edit": (_("Edit comment"), _("Comment edited by a moderator")),
    "masthead.comment.edit_and_approve": (
        _("Edit and approve comment"),
        _("Comment edited and approved"),
    ),
    "masthead.comment.undo": (_("Undo decision"), _("Decision undone")),
    "masthead.comment.reject_automatically": (
        _("Reject comment automatically"),
        _("Comment rejected automatically by triage"),
    ),
    "masthead.comment.restore": (
        _("Restore comment"),
        _("Comment restored to pending"),
    ),
    "masthead.comment.ban": (_("Ban commenter"), _("Commenter banned")),
    "masthead.comment.dismiss_reports": (
        _("Dismiss reports"),
        _("Reports dismissed; comment kept"),
    ),
    "masthead.settings.change": (
        _("Change moderation settings"),
        _("Moderation settings changed"),
    ),
}
# Changes to these are moderation settings and go into the desk's audit trail.
SETTINGS_MODELS = (RejectionReason, DeskAssignment, WordListEntry)


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    for action, (label, message) in AUDITED_ACTIONS.items():
        actions.register_action(action, label, message)


def log_settings_change(sender, instance, created=False, raw=False, **kwargs):
    """Audit a saved reason or desk; Wagtail's admin views supply the user.

    Rows loaded from a fixture (`raw`) are not changes anyone made.
    """
    if raw:
        return
    _log_setting(sender, instance, "created" if created else "changed")


def log_settings_deletion(sender, instance, **kwargs):
    _log_setting(sender, instance, "deleted", deleted=True)


def _log_setting(model, instance, change, **options):
    data = {"model": model._meta.model_name, "object": str(instance), "change": change}
    log(instance, "masthead.settings.change", data=data, **options)


class RejectionReasonViewSet(SnippetViewSet):
    model = RejectionReason
    icon = "tag"
    menu_label = _("Reasons (Terms of Use)")
    list_display = ["label", "terms_clause", "code", "active", "sort_order"]
    search_fields = ["label", "code"]


class DeskAssignmentViewSet(SnippetViewSet):
    model = DeskAssignment
    icon = "group"
    menu_label = _("Desks")
    list_display = ["user", "edition", "section"]
    list_filter = ["edition"]


class BanViewSet(SnippetViewSet):
    model = Ban
    # The address it had while bans were the moderation app's, beside the others of
    # this menu: bookmarks and links in old mail keep working.
    url_prefix = "snippets/moderation/ban"
    icon = "lock"
    menu_label = _("Bans")
    list_display = ["__str__", "reason", "created_at", "expires_at"]
    search_fields = ["email", "network", "reason"]
    form_fields = ["email", "network", "ip_hash", "reason", "expires_at"]


class WordListEntryViewSet(SnippetViewSet):
    model = WordListEntry
    url_prefix = "snippets/moderation/wordlistentry"  # as BanViewSet's
    icon = "warning"
    menu_label = _("Word list")
    list_display = ["term", "kind", "edition", "added_by"]
    list_filter = ["edition", "kind"]
    search_fields = ["term"]
    form_fields = ["edition", "kind", "term"]


class ModerationSettingsGroup(SnippetViewSetGroup):
    items = (
        RejectionReasonViewSet,
        DeskAssignmentViewSet,
        BanViewSet,
        WordListEntryViewSet,
    )
    menu_label = _("Moderation")
    menu_icon = "comment"
    menu_order = 260


register_snippet(ModerationSettingsGroup)


@hooks.register("after_create_snippet")
def record_who_banned(request, instance):
    if isinstance(instance, Ban) and instance.created_by_id is None:
        Ban.objects.filter(pk=instance.pk).update(created_by=request.user)


@hooks.register("register_admin_menu_item")
def moderation_desk_menu_item():
    url = reverse("moderation:dashboard")
    return MenuItem(_("Moderation desk"), url, icon_name="comment", order=255)
