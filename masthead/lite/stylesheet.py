"""The lite pages' one stylesheet, inlined, and the policy that lets only it apply.

A lite page is a single request: its few rules travel inside it. Our
Content-Security-Policy forbids inline styles, so lite answers name the stylesheet's
SHA-256 in `style-src`; an injected `<style>` or `style=` attribute still does nothing.
"""

from functools import cache
from pathlib import Path

from django.utils.safestring import mark_safe

from masthead.core.security import policy_allowing_style

STYLESHEET = Path(__file__).parent / "templates" / "lite" / "lite.css"


@cache
def stylesheet():
    """Return the stylesheet exactly as it goes between <style> and </style>."""
    # Our own file, read once; the hash below is of these very characters.
    return mark_safe(STYLESHEET.read_text(encoding="utf-8").strip())  # noqa: S308


@cache
def content_security_policy():
    return policy_allowing_style(stylesheet())
