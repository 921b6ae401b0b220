"""The sitemap index and each edition's page sitemap, with hreflang alternates."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from masthead.feeds.sitemaps import EditionSitemap
from masthead.news.models import ArticlePage
from masthead.news.seo import hreflang_alternates

from .xml import NS, SITEMAP, fetch_xml, locations


@pytest.fixture
def pair(en_section, ko_section, make_article):
    """An English original and its Korean translation."""
    original = make_article(en_section, title="Rail link opens")
    translation = make_article(
        ko_section, title="철도 연결 개통", translation_of=original
    )
    return original, translation


def alternates_of(root, location):
    for url in root.findall("sm:url", NS):
        if url.find("sm:loc", NS).text == location:
            links = url.findall("xhtml:link", NS)
            return {link.get("hreflang"): link.get("href") for link in links}
    raise AssertionError(f"{location} is not in the sitemap")


def test_sitemap_index_names_each_editions_page_sitemap(client, ko_home, root):
    index = fetch_xml(client, "/sitemap.xml")
    assert index.tag == f"{{{SITEMAP}}}sitemapindex"
    assert locations(index) == [
        f"{root}/sitemaps/pages-en.xml",
        f"{root}/sitemaps/pages-ko.xml",
    ]


def test_page_sitemap_lists_the_editions_live_pages(
    client, en_section, make_article, root
):
    article = make_article(en_section)
    urlset = fetch_xml(client, "/sitemaps/pages-en.xml")
    assert urlset.tag == f"{{{SITEMAP}}}urlset"
    assert locations(urlset) == [f"{root}/en/", f"{root}/en/world/", root + article.url]


def test_page_sitemap_leaves_out_other_editions(client, pair, root):
    original, translation = pair
    english = locations(fetch_xml(client, "/sitemaps/pages-en.xml"))
    korean = locations(fetch_xml(client, "/sitemaps/pages-ko.xml"))
    assert root + original.url in english and root + translation.url not in english
    assert root + translation.url in korean and root + original.url not in korean


def test_unpublished_and_private_pages_are_left_out(
    client, en_section, make_article, root
):
    withdrawn = make_article(en_section, title="Withdrawn")
    withdrawn.unpublish()
    private = make_article(en_section, title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    listed = locations(fetch_xml(client, "/sitemaps/pages-en.xml"))
    assert root + en_section.url in listed
    assert root + withdrawn.url not in listed
    assert root + private.url not in listed


def test_translations_name_each_other_as_alternates(client, pair, root):
    original, translation = pair
    expected = {
        "en": root + original.url,
        "ko": root + translation.url,
        "x-default": root + original.url,
    }
    english = fetch_xml(client, "/sitemaps/pages-en.xml")
    korean = fetch_xml(client, "/sitemaps/pages-ko.xml")
    assert alternates_of(english, root + original.url) == expected
    assert alternates_of(korean, root + translation.url) == expected


def test_alternates_are_those_of_the_page_head_for_every_page(
    client, en_section, ko_section, edition_section, make_article, root
):
    """Originals in two editions, a group of three, a withdrawn member, a lone page."""
    vi_section = edition_section("vi")
    english = make_article(en_section)
    make_article(ko_section, translation_of=english)
    korean = make_article(ko_section)
    make_article(en_section, translation_of=korean)
    make_article(vi_section, translation_of=korean)
    make_article(vi_section, translation_of=english).unpublish()
    make_article(en_section)
    pages = list(Page.objects.live().filter(depth__gt=1).specific())
    for code in ("en", "ko", "vi"):
        urlset = fetch_xml(client, f"/sitemaps/pages-{code}.xml")
        for page in pages:
            if page.locale.language_code == code:
                listed = alternates_of(urlset, page.get_full_url())
                assert listed == dict(hreflang_alternates(page)), page.url


def test_sitemap_queries_do_not_grow_with_translations(
    client, en_section, ko_section, make_article
):
    def count_queries():
        client.get("/sitemaps/pages-en.xml")  # warm the site and URL caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemaps/pages-en.xml").status_code == 200
        return len(queries)

    def add_pairs(number):
        for _ in range(number):
            original = make_article(en_section)
            make_article(ko_section, translation_of=original)

    add_pairs(2)
    few = count_queries()
    add_pairs(5)
    assert count_queries() == few


def test_separate_stories_on_one_event_have_no_alternates(
    client, en_section, ko_section, make_article, root
):
    english = make_article(en_section, title="Flood in the north")
    korean = make_article(ko_section, title="북부 홍수")
    assert (
        alternates_of(fetch_xml(client, "/sitemaps/pages-en.xml"), root + english.url)
        == {}
    )
    assert (
        alternates_of(fetch_xml(client, "/sitemaps/pages-ko.xml"), root + korean.url)
        == {}
    )


def test_unpublished_translation_is_no_alternate(client, pair, root):
    original, translation = pair
    translation.unpublish()
    english = fetch_xml(client, "/sitemaps/pages-en.xml")
    assert alternates_of(english, root + original.url) == {}


def test_edition_homes_are_alternates_of_each_other(client, ko_home, root):
    english = fetch_xml(client, "/sitemaps/pages-en.xml")
    assert alternates_of(english, f"{root}/en/") == {
        "en": f"{root}/en/",
        "ko": f"{root}/ko/",
        "x-default": f"{root}/en/",
    }


def test_a_long_sitemap_is_split_and_indexed_page_by_page(
    client, en_section, make_article, monkeypatch, root
):
    monkeypatch.setattr(EditionSitemap, "limit", 2)
    articles = [make_article(en_section) for _ in range(3)]
    index = locations(fetch_xml(client, "/sitemap.xml"))
    base = f"{root}/sitemaps/pages-en.xml"
    assert index == [base, f"{base}?p=2", f"{base}?p=3"]
    pages = [
        locations(fetch_xml(client, f"/sitemaps/pages-en.xml?p={n}")) for n in (1, 2, 3)
    ]
    assert [len(page) for page in pages] == [2, 2, 1]
    assert {root + a.url for a in articles} <= {loc for page in pages for loc in page}
    assert client.get("/sitemaps/pages-en.xml?p=4").status_code == 404


def test_a_page_type_adds_to_its_own_sitemap_entry(
    client, en_section, make_article, monkeypatch, root
):
    """Wagtail's `get_sitemap_urls` is where a page type says what its entry holds."""

    def weighted_entry(page, request=None):
        return [{"location": page.get_full_url(request), "priority": "0.9"}]

    monkeypatch.setattr(ArticlePage, "get_sitemap_urls", weighted_entry)
    article = make_article(en_section)
    urlset = fetch_xml(client, "/sitemaps/pages-en.xml")
    priorities = {
        url.find("sm:loc", NS).text: url.find("sm:priority", NS)
        for url in urlset.findall("sm:url", NS)
    }
    assert priorities[root + article.url].text == "0.9"
    assert priorities[root + en_section.url] is None


def test_edition_without_a_home_has_no_sitemap(client, en_home):
    assert client.get("/sitemaps/pages-km.xml").status_code == 404


def test_unknown_edition_code_is_not_found(client, en_home):
    assert client.get("/sitemaps/pages-xx.xml").status_code == 404


def test_page_sitemap_is_well_formed_in_every_script(
    client, edition_section, make_article, root
):
    make_article(edition_section("ug"), slug="ئۈرۈمچى-خەۋەر", title="ئۈرۈمچىدە")
    urlset = fetch_xml(client, "/sitemaps/pages-ug.xml")
    assert any("%D8" in loc or "ئۈرۈمچى" in loc for loc in locations(urlset))
