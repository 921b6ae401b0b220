"""Pages announce the feeds of their section and edition in their head."""

from bs4 import BeautifulSoup


def feed_links(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [
        (link["type"], link["title"], link["href"])
        for link in soup.head.find_all("link", rel="alternate", type=True)
    ]


def test_article_links_to_its_section_and_edition_feeds(
    client, en_section, make_article
):
    article = make_article(en_section)
    assert feed_links(client, article.url) == [
        ("application/rss+xml", "World (RSS)", "/en/world/rss.xml"),
        ("application/atom+xml", "World (Atom)", "/en/world/atom.xml"),
        ("application/rss+xml", "Masthead English (RSS)", "/en/rss.xml"),
        ("application/atom+xml", "Masthead English (Atom)", "/en/atom.xml"),
    ]


def test_edition_home_links_to_its_edition_feeds_only(client, ko_home):
    hrefs = [href for _, _, href in feed_links(client, ko_home.url)]
    assert hrefs == ["/ko/rss.xml", "/ko/atom.xml"]


def test_every_announced_feed_answers(client, en_section, make_article):
    article = make_article(en_section)
    for _, _, href in feed_links(client, article.url):
        assert client.get(href).status_code == 200, href
