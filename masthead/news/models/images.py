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


class EditionCollection(models.Model):
    """The collection that holds an edition's pictures.

    A picture in it is titled, described and credited in the edition's language, so
    the image chooser offers it first to that edition's editors, and its credit is
    printed only on that edition's pages (masthead.news.pictures).
    """

    locale = models.OneToOneField(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="picture_collection",
        verbose_name=_("edition"),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        on_delete=models.CASCADE,
        related_name="edition",
        verbose_name=_("collection"),
    )

    class Meta:
        verbose_name = _("edition's picture collection")

    def __str__(self):
        return self.collection.name
