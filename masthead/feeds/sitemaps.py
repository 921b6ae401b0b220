"""The sitemap of each edition's published pages, with hreflang alternates.

Alternates follow the page head's rule (news/seo.py `hreflang_alternates`): only
pages that share a Wagtail translation key, so two desks' separate stories on one
event never point at each other. The page head asks page by page; a sitemap file of
50,000 pages asks once for all of them (tests check both give the same answer).
"""

from collections import defaultdict

from django.db.models import Max
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from masthead.core.editions import get_edition
from masthead.news.models import ArticlePage
from masthead.news.seo import _x_default


def translation_groups(keys):
    """Return {translation key: live pages in tree order} for keys two pages share.

    `keys` is a query of translation keys. Pages get the `translation_of_id` of
    their article, the one thing the choice of x-default reads besides the locale.
    """
    members = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("path")
    )
    sources = dict(
        ArticlePage.objects.filter(translation_key__in=keys).values_list(
            "pk", "translation_of_id"
        )
    )
    groups = defaultdict(list)
    for member in members:
        if member.pk in sources:
            member.translation_of_id = sources[member.pk]
        groups[member.translation_key].append(member)
    return {key: group for key, group in groups.items() if len(group) > 1}


def group_alternates(group, request=None):
    """Return (hreflang, url) for every member of a group, then x-default."""
    by_language = sorted(group, key=lambda member: member.locale.language_code)
    alternates = [
        (get_edition(m.locale.language_code).hreflang, m.get_full_url(request))
        for m in by_language
    ]
    return [*alternates, ("x-default", _x_default(group).get_full_url(request))]


class EditionSitemap(Sitemap):
    """Every live, public page of one edition, from its home page down."""

    # The sitemap protocol's own ceiling; the index links further pages as ?p=N.
    limit = 50_000

    def __init__(self, request, home):
        super().__init__(request)
        self.home = home

    def items(self):
        return (
            self.home.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def get_urls(self, page=1, site=None, protocol=None):
        """Return the entries of one sitemap page, each with its alternates.

        Wagtail's Sitemap writes each page's location and lastmod; the alternates
        of the whole sitemap page are then read at once, not page by page.
        """
        urls = super().get_urls(page, site, protocol)
        alternates = self.alternates_by_location(page)
        for url in urls:
            url["alternates"] = alternates.get(url["location"], [])
        return urls

    def alternates_by_location(self, page):
        """Return {location: alternates} for the pages listed on sitemap `page`."""
        listed = self.paginator.page(page)
        start = max(listed.start_index() - 1, 0)
        keys = self.items().values("translation_key")[start : listed.end_index()]
        by_location = {}
        for group in translation_groups(keys).values():
            alternates = [
                {"lang_code": code, "location": url}
                for code, url in group_alternates(group, self.request)
            ]
            for member in group:
                by_location[member.get_full_url(self.request)] = alternates
        return by_location
