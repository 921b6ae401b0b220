"""The lite stylesheet sizes each script once and fetches no font."""

import re

import pytest

from masthead.lite.stylesheet import stylesheet

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_script_font_size_is_set_on_the_root_only():
    """A size on every `:lang()` element would grow at each nesting level."""
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", stylesheet())
    sized = [selector.strip() for selector, body in rules if "font-size" in body]
    by_language = [selector for selector in sized if ":lang(" in selector]
    assert by_language
    assert all(selector.startswith(":root:lang(") for selector in by_language)


def test_lite_stylesheet_declares_no_web_font():
    assert "@font-face" not in stylesheet()
    assert "url(" not in stylesheet()
