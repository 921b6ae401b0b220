"""Every one of the ten editions has a demo front page, sections and a story."""

import unicodedata

import pytest
from bs4 import BeautifulSoup

from masthead.comments.models import Comment, CommentStatus
from masthead.core.editions import edition_codes, get_edition
from masthead.demo.loader import EDITIONS
from masthead.news.models import ArticlePage, EditionHomePage, SectionPage

# Each script's own block of characters, to tell the story is written in it.
SCRIPTS = {
    "zh-hans": "CJK UNIFIED IDEOGRAPH",
    "zh-hant": "CJK UNIFIED IDEOGRAPH",
    "bo": "TIBETAN",
    "my": "MYANMAR",
    "km": "KHMER",
    "lo": "LAO",
    "ug": "ARABIC",
    "ko": "HANGUL",
}


@pytest.fixture
def demo(demo_newsroom, db):
    return demo_newsroom


def article_of(code):
    return (
        ArticlePage.objects.live()
        .filter(locale__language_code=code)
        .order_by("-first_published_at")
        .first()
    )


def soup_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser")


def share_in_script(text, script):
    letters = [c for c in text if c.isalpha()]
    named = [c for c in letters if unicodedata.name(c, "").startswith(script)]
    return len(named) / len(letters)


def test_the_demo_builds_all_ten_editions(demo):
    assert set(EDITIONS) == set(edition_codes())


@pytest.mark.parametrize("code", edition_codes())
def test_every_edition_has_a_published_article(demo, code):
    assert article_of(code) is not None


@pytest.mark.parametrize("code", edition_codes())
def test_every_edition_home_has_a_notice_and_sections(demo, code):
    home = EditionHomePage.objects.live().get(locale__language_code=code)
    assert home.intro
    assert SectionPage.objects.child_of(home).live().in_menu().count() >= 1


@pytest.mark.parametrize("code", edition_codes())
def test_every_edition_article_page_has_its_language_and_direction(demo, client, code):
    html = soup_of(client, article_of(code)).find("html")
    edition = get_edition(code)
    assert (html["lang"], html["dir"]) == (edition.hreflang, edition.direction)


@pytest.mark.parametrize("code", edition_codes())
def test_every_edition_front_page_lists_its_article(demo, client, code):
    home = EditionHomePage.objects.get(locale__language_code=code)
    article = article_of(code)
    links = {a["href"] for a in soup_of(client, home).select("a[href]")}
    assert article.url in links


@pytest.mark.parametrize("code", edition_codes())
def test_every_edition_article_has_author_image_tags_subheading_and_quote(demo, code):
    article = article_of(code)
    assert article.byline() and article.lead_image and article.lead_caption
    assert article.tags.count() >= 1
    assert {"paragraph", "subheading", "quote"} <= {b.block_type for b in article.body}


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_article_is_written_in_the_edition_script(demo, code):
    article = article_of(code)
    text = article.title + article.standfirst
    assert share_in_script(text, SCRIPTS[code]) > 0.9


def test_vietnamese_article_is_written_with_vietnamese_letters(demo):
    article = article_of("vi")
    assert {"ư", "ơ", "đ"} & set(article.title + article.standfirst)


def test_burmese_demo_text_is_unicode_not_zawgyi(demo):
    from myanmartools import ZawgyiDetector

    article = article_of("my")
    detector = ZawgyiDetector()
    for text in (article.title, article.standfirst, article.lead_caption):
        assert detector.get_zawgyi_probability(text) < 0.05


def test_cantonese_article_is_written_in_traditional_characters(demo):
    text = article_of("zh-hant").title + article_of("zh-hant").standfirst
    assert "嘅" in text or "咗" in text
    assert not {"这", "们", "说", "车"} & set(text)


@pytest.mark.parametrize("code", edition_codes())
def test_every_edition_has_approved_and_pending_comments(demo, code):
    statuses = set(
        Comment.objects.filter(edition=code).values_list("status", flat=True)
    )
    assert {CommentStatus.APPROVED, CommentStatus.PENDING} <= statuses


@pytest.mark.parametrize("code", edition_codes())
def test_every_edition_author_has_a_name_in_the_edition(demo, code):
    person = article_of(code).byline()[0]
    if code != "en":
        assert person.name_in(code) != person.name


def test_separate_stories_in_the_demo_get_no_hreflang(demo, client):
    """The Korean train story is its own report, not a translation."""
    korean = ArticlePage.objects.get(slug="haeseong-dongmak-line-first-train")
    soup = soup_of(client, korean)
    assert not soup.find_all("link", rel="alternate", hreflang=True)
    assert not soup.select(".translations")


def test_burmese_demo_edition_dates_its_articles_in_burmese_digits(demo, client):
    article = article_of("my")
    time = soup_of(client, article).select_one("article time, time")
    assert time["datetime"] == article.first_published_at.isoformat()
    assert not set("0123456789") & set(time.get_text())
    assert set("၀၁၂၃၄၅၆၇၈၉") & set(time.get_text())


def test_khmer_demo_edition_keeps_ascii_digits(demo, client):
    time = soup_of(client, article_of("km")).select_one("article time, time")
    assert set("0123456789") & set(time.get_text())


def test_mandarin_translation_of_the_library_story_is_linked_both_ways(demo, client):
    english = ArticlePage.objects.get(
        slug="returning-workers-turn-granary-into-village-library"
    )
    chinese = ArticlePage.objects.get(translation_of=english)
    alternates = {
        link["hreflang"]: link["href"]
        for link in soup_of(client, english).find_all("link", hreflang=True)
    }
    assert alternates["zh-Hans"] == chinese.full_url
    assert chinese.credits.get(role="translation").person.name_in("zh-hans") == "赵雯"
    assert not english.credits.filter(role="translation").exists()
    assert "赵雯" in soup_of(client, chinese).select_one(".credits").get_text()


@pytest.mark.parametrize("code", edition_codes())
def test_every_demo_edition_front_leads_with_a_story_the_desk_placed(
    demo, client, code
):
    home = EditionHomePage.objects.get(locale__language_code=code)
    placed = home.get_latest_revision_as_object().front_stories.all()
    assert placed, "the admin opens the front with the desk's arrangement"
    lead = placed[0].article
    assert lead.lead_image_id is not None
    soup = soup_of(client, home)
    assert soup.select_one(".front-lead h3 a")["href"] == lead.url
    assert soup.select_one(".front-lead img") is not None
