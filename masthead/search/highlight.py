"""Show where a query matched: the title and a passage of text with <mark>s.

Matching is done on folded text (see `text.py`) and mapped back to the text as
written; everything outside the marks is escaped.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import fold, kind, strip_accents, strip_tones, tone_key

# In columns: a Latin letter takes one, a Chinese or Korean letter two.
SNIPPET_LENGTH = 220
# How much of the passage comes before the first match.
SNIPPET_LEAD = 60
ELLIPSIS = "…"
WORDLIKE = ("word", "mark")
TSHEG_OPTIONAL = "[\u0f0b\u0f0c]?"


def match_spans(text, terms):
    """Return the sorted, merged (start, end) spans of `text` that match `terms`."""
    folded, index = fold(text)
    bare = strip_accents(folded)
    spans = []
    for term in terms:
        for start, end in _term_spans(term, folded, bare):
            spans.append((index[start], index[end - 1] + 1))
    return _merged(sorted(spans))


def highlight(text, terms):
    """Return all of `text`, escaped, with its matches marked."""
    return _marked(text, match_spans(text, terms), 0, len(text))


def snippet(text, terms, length=SNIPPET_LENGTH):
    """Return a passage of `text` around its first match, escaped and marked."""
    spans = match_spans(text, terms)
    start = _passage_start(text, spans[0][0]) if spans else 0
    end = _passage_end(text, _advance(text, start, length))
    html = _marked(text, spans, start, end)
    before = ELLIPSIS if start > 0 else ""
    after = ELLIPSIS if end < len(text) else ""
    return mark_safe(before + html + after)  # noqa: S308 - escaped in _marked


def _term_spans(term, folded, bare):
    words = term.segment.parts
    if term.segment.kind == "units":
        pattern = TSHEG_OPTIONAL.join(re.escape(unit) for unit in words)
        for match in re.finditer(pattern, folded):
            yield match.start(), _after_marks(folded, match.end())
        return
    word, tone = words[0], None if term.bare else tone_key(words[0])
    if term.bare:
        haystack = bare
    elif tone:
        # Find the word whatever vowel carries its tone, then compare the tones.
        haystack, word = strip_tones(folded), strip_tones(word)
    else:
        haystack = folded
    for start, end in _word_spans(haystack, word, term.prefix):
        if tone is None or (tone_key(folded[start:end]) or " ")[0] == tone[0]:
            yield start, end


def _word_spans(haystack, word, prefix):
    position = haystack.find(word)
    while position != -1:
        end = position + len(word)
        if _starts_word(haystack, position):
            if prefix:
                yield position, _word_end(haystack, end)
            elif not _continues(haystack, end):
                yield position, end
        position = haystack.find(word, position + 1)


def _starts_word(text, position):
    return position == 0 or kind(text[position - 1]) not in WORDLIKE


def _continues(text, position):
    return position < len(text) and kind(text[position]) in WORDLIKE


def _word_end(text, position):
    while _continues(text, position):
        position += 1
    return position


def _after_marks(text, position):
    while position < len(text) and kind(text[position]) == "mark":
        position += 1
    return position


def _merged(spans):
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _passage_start(text, first_match):
    start = max(0, first_match - SNIPPET_LEAD)
    # Begin at a word where the script has spaces, and never inside a letter's marks.
    space = text.find(" ", start, first_match)
    if start > 0 and space != -1:
        start = space + 1
    while 0 < start < len(text) and kind(text[start]) == "mark":
        start -= 1
    return start


def _advance(text, start, width):
    """Return where a passage of `width` columns from `start` ends: Chinese and
    Korean letters take two columns, so their passages hold half as many letters."""
    position = start
    while position < len(text) and width > 0:
        width -= 2 if unicodedata.east_asian_width(text[position]) in "WF" else 1
        position += 1
    return position


def _passage_end(text, end):
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", end - 30, end)
    if space != -1:
        end = space
    while end < len(text) and kind(text[end]) == "mark":
        end += 1
    return end


def _marked(text, spans, start, end):
    out, position = [], start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start >= span_end:
            continue
        out.append(escape(text[position:span_start]))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    out.append(escape(text[position:end]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of text is escaped
