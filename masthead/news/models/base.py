"""What every page of an edition shares: its edition, its home, its comment policy."""

from http import HTTPMethod

from django.apps import apps
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from masthead.core.editions import get_edition


class CommentPolicy(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    INHERIT = "inherit", _("Inherit from the page above")


def comment_policy_field(default):
    return models.CharField(
        _("comments"), max_length=10, choices=CommentPolicy.choices, default=default
    )


def close_comments_after_field():
    return models.PositiveIntegerField(
        _("close comments after (days)"),
        null=True,
        blank=True,
        help_text=_("Empty: as the page above says (never, at the edition)."),
    )


class EditionPageMixin:
    """What every page of an edition knows about the edition it belongs to."""

    # Pages are only read: comments go to /comments/post/. Wagtail's default lets a
    # page answer (and OPTIONS advertise) DELETE, PATCH, POST and PUT as well.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    @property
    def edition(self):
        return get_edition(self.locale.language_code)

    @cached_property
    def edition_home(self):
        # By name, as a ForeignKey("news.EditionHomePage") would: the home is
        # itself an edition page, defined in pages.py with the listings that import
        # the article model, which is built on this mixin.
        home_model = apps.get_model("news", "EditionHomePage")
        return home_model.objects.ancestor_of(self, inclusive=True).first()

    @property
    def description(self):
        """Return the page's summary for search results: the editor's search
        description, else the article's standfirst or the page's introduction."""
        return (
            self.search_description
            or getattr(self, "standfirst", "")
            or getattr(self, "intro", "")
        )

    @cached_property
    def home_site(self):
        """The Site the page is served under: `get_site()` asks the database each
        time, and one article page needs it a dozen times (links, Open Graph,
        JSON-LD)."""
        return self.get_site()
