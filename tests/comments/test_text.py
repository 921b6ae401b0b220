import unicodedata

import pytest

from masthead.comments.text import clean_plain_text

pytestmark = pytest.mark.database_independent  # it never opens the database


def test_text_is_normalised_to_nfc():
    decomposed = "Vie\u0302\u0323t Nam"
    cleaned, removed = clean_plain_text(decomposed)
    assert cleaned == unicodedata.normalize("NFC", decomposed)
    assert removed == []


def test_markup_is_kept_exactly_as_typed():
    text = "<b>bold</b> **not bold** <script>alert(1)</script>"
    assert clean_plain_text(text) == (text, [])


def test_bidi_overrides_and_controls_are_removed_and_reported():
    cleaned, removed = clean_plain_text("abc\u202edcba\u0007\u2066x\u2069")
    assert cleaned == "abcdcbax"
    assert removed == [["U+0007", 1], ["U+202E", 1], ["U+2066", 1], ["U+2069", 1]]


def test_line_breaks_tabs_and_direction_marks_survive():
    text = "first line\nsecond\tline \u200fئۇيغۇرچە\u200e"
    assert clean_plain_text(text) == (text, [])


def test_windows_line_endings_become_newlines():
    assert clean_plain_text("a\r\nb\rc")[0] == "a\nb\nc"
