"""The lite pages' places in the full site: their path, the switch in every footer,
and the lite page as a page comments are answered on. In the baked pages
(masthead.mirror's hooks), every page's lite copy is kept, purged and baked again
with it, and served from the folder with the headers the lite view and the onion
middleware would have sent."""

from django.conf import settings
from django.utils.encoding import escape_uri_path
from wagtail import hooks

from masthead.core.editions import edition_codes
from masthead.core.paths import UnprefixedPath
from masthead.core.pieces import template_piece

from .middleware import onion_origin
from .paths import lite_path
from .reading import LITE_PAGE
from .stylesheet import content_security_policy

hooks.register("masthead_page_footer", template_piece("lite/includes/lite_switch.html"))
# Comments and reports sent from a lite page are answered on it.
hooks.register("masthead_reading_page", LITE_PAGE)


@hooks.register("masthead_unprefixed_paths")
def lite_paths():
    return [UnprefixedPath("/lite/", for_readers=True)]


@hooks.register("masthead_cacheable_urls")
def cacheable_url_names():
    return ("lite_page",)


@hooks.register("masthead_page_copies")
def lite_copy(url_path):
    """Return the lite copy of the page or folder at `url_path`."""
    # Lite pages are folders like the full pages: a feed or a sitemap has none.
    if not url_path.endswith("/") or is_lite(url_path):
        return []
    return [lite_path(url_path)]


@hooks.register("masthead_baked_headers")
def baked_headers(url_path):
    """Return the onion address of every baked page; a lite page's own policy,
    which names its inline stylesheet, and its edition's language."""
    headers = []
    address = getattr(settings, "MASTHEAD_ONION_ADDRESS", "")
    if address:
        headers.append(
            ("Onion-Location", onion_origin(address) + escape_uri_path(url_path))
        )
    if is_lite(url_path):
        headers.append(("Content-Security-Policy", content_security_policy()))
        code = url_path.removeprefix(lite_path("/")).partition("/")[0]
        if code in edition_codes():
            headers.append(("Content-Language", code))
    return headers


def is_lite(url_path):
    return url_path.startswith(lite_path("/"))
