"""Model fields the apps declare alike."""

from django.db import models


def optional_link(to, *, on_delete=models.SET_NULL, related_name="+", **options):
    """Return a ForeignKey a row may leave empty, in the database and in forms.

    By default the row outlives the one it names (SET_NULL) and the named model
    gets no reverse accessor; `related_name` names one where a page lists them.
    """
    return models.ForeignKey(
        to,
        null=True,
        blank=True,
        on_delete=on_delete,
        related_name=related_name,
        **options,
    )
