"""Dates and lists written the way each edition's readers write them."""

from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from babel.lists import format_list

from .editions import get_edition


def format_people_list(names, edition_code):
    """Return names joined with the edition's list grammar ("A, B and C")."""
    names = list(names)
    edition = get_edition(edition_code)
    if edition.list_conjunction and len(names) > 1:
        return f"{'، ' if edition.is_rtl else ', '}".join(names[:-1]) + (
            f" {edition.list_conjunction} {names[-1]}"
        )
    return format_list(names, locale=edition.babel_locale)


def format_local_datetime(moment, edition_code):
    """Return a moment as the edition's readers write it, in its home time zone."""
    if moment is None:
        return ""
    edition = get_edition(edition_code)
    local = moment.astimezone(ZoneInfo(edition.time_zone))
    date = format_date(local, format="long", locale=edition.babel_locale)
    time = format_time(local, format="short", locale=edition.babel_locale)
    return f"{date} {time} {local.strftime('%Z')}"
