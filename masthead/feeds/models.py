from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="list-ul")
class FeedSettings(BaseSiteSetting):
    """How much of each article the site's RSS and Atom feeds carry."""

    full_text = models.BooleanField(
        _("full text in feeds"),
        default=True,
        help_text=_(
            "On: feeds carry the whole article (lead image, body and credits), so "
            "readers who cannot reach the site can still read it. Off: the "
            "standfirst only."
        ),
    )

    class Meta:
        verbose_name = _("feeds")

    def __str__(self):
        return str(self._meta.verbose_name)
