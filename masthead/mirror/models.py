from django.db import models
from django.utils.translation import gettext_lazy as _


class PurgeRecord(models.Model):
    """One purge, in the log every server follows (coherence.py).

    The primary key is the purge's generation: a server that has applied every
    generation up to N has dropped every page purged up to N.
    """

    paths = models.JSONField(default=list)
    trees = models.JSONField(default=list)
    # The baked-pages folder that purged itself already; servers sharing that folder
    # (one shared mount, or a server and its task worker) only drop their memory.
    folder = models.CharField(max_length=32)
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("purge of baked pages")
        verbose_name_plural = _("purges of baked pages")

    def __str__(self):
        return f"#{self.pk}: {len(self.paths)} pages, {len(self.trees)} folders"
