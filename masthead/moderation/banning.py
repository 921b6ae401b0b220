"""Banning a commenter from a comment they wrote."""

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from masthead.comments.models import Comment, CommentStatus
from masthead.guards.models import Ban

from . import actions
from .conflicts import DecisionRefused
from .permissions import desk_scope, ensure_can_moderate
from .reasons import require_reason


def ban_commenter(
    comment, *, user, reason, by_email=True, by_ip=True, reject_pending=False
):
    """Ban the author of `comment`; return (ban, pending comments rejected)."""
    ensure_can_moderate(user, comment)
    require_reason(reason)
    email = comment.email if by_email else ""
    ip_hash, network = (comment.ip_hash, comment.network) if by_ip else ("", "")
    if not (email or ip_hash or network):
        raise DecisionRefused(_("This commenter left no email or address to ban."))
    with transaction.atomic():
        ban = Ban.objects.create(
            email=email,
            ip_hash=ip_hash,
            network=network,
            reason=reason,
            created_by=user,
        )
        log(
            comment,
            "masthead.comment.ban",
            user=user,
            data=_ban_data(ban, reject_pending),
        )
    rejected = _reject_pending_from(ban, comment, user, reason) if reject_pending else 0
    return ban, rejected


def _ban_data(ban, reject_pending):
    return {
        "ban": ban.pk,
        "by_email": bool(ban.email),
        "by_ip": bool(ban.ip_hash or ban.network),
        "reason": ban.reason,
        "reject_pending": reject_pending,
    }


def _reject_pending_from(ban, comment, user, reason):
    same_author = Q(pk__in=[])
    if ban.email:
        # The ban keeps the normalised mailbox; comments keep what was typed.
        same_author |= Q(email__iexact=ban.email) | Q(email__iexact=comment.email)
    if ban.ip_hash:
        same_author |= Q(ip_hash=ban.ip_hash)
    pending = Comment.objects.filter(
        same_author, desk_scope(user), status=CommentStatus.PENDING
    )
    rejected = 0
    for comment in pending:
        try:
            actions.reject(comment, user=user, revision=comment.revision, reason=reason)
            rejected += 1
        except actions.DecisionConflict:
            continue  # decided meanwhile by someone else: their decision stands
    return rejected
