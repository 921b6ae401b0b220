"""How long personal data is kept: the fields that identify a commenter are erased
from rejected comments after MASTHEAD_ERASE_REJECTED_AFTER_DAYS days.

Pending comments are never touched, however old: each still waits for a moderator.
The rejected comment itself stays, with its name and text, for the desk's history
and the audit trail.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import Comment, CommentStatus


def erasable(now=None):
    """Return the rejected comments whose personal data is due for erasure."""
    days = settings.MASTHEAD_ERASE_REJECTED_AFTER_DAYS
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return Comment.objects.filter(
        status=CommentStatus.REJECTED,
        decided_at__lt=cutoff,
        personal_data_erased_at__isnull=True,
    )


def erase_rejected_personal_data(now=None):
    """Erase email, IP hash, network, commenter key and the notification wish;
    return the count."""
    now = now or timezone.now()
    return erasable(now).update(
        email="",
        ip_hash="",
        network="",
        commenter_key="",
        notify_on_decision=False,
        personal_data_erased_at=now,
    )
