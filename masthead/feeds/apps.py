from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedsConfig(AppConfig):
    name = "masthead.feeds"
    label = "feeds"
    verbose_name = _("Feeds and sitemaps")

    def ready(self):
        from django.db.models.signals import post_save

        from masthead.core.fragments import settings_changed

        from .models import FeedSettings

        # The feed links are in every page's kept head.
        post_save.connect(settings_changed, FeedSettings, dispatch_uid="masthead.feeds")
