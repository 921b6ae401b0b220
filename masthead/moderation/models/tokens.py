import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .desks import DeskAssignment

# A call records its time only when the last one is older than this, so a busy
# script does not write to the database on every request.
LAST_USED_PRECISION = timedelta(minutes=1)


def digest(key):
    return hashlib.sha256(key.encode()).hexdigest()


def account_stamp(user):
    """Return a digest of the password and the desks a key is issued against.

    A key whose stamp no longer matches was issued before the moderator's password
    changed or they were seated at other desks, and no longer works.
    """
    seats = DeskAssignment.objects.filter(user=user).order_by("pk")
    parts = [user.password]
    for pk, edition, section_id in seats.values_list("pk", "edition", "section_id"):
        parts.append(f"{pk}:{edition}:{section_id or ''}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def key_lifetime():
    days = settings.MASTHEAD_API_TOKEN_DAYS
    if days < 1:
        raise ImproperlyConfigured(
            f"MASTHEAD_API_TOKEN_DAYS must be at least 1 (days an API key works), "
            f"got {days}"
        )
    return timedelta(days=days)


class TokenState(models.TextChoices):
    ACTIVE = "active", _("active")
    EXPIRED = "expired", _("expired")
    REVOKED = "revoked", _("revoked")
    # Issued before its moderator's password or desks changed, or deactivated.
    OUTDATED = "outdated", _("outdated")


class ModeratorTokenQuerySet(models.QuerySet):
    def live(self):
        return self.filter(revoked_at=None, expires_at__gt=timezone.now())

    def revoke(self):
        return self.filter(revoked_at=None).update(revoked_at=timezone.now())

    def token_for_key(self, key):
        """Return the live token of an active user a bearer key belongs to, or None.

        The token may still be outdated: see `ModeratorToken.is_outdated`.
        """
        token = self.live().select_related("user").filter(key_digest=digest(key))
        token = token.first()
        if token is None or not token.user.is_active:
            return None
        return token

    def user_for_key(self, key):
        """Return the user a bearer key lets in, or None."""
        token = self.token_for_key(key)
        if token is None or token.is_outdated():
            return None
        return token.user


class ModeratorToken(models.Model):
    """An API key for a moderator; only its digest is stored, never the key."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="moderator_tokens",
    )
    key_digest = models.CharField(max_length=64, unique=True)
    account_stamp = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ModeratorTokenQuerySet.as_manager()

    def __str__(self):
        return f"token {self.pk} of {self.user}"

    @classmethod
    def issue(cls, user):
        """Create a token and return its key, which is shown once and never again."""
        key = secrets.token_urlsafe(32)
        now = timezone.now()
        cls.objects.create(
            user=user,
            key_digest=digest(key),
            account_stamp=account_stamp(user),
            created_at=now,
            expires_at=now + key_lifetime(),
        )
        return key

    def is_outdated(self):
        return not secrets.compare_digest(self.account_stamp, account_stamp(self.user))

    @property
    def state(self):
        if self.revoked_at:
            return TokenState.REVOKED
        if self.expires_at <= timezone.now():
            return TokenState.EXPIRED
        if not self.user.is_active or self.is_outdated():
            return TokenState.OUTDATED
        return TokenState.ACTIVE

    def record_use(self):
        """Note that the key was just used, at most once a minute."""
        now = timezone.now()
        if self.last_used_at and now - self.last_used_at < LAST_USED_PRECISION:
            return
        ModeratorToken.objects.filter(pk=self.pk).update(last_used_at=now)
        self.last_used_at = now
