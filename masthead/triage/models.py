from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.core.fields import optional_link

from .base import Outcome
from .explanations import write


class TriageVerdict(models.Model):
    """What one triage rule said about one comment, as the desk shows it."""

    comment = models.ForeignKey(
        "comments.Comment", on_delete=models.CASCADE, related_name="triage_verdicts"
    )
    rule = models.CharField(_("rule"), max_length=50)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    # What the rule found, written out in each reader's language (triage.explanations);
    # `explanation` is the text in the edition's language when triage ran, shown
    # only when the code is unknown (verdicts from before codes).
    explanation_code = models.CharField(max_length=50, blank=True, default="")
    explanation_params = models.JSONField(default=dict, blank=True)
    explanation = models.TextField(_("explanation"))
    details = models.JSONField(default=dict, blank=True)
    score = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # The tables keep the names they had in the moderation app.
        db_table = "moderation_triageverdict"
        verbose_name = _("triage verdict")
        indexes = [models.Index(fields=["comment", "rule"], name="triage_by_comment")]

    def __str__(self):
        return f"#{self.comment_id} {self.rule}: {self.outcome}"

    @property
    def explanation_text(self):
        """Return the explanation in the active language (the reader's)."""
        if not self.explanation_code:
            return self.explanation
        return write(self.explanation_code, self.explanation_params, self.explanation)


class WordKind(models.TextChoices):
    BANNED = "banned", _("Banned: reject automatically")
    SUSPECT = "suspect", _("Suspect: hold for priority review")


class WordListEntry(models.Model):
    """A banned or suspect word or phrase of one edition ("" for every edition)."""

    edition = models.CharField(
        _("edition"), max_length=10, blank=True, help_text=_("Empty: every edition.")
    )
    term = models.CharField(_("word or phrase"), max_length=100)
    kind = models.CharField(
        _("kind"), max_length=10, choices=WordKind.choices, default=WordKind.SUSPECT
    )
    added_by = optional_link(settings.AUTH_USER_MODEL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "moderation_wordlistentry"
        verbose_name = _("word list entry")
        verbose_name_plural = _("word list")
        ordering = ["edition", "kind", "term"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "term", "kind"], name="one_word_list_entry"
            )
        ]
        indexes = [models.Index(fields=["edition", "kind"], name="word_list_desk")]

    def __str__(self):
        return f"{self.term} ({self.get_kind_display()}, {self.edition or '*'})"
