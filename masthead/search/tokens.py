"""Split folded text into the tokens the index holds, and a query into terms.

Text in spaced scripts (Latin, Arabic, Cyrillic...) is split into words; a Latin word
with diacritics is indexed with them, without them, and with its one tone mark put
first (so either placement of a Vietnamese tone matches). Text in unspaced scripts
(Chinese, Japanese, Burmese, Khmer, Lao, Thai, Tibetan) and Korean is split into runs of
letters, each letter with the vowel signs and marks that follow it; a run is indexed
as its overlapping pairs of letters plus its last letter alone. So every letter
starts a token: one letter is found by a prefix search, a longer word by all its
pairs, wherever it sits in a run, and a Korean word with a particle attached
("서울에서") contains the pairs of the bare word ("서울").
"""

from dataclasses import dataclass

from .text import fold, kind, prepare, strip_accents, tone_key

# Longer runs of letters are links or noise, not words anyone searches for.
MAX_WORD_LENGTH = 64
# Spaced words this long or longer also find longer words they begin ("vote" finds
# "voters"; Uyghur suffixes: "ئۈرۈمچى" finds "ئۈرۈمچىدە").
PREFIX_MIN_LENGTH = 3
# Particles and endings a Korean reader may type after a noun, longest first.
KOREAN_PARTICLES = (
    "에서는",
    "에게서",
    "으로는",
    "에서",
    "에게",
    "으로",
    "부터",
    "까지",
    "처럼",
    "보다",
    "한테",
    "께서",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "로",
    "와",
    "과",
    "도",
    "만",
)


@dataclass(frozen=True)
class Segment:
    kind: str  # "word" or "units"
    parts: tuple  # the word's one string, or the run's letters


@dataclass(frozen=True)
class Term:
    """One thing a query asks for; every token must be in a matching document."""

    tokens: tuple
    # A single token may begin a longer token in the document.
    prefix: bool
    # For highlighting: the segment searched for, and whether to compare letters
    # without diacritics.
    segment: Segment
    bare: bool = False


def segments(folded):
    """Yield the words and unspaced runs of folded text."""
    current_kind, parts = None, []
    for character in folded:
        kind_ = kind(character)
        if kind_ == "mark":
            if parts:
                parts[-1] += character
            continue
        if kind_ == "tsheg" and current_kind == "unit":
            continue
        if kind_ != current_kind and parts:
            yield _segment(current_kind, parts)
            parts = []
        current_kind = kind_ if kind_ in ("word", "unit") else None
        if current_kind == "word" and parts:
            parts[-1] += character
        elif current_kind:
            parts.append(character)
    if parts:
        yield _segment(current_kind, parts)


def _segment(kind_, parts):
    if kind_ == "word":
        return Segment("word", ("".join(parts),))
    return Segment("units", tuple(parts))


def edition_token(code):
    """Return the token every document of an edition holds ("edition0zhhans")."""
    return "edition0" + "".join(c for c in code.lower() if c.isalnum())


def document_tokens(text):
    """Return the tokens of prepared `text`, sorted, once each, space-separated."""
    tokens = set()
    for segment in segments(fold(text)[0]):
        tokens.update(_segment_tokens(segment))
    return " ".join(sorted(tokens))


def _segment_tokens(segment):
    if segment.kind == "word":
        word = segment.parts[0]
        if len(word) > MAX_WORD_LENGTH:
            return set()
        return {word, strip_accents(word), tone_key(word)} - {None}
    units = segment.parts
    pairs = {units[i] + units[i + 1] for i in range(len(units) - 1)}
    return pairs | {units[-1]}


def parse_query(query):
    """Return the terms of a reader's query, in order, once each."""
    terms = []
    for segment in segments(fold(prepare(query))[0]):
        term = _term(segment)
        if term is not None and term not in terms:
            terms.append(term)
    return terms


def _term(segment):
    if segment.kind == "word":
        word = segment.parts[0][:MAX_WORD_LENGTH]
        bare = strip_accents(word) == word
        token = (not bare and tone_key(word)) or word
        prefix = len(word) >= PREFIX_MIN_LENGTH
        return Term((token,), prefix, Segment("word", (word,)), bare=bare)
    units = _without_particle(segment.parts)
    if len(units) == 1:
        return Term(units, True, Segment("units", units))
    pairs = tuple(dict.fromkeys(units[i] + units[i + 1] for i in range(len(units) - 1)))
    return Term(pairs, False, Segment("units", units))


def _without_particle(units):
    """Return a Korean word's letters without a particle typed after the noun."""
    if len(units) < 3 or not all("\uac00" <= unit[0] <= "\ud7a3" for unit in units):
        return units
    word = "".join(units)
    for particle in KOREAN_PARTICLES:
        if word.endswith(particle) and len(units) - len(particle) >= 2:
            return units[: -len(particle)]
    return units
