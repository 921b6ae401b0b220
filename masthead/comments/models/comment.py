from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.core.fields import optional_link


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=CommentStatus.APPROVED)

    def pending(self):
        return self.filter(status=CommentStatus.PENDING)

    def public_thread(self, article):
        """Return the approved comments of an article, oldest first, ready to render."""
        return self.approved().filter(article=article).order_by("created_at", "pk")


class Comment(models.Model):
    """What a reader wrote under an article, as it stands now.

    `body` is always the text of the latest revision; every version, the reader's and
    each moderator edit, is a CommentRevision. A decision names the revision the
    moderator saw, so `revision` is checked and bumped in the same UPDATE.
    """

    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="reader_comments"
    )
    parent = optional_link("self", on_delete=models.CASCADE, related_name="replies")
    # Copied from the article so desk queues filter without joining the page tree.
    edition = models.CharField(_("edition"), max_length=10)
    section = optional_link("news.SectionPage")
    display_name = models.CharField(_("name"), max_length=50)
    email = models.EmailField(_("email"), blank=True)
    notify_on_decision = models.BooleanField(
        _("tell me when it is reviewed"), default=False
    )
    body = models.TextField(_("comment"))
    revision = models.PositiveIntegerField(default=1)
    status = models.CharField(
        max_length=10, choices=CommentStatus.choices, default=CommentStatus.PENDING
    )
    edited_by_moderators = models.BooleanField(default=False)
    # Raised by triage for comments a moderator should see first ("Priority first").
    priority = models.SmallIntegerField(_("priority"), default=0)
    ip_hash = models.CharField(max_length=64, blank=True)
    # core.text.text_digest of the text as the commenter sent it: triage finds a
    # commenter's repeats by it, without reading their earlier comments.
    text_digest = models.CharField(max_length=32, blank=True)
    # Groups a commenter's comments at the desk (comments/commenter.py).
    commenter_key = models.CharField(max_length=64, blank=True)
    network = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = optional_link(settings.AUTH_USER_MODEL)
    rendered_html = models.TextField(blank=True)
    personal_data_erased_at = models.DateTimeField(null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("reader comment")
        indexes = [
            models.Index(fields=["status", "created_at"], name="comment_queue"),
            models.Index(
                fields=["status", "edition", "created_at"], name="comment_desk_queue"
            ),
            models.Index(
                fields=["status", "edition", "priority", "created_at"],
                name="comment_priority_queue",
            ),
            models.Index(
                fields=["article", "status", "created_at"], name="comment_thread"
            ),
            models.Index(fields=["ip_hash", "created_at"], name="comment_by_ip"),
            models.Index(fields=["email", "created_at"], name="comment_by_email"),
            models.Index(
                fields=["text_digest", "created_at"], name="comment_same_text"
            ),
            # The desk's dashboard (decisions of the week) and commenter histories.
            models.Index(fields=["edition", "decided_at"], name="comment_decisions"),
            models.Index(
                fields=["email", "edition", "status"], name="comment_history_email"
            ),
            models.Index(
                fields=["ip_hash", "edition", "status"], name="comment_history_ip"
            ),
            models.Index(
                fields=["commenter_key", "edition", "status"],
                name="comment_history_key",
            ),
            models.Index(
                fields=["network", "edition", "status"], name="comment_by_network"
            ),
        ]

    def __str__(self):
        return f"{self.display_name}: {self.body[:40]}"

    def get_absolute_url(self):
        return f"{self.article.url}#comment-{self.pk}"
