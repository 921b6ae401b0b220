"""A nudge to a desk whose queue is waiting too long.

`masthead moderation_digest`, run from cron every few minutes or hours, mails the
moderators of each desk (edition) whose oldest pending comment is older than a
threshold: how many are waiting, how long the oldest has, and a link to the queue.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db.models import Count, Min
from django.utils import timezone, translation
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from masthead.comments.models import Comment
from masthead.core.editions import get_edition


@dataclass(frozen=True)
class Backlog:
    edition: str
    pending: int
    oldest: datetime


def default_threshold():
    return timedelta(minutes=settings.MASTHEAD_DIGEST_AFTER_MINUTES)


def overdue_desks(older_than, now=None):
    """Return a Backlog for each edition whose oldest pending comment is too old."""
    cutoff = (now or timezone.now()) - older_than
    rows = (
        Comment.objects.pending()
        .values("edition")
        .annotate(pending=Count("pk"), oldest=Min("created_at"))
        .filter(oldest__lt=cutoff)
        .order_by("edition")
    )
    return [Backlog(row["edition"], row["pending"], row["oldest"]) for row in rows]


def desk_moderators(edition):
    """Return the active users seated at an edition's desk who have an email."""
    return (
        get_user_model()
        .objects.filter(desk_assignments__edition=edition, is_active=True, email__gt="")
        .distinct()
        .order_by("pk")
    )


def desk_url(edition):
    query = urlencode({"status": "pending", "edition": edition})
    return f"{settings.SITE_URL}/moderation/?{query}"


def digest_message(backlog, now=None):
    """Return (subject, body) in the desk's language."""
    edition = get_edition(backlog.edition)
    with translation.override(edition.code):
        context = {
            "count": backlog.pending,
            "desk": edition.native_name,
            "age": timesince(backlog.oldest, now or timezone.now()),
        }
        subject = ngettext(
            "%(count)s comment is waiting at the %(desk)s desk",
            "%(count)s comments are waiting at the %(desk)s desk",
            backlog.pending,
        )
        lines = [
            f"{subject % context}.",
            _("The oldest has waited %(age)s.") % context,
            "",
            _("Review them: %(url)s") % {"url": desk_url(backlog.edition)},
        ]
    return subject % context, "\n".join(lines)


def send_digest(backlog, now=None):
    """Mail one desk's moderators, one message each; return how many were sent."""
    subject, body = digest_message(backlog, now)
    recipients = desk_moderators(backlog.edition).values_list("email", flat=True)
    messages = [(subject, body, None, [email]) for email in recipients]
    return send_mass_mail(messages) if messages else 0
