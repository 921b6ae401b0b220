"""RSS 2.0 and Atom writers that carry every author, every contributor and the text.

Django's writers know one author per item and no full text; these add Dublin Core
creators and contributors and `content:encoded` to RSS, and repeated `author` and
`contributor` elements and `content` to Atom. Items carry `authors` and
`contributors` as (name, profile URL) pairs and `content` as HTML or None.
"""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/"


class RssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:dc": DUBLIN_CORE,
            "xmlns:content": CONTENT_MODULE,
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, _link in item["authors"]:
            handler.addQuickElement("dc:creator", name)
        for name, _link in item["contributors"]:
            handler.addQuickElement("dc:contributor", name)
        if item["content"]:
            handler.addQuickElement("content:encoded", item["content"])


class AtomFeed(Atom1Feed):
    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for element, people in (
            ("author", item["authors"]),
            ("contributor", item["contributors"]),
        ):
            for name, link in people:
                self._add_person(handler, element, name, link)
        if item["content"]:
            handler.addQuickElement("content", item["content"], {"type": "html"})

    def _add_person(self, handler, element, name, link):
        handler.startElement(element, {})
        handler.addQuickElement("name", name)
        if link:
            handler.addQuickElement("uri", link)
        handler.endElement(element)
