from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index

from masthead.core.editions import EDITIONS
from masthead.core.fields import optional_link


def edition_choices():
    return [(edition.code, edition.english_name) for edition in EDITIONS]


class Person(index.Indexed, ClusterableModel):
    """A reporter, translator, photographer or editor, credited across every edition."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=True)
    role_title = models.CharField(_("role title"), max_length=200, blank=True)
    photo = optional_link("news.NewsImage")
    bio = models.TextField(_("biography"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role_title"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        InlinePanel("localized_names", label=_("Name in other languages")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def _localized(self, edition_code):
        for localized in self.localized_names.all():
            if localized.language == edition_code:
                return localized
        return None

    def name_in(self, edition_code):
        """Return the name as the edition writes it, or the main name."""
        localized = self._localized(edition_code)
        return localized.name if localized else self.name

    def role_title_in(self, edition_code):
        localized = self._localized(edition_code)
        return (
            localized.role_title
            if localized and localized.role_title
            else self.role_title
        )


class PersonName(Orderable):
    person = ParentalKey(
        Person, on_delete=models.CASCADE, related_name="localized_names"
    )
    language = models.CharField(_("language"), max_length=10, choices=edition_choices)
    name = models.CharField(_("name"), max_length=200)
    role_title = models.CharField(_("role title"), max_length=200, blank=True)

    panels = [FieldPanel("language"), FieldPanel("name"), FieldPanel("role_title")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["person", "language"], name="one_name_per_person_language"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.language})"
