from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "masthead.search"
    label = "masthead_search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished

        from . import signals

        page_published.connect(
            signals.on_page_published, dispatch_uid="masthead_search_published"
        )
        page_unpublished.connect(
            signals.on_page_unpublished, dispatch_uid="masthead_search_unpublished"
        )
        post_save.connect(
            signals.on_view_restriction_saved,
            sender=PageViewRestriction,
            dispatch_uid="masthead_search_restricted",
        )
        post_delete.connect(
            signals.on_view_restriction_deleted,
            sender=PageViewRestriction,
            dispatch_uid="masthead_search_unrestricted",
        )
