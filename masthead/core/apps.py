from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "masthead.core"
    label = "core"
    verbose_name = _("Masthead core")

    def ready(self):
        from .numbers import IdConverter

        # Before any URLconf is loaded: they name ids as <id:pk>.
        register_converter(IdConverter, "id")
