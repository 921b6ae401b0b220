"""The sitemap of each edition's published pages, with hreflang alternates.

Alternates come from the page head's own rule (news/seo.py hreflang_alternates): only
pages that share a Wagtail translation key, so two desks' separate stories on one
event never point at each other.
"""

from django.db.models import Count, Max
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from masthead.news.seo import hreflang_alternates


def translated_keys(pages):
    """Return the translation keys among `pages` that more than one live page shares.

    One query for a whole sitemap page, so that only translated pages pay for
    working out their alternates.
    """
    keys = {page.translation_key for page in pages}
    shared = (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .order_by()  # a default ordering would split the groups
        .values("translation_key")
        .annotate(members=Count("id"))
        .filter(members__gt=1)
        .values_list("translation_key", flat=True)
    )
    return set(shared)


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
            .select_related("locale")
            .order_by("path")
        )

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translated = translated_keys(pages)
        urls = [
            self._url_info(item, item.translation_key in translated) for item in pages
        ]
        last_mods = [url["lastmod"] for url in urls if url["lastmod"]]
        self.latest_lastmod = max(last_mods) if last_mods else None
        return urls

    def _url_info(self, item, translated):
        alternates = hreflang_alternates(item, self.request) if translated else []
        return {
            "item": item,
            "location": item.get_full_url(self.request),
            "lastmod": self.lastmod(item),
            "alternates": [
                {"lang_code": code, "location": url} for code, url in alternates
            ],
        }
