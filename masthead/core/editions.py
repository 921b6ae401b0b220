"""The language editions Masthead knows, and how each one is written and dated.

An edition is a Wagtail locale with a home page; this registry holds what a locale
alone does not say: script direction, the Babel locale for dates and list grammar, the
codes other systems expect (Open Graph, hreflang, Google News) and a home time zone.
"""

from dataclasses import dataclass

from babel import Locale
from django.utils import translation


def gettext_noop(message):
    """Mark a name for the catalogues without Django: settings import this module."""
    return message


@dataclass(frozen=True)
class Edition:
    code: str
    english_name: str
    babel_locale: str
    og_locale: str
    hreflang: str
    news_language: str
    time_zone: str
    # The ISO 639 code Babel names the service's language by ("zh" for Mandarin).
    language: str = ""
    direction: str = "ltr"
    # CLDR has no list pattern for a few languages; Babel then falls back to English.
    list_conjunction: str = ""
    # A Babel time pattern where CLDR's short one reads wrong: Khmer's says "AM".
    time_pattern: str = ""
    # What the edition calls itself, in its own language and script: the switcher
    # on every page shows all ten. Written here rather than asked of CLDR each time,
    # because asking loads that locale's whole data (about 0.8 MB each) into every
    # server worker. CLDR's name but where readers look for another (Tibetan
    # readers look for the written language); a test holds them to CLDR.
    own_name: str = ""

    @property
    def native_name(self):
        return Locale.parse(self.babel_locale).get_display_name(self.babel_locale)

    def service_language_name(self, in_edition_code):
        """Return this edition's language named in another edition's language."""
        reader_locale = Locale.parse(get_edition(in_edition_code).babel_locale)
        name = reader_locale.languages.get(self.language or self.code)
        if name:
            return name
        # CLDR's Tibetan names few languages; the interface catalogues name the rest.
        with translation.override(in_edition_code):
            return translation.gettext(self.english_name)

    @property
    def name_in_itself(self):
        """Return the edition's name in its own language and script: "粵語"."""
        return self.own_name or self.service_language_name(self.code)

    @property
    def is_rtl(self):
        return self.direction == "rtl"


EDITIONS = (
    Edition(
        "en",
        gettext_noop("English"),
        "en",
        "en_US",
        "en",
        "en",
        "UTC",
        own_name="English",
    ),
    Edition(
        "ko",
        gettext_noop("Korean"),
        "ko",
        "ko_KR",
        "ko",
        "ko",
        "Asia/Seoul",
        own_name="한국어",
    ),
    Edition(
        "zh-hans",
        gettext_noop("Mandarin"),
        "zh_Hans",
        "zh_CN",
        "zh-Hans",
        "zh-cn",
        "Asia/Shanghai",
        language="zh",
        own_name="中文",
    ),
    Edition(
        "zh-hant",
        gettext_noop("Cantonese"),
        "zh_Hant",
        "zh_HK",
        "zh-Hant",
        "zh-tw",
        "Asia/Hong_Kong",
        language="yue",
        own_name="粵語",
    ),
    Edition(
        "bo",
        gettext_noop("Tibetan"),
        "bo",
        "bo_CN",
        "bo",
        "bo",
        "Asia/Shanghai",
        list_conjunction="དང་",
        own_name="བོད་ཡིག",
    ),
    Edition(
        "ug",
        gettext_noop("Uyghur"),
        "ug",
        "ug_CN",
        "ug",
        "ug",
        "Asia/Urumqi",
        direction="rtl",
        list_conjunction="ۋە",
        own_name="ئۇيغۇرچە",
    ),
    Edition(
        "my",
        gettext_noop("Burmese"),
        "my",
        "my_MM",
        "my",
        "my",
        "Asia/Yangon",
        own_name="မြန်မာ",
    ),
    Edition(
        "km",
        gettext_noop("Khmer"),
        "km",
        "km_KH",
        "km",
        "km",
        "Asia/Phnom_Penh",
        # "7:49 ព្រឹក" (morning), as Khmer readers write it, not "7:49 AM".
        time_pattern="h:mm B",
        own_name="ខ្មែរ",
    ),
    Edition(
        "lo",
        gettext_noop("Lao"),
        "lo",
        "lo_LA",
        "lo",
        "lo",
        "Asia/Vientiane",
        list_conjunction="ແລະ",
        own_name="ລາວ",
    ),
    Edition(
        "vi",
        gettext_noop("Vietnamese"),
        "vi",
        "vi_VN",
        "vi",
        "vi",
        "Asia/Ho_Chi_Minh",
        own_name="Tiếng Việt",
    ),
)

_BY_CODE = {edition.code: edition for edition in EDITIONS}


class UnknownEdition(LookupError):
    pass


def get_edition(code):
    """Return the edition for a code, accepting `zh-Hans`/`zh_hans` spellings."""
    normalised = (code or "").replace("_", "-").lower()
    try:
        return _BY_CODE[normalised]
    except KeyError:
        known = ", ".join(_BY_CODE)
        raise UnknownEdition(
            f"unknown language {code!r}; known editions: {known}"
        ) from None


def edition_codes():
    return list(_BY_CODE)


@dataclass(frozen=True)
class EditionLink:
    """One entry of the edition switcher."""

    edition: Edition
    url: str
    is_current: bool


def edition_home_links(current=None):
    """Return a link to every edition's home, from the registry alone.

    For pages drawn without the database (the 500 and 503 pages): every edition
    home is the site root under its language prefix, so no query is needed.
    """
    return [
        EditionLink(edition, f"/{edition.code}/", edition == current)
        for edition in EDITIONS
    ]
