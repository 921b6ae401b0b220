"""The Google News sitemap of an edition: its articles of the last 48 hours.

One file holds at most `page_size` articles. Beyond that, the same address answers
with a sitemap index whose entries are ?p=1, ?p=2 ..., so robots.txt never changes.
"""

from datetime import timedelta

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views import View

from masthead.core.editions import get_edition
from masthead.core.models import PublisherSettings
from masthead.news.models import ArticlePage

from .sites import edition_home, root_url, site_for
from .text import xml_safe

CONTENT_TYPE = "application/xml; charset=utf-8"


def w3c_datetime(moment):
    return moment.isoformat(timespec="seconds")


class NewsSitemap(View):
    # Google News reads at most 1,000 entries from one file.
    page_size = 1000
    # Google News only takes articles published within the last two days.
    window = timedelta(hours=48)

    def get(self, request, code):
        home = edition_home(request, code)
        paginator = Paginator(self.articles(home), self.page_size)
        number = request.GET.get("p")
        if number is None and paginator.num_pages > 1:
            return self.index(request, paginator)
        try:
            page = paginator.page(number or 1)
        except InvalidPage as error:
            raise Http404(str(error)) from None
        return self.urlset(request, code, page.object_list)

    def articles(self, home):
        since = timezone.now() - self.window
        return (
            ArticlePage.objects.live()
            .public()
            .descendant_of(home)
            .filter(first_published_at__gte=since)
            .defer_streamfields()
            .order_by("-first_published_at", "-pk")
        )

    def index(self, request, paginator):
        base = root_url(site_for(request)) + request.path
        first = paginator.page(1).object_list[0]
        sitemaps = [
            {"location": f"{base}?p={number}", "last_mod": first.first_published_at}
            for number in paginator.page_range
        ]
        return self.respond(request, "sitemap_index.xml", {"sitemaps": sitemaps})

    def urlset(self, request, code, articles):
        publisher = PublisherSettings.for_request(request).publisher_name
        entries = [
            {
                "location": article.get_full_url(request),
                "title": xml_safe(article.title),
                "published": w3c_datetime(article.first_published_at),
            }
            for article in articles
        ]
        context = {
            "entries": entries,
            "publication_name": xml_safe(publisher),
            "language": get_edition(code).news_language,
        }
        return self.respond(request, "feeds/news_sitemap.xml", context)

    def respond(self, request, template, context):
        response = TemplateResponse(
            request, template, context, content_type=CONTENT_TYPE
        )
        # Like Django's sitemaps: crawlers read the file, search results skip it.
        response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
        return response
