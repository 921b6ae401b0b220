"""RSS 2.0 and Atom feeds of editions and sections, read back with feedparser."""

import email.utils
import uuid
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from masthead.feeds.feeds import EditionFeed
from masthead.feeds.models import FeedSettings
from masthead.news.models import PersonName

FEEDS = ["/en/rss.xml", "/en/atom.xml", "/en/world/rss.xml", "/en/world/atom.xml"]


@pytest.fixture
def story(en_section, make_article, make_person):
    reporter = make_person("Ann Reporter", slug="ann")
    colleague = make_person("Cho Reporter", slug="cho")
    translator = make_person("Bo Translator", slug="bo")
    return make_article(
        en_section,
        title="Harbour reopens",
        standfirst="Boats are back <after> the storm.",
        authors=[reporter, colleague],
        credits=[
            ("additional_reporting", translator, "ko"),
            ("translation", translator, ""),
        ],
        body=[("paragraph", '<p>The <a href="/en/world/">harbour</a> opened.</p>')],
    )


@pytest.mark.parametrize("path", FEEDS)
def test_feed_parses_without_errors(parse, story, path):
    feed = parse(path)
    assert feed.bozo == 0
    assert feed.version in {"rss20", "atom10"}
    assert [entry.title for entry in feed.entries] == ["Harbour reopens"]


@pytest.mark.parametrize("path", FEEDS)
def test_feed_links_are_absolute(parse, story, root, path):
    feed = parse(path)
    assert feed.feed.link.startswith(root + "/en/")
    assert feed.entries[0].link == root + story.url


def test_rss_dates_carry_a_time_zone(client, story):
    xml = ET.fromstring(client.get("/en/rss.xml").content)
    raw = xml.find("channel/item/pubDate").text
    parsed = email.utils.parsedate_to_datetime(raw)
    assert parsed.tzinfo is not None
    assert parsed == story.first_published_at.replace(microsecond=0)


def test_atom_entries_have_published_and_updated_dates(parse, story, make_article):
    feed = parse("/en/atom.xml")
    entry = feed.entries[0]
    assert entry.published_parsed[:6] == story.first_published_at.utctimetuple()[:6]
    assert entry.updated_parsed is not None


def test_items_are_newest_first(parse, en_section, make_article, now):
    for hours, title in ((5, "Oldest"), (1, "Newest"), (3, "Middle")):
        make_article(
            en_section, title=title, first_published_at=now - timedelta(hours=hours)
        )
    feed = parse("/en/rss.xml")
    assert [entry.title for entry in feed.entries] == ["Newest", "Middle", "Oldest"]


def test_atom_lists_every_author_and_contributor(parse, story, root):
    entry = parse("/en/atom.xml").entries[0]
    assert [author.name for author in entry.authors] == ["Ann Reporter", "Cho Reporter"]
    assert entry.authors[0].href == root + "/en/people/ann/"
    assert [person.name for person in entry.contributors] == ["Bo Translator"]


def test_rss_lists_every_author_and_contributor(client, story):
    xml = ET.fromstring(client.get("/en/rss.xml").content)
    item = xml.find("channel/item")
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert [el.text for el in item.findall(f"{dc}creator")] == [
        "Ann Reporter",
        "Cho Reporter",
    ]
    assert [el.text for el in item.findall(f"{dc}contributor")] == ["Bo Translator"]


def test_people_are_named_as_the_edition_writes_them(
    parse, ko_home, make_article, make_person
):
    from masthead.news.setup import ensure_section

    person = make_person("Kim Minji", slug="kim")
    PersonName.objects.create(person=person, language="ko", name="김민지")
    make_article(
        ensure_section(ko_home, "세계", "world"), title="항구", authors=[person]
    )
    entry = parse("/ko/atom.xml").entries[0]
    assert entry.authors[0].name == "김민지"


@pytest.mark.parametrize(("code", "language"), [("en", "en"), ("zh-hans", "zh-Hans")])
def test_feed_declares_the_editions_language(
    parse, edition_section, make_article, code, language
):
    make_article(edition_section(code))
    assert parse(f"/{code}/rss.xml").feed.language == language
    assert parse(f"/{code}/atom.xml").feed.language == language


def test_guid_survives_a_new_slug(parse, story):
    before = parse("/en/rss.xml").entries[0].id
    story.slug = "harbour-reopens-after-storm"
    story.save_revision().publish()
    after = parse("/en/rss.xml").entries[0]
    assert after.link.endswith("/harbour-reopens-after-storm/")
    assert after.id == before
    assert uuid.UUID(before.removeprefix("urn:uuid:"))


def test_rss_and_atom_give_an_article_the_same_id(parse, story):
    assert parse("/en/rss.xml").entries[0].id == parse("/en/atom.xml").entries[0].id


def test_section_feed_shows_only_its_section(parse, en_home, en_section, make_article):
    from masthead.news.setup import ensure_section

    sport = ensure_section(en_home, "Sport", "sport")
    make_article(en_section, title="World story")
    make_article(sport, title="Sport story")
    assert [e.title for e in parse("/en/sport/rss.xml").entries] == ["Sport story"]
    assert {e.title for e in parse("/en/rss.xml").entries} == {
        "World story",
        "Sport story",
    }


def test_edition_feed_shows_only_its_edition(
    parse, en_section, ko_section, make_article
):
    make_article(en_section, title="English story")
    make_article(ko_section, title="한국어 기사")
    assert [e.title for e in parse("/en/rss.xml").entries] == ["English story"]
    assert [e.title for e in parse("/ko/rss.xml").entries] == ["한국어 기사"]


def test_unpublished_and_private_articles_stay_out(parse, en_section, make_article):
    make_article(en_section, title="Live")
    make_article(en_section, title="Withdrawn").unpublish()
    private = make_article(en_section, title="Private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    assert [e.title for e in parse("/en/rss.xml").entries] == ["Live"]


def test_full_text_carries_the_body_without_script(
    parse, en_section, make_article, root
):
    body = '<p>Calm <b>waters</b></p><script>alert(1)</script><p onclick="x()">Tide</p>'
    make_article(en_section, body=[("paragraph", body)], standfirst="Calm.")
    content = parse("/en/atom.xml").entries[0].content[0].value
    assert "<b>waters</b>" in content
    assert "script" not in content
    assert "alert" not in content
    assert "onclick" not in content


def test_full_text_links_are_absolute(parse, story, root):
    content = parse("/en/rss.xml").entries[0].content[0].value
    assert f'href="{root}/en/world/"' in content


def test_full_text_ends_with_the_credits_line(parse, story):
    content = parse("/en/rss.xml").entries[0].content[0].value
    assert "Translated by Bo Translator." in content


def test_full_text_shows_the_lead_image_at_an_absolute_address(
    parse, en_section, make_article, make_image, root
):
    make_article(en_section, lead_image=make_image(), lead_caption="Dawn")
    content = parse("/en/atom.xml").entries[0].content[0].value
    assert f'src="{root}/media/' in content
    assert "Dawn" in content


def test_summary_only_when_the_site_turns_full_text_off(parse, story, site):
    settings = FeedSettings.for_site(site)
    settings.full_text = False
    settings.save()
    entry = parse("/en/atom.xml").entries[0]
    assert entry.summary == "Boats are back &lt;after&gt; the storm."
    assert "content" not in entry


def test_feed_keeps_to_its_item_limit(parse, en_section, make_article, monkeypatch):
    monkeypatch.setattr(EditionFeed, "item_limit", 3)
    for number in range(5):
        make_article(en_section, title=f"Story {number}")
    assert len(parse("/en/rss.xml").entries) == 3


def test_unknown_section_has_no_feed(client, en_section):
    assert client.get("/en/nowhere/rss.xml").status_code == 404


def test_edition_without_a_home_has_no_feed(client, en_home):
    assert client.get("/km/rss.xml").status_code == 404


SCRIPTS = {
    "bo": "བོད་ལྗོངས་ཀྱི་གནས་ཚུལ།",
    "ug": "ئۈرۈمچىدە يېڭى خەۋەر",
    "my": "မြန်မာ့သတင်း",
    "km": "ព័ត៌មានថ្មី",
    "lo": "ຂ່າວໃໝ່",
    "zh-hant": "香港新聞",
    "zh-hans": "北京新闻",
    "ko": "서울 소식",
    "vi": "Tin tức Hà Nội",
}


def test_feeds_are_well_formed_in_every_script(client, en_section, make_article):
    for title in SCRIPTS.values():
        make_article(en_section, title=title, standfirst=f"{title} & <more>")
    for kind in ("rss", "atom"):
        text = "".join(ET.fromstring(client.get(f"/en/{kind}.xml").content).itertext())
        assert all(title in text for title in SCRIPTS.values())


@pytest.mark.parametrize("code", list(SCRIPTS))
def test_edition_feeds_are_well_formed_in_their_script(
    client, edition_section, make_article, code
):
    title = SCRIPTS[code]
    make_article(edition_section(code), title=title, standfirst=f"{title} & <more>")
    for kind in ("rss", "atom"):
        xml = ET.fromstring(client.get(f"/{code}/{kind}.xml").content)
        assert title in "".join(xml.itertext())


def test_control_characters_in_a_title_leave_the_feed_readable(
    parse, en_section, make_article
):
    make_article(en_section, title="Storm\x0bwarning\x1f issued")
    feed = parse("/en/atom.xml")
    assert feed.bozo == 0
    assert feed.entries[0].title == "Stormwarning issued"


def test_feed_queries_do_not_grow_with_the_number_of_articles(
    client, en_section, make_article, make_person
):
    person = make_person("Ann Reporter")

    def count_queries():
        client.get("/en/rss.xml")  # warm the site and URL caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/rss.xml").status_code == 200
        return len(queries)

    def add_articles(number):
        for _ in range(number):
            make_article(
                en_section,
                authors=[person],
                credits=[("translation", person, "")],
                body=[("paragraph", "<p>Text</p>")],
            )

    add_articles(2)
    few = count_queries()
    add_articles(4)
    assert count_queries() == few


def test_uyghur_full_text_reads_right_to_left(parse, edition_section, make_article):
    make_article(
        edition_section("ug"), title="خەۋەر", body=[("paragraph", "<p>سۇ</p>")]
    )
    content = parse("/ug/atom.xml").entries[0].content[0].value
    assert content.startswith('<div dir="rtl" lang="ug">')


def test_atom_updated_is_the_editors_updated_time(parse, en_section, make_article, now):
    published = now - timedelta(hours=6)
    make_article(en_section, first_published_at=published, updated_at=now)
    make_article(en_section, first_published_at=published - timedelta(hours=1))
    updated, unchanged = (e.updated_parsed[:6] for e in parse("/en/atom.xml").entries)
    assert updated == now.utctimetuple()[:6]
    assert unchanged == (published - timedelta(hours=1)).utctimetuple()[:6]
