"""The lite pages' one stylesheet, inlined, and the policy that lets only it apply.

A lite page is a single request: its few rules travel inside it. Our
Content-Security-Policy forbids inline styles, so lite answers name the stylesheet's
SHA-256 in `style-src`; an injected `<style>` or `style=` attribute still does nothing.
"""

import base64
import hashlib
from functools import cache
from pathlib import Path

from django.utils.safestring import mark_safe

from masthead.core.security import CONTENT_SECURITY_POLICY

STYLESHEET = Path(__file__).parent / "templates" / "lite" / "lite.css"


@cache
def stylesheet():
    """Return the stylesheet exactly as it goes between <style> and </style>."""
    # Our own file, read once; the hash below is of these very characters.
    return mark_safe(STYLESHEET.read_text(encoding="utf-8").strip())  # noqa: S308


@cache
def style_source():
    digest = hashlib.sha256(stylesheet().encode("utf-8")).digest()
    return "'sha256-{}'".format(base64.b64encode(digest).decode("ascii"))


def with_style_hash(policy, source):
    """Return `policy` with `source` added to its style-src directive."""
    directives = [directive.strip() for directive in policy.split(";")]
    if not any(directive.startswith("style-src ") for directive in directives):
        directives.append("style-src 'self'")
    return "; ".join(
        f"{directive} {source}" if directive.startswith("style-src ") else directive
        for directive in directives
    )


@cache
def content_security_policy():
    return with_style_hash(CONTENT_SECURITY_POLICY, style_source())
