from django.db import models
from django.utils.translation import gettext_lazy as _


class ConfirmedQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class EmailConfirmation(models.Model):
    """A mailbox whose owner was asked, and maybe agreed, to receive notices.

    Only a keyed hash of the normalised address is kept (see comments.emails), so
    this table names nobody; a comment keeps the address it was given.
    """

    address_hash = models.CharField(max_length=64, unique=True)
    requested_at = models.DateTimeField(_("link sent"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    objects = ConfirmedQuerySet.as_manager()

    class Meta:
        verbose_name = _("email confirmation")

    def __str__(self):
        return f"{self.address_hash[:12]}…"
