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


class TaskWorker(models.Model):
    """A task worker and when it was last seen alive.

    A worker beats while it runs, even during a long job; a job still marked
    running by a worker not seen for MASTHEAD_TASK_LEASE_SECONDS is given back.
    """

    worker_id = models.CharField(_("worker id"), max_length=64, primary_key=True)
    seen_at = models.DateTimeField(_("last seen"), db_index=True)

    class Meta:
        verbose_name = _("task worker")

    def __str__(self):
        return self.worker_id


class EffectDone(models.Model):
    """A side effect that must happen once (a mail sent), by its key.

    A task that is run again after a crash or a retry finds its key and skips the
    effect; markers are pruned with the finished tasks.
    """

    key = models.CharField(_("key"), max_length=64, primary_key=True)
    done_at = models.DateTimeField(_("done at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("effect done")

    def __str__(self):
        return self.key
