from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "masthead.core"
    label = "core"
    verbose_name = _("Masthead core")

    def ready(self):
        from django.db.models.signals import post_migrate

        from .cache import create_cache_tables

        post_migrate.connect(create_cache_tables, sender=self)
