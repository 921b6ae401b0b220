"""Confirming a reader's address before any notice is mailed to it.

A reader who asks to hear of the decision on their comment types an address, and
anyone can type anyone's. So the first message to an address carries nothing a
reader wrote: the site's name and a signed link that expires
(MASTHEAD_EMAIL_CONFIRMATION_MAX_AGE). The link opens a page with a button and only
pressing it confirms, since mail scanners open links. No notice goes to a mailbox
until then, and a new link goes out only once the last one has expired, so posting
again and again never fills someone's inbox.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from masthead.core.formatting import format_local_datetime
from masthead.core.links import absolute_url
from masthead.core.models import PublisherSettings

from .emails import mailbox_hashes
from .mailing import queue_mail, render_message
from .models import EmailConfirmation

SALT = "masthead.comments.confirm-email"
logger = logging.getLogger(__name__)


def max_age():
    return settings.MASTHEAD_EMAIL_CONFIRMATION_MAX_AGE


def is_confirmed(email):
    """Return whether the owner of `email`'s mailbox confirmed it."""
    hashes = mailbox_hashes(email)
    confirmed = EmailConfirmation.objects.confirmed()
    return bool(hashes) and confirmed.filter(address_hash__in=hashes).exists()


def request_token(email, edition):
    """Return the signed token of a confirmation link for `email`'s mailbox."""
    address_hash = mailbox_hashes(email)[0]
    EmailConfirmation.objects.get_or_create(address_hash=address_hash)
    return signing.dumps([address_hash, edition], salt=SALT)


def checked_edition(token):
    """Return the edition a valid token was made in; raise BadSignature if forged
    and SignatureExpired (a BadSignature) if too old."""
    return signing.loads(token, salt=SALT, max_age=max_age())[1]


def confirm(token):
    """Confirm the mailbox a valid token names (once; again is harmless)."""
    address_hash, _edition = signing.loads(token, salt=SALT, max_age=max_age())
    row, _created = EmailConfirmation.objects.get_or_create(address_hash=address_hash)
    if row.confirmed_at is None:
        row.confirmed_at = timezone.now()
        row.save(update_fields=["confirmed_at"])


def send_confirmation(email, edition):
    """Queue a confirmation link unless the mailbox is confirmed or a link sent to
    it is still valid; return whether one was queued."""
    if not email or is_confirmed(email):
        return False
    token = request_token(email, edition)
    if not _claim_mailing(mailbox_hashes(email)[0]):
        return False
    queue_mail(confirmation_message(token, edition), [email])
    return True


def _claim_mailing(address_hash):
    """Note a link as sent now, unless an unexpired one was: one worker wins."""
    now = timezone.now()
    expired = Q(requested_at__isnull=True) | Q(requested_at__lt=now - _lifetime())
    unconfirmed = EmailConfirmation.objects.filter(
        address_hash=address_hash, confirmed_at__isnull=True
    )
    return unconfirmed.filter(expired).update(requested_at=now) == 1


def _lifetime():
    return timedelta(seconds=max_age())


def confirmation_message(token, edition):
    """Return the message: the site, the link and its expiry, nothing else."""
    context = {
        "site": site_name(),
        "link": absolute_url(reverse("comments:confirm-email", args=[token])),
        "until": format_local_datetime(timezone.now() + _lifetime(), edition),
    }
    return render_message("comments/mail/confirm_email", context, edition)


def site_name():
    site = Site.objects.filter(is_default_site=True).first()
    publisher = PublisherSettings.for_site(site) if site else None
    return publisher.publisher_name if publisher else settings.WAGTAIL_SITE_NAME


def ask_to_confirm(sender, comment, **kwargs):
    """On a new comment asking for notice (inside the transaction that stores it):
    queue a link, which leaves only if the comment commits."""
    if not (comment.notify_on_decision and comment.email):
        return
    send_confirmation(comment.email, comment.edition)
