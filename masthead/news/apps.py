from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "masthead.news"
    label = "news"
    verbose_name = _("News")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save
        from wagtail.signals import copy_for_translation_done, page_published

        from . import kept_parts
        from .avif import use_quick_avif
        from .digits import edition_home_saved, edition_home_saving
        from .models import ArticlePage, EditionHomePage
        from .translations import article_published, remember_translation_source

        use_quick_avif()
        kept_parts.connect()
        copy_for_translation_done.connect(remember_translation_source)
        page_published.connect(article_published, sender=ArticlePage)
        pre_save.connect(edition_home_saving, sender=EditionHomePage)
        for signal in (post_save, post_delete):
            signal.connect(edition_home_saved, sender=EditionHomePage)
