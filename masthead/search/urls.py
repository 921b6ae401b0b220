from django.urls import path

from . import views

# Served outside the language prefix (at the site root).
urlpatterns = []

# Served under each edition's language prefix (/en/..., /ko/...), before Wagtail's
# page catch-all.
edition_urlpatterns = [
    path("search/", views.SearchView.as_view(), name="masthead_search"),
]
