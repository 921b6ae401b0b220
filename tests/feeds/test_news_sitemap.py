"""Google News sitemaps: each edition's articles of the last 48 hours."""

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from wagtail.models import PageViewRestriction

from masthead.core.models import PublisherSettings
from masthead.feeds.news import NewsSitemap

from .xml import NEWS, NS, SITEMAP, fetch_xml, locations


def news_entries(root):
    return [
        {
            "loc": url.find("sm:loc", NS).text,
            "name": url.find("news:news/news:publication/news:name", NS).text,
            "language": url.find("news:news/news:publication/news:language", NS).text,
            "date": url.find("news:news/news:publication_date", NS).text,
            "title": url.find("news:news/news:title", NS).text,
        }
        for url in root.findall("sm:url", NS)
    ]


def test_lists_articles_of_the_last_48_hours_newest_first(
    client, en_section, make_article, now, root
):
    make_article(
        en_section, title="Two days old", first_published_at=now - timedelta(hours=49)
    )
    older = make_article(
        en_section, title="Yesterday", first_published_at=now - timedelta(hours=30)
    )
    newer = make_article(
        en_section, title="This morning", first_published_at=now - timedelta(hours=2)
    )
    urlset = fetch_xml(client, "/sitemaps/news-en.xml")
    assert urlset.tag == f"{{{SITEMAP}}}urlset"
    assert locations(urlset) == [root + newer.url, root + older.url]


def test_entry_names_publication_language_date_and_title(
    client, en_section, make_article, site
):
    publisher = PublisherSettings.for_site(site)
    publisher.publisher_name = "Radio Free Harbour"
    publisher.save()
    article = make_article(en_section, title="Harbour reopens")
    [entry] = news_entries(fetch_xml(client, "/sitemaps/news-en.xml"))
    assert entry["name"] == "Radio Free Harbour"
    assert entry["language"] == "en"
    assert entry["title"] == "Harbour reopens"
    assert datetime.fromisoformat(entry["date"]) == article.first_published_at.replace(
        microsecond=0
    )


def test_publication_date_is_w3c_with_time_zone(client, en_section, make_article):
    make_article(en_section)
    [entry] = news_entries(fetch_xml(client, "/sitemaps/news-en.xml"))
    # W3C Datetime to the second with a zone: YYYY-MM-DDThh:mm:ssTZD
    assert len(entry["date"]) == len("2026-01-01T00:00:00+00:00")
    assert datetime.fromisoformat(entry["date"]).tzinfo is not None


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("zh-hans", "zh-cn"),
        ("zh-hant", "zh-tw"),
        ("ko", "ko"),
        ("bo", "bo"),
        ("ug", "ug"),
        ("my", "my"),
        ("km", "km"),
        ("lo", "lo"),
        ("vi", "vi"),
    ],
)
def test_language_is_the_code_google_news_expects(
    client, edition_section, make_article, code, language
):
    make_article(edition_section(code))
    [entry] = news_entries(fetch_xml(client, f"/sitemaps/news-{code}.xml"))
    assert entry["language"] == language


def test_namespaces_are_the_sitemap_and_news_ones(client, en_section, make_article):
    make_article(en_section)
    urlset = fetch_xml(client, "/sitemaps/news-en.xml")
    tags = {element.tag for element in urlset.iter()}
    assert tags == {
        f"{{{SITEMAP}}}urlset",
        f"{{{SITEMAP}}}url",
        f"{{{SITEMAP}}}loc",
        f"{{{NEWS}}}news",
        f"{{{NEWS}}}publication",
        f"{{{NEWS}}}name",
        f"{{{NEWS}}}language",
        f"{{{NEWS}}}publication_date",
        f"{{{NEWS}}}title",
    }


def test_only_the_editions_own_live_public_articles(
    client, en_section, ko_section, make_article, root
):
    live = make_article(en_section, title="Live")
    make_article(ko_section, title="한국어")
    make_article(en_section, title="Withdrawn").unpublish()
    private = make_article(en_section, title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert locations(fetch_xml(client, "/sitemaps/news-en.xml")) == [root + live.url]


def test_empty_edition_gives_an_empty_urlset(client, en_home):
    urlset = fetch_xml(client, "/sitemaps/news-en.xml")
    assert urlset.tag == f"{{{SITEMAP}}}urlset"
    assert list(urlset) == []


def test_beyond_page_size_the_address_answers_with_an_index(
    client, en_section, make_article, monkeypatch, root
):
    monkeypatch.setattr(NewsSitemap, "page_size", 2)
    articles = [make_article(en_section) for _ in range(5)]
    index = fetch_xml(client, "/sitemaps/news-en.xml")
    assert index.tag == f"{{{SITEMAP}}}sitemapindex"
    base = f"{root}/sitemaps/news-en.xml"
    assert locations(index) == [f"{base}?p=1", f"{base}?p=2", f"{base}?p=3"]
    pages = [
        locations(fetch_xml(client, f"/sitemaps/news-en.xml?p={n}")) for n in (1, 2, 3)
    ]
    assert [len(page) for page in pages] == [2, 2, 1]
    listed = [loc for page in pages for loc in page]
    assert sorted(listed) == sorted(root + a.url for a in articles)


def test_page_past_the_end_is_not_found(client, en_section, make_article):
    make_article(en_section)
    assert client.get("/sitemaps/news-en.xml?p=2").status_code == 404
    assert client.get("/sitemaps/news-en.xml?p=x").status_code == 404


@dataclass
class StandIn:
    """Just what the news sitemap reads of an article, to count past 1,000 cheaply."""

    number: int
    first_published_at: datetime

    @property
    def title(self):
        return f"Story {self.number}"

    def get_full_url(self, request=None):
        return f"http://localhost/en/world/story-{self.number}/"


@pytest.fixture
def stand_ins(monkeypatch, now):
    def make(count):
        articles = [StandIn(number, now) for number in range(count)]
        monkeypatch.setattr(NewsSitemap, "articles", lambda self, home: articles)

    return make


def test_a_thousand_articles_fit_in_one_file(client, en_home, stand_ins):
    stand_ins(1000)
    urlset = fetch_xml(client, "/sitemaps/news-en.xml")
    assert urlset.tag == f"{{{SITEMAP}}}urlset"
    assert len(urlset.findall("sm:url", NS)) == 1000


def test_the_thousand_and_first_article_opens_a_second_file(client, en_home, stand_ins):
    stand_ins(1001)
    index = fetch_xml(client, "/sitemaps/news-en.xml")
    assert index.tag == f"{{{SITEMAP}}}sitemapindex"
    assert len(locations(index)) == 2
    assert len(locations(fetch_xml(client, "/sitemaps/news-en.xml?p=1"))) == 1000
    assert len(locations(fetch_xml(client, "/sitemaps/news-en.xml?p=2"))) == 1


def test_titles_in_every_script_stay_well_formed(client, en_section, make_article):
    titles = ["བོད་ལྗོངས།", "ئۈرۈمچى", "မြန်မာ", "ខ្មែរ", "ລາວ", "香港 & <台灣>"]
    for title in titles:
        make_article(en_section, title=title)
    entries = news_entries(fetch_xml(client, "/sitemaps/news-en.xml"))
    assert sorted(entry["title"] for entry in entries) == sorted(titles)


def test_control_characters_are_dropped_from_titles(client, en_section, make_article):
    make_article(en_section, title="Storm\x0bwarning")
    [entry] = news_entries(fetch_xml(client, "/sitemaps/news-en.xml"))
    assert entry["title"] == "Stormwarning"
