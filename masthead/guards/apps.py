from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuardsConfig(AppConfig):
    """What turns a comment away before it is stored: bans, flood limits, bots.

    Guards import neither the desk (masthead.moderation) nor triage.
    """

    name = "masthead.guards"
    label = "guards"
    verbose_name = _("Comment guards")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from masthead.comments.forms import bot_refused

        from .bans import bans_changed
        from .bots import count_bot
        from .models import Ban

        bot_refused.connect(count_bot, dispatch_uid="masthead-count-bots")
        for signal in (post_save, post_delete):
            signal.connect(bans_changed, sender=Ban, dispatch_uid="masthead-bans")
