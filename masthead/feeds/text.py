"""Text that is safe to put in XML and HTML that is safe to hand to feed readers."""

import re

import nh3

# XML 1.0 allows tab, newline and carriage return below U+0020, no surrogates and
# not U+FFFE/U+FFFF; a title pasted from a word processor can hold any of them, and
# one such character would make a whole feed unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# The sanitiser's defaults, plus the direction and language of the wrapper that
# keeps right-to-left text right to left in a reader's own page.
_ATTRIBUTES = {tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()}
_ATTRIBUTES.setdefault("div", set()).update({"dir", "lang"})


def xml_safe(text):
    """Return `text` without the characters XML 1.0 cannot carry."""
    return _NOT_XML.sub("", str(text or ""))


def feed_html(html, base_url):
    """Return article HTML as feed readers may show it.

    Scripts, styles, event handlers and classes go; relative links and image
    addresses become absolute against `base_url`, because a feed reader shows the
    text far from our site.
    """
    return nh3.clean(
        xml_safe(html),
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        url_relative=("rewrite_with_base", base_url),
    )
