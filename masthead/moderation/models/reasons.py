from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class RejectionReason(models.Model):
    """A reason for rejecting or editing, tied to a Terms of Use clause."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    label = models.CharField(_("label"), max_length=200)
    terms_clause = models.CharField(
        _("Terms of Use clause"), max_length=50, help_text=_("For example: 4.2")
    )
    active = models.BooleanField(_("offered to moderators"), default=True)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("moderation reason")

    def __str__(self):
        # A default label is in the catalogues; one a site wrote comes back as is.
        return f"{gettext(self.label)} (§{self.terms_clause})"
