from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from masthead.feeds import urls as feeds_urls
from masthead.lite import urls as lite_urls
from masthead.search import urls as search_urls

urlpatterns = [
    path("comments/", include("masthead.comments.urls")),
    path("moderation/", include("masthead.moderation.urls")),
    path("api/", include("masthead.api.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("lite/", include(lite_urls.urlpatterns)),
    path("", include(feeds_urls.urlpatterns)),
    path("", include(search_urls.urlpatterns)),
]

# Every edition lives under its language prefix (/en/, /ko/, /ug/ ...), so each URL
# names its edition and a copy of the site works without cookies or negotiation.
urlpatterns += i18n_patterns(
    path("", include(feeds_urls.edition_urlpatterns)),
    path("", include(search_urls.edition_urlpatterns)),
    path("", include(lite_urls.edition_urlpatterns)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Styled error pages in the edition the address names; none of them needs the database.
handler403 = "masthead.core.errors.permission_denied"
handler404 = "masthead.core.errors.page_not_found"
handler500 = "masthead.core.errors.server_error"
