import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from masthead.news.blocks import ClauseBlock

from .base import EditionPageMixin


class PolicyKind(models.TextChoices):
    TERMS = "terms", _("Terms of Use")
    PRIVACY = "privacy", _("Privacy")
    CORRECTIONS = "corrections", _("Corrections")
    ABOUT = "about", _("About & Contact")


def clause_anchor(number):
    """Return the fragment id of clause `number`: "3.4" gives "clause-3-4"."""
    slug = re.sub(r"[^0-9A-Za-z]+", "-", str(number)).strip("-")
    return f"clause-{slug}"


DUPLICATE_KIND_MESSAGE = _("This edition already has a page of this kind.")


def duplicate_kind(parent, kind, pk=None):
    """Return whether `parent` has another policy page of `kind` than page `pk`."""
    return PolicyPage.objects.child_of(parent).filter(kind=kind).exclude(pk=pk).exists()


class PolicyPageForm(WagtailAdminPageForm):
    """Refuse a second page of one kind in an edition before anything is saved."""

    def clean(self):
        cleaned_data = super().clean()
        kind = cleaned_data.get("kind")
        if kind and duplicate_kind(self.parent_page, kind, self.instance.pk):
            self.add_error("kind", DUPLICATE_KIND_MESSAGE)
        return cleaned_data


class PolicyPage(EditionPageMixin, Page):
    """A page of an edition's rules: Terms of Use, Privacy, Corrections, About.

    One of each kind per edition, so the comment notice, the footer, the decision
    emails and the desk can find it without an address typed anywhere.
    """

    kind = models.CharField(
        _("kind"), max_length=20, choices=PolicyKind.choices, default=PolicyKind.TERMS
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField([("clause", ClauseBlock(label=_("clause")))], blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    parent_page_types = ["news.EditionHomePage"]
    subpage_types = []
    template = "news/policy_page.html"
    base_form_class = PolicyPageForm

    class Meta:
        verbose_name = _("policy page")

    def clean(self):
        super().clean()
        parent = self.get_parent() if self.path else None
        if parent is not None and duplicate_kind(parent, self.kind, self.pk):
            raise ValidationError({"kind": DUPLICATE_KIND_MESSAGE})


def policy_page(home, kind):
    """Return the live, public policy page of `kind` in the edition of `home`."""
    if home is None:
        return None
    return PolicyPage.objects.live().public().child_of(home).filter(kind=kind).first()
