"""Which editions write dates and counts on public pages in their script's own digits.

The choice is a field of each edition's home page. Every date and count on a page
asks for it, so the set of editions that made it is held in the cache and read
again whenever an edition home is saved.
"""

from django.core.cache import cache
from django.db import transaction
from django.dispatch import Signal

from masthead.core.editions import get_edition
from masthead.core.formatting import has_native_digits

from .models import EditionHomePage

CACHE_KEY = "masthead:native-digit-editions"
# With a per-process cache another worker forgets only when this runs out.
CACHE_SECONDS = 300

# Sent with `edition_code` when an edition starts or stops using native digits, so
# what keeps rendered HTML (approved comments) can render it again.
native_digits_changed = Signal()


def native_digit_editions():
    """Return the codes of the editions whose home page asks for native digits."""
    codes = cache.get(CACHE_KEY)
    return refresh_native_digit_editions() if codes is None else codes


def refresh_native_digit_editions(**kwargs):
    """Read the choice of every edition again and keep it in the cache."""
    codes = frozenset(
        EditionHomePage.objects.filter(native_digits=True).values_list(
            "locale__language_code", flat=True
        )
    )
    cache.set(CACHE_KEY, codes, CACHE_SECONDS)
    return codes


def uses_native_digits(edition_code):
    code = get_edition(edition_code).code
    return has_native_digits(code) and code in native_digit_editions()


def edition_home_saving(sender, instance, update_fields=None, **kwargs):
    if update_fields is None or "native_digits" in update_fields:
        stored = sender.objects.filter(pk=instance.pk).values_list(
            "native_digits", flat=True
        )
        instance._native_digits_before = bool(stored.first())


def edition_home_saved(sender, instance, **kwargs):
    # Read now, so pages rendered next need no query, and again once committed, in
    # case this read saw the transaction half-way.
    refresh_native_digit_editions()
    transaction.on_commit(refresh_native_digit_editions)
    before = instance.__dict__.pop("_native_digits_before", None)
    if before is not None and before != instance.native_digits:
        code = instance.locale.language_code
        native_digits_changed.send(sender=sender, edition_code=code)
