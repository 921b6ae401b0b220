from django.urls import path, re_path

from . import views

# Served outside the language prefix (at the site root): /lite/ followed by the path
# of the full page, whose own first segment names the edition.
urlpatterns = [
    path("", views.lite_home, name="lite_home"),
    # Only paths ending in a slash, like the pages themselves, so that a missing
    # slash is redirected by CommonMiddleware rather than answered twice.
    re_path(r"^(?P<path>(?:[^/]+/)+)$", views.lite_page, name="lite_page"),
]

# Served under each edition's language prefix (/en/..., /ko/...), before Wagtail's
# page catch-all.
edition_urlpatterns = []
