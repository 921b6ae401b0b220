from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin

from .baking import mark_bakeable


@hooks.register("before_serve_page")
def mark_published_page(page, request, serve_args, serve_kwargs):
    """Let the handler keep a page it has rendered, whatever its type: what makes
    it stale is found from its type (dependents.py, `get_cached_paths()`).

    Not a routed sub-page (a person's profile or a topic page lists articles no purge
    follows: an article's removed tag is not known after the change), and
    never a page with view restrictions, whose reader was let in by a login. An
    answer that is not the same for everyone (a cookie, `Vary: Cookie`, `private`)
    is never kept, whatever marks it (baking.py).
    """
    if page.get_view_restrictions().exists():
        return
    if isinstance(page, RoutablePageMixin) and serve_args:
        view = serve_args[0]
        if getattr(view, "__name__", "") != "index_route":
            return
    mark_bakeable(request)
