"""Native digits: the figures of dates and counts in the edition's own script."""

from datetime import UTC, datetime

import pytest

from masthead.core.formatting import (
    NATIVE_DIGITS,
    format_local_datetime,
    has_native_digits,
    with_native_digits,
)

pytestmark = pytest.mark.database_independent  # it never opens the database

MOMENT = datetime(2026, 3, 14, 9, 26, tzinfo=UTC)


@pytest.mark.parametrize(
    ("code", "expected"),
    [("my", "၂၀၂၆"), ("km", "២០២៦"), ("lo", "໒໐໒໖"), ("bo", "༢༠༢༦"), ("ug", "٢٠٢٦")],
)
def test_digits_are_written_in_the_edition_script(code, expected):
    assert with_native_digits("2026", code) == expected


def test_every_native_digit_set_has_ten_distinct_digits():
    for digits in NATIVE_DIGITS.values():
        assert len(set(digits)) == 10 and all(d.isdigit() for d in digits)
        assert [int(d) for d in digits] == list(range(10))


@pytest.mark.parametrize("code", ["en", "ko", "zh-hans", "zh-hant", "vi"])
def test_editions_without_digits_of_their_own_keep_ascii(code):
    assert not has_native_digits(code)
    assert with_native_digits("2026", code) == "2026"


def test_date_keeps_ascii_digits_unless_asked():
    assert "2026" in format_local_datetime(MOMENT, "my")


def test_date_in_native_digits_has_no_ascii_digit():
    text = format_local_datetime(MOMENT, "km", native_digits=True)
    assert "២០២៦" in text
    assert not any(c in "0123456789" for c in text)


def test_burmese_date_in_native_digits_keeps_its_month_name():
    plain = format_local_datetime(MOMENT, "my")
    native = format_local_datetime(MOMENT, "my", native_digits=True)
    assert native == with_native_digits(plain, "my")
    assert "မတ်" in native


def test_count_in_native_digits():
    assert with_native_digits(17, "lo") == "໑໗"


def test_edition_code_spellings_are_accepted():
    assert with_native_digits("12", "BO") == "༡༢"
