"""The language a comment is written in, told offline by its script.

Each edition's language has a script of its own here, except Chinese (Simplified
and Traditional told apart by characters unique to each, through OpenCC) and the
Latin script (Vietnamese by its letters and tone marks, anything else as English).
Arabic script is taken as Uyghur, the only such edition. A comment in another
language than its edition's is a note for the moderator, never a rejection; text too
short or too mixed to tell passes as undetermined.
"""

import unicodedata
from collections import Counter
from functools import lru_cache

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.core.editions import UnknownEdition, get_edition

from ..base import Finding, Outcome, Rule
from ..explanations import Explanation, explains
from ..normalise import to_simplified, to_traditional

SCRIPTS = (
    ("hangul", (("\uac00", "\ud7a3"), ("\u1100", "\u11ff"), ("\u3130", "\u318f"))),
    ("kana", (("\u3040", "\u30ff"),)),
    ("han", (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"))),
    ("tibetan", (("\u0f00", "\u0fff"),)),
    ("myanmar", (("\u1000", "\u109f"), ("\uaa60", "\uaa7f"))),
    ("khmer", (("\u1780", "\u17ff"), ("\u19e0", "\u19ff"))),
    ("lao", (("\u0e80", "\u0eff"),)),
    ("thai", (("\u0e00", "\u0e7f"),)),
    ("arabic", (("\u0600", "\u06ff"), ("\u0750", "\u077f"), ("\ufb50", "\ufeff"))),
    ("cyrillic", (("\u0400", "\u04ff"),)),
    ("latin", (("a", "z"), ("\u00c0", "\u024f"), ("\u1e00", "\u1eff"))),
)
SCRIPT_LANGUAGE = {
    "hangul": "ko",
    "kana": "ja",
    "tibetan": "bo",
    "myanmar": "my",
    "khmer": "km",
    "lao": "lo",
    "thai": "th",
    "arabic": "ug",
    "cyrillic": "ru",
}
# One character of these scripts says about as much as a short word.
DENSE = {"hangul", "kana", "han"}
VIETNAMESE = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")

LANGUAGE_NAMES = {
    "en": gettext_lazy("English"),
    "ko": gettext_lazy("Korean"),
    "zh-hans": gettext_lazy("Simplified Chinese"),
    "zh-hant": gettext_lazy("Traditional Chinese"),
    "bo": gettext_lazy("Tibetan"),
    "ug": gettext_lazy("Uyghur"),
    "my": gettext_lazy("Burmese"),
    "km": gettext_lazy("Khmer"),
    "lo": gettext_lazy("Lao"),
    "vi": gettext_lazy("Vietnamese"),
    "ja": gettext_lazy("Japanese"),
    "th": gettext_lazy("Thai"),
    "ru": gettext_lazy("a Cyrillic-script language"),
}


# Asked of every letter of every comment; a desk's comments use a few thousand
# distinct characters at most.
@lru_cache(maxsize=16384)
def script_of(character):
    lowered = character.lower()
    for name, ranges in SCRIPTS:
        if any(low <= lowered <= high for low, high in ranges):
            return name
    return None


def detect_language(text, min_letters=8, dominance=0.6):
    """Return (language code, share of letters in its script), or (None, share)."""
    scripts = Counter()
    for character in text:
        if unicodedata.category(character)[0] == "L":
            script = script_of(character)
            scripts[script] += 3 if script in DENSE else 1
    total = sum(scripts.values())
    if not total:
        return None, 0.0
    script, weight = scripts.most_common(1)[0]
    if kana_in(scripts) and script == "han":
        script = "kana"  # Japanese writes most words in Han characters
    share = weight / total
    if script is None or weight < min_letters or share < dominance:
        return None, share
    if script == "han":
        return chinese_variant(text), share
    if script == "latin":
        return latin_language(text), share
    return SCRIPT_LANGUAGE[script], share


def kana_in(scripts):
    return scripts["kana"] >= 3


def chinese_variant(text):
    """Return "zh-hant" or "zh-hans" by the characters only one of them writes."""
    han = [c for c in text if script_of(c) == "han"]
    traditional = sum(1 for c in han if to_simplified(c) != c)
    simplified = sum(1 for c in han if to_traditional(c) != c and to_simplified(c) == c)
    return "zh-hant" if traditional > simplified else "zh-hans"


def latin_language(text):
    letters = [c for c in text.lower() if script_of(c) == "latin"]
    marked = sum(1 for c in letters if c in VIETNAMESE)
    return "vi" if marked >= max(2, len(letters) // 20) else "en"


def desk_name(edition):
    try:
        return _(get_edition(edition).english_name)
    except UnknownEdition:
        return edition


class LanguageRule(Rule):
    code = "language"
    label = gettext_lazy("Language")
    uses_database = False
    default_options = {"min_letters": 8}

    def check(self, comment, options):
        language, share = detect_language(
            comment.body, min_letters=int(options["min_letters"])
        )
        details = {"language": language, "share": round(share, 2)}
        if language is None:
            return Finding(Outcome.PASS, Explanation("language.undetermined"), details)
        if language == comment.edition:
            explanation = Explanation("language.same", language=language)
            return Finding(Outcome.PASS, explanation, details)
        explanation = Explanation(
            "language.other", language=language, desk=comment.edition
        )
        return Finding(Outcome.NOTE, explanation, details)


@explains("language.undetermined")
def _undetermined(params):
    return _("Language undetermined (too short or mixed).")


@explains("language.same")
def _same(params):
    return _("Written in %(language)s.") % {"language": _language(params)}


@explains("language.other")
def _other(params):
    return _("Written in %(language)s on the %(desk)s desk.") % {
        "language": _language(params),
        "desk": desk_name(params["desk"]),
    }


def _language(params):
    return LANGUAGE_NAMES.get(params["language"], params["language"])
