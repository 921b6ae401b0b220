from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "masthead.comments"
    label = "comments"
    verbose_name = _("Reader comments")

    def ready(self):
        from masthead.news.digits import native_digits_changed

        from .confirmation import ask_to_confirm
        from .rendering import forget_rendered_html
        from .signals import comment_submitted

        native_digits_changed.connect(forget_rendered_html)
        comment_submitted.connect(ask_to_confirm, dispatch_uid="masthead-confirm")
