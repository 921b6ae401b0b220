"""Dates, counts and lists written the way each edition's readers write them."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from babel.dates import (
    format_date,
    format_skeleton,
    format_time,
    format_timedelta,
    get_datetime_format,
    get_timezone_gmt,
)
from babel.lists import format_list
from django.conf import settings
from django.utils.html import format_html
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
    it has them. In a right-to-left edition the zone is wrapped in Unicode's
    left-to-right isolate, so plain text (mail) keeps "+06:00" the right way round.
    """
    if moment is None:
        return ""
    when, zone = local_datetime_parts(moment, edition_code, native_digits)
    if get_edition(edition_code).is_rtl:
        zone = f"\u2066{zone}\u2069"
    return f"{when} {zone}"


def format_local_datetime_html(moment, edition_code, native_digits=False):
    """Return the moment as HTML: all of it isolated from the text around it, and
    the zone's offset isolated left to right, so Uyghur never shows "06:00+"."""
    if moment is None:
        return ""
    when, zone = local_datetime_parts(moment, edition_code, native_digits)
    return format_html('<bdi>{} <bdi dir="ltr">{}</bdi></bdi>', when, zone)


def local_datetime_parts(moment, edition_code, native_digits=False):
    """Return (date and time, zone) as the edition writes them in its home zone.

    The zone is CLDR's localised offset ("GMT+08:00"): abbreviations such as "CST"
    name several zones (China, Cuba, North America).
    """
    edition = get_edition(edition_code)
    local = moment.astimezone(ZoneInfo(edition.time_zone))
    date = format_date(local, format="long", locale=edition.babel_locale)
    when = f"{date} {_short_time(local, edition)}"
    zone = get_timezone_gmt(local, width="long", locale=edition.babel_locale)
    if native_digits:
        return with_native_digits(when, edition_code), with_native_digits(
            zone, edition_code
        )
    return when, zone


def _short_time(moment, edition, zone=None):
    return format_time(
        moment,
        format=edition.time_pattern or "short",
        tzinfo=zone,
        locale=edition.babel_locale,
    )


def format_moment_with_age(moment, language_code, zone, now):
    """Return "Dec 3, 2026, 2:05 PM (5 minutes ago)" as `language_code` writes it.

    The date and time are CLDR's medium date with its short time, in `zone`; the
    age is Babel's duration inside our own "%(age)s ago", because CLDR has no
    relative times for some of our languages (Tibetan).
    """
    edition = _edition_or_default(language_code)
    locale = edition.babel_locale
    date = format_skeleton("yMMMd", moment, tzinfo=zone, locale=locale)
    time = _short_time(moment, edition, zone)
    pattern = get_datetime_format("medium", locale=locale).replace("'", "")
    when = pattern.replace("{0}", time).replace("{1}", date)
    duration = format_timedelta(max(now - moment, timedelta(0)), locale=locale)
    ago = gettext("%(age)s ago") % {"age": duration}
    return f"{when} ({ago})"


def _edition_or_default(language_code):
    try:
        return get_edition(language_code)
    except UnknownEdition:
        return get_edition(settings.LANGUAGE_CODE)


def one_line(text):
    """Return `text` with every line break and run of spaces made one space.

    For mail subjects and greetings built from a headline or a reader's name: a
    newline there would break the header or forge a line of the message.
    """
    return " ".join(str(text).split())
