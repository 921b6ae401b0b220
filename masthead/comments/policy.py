"""Where readers may comment: the article's own policy, else its section's, else its
edition's; and the nearest "close after N days" counted from first publication."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.news.models import CommentPolicy


def _chain(article):
    section = article.get_parent().specific
    return [article, section, section.get_parent().specific]


def resolved_policy(article):
    """Return OPEN or CLOSED after following INHERIT up to the edition."""
    for page in _chain(article):
        if page.comment_policy != CommentPolicy.INHERIT:
            return page.comment_policy
    return CommentPolicy.OPEN


def close_after_days(article):
    for page in _chain(article)[1:]:
        if page.close_comments_after_days is not None:
            return page.close_comments_after_days
    return None


def comments_open(article, now=None):
    """Return (open, reason) with a reason a reader can read when closed."""
    if not article.live:
        return False, _("Comments are closed on unpublished pages.")
    if resolved_policy(article) == CommentPolicy.CLOSED:
        return False, _("Comments are closed on this article.")
    days = close_after_days(article)
    published = article.first_published_at
    if (
        days is not None
        and published
        and (now or timezone.now()) > published + timedelta(days=days)
    ):
        return False, _("Comments closed %(days)s days after publication.") % {
            "days": days
        }
    return True, ""
