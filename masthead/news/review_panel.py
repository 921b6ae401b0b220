"""The admin's view of translations whose original changed: a notice on the
translation's edit view, a dashboard list, and a "Mark reviewed" action."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component
from wagtail.log_actions import log

DASHBOARD_SIZE = 20


def review_context(translation):
    """Return what an editor needs to review a translation against its original."""
    source = translation.translation_of
    context = {"translation": translation, "source": source}
    if source is not None:
        context["source_edit_url"] = reverse(
            "wagtailadmin_pages:edit", args=[source.pk]
        )
    if source is not None and translation.reviewed_source_revision_id:
        context["compare_url"] = reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[source.pk, translation.reviewed_source_revision_id, "live"],
        )
    if translation.pk:
        context["reviewed_url"] = reverse(
            "news_translation_reviewed", args=[translation.pk]
        )
    return context


class SourceChangedPanel(Panel):
    """Tell a translation's editors that its original changed since their review."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Source changed — review"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "news/admin/source_changed_panel.html"

        def is_shown(self):
            return bool(getattr(self.instance, "source_changed_at", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(review_context(self.instance))
            return context


class TranslationsToReviewPanel(Component):
    """The dashboard's list of translations whose original changed."""

    name = "translations_to_review"
    template_name = "news/admin/translations_to_review.html"
    order = 150

    def get_context_data(self, parent_context):
        from .translations import translations_to_review

        request = parent_context["request"]
        pages = translations_to_review(request.user)[:DASHBOARD_SIZE]
        return {"pages": pages, "request": request}


def mark_reviewed_view(request, pk):
    """Ask, then record that an editor reviewed a translation against its original."""
    from .models import ArticlePage
    from .translations import mark_reviewed

    translation = get_object_or_404(ArticlePage, pk=pk)
    if not translation.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        mark_reviewed(translation)
        log(translation, "masthead.translation.reviewed", user=request.user)
        messages.success(request, _("Marked as reviewed against the original."))
        return redirect("wagtailadmin_pages:edit", translation.pk)
    return TemplateResponse(
        request, "news/admin/mark_reviewed.html", review_context(translation)
    )
