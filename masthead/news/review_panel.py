"""The admin's view of translations whose original changed: a dashboard list and a
"Mark reviewed" action (the notice on the edit view is `panels.SourceChangedPanel`)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.log_actions import log

from .models import ArticlePage
from .panels import review_context
from .translations import mark_reviewed, translations_to_review

DASHBOARD_SIZE = 20


class TranslationsToReviewPanel(Component):
    """The dashboard's list of translations whose original changed."""

    name = "translations_to_review"
    template_name = "news/admin/translations_to_review.html"
    order = 150

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        pages = translations_to_review(request.user)[:DASHBOARD_SIZE]
        return {"pages": pages, "request": request}


def mark_reviewed_view(request, pk):
    """Ask, then record that an editor reviewed a translation against its original."""
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
