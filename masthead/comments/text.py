"""Plain text means plain text: store what the reader typed, minus what can deceive
or cannot be stored.

Normalised to NFC so the same words compare equal, and stripped of control characters
and the bidi overrides that can make text display in a different order than it was
written. Each removal is reported so it can be recorded with the revision.
"""

import unicodedata
from collections import Counter

# Overrides, embeddings and isolates reorder how text is displayed; the marks
# LRM/RLM/ALM only hint direction and are legitimate in Uyghur text, so they stay.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
KEPT_CONTROLS = frozenset("\n\t")
# Letters and symbols that draw nothing: Hangul fillers, the Braille blank, the
# combining grapheme joiner and Khmer's inherent vowels. With the format characters
# (zero-width space and joiners, soft hyphen, word joiner, BOM, tags) and the spaces,
# a text of nothing else looks empty, and is refused as empty.
BLANK_CHARACTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"})


def _is_removed(character):
    if character in KEPT_CONTROLS:
        return False
    # Cs: a lone surrogate is not a character at all and no database can store it.
    return character in BIDI_CONTROLS or unicodedata.category(character) in {"Cc", "Cs"}


def is_visible(character):
    if character in BLANK_CHARACTERS:
        return False
    return unicodedata.category(character) not in INVISIBLE_CATEGORIES


def has_visible_text(text):
    """Return whether `text` shows anything at all on the page."""
    return any(is_visible(character) for character in text)


def clean_plain_text(text):
    """Return (cleaned text, removed) where removed lists [codepoint, count] pairs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    removed = Counter(character for character in text if _is_removed(character))
    if not removed:
        return text, []
    cleaned = "".join(character for character in text if not _is_removed(character))
    report = [[f"U+{ord(char):04X}", count] for char, count in sorted(removed.items())]
    return cleaned, report
