from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BanQuerySet(models.QuerySet):
    def in_force(self, now=None):
        now = now or timezone.now()
        return self.filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class Ban(models.Model):
    """A commenter who may not comment: by email, by IP hash, or both."""

    email = models.EmailField(_("email"), blank=True, db_index=True)
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)

    objects = BanQuerySet.as_manager()

    class Meta:
        verbose_name = _("ban")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="", ip_hash=""), name="ban_names_someone"
            )
        ]

    def __str__(self):
        return self.email or f"IP {self.ip_hash[:12]}…"
