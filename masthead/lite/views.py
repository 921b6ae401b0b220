"""Lite pages: the site's own Wagtail pages, found by their path and rendered
through a smaller template (no script, no picture until asked for, styles inline).

A page type has a lite version when a template `lite/<its own template>` exists, so
articles, sections and edition homes have one and a new page type opts in with a
template, not code.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe
from wagtail.models import Page

from masthead.core.editions import edition_codes

from .paths import lite_path
from .reading import LITE_PAGE, TEMPLATE_PREFIX


@require_safe
def lite_home(request):
    return redirect(lite_path(f"/{settings.LANGUAGE_CODE}/"))


@require_safe
def lite_page(request, path):
    code, _, page_path = path.partition("/")
    if code not in edition_codes():
        raise Http404
    with translation.override(code):
        page = find_page(request, code, page_path)
        if page.get_view_restrictions().exists():
            # The full page asks for the password or login; lite pages never do.
            # Never kept by a CDN: lifting the restriction must bring the page back.
            response = redirect(page.get_url(request))
            add_never_cache_headers(response)
            return response
        template = lite_template(page, request)
        return LITE_PAGE.render(request, page, template, page.get_context(request))


def find_page(request, code, page_path):
    """Return the live page of edition `code` at `page_path`, as Wagtail routes it."""
    route = Page.route_for_request(request, page_path)
    if route is None:
        raise Http404
    page, args, _kwargs = route
    # A routable page's own address comes back with its index view; any other
    # sub-route (a person's profile) has no lite version.
    if args and getattr(args[0], "__name__", "") != "index_route":
        raise Http404
    # Wagtail falls back to the default edition's tree when an edition has no home.
    if page.locale.language_code != code:
        raise Http404
    return page


def lite_template(page, request):
    """Return the full page's template name, when it has a lite version."""
    name = page.get_template(request)
    try:
        get_template(TEMPLATE_PREFIX + name)
    except TemplateDoesNotExist:
        raise Http404 from None
    return name
