"""Store a reader's comment: one service shared by the form view and the API.

Everything that decides whether a comment is accepted lives here, so both entry points
answer the same way; they only translate the outcome into HTML or JSON.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from masthead.core.text import text_digest

from .commenter import commenter_key
from .guards import first_refusal
from .models import Comment, CommentRevision, CommentStatus
from .policy import comments_open
from .privacy import anonymised_network, ip_hash
from .signals import comment_submitted
from .text import clean_plain_text


class SubmissionRefused(Exception):
    def __init__(self, reason, status=403, retry_after=None):
        super().__init__(str(reason))
        self.reason, self.status, self.retry_after = reason, status, retry_after


@dataclass
class Submission:
    """A validated submission before it is stored; guards see this."""

    article: object
    display_name: str
    body: str
    email: str = ""
    notify_on_decision: bool = False
    parent: Comment | None = None
    address: str = ""
    # The id in the poster's commenter cookie (commenter.py); none through the API.
    browser: str = ""
    removed_characters: list = field(default_factory=list)

    @property
    def ip_hash(self):
        return ip_hash(self.address)

    @property
    def network(self):
        return anonymised_network(self.address)


def check_parent(article, parent):
    """Replies go one level deep, to an approved comment on the same article."""
    if parent is None:
        return None
    if parent.article_id != article.pk or parent.status != CommentStatus.APPROVED:
        raise SubmissionRefused(
            _("You can only reply to a published comment here."), 400
        )
    return parent.parent or parent


def prepare(
    article,
    *,
    display_name,
    body,
    email="",
    notify=False,
    parent=None,
    address="",
    browser="",
):
    """Return a Submission with the text cleaned, or raise SubmissionRefused."""
    is_open, reason = comments_open(article)
    if not is_open:
        raise SubmissionRefused(reason, 403)
    cleaned_body, removed = clean_plain_text(body)
    cleaned_name, _removed = clean_plain_text(display_name)
    return Submission(
        article=article,
        display_name=cleaned_name.strip(),
        body=cleaned_body,
        email=email.strip(),
        notify_on_decision=bool(notify and email),
        parent=check_parent(article, parent),
        address=address,
        browser=browser,
        removed_characters=removed,
    )


def store(submission, *, check_guards=True):
    """Run the guards and store the comment with its first revision; return it.

    `check_guards=False` is for comments that are not a reader posting now (the
    demo's seeded conversation): flood limits and bot checks do not apply to them.
    """
    verdict = first_refusal(submission) if check_guards else None
    if verdict is not None and not verdict.ok:
        raise SubmissionRefused(verdict.reason, verdict.status, verdict.retry_after)
    # Looked up before the transaction: on SQLite it holds the one write lock.
    section_id = submission.article.get_parent().pk
    with transaction.atomic():
        comment = Comment.objects.create(
            article=submission.article,
            parent=submission.parent,
            edition=submission.article.locale.language_code,
            section_id=section_id,
            display_name=submission.display_name,
            email=submission.email,
            notify_on_decision=submission.notify_on_decision,
            body=submission.body,
            text_digest=text_digest(submission.body),
            ip_hash=submission.ip_hash,
            network=submission.network,
            commenter_key=commenter_key(submission.email, submission.browser),
        )
        CommentRevision.objects.create(
            comment=comment,
            number=1,
            body=submission.body,
            removed_characters=submission.removed_characters,
            created_at=comment.created_at,
        )
        comment_submitted.send(sender=Comment, comment=comment)
    return comment
