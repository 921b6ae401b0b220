from importlib import import_module

from django.apps import apps
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls


def output_urls(app, patterns="urlpatterns"):
    """Return an output app's URL patterns, or none when the site leaves it out of
    INSTALLED_APPS: the rest of the site works without it."""
    if not apps.is_installed(app):
        return []
    return getattr(import_module(f"{app}.urls"), patterns)


urlpatterns = [
    path("comments/", include("masthead.comments.urls")),
    path("moderation/", include("masthead.moderation.urls")),
    path("api/", include(output_urls("masthead.api"))),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("lite/", include(output_urls("masthead.lite"))),
    path("", include(output_urls("masthead.feeds"))),
    path("", include(output_urls("masthead.search"))),
    path("", include(output_urls("masthead.operations"))),
]

# Every edition lives under its language prefix (/en/, /ko/, /ug/ ...), so each URL
# names its edition and a copy of the site works without cookies or negotiation.
urlpatterns += i18n_patterns(
    path("", include(output_urls("masthead.feeds", "edition_urlpatterns"))),
    path("", include(output_urls("masthead.search", "edition_urlpatterns"))),
    path("", include(output_urls("masthead.lite", "edition_urlpatterns"))),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Styled error pages in the edition the address names; none of them needs the database.
handler403 = "masthead.core.errors.permission_denied"
handler404 = "masthead.core.errors.page_not_found"
handler500 = "masthead.core.errors.server_error"
