from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiteConfig(AppConfig):
    name = "masthead.lite"
    label = "lite"
    verbose_name = _("Lite pages")
