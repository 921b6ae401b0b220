"""Admin panels the news page models show; they read the page they are bound to
and import no model, so the models can import them."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, Panel

from masthead.core.formatting import has_native_digits


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


class NativeDigitsPanel(FieldPanel):
    """The native digits switch, shown only where the edition's script has digits."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            locale = getattr(self.instance, "locale", None)
            code = locale.language_code if locale else ""
            return bool(code) and has_native_digits(code) and super().is_shown()
