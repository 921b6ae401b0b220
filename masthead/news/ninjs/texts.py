"""The text objects ninjs repeats (headlines, descriptions, bodies): which one to
take, and its text."""

import re
import unicodedata

from django.utils.translation import gettext as _

from .errors import invalid
from .html import html_to_text

HTML_TYPES = {"text/html", "application/xhtml+xml"}


def pick(items, roles):
    """Return the first item whose role is one of `roles`, else the first item."""
    for item in items:
        if item.get("role", "").lower() in roles:
            return item
    return items[0] if items else None


def text_of(item):
    if item is None:
        return ""
    if media_type(item) == "text/html":
        return html_to_text(item["value"])
    return item["value"].strip()


def media_type(item):
    """Return "text/html" for any HTML, else the bare media type ("" if none)."""
    kind = item.get("contentType", "").split(";")[0].strip().lower()
    return "text/html" if kind in HTML_TYPES else kind


# Bidi embeddings, overrides and isolates can show a headline in another order than
# it is stored ("exe.gnp" as "png.exe"); the marks (LRM, RLM, ALM) that mixed
# Uyghur and Latin text needs stay allowed.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_SPACES = re.compile(r"[\t\n\r]+")


def one_line(text, field, uri):
    """Return a headline's text on one line, or refuse its control characters.

    Tabs and line breaks become spaces; any other C0 or C1 control, DEL and the
    bidi controls are an ImportFailure naming the item and the field.
    """
    text = LINE_SPACES.sub(" ", text)
    for position, character in enumerate(text):
        if character in BIDI_CONTROLS or unicodedata.category(character) == "Cc":
            message = _(
                "control character U+%(code)04X at position %(position)d of the "
                "headline of item %(uri)s; remove it"
            )
            values = {"code": ord(character), "position": position, "uri": uri}
            raise invalid(field, message % values)
    return text
