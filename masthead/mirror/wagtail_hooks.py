from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin

from masthead.news.models import ArticlePage, EditionHomePage, PolicyPage, SectionPage

from .baking import mark_bakeable

BAKED_TYPES = (ArticlePage, SectionPage, EditionHomePage, PolicyPage)


@hooks.register("before_serve_page")
def mark_published_page(page, request, serve_args, serve_kwargs):
    """Let the handler keep an article, section, edition home or policy page it has
    rendered.

    Not a routed sub-page (a person's profile or a topic page lists articles no purge
    follows: an article's removed tag is not known after the change), and
    never a page with view restrictions, whose reader was let in by a login.
    """
    if not isinstance(page, BAKED_TYPES) or page.get_view_restrictions().exists():
        return
    if isinstance(page, RoutablePageMixin) and serve_args:
        view = serve_args[0]
        if getattr(view, "__name__", "") != "index_route":
            return
    mark_bakeable(request)
