from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReportReason(models.TextChoices):
    ABUSIVE = "abusive", _("Abusive or hateful")
    SPAM = "spam", _("Spam or advertising")
    OFF_TOPIC = "off_topic", _("Off topic")
    OTHER = "other", _("Something else")


class Report(models.Model):
    """A reader's flag on an approved comment; open reports fill the Reported queue."""

    comment = models.ForeignKey(
        "comments.Comment", on_delete=models.CASCADE, related_name="reports"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    note = models.TextField(_("details"), blank=True, max_length=500)
    ip_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["resolved_at", "created_at"], name="report_queue")
        ]
        constraints = [
            # One open report per comment and reporter keeps one reader from
            # flooding the queue.
            models.UniqueConstraint(
                fields=["comment", "ip_hash"],
                condition=models.Q(resolved_at__isnull=True),
                name="one_open_report_per_reader",
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()} on #{self.comment_id}"
