from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from masthead.core.fields import optional_link
from masthead.news.models.people import edition_choices


class DeskAssignment(models.Model):
    """A moderator's place at a language desk, optionally limited to one section.

    Site administrators (superusers) moderate everywhere without an assignment.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="desk_assignments",
    )
    edition = models.CharField(_("edition"), max_length=10, choices=edition_choices)
    section = optional_link(
        "news.SectionPage",
        on_delete=models.CASCADE,
        help_text=_("Empty: the whole edition."),
    )

    class Meta:
        verbose_name = _("desk assignment")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "edition", "section"], name="one_assignment_per_desk"
            )
        ]

    def __str__(self):
        where = self.section.title if self.section else self.edition
        return f"{self.user} @ {where}"
