"""robots.txt and the sitemaps of every edition, served at the site root."""

from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse

from masthead.core.paths import private_prefixes

from .news import CONTENT_TYPE, NewsSitemap
from .sitemaps import EditionSitemap
from .sites import edition_home, edition_homes, root_url, site_for

__all__ = ["NewsSitemap", "pages_sitemap", "robots_txt", "sitemap_index"]


def robots_txt(request):
    site = site_for(request)
    root = root_url(site)
    # Desks, the admin, the API and form endpoints are not for search engines;
    # readers' pages all are.
    disallowed = (f"Disallow: {prefix}" for prefix in private_prefixes())
    lines = ["User-agent: *", *disallowed, ""]
    lines.append(f"Sitemap: {root}{reverse('sitemap_index')}")
    for code in edition_homes(site):
        lines.append(f"Sitemap: {root}{reverse('news_sitemap', kwargs={'code': code})}")
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )


# Django's own `index` view starts every address at the request's host
# (`get_current_site`): asked as http://testserver/sitemap.xml on a site whose
# Wagtail root is http://localhost, it names http://testserver/sitemaps/pages-en.xml,
# a second spelling of what every other link calls http://localhost/... So the
# index is made here, of the same parts, from the Wagtail site's root.
@sitemap_views.x_robots_tag
def sitemap_index(request):
    """Return an index of every edition's page sitemap, page by page."""
    site = site_for(request)
    entries = []
    for code, home in edition_homes(site).items():
        sitemap = EditionSitemap(request, home)
        location = root_url(site) + reverse("pages_sitemap", kwargs={"code": code})
        last_mod = sitemap.get_latest_lastmod()
        numbered = [
            f"{location}?p={n}" for n in range(2, sitemap.paginator.num_pages + 1)
        ]
        entries += [SitemapIndexItem(loc, last_mod) for loc in (location, *numbered)]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type=CONTENT_TYPE
    )


def pages_sitemap(request, code):
    home = edition_home(request, code)
    sitemaps = {code: EditionSitemap(request, home)}
    return sitemap_views.sitemap(request, sitemaps, section=code)
