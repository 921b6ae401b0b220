import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone


def digest(key):
    return hashlib.sha256(key.encode()).hexdigest()


class ModeratorTokenQuerySet(models.QuerySet):
    def user_for_key(self, key):
        """Return the active user a bearer key belongs to, or None."""
        token = self.select_related("user").filter(key_digest=digest(key)).first()
        if token is None or not token.user.is_active:
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
    created_at = models.DateTimeField(default=timezone.now)

    objects = ModeratorTokenQuerySet.as_manager()

    def __str__(self):
        return f"token of {self.user}"

    @classmethod
    def issue(cls, user):
        """Create a token and return its key, which is shown once and never again."""
        key = secrets.token_urlsafe(32)
        cls.objects.create(user=user, key_digest=digest(key))
        return key
