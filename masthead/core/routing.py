"""Which site and page an address leads to, kept in memory by content generation.

Wagtail finds the page of every request by walking the tree from the site's root,
one query per level and another for each page's own type, after a query for the
site: more than half of a rendered article's time. The answer changes only when
pages or sites change, which starts a new content generation (core/fragments.py),
so it is kept under the host, the language, the address and that generation.
Wagtail reads both answers from the request (`_wagtail_site`,
`_wagtail_route_for_request`), so a kept one is simply put there; the page itself
is still read from the database, and every check Wagtail makes before serving a
page (restrictions, passwords) still runs.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve

from .fragments import FRAGMENTS, content_generation

ROUTE_SECONDS = 3600


class KeptRoutesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        keep_route(request)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not serve or request.method not in ("GET", "HEAD"):
            return None
        key = route_key(request, view_args[0] if view_args else "")
        kept = caches[FRAGMENTS].get(key)
        if kept is None or not restore(request, kept):
            request._masthead_route_key = key
        return None


def route_key(request, path):
    host = request._get_raw_host()
    language = translation.get_language() or ""
    return f"route:{host}:{language}:{path}:{content_generation(request)}"


def restore(request, kept):
    """Put a kept site and route on the request; False if the page is gone."""
    site, page_id, content_type_id, args, kwargs = kept
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id).first() if model else None
    if page is None:
        return False
    request._wagtail_site = site
    request._wagtail_route_for_request = RouteResult(page, args, kwargs)
    return True


def keep_route(request):
    """Keep the site and route Wagtail found for this request, if it found one."""
    key = getattr(request, "_masthead_route_key", None)
    route = getattr(request, "_wagtail_route_for_request", None)
    site = getattr(request, "_wagtail_site", None)
    if key is None or route is None or not isinstance(site, Site):
        return
    page, args, kwargs = route
    kept = (site, page.pk, page.content_type_id, tuple(args or ()), dict(kwargs or {}))
    caches[FRAGMENTS].set(key, kept, ROUTE_SECONDS)
