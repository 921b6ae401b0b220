from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TriageConfig(AppConfig):
    """Rules that read each stored comment and advise the desk.

    Triage imports neither the desk (masthead.moderation) nor the guards: a REJECT
    goes out as the `rule_rejected` signal, which the desk acts on.
    """

    name = "masthead.triage"
    label = "triage"
    verbose_name = _("Automatic triage")

    def ready(self):
        from masthead.comments.signals import comment_submitted

        from .tasks import queue_triage

        comment_submitted.connect(queue_triage, dispatch_uid="masthead-triage")
