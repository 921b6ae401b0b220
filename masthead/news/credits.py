"""Credit roles, and the credits line each edition reads under an article.

Roles live in a registry rather than a fixed list so that a newsroom can add its own
(`register_credit_role("graphics", ...)` in an AppConfig.ready()).
"""

from dataclasses import dataclass
from itertools import groupby

from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from masthead.core.editions import get_edition
from masthead.core.formatting import format_people_list


@dataclass(frozen=True)
class CreditRole:
    label: str
    sentence: str  # with %(people)s
    sentence_for_desk: str  # with %(people)s and %(desk)s
    schema_property: str = "contributor"  # the NewsArticle property it maps to


_ROLES = {}


def register_credit_role(code, role):
    _ROLES[code] = role


def credit_role(code):
    return _ROLES[code]


def credit_role_choices():
    return [(code, role.label) for code, role in _ROLES.items()]


register_credit_role(
    "additional_reporting",
    CreditRole(
        _("Additional reporting"),
        _("Additional reporting by %(people)s."),
        _("Additional reporting by %(people)s for %(desk)s."),
    ),
)
register_credit_role(
    "translation",
    CreditRole(
        _("Translation"),
        _("Translated by %(people)s."),
        _("Translated by %(people)s for %(desk)s."),
        schema_property="translator",
    ),
)
register_credit_role(
    "photos",
    CreditRole(
        _("Photos"), _("Photos by %(people)s."), _("Photos by %(people)s for %(desk)s.")
    ),
)
register_credit_role(
    "editing",
    CreditRole(
        _("Editing"),
        _("Edited by %(people)s."),
        _("Edited by %(people)s for %(desk)s."),
    ),
)


def desk_name(desk_code, edition_code):
    language = get_edition(desk_code).service_language_name(edition_code)
    return _("the %(language)s Service") % {"language": language}


def credit_sentences(credits, edition_code):
    """Return one sentence per run of credits that share a role and a desk.

    `credits` are ArticleCredit rows in editorial order: A and B for the Korean
    Service, then C as translator, read "Additional reporting by A and B for the
    Korean Service." and "Translated by C."
    """
    sentences = []
    with override(edition_code):
        for (role_code, desk), group in groupby(
            credits, key=lambda c: (c.role, c.desk)
        ):
            role = credit_role(role_code)
            names = [credit.person.name_in(edition_code) for credit in group]
            values = {"people": format_people_list(names, edition_code)}
            if desk:
                values["desk"] = desk_name(desk, edition_code)
                sentences.append(str(role.sentence_for_desk) % values)
            else:
                sentences.append(str(role.sentence) % values)
    return sentences
