"""Times written in every edition's language, with a zone no reader can mistake."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

from masthead.core.editions import edition_codes
from masthead.core.formatting import (
    format_local_datetime,
    format_local_datetime_html,
    format_moment_with_age,
)

pytestmark = pytest.mark.database_independent  # it never opens the database

# 07:49 in Phnom Penh, Vientiane and Ho Chi Minh City.
MORNING_UTC = datetime(2026, 12, 3, 0, 49, tzinfo=UTC)
AMBIGUOUS_ABBREVIATIONS = ("CST", "IST", "KST", "HKT", "ICT", "UTC")


@pytest.mark.parametrize("code", edition_codes())
def test_zone_is_an_offset_never_an_abbreviation(code):
    written = format_local_datetime(MORNING_UTC, code)
    assert not any(name in written for name in AMBIGUOUS_ABBREVIATIONS), written
    assert ":00" in written.split()[-1] or ":30" in written.split()[-1], written


def test_china_time_is_written_as_its_offset():
    assert format_local_datetime(MORNING_UTC, "zh-hans").endswith("GMT+08:00")


@pytest.mark.parametrize("code", [c for c in edition_codes() if c != "en"])
def test_time_of_day_is_not_written_in_english(code):
    assert not any(
        word in format_local_datetime(MORNING_UTC, code) for word in ("AM", "PM")
    )


def test_khmer_morning_is_written_in_khmer():
    written = format_local_datetime(MORNING_UTC, "km")
    assert "7:49 នៅពេល\u200bព្រឹក" in written


def test_desk_age_line_writes_khmer_morning_in_khmer():
    zone = ZoneInfo("Asia/Phnom_Penh")
    written = format_moment_with_age(MORNING_UTC, "km", zone, MORNING_UTC)
    assert "AM" not in written
    assert "ព្រឹក" in written


def test_uyghur_zone_keeps_its_sign_before_the_offset_in_plain_text():
    written = format_local_datetime(MORNING_UTC, "ug")
    assert written.endswith("\u2066GMT+06:00\u2069")


@pytest.mark.parametrize("code", ["ug", "en", "my"])
def test_html_time_and_zone_sit_inside_isolates(code):
    html = format_local_datetime_html(MORNING_UTC, code, native_digits=True)
    outer = BeautifulSoup(html, "html.parser").find("bdi")
    assert outer.get("dir") is None  # the whole moment takes its own direction
    zone = outer.find("bdi")
    assert zone["dir"] == "ltr"
    assert zone.get_text().startswith("GMT+")
    assert outer.get_text() == format_local_datetime(
        MORNING_UTC, code, native_digits=True
    ).replace("\u2066", "").replace("\u2069", "")
