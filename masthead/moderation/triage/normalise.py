"""Fold text so a word list matches however a word is typed or disguised.

Used for matching only: the stored comment is never changed. Each character is
NFKC-normalised (fullwidth forms become ASCII) and case-folded; zero-width characters
are dropped (ZWNJ and ZWJ shape Arabic and Indic text, but dropping them on both sides
of a comparison only makes it looser); Latin look-alikes in Cyrillic and Greek are
folded to Latin; Traditional Chinese is folded to Simplified; runs of white space
become one space. Burmese text in the Zawgyi font encoding is converted to Unicode
first.

`normalise()` keeps, for each folded character, the index of the character it came
from, so a match can be highlighted in the original text. Zawgyi conversion reorders
characters, so converted text has no such map (`index` is None).
"""

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ZERO_WIDTH = frozenset(
    "\u00ad"  # soft hyphen
    "\u180e"  # Mongolian vowel separator
    "\u200b\u200c\u200d"  # zero width space, non-joiner, joiner
    "\u2060\ufeff"  # word joiner, zero width no-break space
)

# Letters of other scripts drawn like Latin ones (after case folding), after
# Unicode's confusables list, limited to those seen in disguised abuse.
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

# The Zawgyi detector's probability above which Burmese text is converted.
ZAWGYI_THRESHOLD = 0.95


@dataclass(frozen=True)
class Normalised:
    text: str
    # index[i]: where in the original text the folded character i came from.
    index: tuple | None
    from_zawgyi: bool = False

    def original_span(self, start, end):
        """Return (start, end) in the original text, or None when unknown."""
        if self.index is None or start >= end:
            return None
        return self.index[start], self.index[end - 1] + 1


def normalise(text):
    """Return the folded text with its map back to `text`."""
    if is_zawgyi(text):
        return Normalised(_fold(zawgyi_to_unicode(text))[0], None, from_zawgyi=True)
    folded, index = _fold(text)
    return Normalised(folded, tuple(index))


@lru_cache(maxsize=4096)
def normalise_term(term):
    """Return a word-list term folded like the text it is matched in."""
    return _fold(term.strip())[0]


def _fold(text):
    out, index = [], []
    for position, character in enumerate(text):
        for folded in fold_character(character):
            if folded.isspace():
                if not out or out[-1] == " ":
                    continue
                folded = " "
            out.append(folded)
            index.append(position)
    while out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


@lru_cache(maxsize=16384)
def fold_character(character):
    """Return what one character becomes: "", itself, or a few characters."""
    if character in ZERO_WIDTH:
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


def has_myanmar(text):
    return any("\u1000" <= c <= "\u109f" or "\uaa60" <= c <= "\uaa7f" for c in text)


def is_zawgyi(text):
    """Return whether Burmese `text` is in the Zawgyi encoding (Google's detector)."""
    if not has_myanmar(text):
        return False
    return _zawgyi_detector().get_zawgyi_probability(text) > ZAWGYI_THRESHOLD


@lru_cache(maxsize=1)
def _zawgyi_detector():
    from myanmartools import ZawgyiDetector

    return ZawgyiDetector()


def zawgyi_to_unicode(text):
    from myanmar.converter import convert

    return convert(text, "zawgyi", "unicode")
