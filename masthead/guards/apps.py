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
        from masthead.comments.forms import bot_refused

        from .bots import count_bot

        bot_refused.connect(count_bot, dispatch_uid="masthead-count-bots")
