"""The audit entry of a decision, written in one statement.

Wagtail's `log()` saves its entry through `full_clean()`, which checks each foreign
key with a query of its own: that the content type and the user exist. A decision
holds both already (the comment it locked, the moderator who asked), so those two
queries would only repeat what the request knows, on every decision and on every
comment triage rejects. Everything else is checked as Wagtail checks it: the action
must be registered and every field valid.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from wagtail.log_actions import get_active_log_context, registry

# Known to exist: the caller holds the instances they name.
HELD_KEYS = ("content_type", "user")


def log(instance, action, *, user=None, data=None):
    """Record `action` on `instance` in Wagtail's audit log; return the entry."""
    registry.scan_for_actions()
    entry_model = registry.get_log_model_for_instance(instance)
    context = get_active_log_context()
    entry = entry_model(
        content_type=ContentType.objects.get_for_model(
            instance, for_concrete_model=False
        ),
        object_id=str(instance.pk),
        label=entry_model.objects.get_instance_title(instance),
        action=action,
        timestamp=timezone.now(),
        data=data or {},
        user=user or context.user,
        uuid=context.uuid,
    )
    entry.full_clean(exclude=HELD_KEYS)
    # Model.save itself: the entry's own save() would run full_clean() again,
    # with the two queries.
    models.Model.save(entry)
    return entry
