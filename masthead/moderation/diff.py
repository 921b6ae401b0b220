"""Show what changed between two revisions of a comment, word by word.

Scripts written without spaces between words (Chinese, Burmese, Khmer, Lao, Tibetan,
Thai) are compared character by character; others word by word. Every piece of text
is escaped before it is wrapped in <ins> or <del>.
"""

import difflib
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

UNSPACED = (
    "\u0e00-\u0fff"  # Thai, Lao, Tibetan
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Kana
    "\u3400-\u9fff"  # CJK ideographs
    "\uf900-\ufaff"
)
TOKEN = re.compile(rf"\s+|[{UNSPACED}]|[^\s{UNSPACED}\W]+|[^\s]", re.UNICODE)


def tokens(text):
    """Split text into words, single unspaced-script characters, spaces and marks.

    A combining mark stays with the character before it, so a diff never splits a
    Burmese or Khmer syllable between <del> and <ins>.
    """
    pieces = []
    for piece in TOKEN.findall(text):
        if pieces and unicodedata.category(piece[0]).startswith("M"):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


def _escaped(pieces):
    return escape("".join(pieces)).replace("\n", "<br>\n")


def diff_html(old, new):
    """Return safe HTML of `new` against `old` with <del> and <ins> marks."""
    before, after = tokens(old), tokens(new)
    # Spaces never start a match, so words align instead of the gaps between them.
    matcher = difflib.SequenceMatcher(str.isspace, before, after, autojunk=False)
    html = []
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            html.append(_escaped(after[j1:j2]))
            continue
        if i2 > i1:
            html.append(f"<del>{_escaped(before[i1:i2])}</del>")
        if j2 > j1:
            html.append(f"<ins>{_escaped(after[j1:j2])}</ins>")
    return mark_safe("".join(html))  # noqa: S308 - every piece is escaped above
