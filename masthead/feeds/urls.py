from django.urls import path, register_converter

from masthead.core.editions import edition_codes

from . import views
from .feeds import EditionAtomFeed, EditionFeed, SectionAtomFeed, SectionFeed


class EditionCodeConverter:
    regex = "|".join(edition_codes())

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(EditionCodeConverter, "edition")

# Served outside the language prefix (at the site root): crawlers look for these
# there, and one sitemap index names every edition.
urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path(
        "sitemaps/pages-<edition:code>.xml", views.pages_sitemap, name="pages_sitemap"
    ),
    path(
        "sitemaps/news-<edition:code>.xml",
        views.NewsSitemap.as_view(),
        name="news_sitemap",
    ),
]

# Served under each edition's language prefix (/en/..., /ko/...), before Wagtail's
# page catch-all. Page slugs hold no dots, so these never hide a page.
edition_urlpatterns = [
    path("rss.xml", EditionFeed(), name="edition_rss"),
    path("atom.xml", EditionAtomFeed(), name="edition_atom"),
    path("<str:section>/rss.xml", SectionFeed(), name="section_rss"),
    path("<str:section>/atom.xml", SectionAtomFeed(), name="section_atom"),
]
