from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "masthead.news"
    label = "news"
    verbose_name = _("News")

    def ready(self):
        from wagtail.signals import copy_for_translation_done

        from .translations import remember_translation_source

        copy_for_translation_done.connect(remember_translation_source)
