"""Small helpers the reliability tests share."""

import hashlib
import time
from types import SimpleNamespace
from unittest import mock

from masthead.comments.forms import sign_target


def aged_target(article, seconds=60):
    """Return the form's signed target as if the page was shown `seconds` ago, so a
    guard against forms sent too fast does not take a test for a bot."""
    clock = SimpleNamespace(time=lambda: time.time() - seconds)
    with mock.patch("django.core.signing.time", clock):
        return sign_target(article)


def address_for(name):
    """Return a documentation-range address of its own for each case."""
    digest = hashlib.sha256(name.encode()).digest()
    return f"2001:db8:{digest[0]:x}:{digest[1]:x}::{digest[2]:x}"
