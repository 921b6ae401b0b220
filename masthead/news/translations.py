"""Keep track of which article a translation was made from, and flag translations
whose original has changed since they were last reviewed."""

from django.utils import timezone
from wagtail.log_actions import log

from .models import ArticlePage

# What a translator works from: a change to any of these in the original may need
# the same change in the translation. Tags, people and settings do not.
TRANSLATED_FIELDS = (
    "title",
    "standfirst",
    "dateline",
    "lead_image",
    "lead_caption",
    "body",
)


def remember_translation_source(sender, source_obj, target_obj, **kwargs):
    """Point a translation made with Wagtail's "Translate" action at its original."""
    source, target = source_obj.specific, target_obj.specific
    if isinstance(target, ArticlePage) and isinstance(source, ArticlePage):
        target.translation_of = source.translation_of or source
        target.save(update_fields=["translation_of"])


def article_published(sender, instance, revision, **kwargs):
    """On publishing: a translation is reviewed; an original flags its translations."""
    if not isinstance(instance, ArticlePage):
        return
    if instance.translation_of_id:
        mark_reviewed(instance)
    else:
        flag_translations(instance, revision)


def flag_translations(source, revision):
    """Flag each translation of `source` the `revision` changes; return how many.

    A translation is compared with the revision of the original it was last
    reviewed against, or, when none is recorded, the original's revision before this.
    """
    now, flagged = timezone.now(), 0
    unflagged = source.translated_versions.filter(source_changed_at__isnull=True)
    for translation in unflagged.select_related("reviewed_source_revision"):
        baseline = translation.reviewed_source_revision or _previous(source, revision)
        if baseline is not None and differs(baseline.content, revision.content):
            flagged += ArticlePage.objects.filter(pk=translation.pk).update(
                source_changed_at=now
            )
            log(
                translation,
                "masthead.translation.source_changed",
                data={"source": source.pk, "source_revision": revision.pk},
            )
    return flagged


def mark_reviewed(translation):
    """Clear the flag: the translation now answers to its original's live revision."""
    source = translation.translation_of
    translation.source_changed_at = None
    translation.reviewed_source_revision_id = (
        source.live_revision_id if source else None
    )
    ArticlePage.objects.filter(pk=translation.pk).update(
        source_changed_at=None,
        reviewed_source_revision_id=translation.reviewed_source_revision_id,
    )


def differs(old_content, new_content):
    return any(old_content.get(f) != new_content.get(f) for f in TRANSLATED_FIELDS)


def translations_to_review(user=None):
    """Return the flagged translations, oldest change first, that `user` may edit."""
    pages = ArticlePage.objects.filter(source_changed_at__isnull=False)
    if user is not None and not user.is_superuser:
        from wagtail.permission_policies.pages import PagePermissionPolicy

        editable = PagePermissionPolicy().instances_user_has_any_permission_for(
            user, ["change"]
        )
        pages = pages.filter(pk__in=editable.values("pk"))
    return pages.select_related("locale", "translation_of").order_by(
        "source_changed_at", "pk"
    )


def _previous(source, revision):
    return (
        source.revisions.filter(created_at__lte=revision.created_at)
        .exclude(pk=revision.pk)
        .order_by("-created_at", "-pk")
        .first()
    )
