"""The Terms of Use reasons a decision can give, for clients that build a desk.

The codes are the site's own (moderators' settings in the admin), so they are read
from the database: the listing, the 400 for an unknown code and the OpenAPI enum all
name the same active reasons that `moderation.reasons.require_reason` accepts.
"""

from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import ValidationError

from masthead.core.editions import edition_codes
from masthead.moderation.reasons import active_codes, active_reasons

from .auth import ModeratorBearer

router = Router(tags=["moderation"], auth=ModeratorBearer())


class Reason(Schema):
    code: str
    terms_clause: str
    label: str


class ReasonList(Schema):
    language: str
    items: list[Reason]


class DecisionRefused(Schema):
    """A refused decision; `valid_reasons` when the reason code was unknown."""

    detail: str
    valid_reasons: list[str]


@router.get("/moderation/reasons", response=ReasonList)
def list_reasons(request, lang: str = Query("", description="An edition's code")):
    """Return each active reason: its code, Terms of Use clause and label.

    Labels are in `lang`, else in the language of Accept-Language.
    """
    language = _language(lang) or translation.get_language()
    with translation.override(language):
        # A default label is in the catalogues; one a site wrote comes back as is.
        items = [
            {"code": r.code, "terms_clause": r.terms_clause, "label": _(r.label)}
            for r in active_reasons()
        ]
    return {"language": language, "items": items}


def _language(code):
    if code and code not in edition_codes():
        message = _("Unknown language %(code)s: use one of %(codes)s.") % {
            "code": code,
            "codes": ", ".join(edition_codes()),
        }
        raise ValidationError([{"loc": ("query", "lang"), "msg": message}])
    return code


def enumerate_reason_codes(schema):
    """Write the active reason codes into the OpenAPI schema of a decision's reason.

    Read when the schema is asked for, not from the migration's defaults: each site
    edits its reasons in the admin to match its own Terms of Use, and a list frozen
    at import would offer retired codes and miss the site's own. The request model
    keeps a plain string for the same reason; require_reason() checks it.
    """
    reason = schema["components"]["schemas"]["DecisionIn"]["properties"]["reason"]
    # "" too: approving without an edit needs no reason.
    reason["enum"] = ["", *active_codes()]
    reason["description"] = "A code from GET /api/v1/moderation/reasons"
    return schema
