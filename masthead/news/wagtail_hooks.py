from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .chooser import edition_pictures_first
from .models import ArticlePage, Person
from .ninjs.views import ninjs_response
from .review_panel import TranslationsToReviewPanel, mark_reviewed_view


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "role_title", "slug"]
    search_fields = ["name"]


register_snippet(PersonViewSet)


@hooks.register("construct_homepage_panels")
def add_translations_to_review(request, panels):
    panels.append(TranslationsToReviewPanel())


@hooks.register("register_admin_urls")
def translation_review_urls():
    return [
        path(
            "translations/<int:pk>/reviewed/",
            mark_reviewed_view,
            name="news_translation_reviewed",
        )
    ]


@hooks.register("register_log_actions")
def register_translation_review_actions(actions):
    actions.register_action(
        "masthead.translation.source_changed",
        _("Source changed"),
        _("Original published with changes: translation to review"),
    )
    actions.register_action(
        "masthead.translation.reviewed",
        _("Marked reviewed"),
        _("Translation marked reviewed against its original"),
    )


hooks.register("construct_image_chooser_queryset", edition_pictures_first)


# After Wagtail's own link of the chain (order 0), which checks the page's view
# restrictions: a private article's ninjs is as private as the article.
@hooks.register("on_serve_page", order=100)
def serve_ninjs_format(serve_next):
    """Answer `?format=ninjs` on an article's address with the article as ninjs."""

    def serve(page, request, serve_args, serve_kwargs):
        if isinstance(page, ArticlePage) and request.GET.get("format") == "ninjs":
            return ninjs_response(page, request)
        return serve_next(page, request, serve_args, serve_kwargs)

    return serve
