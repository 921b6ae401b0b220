"""RSS 2.0 and Atom feeds of an edition and of each of its sections.

Served under the edition's language prefix: /en/rss.xml, /en/atom.xml,
/en/world/rss.xml, /en/world/atom.xml. Whether items carry the full text is the
site's "Feeds" setting (FeedSettings.full_text) in the Wagtail admin.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.models import Page

from masthead.core.editions import get_edition
from masthead.core.models import PublisherSettings
from masthead.news.models import SectionPage

from .entries import feed_entry, live_articles
from .generators import AtomFeed, RssFeed
from .models import FeedSettings
from .sites import edition_home, root_url, site_for
from .text import xml_safe


@dataclass
class FeedSource:
    request: object
    home: Page
    listing: Page  # the edition home or one of its sections

    @property
    def edition(self):
        return get_edition(self.home.locale.language_code)


class EditionFeed(Feed):
    """The newest articles of one edition, as RSS 2.0."""

    feed_type = RssFeed
    # Enough for a reader who checks twice a day on a busy desk; small enough that
    # a slow connection fetches it quickly.
    item_limit = 30

    def get_object(self, request, section=None):
        home = edition_home(request)
        return FeedSource(request, home, self.get_listing(home, section))

    def get_listing(self, home, section):
        if section is not None:
            raise Http404("An edition feed has no section")
        return home

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        # Language as hreflang writes it (zh-Hans), not Django's lower-case code.
        feed.feed["language"] = obj.edition.hreflang
        return feed

    def title(self, obj):
        return xml_safe(obj.home.title)

    def link(self, obj):
        return obj.listing.get_full_url(obj.request)

    def feed_url(self, obj):
        return root_url(site_for(obj.request)) + obj.request.path

    def description(self, obj):
        return xml_safe(obj.listing.specific.intro or self.title(obj))

    def author_name(self, obj):
        return xml_safe(PublisherSettings.for_request(obj.request).publisher_name)

    def items(self, obj):
        full = FeedSettings.for_request(obj.request).full_text
        articles = live_articles(obj.listing, self.item_limit)
        return [feed_entry(a, obj.request, obj.home, full) for a in articles]

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.link

    def item_description(self, entry):
        return entry.summary

    def item_guid(self, entry):
        return entry.guid

    def item_guid_is_permalink(self, entry):
        return False

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_extra_kwargs(self, entry):
        return {
            "authors": entry.authors,
            "contributors": entry.contributors,
            "content": entry.content,
        }


class EditionAtomFeed(EditionFeed):
    """The newest articles of one edition, as Atom."""

    feed_type = AtomFeed
    subtitle = EditionFeed.description


class SectionFeed(EditionFeed):
    """The newest articles of one section of an edition, as RSS 2.0."""

    def get_listing(self, home, section):
        sections = SectionPage.objects.child_of(home).live().public()
        return get_object_or_404(sections, slug=section)

    def title(self, obj):
        return xml_safe(f"{obj.listing.title} · {obj.home.title}")


class SectionAtomFeed(SectionFeed):
    """The newest articles of one section of an edition, as Atom."""

    feed_type = AtomFeed
    subtitle = EditionFeed.description
