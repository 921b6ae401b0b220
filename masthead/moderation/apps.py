from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "masthead.moderation"
    label = "moderation"
    verbose_name = _("Moderation")

    def ready(self):
        from masthead.comments.guards import register_guard

        from .bans import refuse_banned_commenters

        register_guard(refuse_banned_commenters)
