"""Reader comments on the demo stories, in every state the desk knows.

Each comment is posted through the same service as the public form, so it gets its
revision and hashed address, and is then decided through the desk's own actions by
the moderator of its desk. Times are set back so the queues show realistic ages.
"""

from datetime import timedelta

from wagtail.models import ModelLogEntry

from masthead.comments import submission
from masthead.comments.models import Comment, Report
from masthead.comments.privacy import ip_hash
from masthead.moderation import actions, banning

from . import (
    comments_bo,
    comments_en,
    comments_km,
    comments_ko,
    comments_lo,
    comments_my,
    comments_ug,
    comments_vi,
    comments_zh,
)
from .comment_data import APPROVE, PENDING
from .moderators import DESK_EDITIONS, ensure_moderator

COMMENTS = (
    *comments_en.COMMENTS,
    *comments_ko.COMMENTS,
    *comments_ug.COMMENTS,
    *comments_zh.COMMENTS,
    *comments_bo.COMMENTS,
    *comments_my.COMMENTS,
    *comments_km.COMMENTS,
    *comments_lo.COMMENTS,
    *comments_vi.COMMENTS,
)
REPORTS = comments_en.REPORTS
BANS = comments_en.BANS


def add_demo_comments(published, now):
    """Post the demo comments on the `published` stories (by key) and decide them."""
    moderators = {code: ensure_moderator(code) for code in DESK_EDITIONS}
    posted = {}
    for spec in COMMENTS:
        comment = post(spec, published[spec.story], posted, now)
        if spec.decision != PENDING:
            comment = decide(comment, spec, moderators[comment.edition])
        posted[spec.key] = comment
    for report in REPORTS:
        file_report(posted[report.comment], report, now)
    for ban in BANS:
        comment = posted[ban.comment]
        banning.ban_commenter(
            comment,
            user=moderators[comment.edition],
            reason=ban.reason,
            reject_pending=True,
        )


def post(spec, article, posted, now):
    """Store `spec` as a reader's comment, written `spec.minutes_ago` before `now`."""
    comment = submission.store(
        submission.prepare(
            article,
            display_name=spec.name,
            body=spec.body,
            email=spec.email,
            parent=posted.get(spec.reply_to),
            address=spec.address,
            # Each seeded name stands for one browser, so the desk shows histories.
            browser=f"demo:{spec.name}",
        ),
        # A seeded conversation, not readers posting now: no flood limits.
        check_guards=False,
    )
    comment.created_at = now - timedelta(minutes=spec.minutes_ago)
    Comment.objects.filter(pk=comment.pk).update(created_at=comment.created_at)
    comment.revisions.update(created_at=comment.created_at)
    return comment


def decide(comment, spec, moderator):
    """Approve (with the moderators' edit, if any) or reject, as `spec` says."""
    seen = {"user": moderator, "revision": comment.revision, "note": spec.note}
    if spec.decision == APPROVE:
        body = spec.edited_body or None
        comment = actions.approve(comment, body=body, reason=spec.reason, **seen)
    else:
        comment = actions.reject(comment, reason=spec.reason, **seen)
    backdate_decision(comment, comment.created_at + decision_delay(spec))
    return comment


def decision_delay(spec):
    # A desk that keeps up: a few minutes for the newest, never more than twenty.
    return timedelta(minutes=min(20, spec.minutes_ago // 3))


def backdate_decision(comment, when):
    """Move the decision, its edit and its audit entry to `when`."""
    comment.decided_at = when
    Comment.objects.filter(pk=comment.pk).update(decided_at=when)
    comment.revisions.filter(number__gt=1).update(created_at=when)
    ModelLogEntry.objects.for_instance(comment).update(timestamp=when)


def file_report(comment, report, now):
    Report.objects.create(
        comment=comment,
        reason=report.reason,
        note=report.note,
        ip_hash=ip_hash(report.address),
        created_at=now - timedelta(minutes=report.minutes_ago),
    )
