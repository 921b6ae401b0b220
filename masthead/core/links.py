"""Where links sent outside a request start: mail, digests.

A mail has no request to take a host from, and the address the server binds (the
demo's `--addr`, a worker's socket) is not the address readers use. Links therefore
start at the Wagtail site's root URL (Settings → Sites: hostname and port), the one
the page head's canonical links use; SITE_URL only where no site exists yet.
"""

from django.conf import settings
from wagtail.models import Site


def public_root_url(site=None):
    """Return the root URL of `site`, else of the default site, else SITE_URL."""
    site = site or Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.SITE_URL


def absolute_url(url, site=None):
    """Return `url` with the public root URL in front when it is a path."""
    return url if "://" in url else public_root_url(site) + url
