"""Which feed and sitemap addresses show an article, for exact cache purges."""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from .news import NewsSitemap
from .sitemaps import EditionSitemap
from .sites import root_url


def _numbered(path, pages, first=2):
    return [path] + [f"{path}?p={number}" for number in range(first, pages + 1)]


def _feed_paths(article):
    section = article.get_parent()
    with translation.override(article.locale.language_code):
        return [
            reverse("edition_rss"),
            reverse("edition_atom"),
            reverse("section_rss", kwargs={"section": section.slug}),
            reverse("section_atom", kwargs={"section": section.slug}),
        ]


def _pages_sitemap_paths(home):
    path = reverse("pages_sitemap", kwargs={"code": home.locale.language_code})
    return _numbered(path, EditionSitemap(None, home).paginator.num_pages)


def _news_sitemap_paths(home):
    path = reverse("news_sitemap", kwargs={"code": home.locale.language_code})
    pages = -(-NewsSitemap().articles(home).count() // NewsSitemap.page_size)
    return _numbered(path, pages, first=1)


def urls_showing(article):
    site = article.get_site()
    home = article.edition_home
    paths = [*_feed_paths(article), reverse("sitemap_index")]
    paths += _pages_sitemap_paths(home)
    paths += _news_sitemap_paths(home)
    # A translation's sitemap entry lists this article as an hreflang alternate.
    translations = Page.objects.filter(translation_key=article.translation_key)
    for other in translations.exclude(pk=article.pk).live().select_related("locale"):
        other_home = other.specific.edition_home
        if other_home is not None:
            paths += _pages_sitemap_paths(other_home)
    return [root_url(site) + path for path in dict.fromkeys(paths)]
