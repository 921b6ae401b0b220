"""What search adds to the shared folding of `masthead.core.text`.

Text is stored with Zawgyi Burmese converted (`prepare`) and folded by `fold`, the same
folding triage and the learned score use, so they agree on what "the same word" is.

Latin letters keep their diacritics in the folded text; `strip_accents` gives the
bare letter, so "Viet Nam" can find "Việt Nam" while "Việt" does not find "Viết";
`tone_key` lets "hòa" find "hoà", the other placement of the same tone. `kind` tells
how a folded character is indexed: whole words, or pairs of letters in scripts
written without spaces.
"""

import unicodedata
from functools import lru_cache

from masthead.core.text import fold, unicode_burmese

__all__ = ["fold", "kind", "prepare", "strip_accents", "strip_tones", "tone_key"]

# The Tibetan tsheg separates syllables, not words; a reader may type a word with or
# without it, so it neither ends nor joins anything.
TSHEG = frozenset("\u0f0b\u0f0c")

# Scripts written without spaces between words, or (Hangul) with particles attached
# to the word: searched by pairs of neighbouring letters rather than whole words.
UNSPACED_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3005, 0x3007),  # ideographic iteration and zero
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana extension
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xA9E0, 0xA9FF),  # Myanmar extended B
    (0xAA60, 0xAA7F),  # Myanmar extended A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3134F),  # CJK extensions B to G
)


def prepare(text):
    """Return `text` in the form it is stored and searched in (NFC, Unicode Burmese)."""
    return unicode_burmese(text)


# Vietnamese tone marks (grave, acute, tilde, hook above, dot below). Two spellings
# place the tone on different vowels ("hoà" and "hòa"); both are read alike.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
DIACRITICS = frozenset(map(chr, range(0x0300, 0x0370)))


def strip_accent(character):
    """Return a folded Latin letter without its diacritics ("ệ" -> "e", "đ" -> "d")."""
    return "d" if character == "đ" else _without_marks(character, "diacritics")


def strip_accents(text):
    """Return folded `text` without Latin diacritics, one character per character."""
    return "".join(strip_accent(c) for c in text)


def strip_tones(text):
    """Return folded `text` without Vietnamese tone marks, character for character."""
    return "".join(_without_marks(c, "tones") for c in text)


def tone_key(word):
    """Return a folded word's tone mark followed by the word without it, when it has
    exactly one tone mark ("hoà" and "hòa" -> "\u0300hoa"), otherwise None.

    The tone leads, so a search for the beginning of a word can still find it."""
    tones = [
        mark
        for character in word
        for mark in unicodedata.normalize("NFD", character)
        if mark in TONE_MARKS
    ]
    return tones[0] + strip_tones(word) if len(tones) == 1 else None


@lru_cache(maxsize=65536)
def _without_marks(character, which):
    """Return a Latin letter without its diacritics or only its tone marks."""
    if not ("\u00c0" <= character <= "\u024f" or "\u1e00" <= character <= "\u1eff"):
        return character
    removed = TONE_MARKS if which == "tones" else DIACRITICS
    kept = "".join(
        c for c in unicodedata.normalize("NFD", character) if c not in removed
    )
    kept = unicodedata.normalize("NFC", kept)
    return kept if len(kept) == 1 else character


@lru_cache(maxsize=32768)
def kind(character):
    """Return "unit", "word", "mark", "tsheg" or "space" for a folded character."""
    if character in TSHEG:
        return "tsheg"
    category = unicodedata.category(character)
    if category[0] == "M":
        return "mark"
    if category[0] not in "LN":
        return "space"
    if category[0] == "L" and _is_unspaced(ord(character)):
        return "unit"
    return "word"


def _is_unspaced(code):
    return any(low <= code <= high for low, high in UNSPACED_RANGES)
