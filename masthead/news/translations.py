"""Keep track of which article a translation was made from."""

from .models import ArticlePage


def remember_translation_source(sender, source_obj, target_obj, **kwargs):
    """Point a translation made with Wagtail's "Translate" action at its original."""
    source, target = source_obj.specific, target_obj.specific
    if isinstance(target, ArticlePage) and isinstance(source, ArticlePage):
        target.translation_of = source.translation_of or source
        target.save(update_fields=["translation_of"])
