"""Word-list matching on the shared folding of `masthead.core.text`.

Used for matching only: the stored comment is never changed. Text is folded like
everywhere else (`masthead.core.text`), then each run of white space becomes one space.

`normalise()` keeps, for each folded character, the index of the character it came
from, so a match can be highlighted in the original text. Zawgyi conversion reorders
characters, so converted text has no such map (`index` is None).
"""

from dataclasses import dataclass
from functools import lru_cache

from masthead.core.text import (
    fold,
    is_zawgyi,
    to_simplified,
    to_traditional,
    zawgyi_to_unicode,
)

__all__ = [
    "Normalised",
    "normalise",
    "normalise_term",
    "to_simplified",
    "to_traditional",
]


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
    """Fold `text`; each run of white space becomes one space, none at either end."""
    out, index = [], []
    for character, position in zip(*fold(text), strict=True):
        if character.isspace():
            if not out or out[-1] == " ":
                continue
            character = " "
        out.append(character)
        index.append(position)
    while out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index
