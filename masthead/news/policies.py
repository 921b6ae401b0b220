"""Where the reader's rules live: each edition's policy pages, and the clause of the
Terms of Use a moderator's reason cites.

The comment notice, the footer, the decision emails and the desk all ask here, so a
link to the Terms is the same everywhere and follows the page if the desk moves it.
"""

from masthead.core.models import PublisherSettings

from .models import PolicyKind, clause_anchor, policy_page


def terms_url(home, site=None):
    """Return the address of the Terms of Use of `home`'s edition.

    An edition without a Terms page falls back to the publisher's address (an
    outside page, say); "" when there is neither.
    """
    page = policy_page(home, PolicyKind.TERMS)
    if page is not None:
        return page.get_url()
    site = site or (home.get_site() if home else None)
    publisher = PublisherSettings.for_site(site) if site else None
    return publisher.terms_of_use_url if publisher else ""


def terms_clause_url(home, clause, site=None):
    """Return the address of clause `clause` of the edition's Terms of Use."""
    return clause_url(terms_url(home, site), clause)


def clause_url(terms_address, clause):
    """Return the address of clause `clause` in the Terms at `terms_address`."""
    if not terms_address or not clause:
        return terms_address
    return f"{terms_address}#{clause_anchor(clause)}"
