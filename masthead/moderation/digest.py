"""A nudge to a desk whose queue is waiting too long.

`masthead moderation_digest`, run from cron every few minutes or hours, mails the
moderators of each desk (edition) whose oldest pending comment is older than a
threshold: how many are waiting, how long the oldest has, and a link to the queue.
Each digest is recorded (DeskDigest); a desk is mailed again only when its backlog
has grown since, or after it caught up in between, so cron can run often.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Min
from django.utils import timezone, translation
from django.utils.timesince import timesince

from masthead.comments.mailing import queue_mail, render_message
from masthead.comments.models import Comment
from masthead.core.editions import get_edition
from masthead.core.links import absolute_url

from .models import DeskDigest


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


def close_caught_up_desks(backlogs, now=None):
    """Mark the open digests of desks no longer overdue as caught up."""
    overdue = [backlog.edition for backlog in backlogs]
    open_digests = DeskDigest.objects.filter(cleared_at__isnull=True)
    open_digests.exclude(edition__in=overdue).update(cleared_at=now or timezone.now())


def has_grown(backlog):
    """Return whether the backlog is news: larger than the desk's open digest said."""
    last = (
        DeskDigest.objects.filter(edition=backlog.edition, cleared_at__isnull=True)
        .order_by("-sent_at", "-pk")
        .first()
    )
    return last is None or backlog.pending > last.pending


def desk_moderators(edition):
    """Return the active users seated at an edition's desk who have an email."""
    return (
        get_user_model()
        .objects.filter(desk_assignments__edition=edition, is_active=True, email__gt="")
        .select_related("wagtail_userprofile")
        .distinct()
        .order_by("pk")
    )


def moderator_language(user, edition):
    """Return the language a moderator chose in their account, else the desk's."""
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile and profile.preferred_language) or edition


def desk_url(edition):
    query = urlencode({"status": "pending", "edition": edition})
    return absolute_url(f"/moderation/?{query}")


def digest_message(backlog, language, now=None):
    """Return the rendered digest of `backlog` in `language`."""
    with translation.override(language):
        context = {
            "count": backlog.pending,
            "desk": get_edition(backlog.edition).service_language_name(language),
            "age": timesince(backlog.oldest, now or timezone.now()),
            "link": desk_url(backlog.edition),
        }
    return render_message("moderation/mail/digest", context, language)


@transaction.atomic
def send_digest(backlog, now=None):
    """Queue one message per moderator of the desk and record the digest if any
    was queued; return how many were."""
    moderators = list(desk_moderators(backlog.edition))
    for user in moderators:
        language = moderator_language(user, backlog.edition)
        queue_mail(digest_message(backlog, language, now), [user.email])
    if not moderators:
        return 0  # nothing was sent, so a moderator added later hears of it
    DeskDigest.objects.create(
        edition=backlog.edition,
        pending=backlog.pending,
        oldest_at=backlog.oldest,
        recipients=len(moderators),
        sent_at=now or timezone.now(),
    )
    return len(moderators)
