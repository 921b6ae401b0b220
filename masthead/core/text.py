"""Fold text so that the same word matches however it is typed or disguised.

Search, the word lists of triage, near-duplicate signatures and the learned score all
compare words, and they must agree on what "the same word" is, so they all fold here.
Folding is for matching only: what a reader or an editor wrote is stored as written.

Each character is NFKC-normalised (fullwidth forms and Arabic presentation forms become
plain letters) and case-folded; invisible characters and the Arabic tatweel, which
stretches Uyghur words, are dropped; Latin look-alikes in Cyrillic and Greek become
Latin; Traditional Chinese becomes Simplified, so either script finds the other.
Burmese typed in the Zawgyi font encoding is converted to Unicode before folding.

`fold()` keeps, for every folded character, the index of the character it came from,
so a match found in folded text can be highlighted in the text as written.
"""

import hashlib
import re
import unicodedata
from functools import lru_cache

# Dropped before matching: they change no word but can split or hide one. Zero-width
# space (Khmer and Burmese put it between words, readers never type it), non-joiner and
# joiner (they shape Arabic and Indic letters; dropping them on both sides of a
# comparison only makes it looser), soft hyphen, Mongolian vowel separator, word
# joiner, zero-width no-break space, and the Arabic tatweel.
IGNORED = frozenset("\u00ad\u0640\u180e\u200b\u200c\u200d\u2060\ufeff")

# Letters of other scripts drawn like Latin ones (after case folding), after Unicode's
# confusables list, limited to those seen in disguised abuse. None of the editions
# writes Cyrillic or Greek, so folding them costs no reader a search.
HOMOGLYPHS = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "һ": "h",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "ѕ": "s",
        "т": "t",
        "у": "y",
        "х": "x",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        # Greek
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        # Latin letters that pass for others
        "ı": "i",
        "ɡ": "g",
        "ɑ": "a",
        "ʏ": "y",
    }
)

# Myanmar, Myanmar extended A and B: the blocks Burmese text is written in.
BURMESE_RANGES = (("\u1000", "\u109f"), ("\uaa60", "\uaa7f"), ("\ua9e0", "\ua9ff"))
# The same as one character class: every comment is looked at, most hold no Burmese.
BURMESE = re.compile(
    "[" + "".join(f"{low}-{high}" for low, high in BURMESE_RANGES) + "]"
)

# The Zawgyi detector's probability above which Burmese text is converted.
ZAWGYI_THRESHOLD = 0.95


def fold(text):
    """Return (folded text, index in `text` of each folded character)."""
    out, index = [], []
    for position, character in enumerate(text):
        for folded in fold_character(character):
            out.append(folded)
            index.append(position)
    return "".join(out), index


def fold_text(text):
    """Return `text` folded, Zawgyi Burmese first converted to Unicode."""
    return fold(unicode_burmese(text))[0]


def comparable_text(text):
    """Return `text` as compared for "the same text again": folded, format characters
    such as bidi controls dropped, white space collapsed."""
    folded = fold_text(text)
    return " ".join(
        "".join(c for c in folded if unicodedata.category(c) != "Cf").split()
    )


def text_digest(text):
    """Return a digest of `comparable_text(text)`: equal for texts that compare the
    same. Stored with each comment, so a repeat is found by an index lookup."""
    comparable = comparable_text(text).encode()
    return hashlib.blake2b(comparable, digest_size=16).hexdigest()


@lru_cache(maxsize=32768)
def fold_character(character):
    """Return what one character becomes when folded: "", itself or a few."""
    if character in IGNORED:
        return ""
    folded = unicodedata.normalize("NFKC", character).casefold()
    folded = folded.translate(HOMOGLYPHS)
    return "".join(_simplified(c) for c in folded)


def _simplified(character):
    if "\u3400" <= character <= "\u9fff" or "\uf900" <= character <= "\ufaff":
        converted = to_simplified(character)
        return converted if len(converted) == 1 else character
    return character


@lru_cache(maxsize=16384)
def to_simplified(text):
    return _converter("t2s").convert(text)


@lru_cache(maxsize=16384)
def to_traditional(text):
    return _converter("s2t").convert(text)


@lru_cache(maxsize=2)
def _converter(config):
    from opencc import OpenCC

    return OpenCC(config)


def unicode_burmese(text):
    """Return `text` in NFC with Zawgyi-encoded Burmese converted to Unicode."""
    text = unicodedata.normalize("NFC", text or "")
    if is_zawgyi(text):
        text = unicodedata.normalize("NFC", zawgyi_to_unicode(text))
    return text


def has_burmese(text):
    return BURMESE.search(text) is not None


def is_zawgyi(text):
    """Return whether Burmese `text` is in the Zawgyi encoding (Google's detector)."""
    if not has_burmese(text):
        return False
    return _zawgyi_detector().get_zawgyi_probability(text) > ZAWGYI_THRESHOLD


@lru_cache(maxsize=1)
def _zawgyi_detector():
    from myanmartools import ZawgyiDetector

    return ZawgyiDetector()


def zawgyi_to_unicode(text):
    from myanmar.converter import convert

    return convert(text, "zawgyi", "unicode")
