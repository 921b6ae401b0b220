from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class NewsImage(AbstractImage):
    """A photo with the credit that must travel with it wherever it is used.

    Wagtail's `description` field holds the alt text; captions belong to each use.
    """

    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")


class NewsRendition(AbstractRendition):
    image = models.ForeignKey(
        NewsImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
