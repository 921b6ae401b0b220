"""Where readers may comment: the article's own policy, else its section's, else its
edition's; and the nearest "close after N days" counted from first publication.

Every post and every render asks, so the answer is stored on the article
(`inherited_comment_policy`, `inherited_close_after_days`: what its section and
edition say): worked out when the article is published, and forgotten when a page
above it is published or the article moves, to be worked out again, and stored, the
next time it is asked.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.news.models import (
    ArticlePage,
    CommentPolicy,
    EditionHomePage,
    SectionPage,
)

POLICY_FIELDS = ("comment_policy", "close_comments_after_days")


def _above(article):
    """Return the policy fields of the article's section and edition, nearest
    first, reading only those two fields (two small queries)."""
    return [
        model.objects.ancestor_of(article).values(*POLICY_FIELDS).first() or {}
        for model in (SectionPage, EditionHomePage)
    ]


def resolved_policy(chain):
    """Return OPEN or CLOSED after following INHERIT up to the edition."""
    for fields in chain:
        policy = fields.get("comment_policy", CommentPolicy.INHERIT)
        if policy != CommentPolicy.INHERIT:
            return policy
    return CommentPolicy.OPEN


def close_after_days(chain):
    for fields in chain:
        if fields.get("close_comments_after_days") is not None:
            return fields["close_comments_after_days"]
    return None


def effective_policy(article):
    """Return (OPEN or CLOSED, close after days or None): the article's own policy,
    else what is stored of the pages above, worked out and stored first if need be.
    """
    if not article.inherited_comment_policy:
        remember_policy(article)
    policy = article.comment_policy
    if policy == CommentPolicy.INHERIT:
        policy = article.inherited_comment_policy
    return policy, article.inherited_close_after_days


def remember_policy(article):
    """Work out what the pages above the article say and store it on the article."""
    above = _above(article)
    article.inherited_comment_policy = resolved_policy(above)
    article.inherited_close_after_days = close_after_days(above)
    ArticlePage.objects.filter(pk=article.pk).update(
        inherited_comment_policy=article.inherited_comment_policy,
        inherited_close_after_days=article.inherited_close_after_days,
    )


def article_published(sender, instance, **kwargs):
    """Receive page_published from ArticlePage: store the policy it publishes."""
    remember_policy(instance)


def pages_above_changed(sender, instance, **kwargs):
    """Receive page_published from sections and editions, and post_page_move: the
    articles below work out their policy again when next asked."""
    below = ArticlePage.objects.descendant_of(instance, inclusive=True)
    below.update(inherited_comment_policy="", inherited_close_after_days=None)


def comments_open(article, now=None):
    """Return (open, reason) with a reason a reader can read when closed."""
    if not article.live:
        return False, _("Comments are closed on unpublished pages.")
    policy, days = effective_policy(article)
    if policy == CommentPolicy.CLOSED:
        return False, _("Comments are closed on this article.")
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
