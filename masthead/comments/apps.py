from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "masthead.comments"
    label = "comments"
    verbose_name = _("Reader comments")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, post_page_move

        from masthead.news.digits import native_digits_changed
        from masthead.news.models import ArticlePage, EditionHomePage, SectionPage

        from .confirmation import ask_to_confirm
        from .kept_thread import on_comment_decided, on_comment_deleted
        from .models import Comment
        from .policy import article_published, pages_above_changed
        from .rendering import forget_rendered_html
        from .signals import comment_decided, comment_submitted

        native_digits_changed.connect(forget_rendered_html)
        comment_submitted.connect(ask_to_confirm, dispatch_uid="masthead-confirm")
        uid = "masthead-kept-thread"
        comment_decided.connect(on_comment_decided, Comment, dispatch_uid=uid)
        post_delete.connect(on_comment_deleted, Comment, dispatch_uid=uid)
        uid = "masthead-comment-policy"
        page_published.connect(article_published, ArticlePage, dispatch_uid=uid)
        for above in (SectionPage, EditionHomePage):
            page_published.connect(pages_above_changed, above, dispatch_uid=uid)
        post_page_move.connect(pages_above_changed, dispatch_uid=uid)
