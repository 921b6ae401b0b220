"""The language and time zone a moderator's desk speaks in.

The language is the moderator's own choice, kept in Wagtail's UserProfile (the one
the admin's account settings change too), so the admin and the desk agree. Without
a choice it is the edition of their first desk: `moderator-ug` works in Uyghur
whatever the browser asks for, and the triage text they read is in the same language
as the buttons. The time zone is Wagtail's own preference too, else the home time
zone of the desk language's edition.
"""

from contextlib import contextmanager
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from masthead.core.editions import EDITIONS, UnknownEdition, get_edition

from .permissions import assignments


@dataclass(frozen=True)
class DeskLocale:
    language: str
    time_zone: ZoneInfo


def language_choices():
    """Return (code, name in its own language) for every language the desk speaks."""
    return [(edition.code, edition.native_name) for edition in EDITIONS]


def desk_locale(user):
    """Return the language and time zone `user`'s desk pages are shown in."""
    chosen_language, chosen_zone = (
        UserProfile.objects.filter(user=user)
        .values_list("preferred_language", "current_time_zone")
        .first()
    ) or ("", "")
    language = _supported(chosen_language) or _desk_edition(user)
    return DeskLocale(language, _zone(chosen_zone, language))


def choose_language(user, code):
    """Keep `code` as the language `user`'s desk speaks; ValueError if it is not one."""
    code = _supported(code)
    if code not in dict(language_choices()):
        raise ValueError(code)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save(update_fields=["preferred_language"])
    return code


@contextmanager
def speaking(request):
    """Speak the moderator's language and use their time zone inside the block.

    The language stays for the rest of the request, as LocaleMiddleware's would
    (it sets the next request's afresh); the time zone is put back after the block,
    since nothing else resets it for the next request this thread serves.
    """
    locale = desk_locale(request.user)
    translation.activate(locale.language)
    request.LANGUAGE_CODE = locale.language
    with timezone.override(locale.time_zone):
        yield locale


def _desk_edition(user):
    # Desks in the order they were given: the first is the moderator's home desk.
    editions = [edition for edition, _section in assignments(user)]
    return _supported(editions[0] if editions else "") or settings.LANGUAGE_CODE


def _supported(code):
    try:
        return translation.get_supported_language_variant(code) if code else ""
    except LookupError:
        return ""


def _zone(name, language):
    try:
        return ZoneInfo(name or get_edition(language).time_zone)
    except (UnknownEdition, ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(settings.TIME_ZONE)
