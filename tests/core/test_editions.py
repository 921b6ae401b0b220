from datetime import UTC, datetime

import pytest
from babel import Locale

from masthead.core.editions import UnknownEdition, edition_codes, get_edition
from masthead.core.formatting import format_local_datetime, format_people_list

pytestmark = pytest.mark.database_independent  # it never opens the database

TEN_EDITIONS = ["en", "ko", "zh-hans", "zh-hant", "bo", "ug", "my", "km", "lo", "vi"]

# 23:30 UTC on 1 March is already 2 March in every Asian edition's time zone.
LATE_EVENING_UTC = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)


def test_registry_knows_the_ten_editions_in_order():
    assert edition_codes() == TEN_EDITIONS


@pytest.mark.parametrize("code", [code for code in TEN_EDITIONS if code != "bo"])
def test_an_edition_calls_itself_what_cldr_calls_its_language(code):
    edition = get_edition(code)
    cldr_name = Locale.parse(edition.babel_locale).languages[edition.language or code]
    assert edition.name_in_itself == cldr_name


def test_tibetan_calls_itself_by_its_written_language():
    # CLDR's Tibetan name is of the spoken language; readers look for བོད་ཡིག.
    assert get_edition("bo").name_in_itself == "བོད་ཡིག"


def test_uyghur_is_the_only_right_to_left_edition():
    assert [code for code in edition_codes() if get_edition(code).is_rtl] == ["ug"]


@pytest.mark.parametrize("spelling", ["zh-Hans", "zh_hans", "ZH_HANS"])
def test_get_edition_accepts_other_spellings_of_a_code(spelling):
    assert get_edition(spelling).code == "zh-hans"


def test_unknown_edition_error_names_the_code_and_every_known_edition():
    with pytest.raises(UnknownEdition) as raised:
        get_edition("fr")
    message = str(raised.value)
    assert "'fr'" in message
    assert all(code in message for code in TEN_EDITIONS)


def test_unknown_edition_is_a_lookup_error():
    with pytest.raises(LookupError):
        get_edition("")


def test_english_list_joins_two_names_with_and():
    assert format_people_list(["Ann Lee", "Bo Kim"], "en") == "Ann Lee and Bo Kim"


def test_korean_list_joins_names_with_mit():
    assert format_people_list(["김민지", "이서준"], "ko") == "김민지 및 이서준"


def test_uyghur_list_uses_arabic_comma_and_we():
    names = ["ئالىم", "گۈلنار", "مەمەت"]
    assert format_people_list(names, "ug") == "ئالىم، گۈلنار ۋە مەمەت"


@pytest.mark.parametrize("code", ["zh-hans", "zh-hant"])
def test_chinese_list_uses_enumeration_comma_and_he(code):
    assert format_people_list(["李伟", "王芳", "张敏"], code) == "李伟、王芳和张敏"


@pytest.mark.parametrize(("code", "conjunction"), [("bo", "དང་"), ("lo", "ແລະ")])
def test_list_uses_edition_conjunction_where_cldr_has_none(code, conjunction):
    assert format_people_list(["A", "B"], code) == f"A {conjunction} B"


def test_list_of_one_name_is_that_name():
    assert format_people_list(["Ann Lee"], "ug") == "Ann Lee"


def test_date_is_written_in_english_for_the_english_edition():
    written = format_local_datetime(LATE_EVENING_UTC, "en")
    assert written.startswith("March 1, 2026 11:30")
    assert written.endswith("GMT+00:00")


def test_date_is_moved_into_the_edition_time_zone():
    # Seoul is UTC+9: the evening of 1 March is the morning of 2 March there.
    written = format_local_datetime(LATE_EVENING_UTC, "ko")
    assert written.startswith("2026년 3월 2일")
    assert "8:30" in written
    assert written.endswith("GMT+09:00")


def test_date_is_written_in_the_edition_language():
    assert "مارت" in format_local_datetime(LATE_EVENING_UTC, "ug")
    assert "tháng 3" in format_local_datetime(LATE_EVENING_UTC, "vi")


def test_missing_date_is_written_as_nothing():
    assert format_local_datetime(None, "en") == ""
