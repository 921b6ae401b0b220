from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "masthead.comments"
    label = "comments"
    verbose_name = _("Reader comments")

    def ready(self):
        from masthead.news.digits import native_digits_changed

        from .rendering import forget_rendered_html

        native_digits_changed.connect(forget_rendered_html)
