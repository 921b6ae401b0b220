"""Write each demo edition's Terms of Use, Privacy, Corrections and About pages.

The Terms number their clauses so that each moderation reason's clause (3.1 to 3.8
by default) is a heading of its own, with the reason's label in the edition's
language: a rejection mail's "Off topic (§3.4)" lands on clause 3.4.
"""

from django.utils import translation
from django.utils.html import format_html

from masthead.moderation.reasons import active_reasons
from masthead.news.models import PolicyKind, PolicyPage

from .policy_texts import TEXTS


def write_policy_pages(homes):
    """Add the four policy pages under each edition home in `homes` {code: home}."""
    for code, home in homes.items():
        texts = TEXTS[code]
        with translation.override(code):
            pages = (
                (PolicyKind.TERMS, str(PolicyKind.TERMS.label), terms_clauses(texts)),
                (PolicyKind.PRIVACY, texts.privacy, [("", "", texts.privacy_text)]),
                (
                    PolicyKind.CORRECTIONS,
                    texts.corrections,
                    [("", "", texts.corrections_text)],
                ),
                (PolicyKind.ABOUT, texts.about, [("", "", texts.about_text)]),
            )
            intro = {PolicyKind.TERMS: texts.terms_intro}
            for kind, title, clauses in pages:
                publish_policy(home, kind, title, intro.get(kind, ""), clauses)


def terms_clauses(texts):
    """Return (number, heading, text) of the Terms: use, comments, and one clause a
    reason, headed by the reason's label in the active language."""
    clauses = [
        ("1", texts.use_heading, texts.use_text),
        ("2", texts.comments_heading, texts.comments_text),
    ]
    for reason in active_reasons():
        heading = translation.gettext(reason.label)
        clauses.append((reason.terms_clause, heading, texts.refused_text))
    return clauses


def publish_policy(home, kind, title, intro, clauses):
    body = [
        (
            "clause",
            {
                "number": number,
                "heading": heading,
                "text": format_html("<p>{}</p>", text),
            },
        )
        for number, heading, text in clauses
    ]
    page = PolicyPage(
        title=title, slug=kind, kind=kind, intro=intro, body=body, locale=home.locale
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page
