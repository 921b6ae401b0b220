# Served outside the language prefix (at the site root).
urlpatterns = []

# Served under each edition's language prefix (/en/..., /ko/...), before Wagtail's
# page catch-all.
edition_urlpatterns = []
