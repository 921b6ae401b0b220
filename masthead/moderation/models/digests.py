from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DeskDigest(models.Model):
    """A digest mailed to a desk, as it was sent.

    The next run compares with the desk's open digest (not yet `cleared_at`): a
    backlog that has not grown is not mailed again. A run that finds the desk under
    the threshold closes it, so a later backlog is news again.
    """

    edition = models.CharField(_("edition"), max_length=10)
    pending = models.PositiveIntegerField(_("pending comments"))
    oldest_at = models.DateTimeField(_("oldest pending since"))
    recipients = models.PositiveIntegerField(_("moderators mailed"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    cleared_at = models.DateTimeField(_("desk caught up at"), null=True, blank=True)

    class Meta:
        verbose_name = _("desk digest")
        indexes = [models.Index(fields=["edition", "-sent_at"], name="digest_by_desk")]

    def __str__(self):
        return f"{self.edition}: {self.pending} @ {self.sent_at:%Y-%m-%d %H:%M}"
