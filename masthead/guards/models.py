import ipaddress

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.comments.emails import normalised_email


def validate_network(value):
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError as error:
        raise ValidationError(
            _("Write a network such as 203.0.113.0/24 or 2001:db8:1:2::/64.")
        ) from error


class BanQuerySet(models.QuerySet):
    def in_force(self, now=None):
        now = now or timezone.now()
        return self.filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class Ban(models.Model):
    """A commenter who may not comment: by mailbox, by network, or both.

    The email is kept normalised (see masthead.comments.emails), so the ban holds
    for every alias of the mailbox. `ip_hash` names one address; bans made from a
    comment name its anonymised network too, which is what they match on.
    """

    email = models.EmailField(_("email"), blank=True, db_index=True)
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True)
    network = models.CharField(
        _("network"),
        max_length=64,
        blank=True,
        db_index=True,
        validators=[validate_network],
        help_text=_("An anonymised network such as 203.0.113.0/24."),
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)

    objects = BanQuerySet.as_manager()

    class Meta:
        # The tables keep the names they had in the moderation app.
        db_table = "moderation_ban"
        verbose_name = _("ban")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="", ip_hash="", network=""),
                name="ban_names_someone",
            )
        ]

    def __str__(self):
        return self.email or self.network or f"IP {self.ip_hash[:12]}…"

    def save(self, *args, **kwargs):
        self.email = normalised_email(self.email)
        if self.network:
            self.network = str(ipaddress.ip_network(self.network, strict=False))
        super().save(*args, **kwargs)


class TriageCounter(models.Model):
    """How many times a guard refused something, per day and edition (bots today).

    The name is the one it had in the moderation app, table and all.
    """

    day = models.DateField()
    edition = models.CharField(max_length=10, blank=True)
    kind = models.CharField(max_length=50)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "moderation_triagecounter"
        constraints = [
            models.UniqueConstraint(
                fields=["day", "edition", "kind"], name="one_counter_per_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.edition} {self.kind}: {self.count}"


def count_event(edition, kind, day=None):
    """Add one to today's counter of `kind` for `edition`, safely under concurrency."""
    day = day or timezone.localdate()
    key = {"day": day, "edition": edition or "", "kind": kind}
    if TriageCounter.objects.filter(**key).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            TriageCounter.objects.create(count=1, **key)
    except IntegrityError:
        # Another worker created today's row first; count on it.
        TriageCounter.objects.filter(**key).update(count=F("count") + 1)
