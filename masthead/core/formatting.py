"""Dates, counts and lists written the way each edition's readers write them."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from babel.dates import (
    format_date,
    format_skeleton,
    format_time,
    format_timedelta,
    get_datetime_format,
)
from babel.lists import format_list
from django.conf import settings
from django.utils.translation import gettext

from .editions import UnknownEdition, get_edition

# The digits zero to nine of each edition whose script has its own. An edition may
# show these in dates and counts meant to be read; markup, feeds and structured data
# keep ASCII digits, which is what machines parse.
NATIVE_DIGITS = {
    "bo": "༠༡༢༣༤༥༦༧༨༩",
    "ug": "٠١٢٣٤٥٦٧٨٩",
    "my": "၀၁၂၃၄၅၆၇၈၉",
    "km": "០១២៣៤៥៦៧៨៩",
    "lo": "໐໑໒໓໔໕໖໗໘໙",
}
_TABLES = {
    code: str.maketrans("0123456789", digits) for code, digits in NATIVE_DIGITS.items()
}


def has_native_digits(edition_code):
    """Return whether the edition's script has digits of its own."""
    return get_edition(edition_code).code in NATIVE_DIGITS


def with_native_digits(text, edition_code):
    """Return `text` with ASCII digits written in the edition's own digits.

    Editions whose script has no digits of its own get the text unchanged.
    """
    table = _TABLES.get(get_edition(edition_code).code)
    return str(text).translate(table) if table else str(text)


def format_count(number, edition_code, native_digits=False):
    """Return a count as a reader of the edition reads it."""
    text = str(number)
    return with_native_digits(text, edition_code) if native_digits else text


def format_people_list(names, edition_code):
    """Return names joined with the edition's list grammar ("A, B and C")."""
    names = list(names)
    edition = get_edition(edition_code)
    if edition.list_conjunction and len(names) > 1:
        return f"{'، ' if edition.is_rtl else ', '}".join(names[:-1]) + (
            f" {edition.list_conjunction} {names[-1]}"
        )
    return format_list(names, locale=edition.babel_locale)


def format_local_datetime(moment, edition_code, native_digits=False):
    """Return a moment as the edition's readers write it, in its home time zone.

    With `native_digits`, the figures are written in the script's own digits where
    it has them.
    """
    if moment is None:
        return ""
    edition = get_edition(edition_code)
    local = moment.astimezone(ZoneInfo(edition.time_zone))
    date = format_date(local, format="long", locale=edition.babel_locale)
    time = format_time(local, format="short", locale=edition.babel_locale)
    text = f"{date} {time} {local.strftime('%Z')}"
    return with_native_digits(text, edition_code) if native_digits else text


def format_moment_with_age(moment, language_code, zone, now):
    """Return "Dec 3, 2026, 2:05 PM (5 minutes ago)" as `language_code` writes it.

    The date and time are CLDR's medium date with its short time, in `zone`; the
    age is Babel's duration inside our own "%(age)s ago", because CLDR has no
    relative times for some of our languages (Tibetan).
    """
    locale = _babel_locale(language_code)
    date = format_skeleton("yMMMd", moment, tzinfo=zone, locale=locale)
    time = format_time(moment, format="short", tzinfo=zone, locale=locale)
    pattern = get_datetime_format("medium", locale=locale).replace("'", "")
    when = pattern.replace("{0}", time).replace("{1}", date)
    duration = format_timedelta(max(now - moment, timedelta(0)), locale=locale)
    ago = gettext("%(age)s ago") % {"age": duration}
    return f"{when} ({ago})"


def _babel_locale(language_code):
    try:
        return get_edition(language_code).babel_locale
    except UnknownEdition:
        return get_edition(settings.LANGUAGE_CODE).babel_locale


def one_line(text):
    """Return `text` with every line break and run of spaces made one space.

    For mail subjects and greetings built from a headline or a reader's name: a
    newline there would break the header or forge a line of the message.
    """
    return " ".join(str(text).split())
