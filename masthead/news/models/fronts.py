from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

# The lead and four top stories: what a phone shows before the section blocks.
ARRANGED_SLOTS = 5


class FrontStory(Orderable):
    """A story the desk places on a front page (an edition home or a section).

    The first story leads the front and the next ones are its top stories; slots
    the desk leaves empty fill themselves with the newest stories.
    """

    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="front_stories"
    )
    article = models.ForeignKey(
        "news.ArticlePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("story"),
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("story on the front")
        verbose_name_plural = _("stories on the front")


def front_panel():
    return InlinePanel(
        "front_stories",
        label=_("Front page"),
        heading=_("Front page: the lead story, then the top stories"),
        max_num=ARRANGED_SLOTS,
    )


class FrontMixin:
    """A page the desk arranges as a front: templates show it with the `front`
    filter (news_tags), which `masthead.news.fronts` builds."""

    def clean(self):
        super().clean()
        self.clean_front_stories()

    def clean_front_stories(self):
        """Refuse a story from another edition: its link would change language."""
        for slot in self.front_stories.all():
            if slot.article_id and slot.article.locale_id != self.locale_id:
                raise ValidationError(
                    _("“%(title)s” is in another edition; choose a story of this one.")
                    % {"title": slot.article.title}
                )
