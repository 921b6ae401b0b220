"""The editions a site publishes, and where its absolute links start.

Every link in a feed or sitemap is absolute and starts where the page head's
canonical links start (the Wagtail site's root URL), so a crawler never meets two
spellings of one page.
"""

from django.conf import settings
from django.http import Http404
from django.utils import translation
from wagtail.models import Site

from masthead.core.editions import EDITIONS


def site_for(request):
    """Return the Wagtail site answering this request (the default one otherwise)."""
    return Site.find_for_request(request)


def root_url(site):
    return site.root_url if site else settings.SITE_URL


def edition_homes(site):
    """Return {edition code: live, public home page} of a site, in edition order.

    Edition homes are translations of the site's root page (see news/setup.py), so
    a site's editions are exactly that page's live translations.
    """
    if site is None:
        return {}
    homes = (
        site.root_page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
    )
    by_code = {home.locale.language_code: home for home in homes}
    return {
        edition.code: by_code[edition.code]
        for edition in EDITIONS
        if edition.code in by_code
    }


def edition_home(request, code=None):
    """Return the home of the edition `code` (the active language's) or raise 404."""
    code = code or translation.get_language()
    home = edition_homes(site_for(request)).get(code)
    if home is None:
        raise Http404(f"No edition {code!r} on this site")
    return home.specific
