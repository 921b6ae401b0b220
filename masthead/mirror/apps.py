from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MirrorConfig(AppConfig):
    name = "masthead.mirror"
    label = "mirror"
    verbose_name = _("Baked pages")

    def ready(self):
        from . import handlers

        handlers.connect()
