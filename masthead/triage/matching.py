"""Find word-list terms in folded text, the way each script separates words.

- Unspaced scripts (Chinese, Japanese kana, Burmese, Khmer, Lao, Tibetan, Thai): a
  term matches anywhere, since nothing marks where a word ends.
- Korean: a term matches at the start of an eojeol (a space-separated unit), so
  particles written onto it still match (바보 in 바보야, 바보가) but a longer word that
  merely contains it does not (멍바보).
- Everything else (Latin including Vietnamese, Cyrillic, Greek, Arabic script for
  Uyghur): whole words only, optionally followed by one of the edition's suffixes.
"""

import unicodedata

UNSPACED_RANGES = (
    ("\u0e00", "\u0e7f"),  # Thai
    ("\u0e80", "\u0eff"),  # Lao
    ("\u0f00", "\u0fff"),  # Tibetan
    ("\u1000", "\u109f"),  # Myanmar
    ("\u1780", "\u17ff"),  # Khmer
    ("\u19e0", "\u19ff"),  # Khmer symbols
    ("\u3040", "\u30ff"),  # Hiragana, Katakana
    ("\u3400", "\u4dbf"),  # Han extension A
    ("\u4e00", "\u9fff"),  # Han
    ("\uaa60", "\uaa7f"),  # Myanmar extended-A
    ("\uf900", "\ufaff"),  # Han compatibility
)


def in_ranges(character, ranges):
    return any(low <= character <= high for low, high in ranges)


def is_unspaced(character):
    return in_ranges(character, UNSPACED_RANGES) or ord(character) >= 0x20000


def is_hangul(character):
    return "\uac00" <= character <= "\ud7a3" or "\u1100" <= character <= "\u11ff"


def is_word_character(character):
    category = unicodedata.category(character)
    return category[0] in "LMN" or character == "_"


def find_term(text, term, suffixes=()):
    """Return the [start, end) spans where `term` matches in folded `text`."""
    if not term:
        return []
    if any(is_unspaced(c) for c in term):
        accept = _anywhere
    elif is_hangul(term[0]):
        accept = _eojeol_start
    else:
        accept = _whole_word
    spans = []
    start = text.find(term)
    while start != -1:
        end = accept(text, start, start + len(term), suffixes)
        if end is not None:
            spans.append((start, start + len(term)))
        start = text.find(term, start + 1)
    return spans


def _anywhere(text, start, end, suffixes):
    return end


def _eojeol_start(text, start, end, suffixes):
    if start and is_word_character(text[start - 1]):
        return None
    return end


def _whole_word(text, start, end, suffixes):
    if start and is_word_character(text[start - 1]):
        return None
    if end == len(text) or not is_word_character(text[end]):
        return end
    for suffix in suffixes:
        after = end + len(suffix)
        if text.startswith(suffix, end) and (
            after == len(text) or not is_word_character(text[after])
        ):
            return after
    return None
