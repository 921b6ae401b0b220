from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.core.fields import optional_link


class CommentRevision(models.Model):
    """One version of a comment's text: 1 is the reader's, later ones moderators'.

    Append-only: a revision is never changed or deleted, so staff can always see who
    changed what and why.
    """

    comment = models.ForeignKey(
        "comments.Comment", on_delete=models.CASCADE, related_name="revisions"
    )
    number = models.PositiveIntegerField()
    body = models.TextField()
    editor = optional_link(
        settings.AUTH_USER_MODEL, help_text=_("Empty for the reader's own text.")
    )
    reason = models.CharField(_("Terms of Use reason"), max_length=100, blank=True)
    note = models.TextField(_("note"), blank=True)
    # What plain-text cleaning removed from the reader's text (control, bidi override).
    removed_characters = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["comment", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "number"], name="one_revision_number"
            )
        ]

    def __str__(self):
        return f"#{self.comment_id} r{self.number}"
