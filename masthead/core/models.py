from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class PublisherSettings(BaseSiteSetting):
    """Who publishes the site, as readers, feeds and search engines are told."""

    publisher_name = models.CharField(
        _("publisher name"), max_length=200, default="Masthead"
    )
    terms_of_use_url = models.CharField(
        _("Terms of Use address"), max_length=500, blank=True, default="/terms/"
    )

    class Meta:
        verbose_name = _("publisher")

    def __str__(self):
        return self.publisher_name
