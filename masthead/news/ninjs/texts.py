"""The text objects ninjs repeats (headlines, descriptions, bodies): which one to
take, and its text."""

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
