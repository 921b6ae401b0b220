"""Where readers may comment: the article's own policy, else its section's, else its
edition's; and the nearest "close after N days" counted from first publication."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.news.models import CommentPolicy, EditionHomePage, SectionPage

POLICY_FIELDS = ("comment_policy", "close_comments_after_days")


def _chain(article):
    """Return the policy fields of the article, its section and its edition, nearest
    first, reading only those two fields of the pages above (two small queries)."""
    above = [
        model.objects.ancestor_of(article).values(*POLICY_FIELDS).first() or {}
        for model in (SectionPage, EditionHomePage)
    ]
    return [{"comment_policy": article.comment_policy}, *above]


def resolved_policy(chain):
    """Return OPEN or CLOSED after following INHERIT up to the edition."""
    for fields in chain:
        policy = fields.get("comment_policy", CommentPolicy.INHERIT)
        if policy != CommentPolicy.INHERIT:
            return policy
    return CommentPolicy.OPEN


def close_after_days(chain):
    for fields in chain[1:]:
        if fields.get("close_comments_after_days") is not None:
            return fields["close_comments_after_days"]
    return None


def comments_open(article, now=None):
    """Return (open, reason) with a reason a reader can read when closed."""
    if not article.live:
        return False, _("Comments are closed on unpublished pages.")
    chain = _chain(article)
    if resolved_policy(chain) == CommentPolicy.CLOSED:
        return False, _("Comments are closed on this article.")
    days = close_after_days(chain)
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
