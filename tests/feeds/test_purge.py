"""masthead.feeds.urls_showing: every feed and sitemap address that shows an article."""

from urllib.parse import urlsplit

from masthead.feeds import urls_showing
from masthead.feeds.news import NewsSitemap
from masthead.feeds.sitemaps import EditionSitemap


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_lists_the_feeds_and_sitemaps_of_the_article(en_section, make_article, root):
    article = make_article(en_section)
    assert urls_showing(article) == [
        f"{root}/en/rss.xml",
        f"{root}/en/atom.xml",
        f"{root}/en/world/rss.xml",
        f"{root}/en/world/atom.xml",
        f"{root}/sitemap.xml",
        f"{root}/sitemaps/pages-en.xml",
        f"{root}/sitemaps/news-en.xml",
        f"{root}/sitemaps/news-en.xml?p=1",
    ]


def test_every_listed_address_shows_the_article(client, en_section, make_article):
    article = make_article(en_section, slug="harbour-reopens")
    for url in urls_showing(article):
        response = client.get(path_of(url))
        assert response.status_code == 200, url
        if "sitemap.xml" not in url:  # the index names files, not pages
            assert b"harbour-reopens" in response.content, url


def test_lists_every_page_of_split_sitemaps(
    en_section, make_article, monkeypatch, root
):
    monkeypatch.setattr(EditionSitemap, "limit", 2)
    monkeypatch.setattr(NewsSitemap, "page_size", 1)
    article = make_article(en_section)
    make_article(en_section)
    urls = urls_showing(article)
    assert f"{root}/sitemaps/pages-en.xml?p=2" in urls
    assert f"{root}/sitemaps/news-en.xml?p=2" in urls


def test_lists_the_sitemaps_of_editions_holding_a_translation(
    en_section, ko_section, make_article, root
):
    original = make_article(en_section)
    make_article(ko_section, translation_of=original)
    assert f"{root}/sitemaps/pages-ko.xml" in urls_showing(original)
    assert f"{root}/ko/rss.xml" not in urls_showing(original)
