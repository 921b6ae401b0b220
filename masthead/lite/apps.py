from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiteConfig(AppConfig):
    name = "masthead.lite"
    label = "lite"
    verbose_name = _("Lite pages")

    def ready(self):
        from masthead.comments.reading import register_reading_page

        from .reading import LITE_PAGE

        # Comments and reports sent from a lite page are answered on it.
        register_reading_page(LITE_PAGE)
