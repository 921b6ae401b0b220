from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "masthead.core"
    label = "core"
    verbose_name = _("Masthead core")

    def ready(self):
        from django.core.signals import setting_changed
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from .cache import create_cache_tables
        from .database import keep_sqlite_private
        from .fragments import forget_kept_parts
        from .numbers import IdConverter

        post_migrate.connect(create_cache_tables, sender=self)
        connection_created.connect(keep_sqlite_private)
        setting_changed.connect(forget_kept_parts, dispatch_uid="masthead-kept-parts")
        # Before any URLconf is loaded: they name ids as <id:pk>.
        register_converter(IdConverter, "id")
