"""Telling a commenter what became of their comment, when they asked to be told.

Connected to `comment_decided` in ModerationConfig.ready(). The mail is plain text
in the comment's edition language, and goes only to a mailbox its owner confirmed
(masthead.comments.confirmation): anyone can type anyone's address. It never quotes
a rejected comment, which may be abuse aimed at that address, and puts headlines and
names on one line, so a line break in them can neither break the subject header nor
forge a line of the message. Sending happens after the decision is committed and any
failure is only logged: a mail server being down never undoes a decision.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _

from masthead.comments.confirmation import is_confirmed
from masthead.core.formatting import format_local_datetime, one_line
from masthead.core.models import PublisherSettings

from .models import RejectionReason

logger = logging.getLogger(__name__)


def absolute_url(url):
    """Return `url` with the site address in front when it is a path."""
    return url if "://" in url else f"{settings.SITE_URL}{url}"


def notify_commenter(sender, comment, action, user=None, reason="", **kwargs):
    """Mail the commenter about an approval or a rejection they asked to hear of."""
    if action not in MESSAGES or not (comment.email and comment.notify_on_decision):
        return
    if not is_confirmed(comment.email):
        return
    try:
        with translation.override(comment.edition):
            subject, body = MESSAGES[action](comment, reason)
        send_mail(subject, body, None, [comment.email])
    except Exception:
        # Logged with the traceback; the decision itself is already committed.
        logger.exception("Could not mail the decision on comment %s", comment.pk)


def _context(comment):
    article = comment.article
    site = article.get_site()
    publisher = PublisherSettings.for_site(site) if site else None
    return {
        "name": one_line(comment.display_name),
        "title": one_line(article.title),
        "date": format_local_datetime(comment.created_at, comment.edition),
        "site": publisher.publisher_name if publisher else settings.WAGTAIL_SITE_NAME,
        "terms": absolute_url(publisher.terms_of_use_url) if publisher else "",
    }


def approved_message(comment, reason=""):
    context = _context(comment)
    subject = _("Your comment on “%(title)s” is published") % context
    lines = [
        _("Hello %(name)s,") % context,
        "",
        _(
            "A moderator approved the comment you wrote on %(date)s under "
            "“%(title)s”. It is now published:"
        )
        % context,
        absolute_url(comment.get_absolute_url()),
        "",
        context["site"],
    ]
    return subject, "\n".join(lines)


def rejected_message(comment, reason):
    context = _context(comment)
    subject = _("Your comment on “%(title)s” was not published") % context
    lines = [
        _("Hello %(name)s,") % context,
        "",
        _(
            "A moderator did not publish the comment you wrote on %(date)s under "
            "“%(title)s”."
        )
        % context,
        _("Reason: %(reason)s") % {"reason": reason_label(reason)},
        *([f"{_('Terms of Use')}: {context['terms']}"] if context["terms"] else []),
        "",
        context["site"],
    ]
    return subject, "\n".join(lines)


MESSAGES = {"approve": approved_message, "reject": rejected_message}


def reason_label(code):
    """Return a reason code as "label (§clause)" for the commenter."""
    reason = RejectionReason.objects.filter(code=code).first()
    if reason is None:
        return code or _("not given")
    return str(reason)
