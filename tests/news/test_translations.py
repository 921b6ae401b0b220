"""True translations are linked both ways; separate stories on one event are not."""

import json

import pytest
from bs4 import BeautifulSoup

from masthead.news.models import ArticlePage
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def ko_section(ko_home):
    return ensure_section(ko_home, "한반도", "korea")


@pytest.fixture
def pair(en_section, ko_section, make_article, make_person):
    """An English original and its Korean translation, credited to its translator."""
    reporter, translator = make_person("Ana Reyes"), make_person("Park Ji-woo")
    original = make_article(en_section, title="Rail link opens", authors=[reporter])
    translation = make_article(
        ko_section,
        title="철도 연결 개통",
        authors=[reporter],
        translation_of=original,
        credits=[("translation", translator, "")],
    )
    return original, translation


def soup_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def alternates(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.find_all("link", rel="alternate", hreflang=True)
    }


def test_translation_joins_the_original_translation_group(pair):
    original, translation = pair
    assert translation.translation_key == original.translation_key
    assert list(original.translations()) == [translation]


def test_hreflang_alternates_are_reciprocal_with_x_default(client, pair):
    original, translation = pair
    expected = {
        "en": original.full_url,
        "ko": translation.full_url,
        "x-default": original.full_url,
    }
    assert alternates(soup_of(client, original)) == expected
    assert alternates(soup_of(client, translation)) == expected


def test_separate_stories_on_one_event_get_no_hreflang(
    client, en_section, ko_section, make_article
):
    english = make_article(en_section, title="Flood in the border town")
    korean = make_article(ko_section, title="국경 마을 홍수")
    assert alternates(soup_of(client, english)) == {}
    assert alternates(soup_of(client, korean)) == {}
    assert not soup_of(client, english).select(".translations")


def test_read_in_links_point_to_translations(client, pair):
    original, translation = pair
    link = soup_of(client, original).select_one(".translations li a")
    assert link["href"] == translation.url
    assert link["hreflang"] == "ko"
    assert link.get_text() == "Read in Korean"  # named in the reader's language


def test_translation_links_back_to_its_original(client, pair):
    original, translation = pair
    link = soup_of(client, translation).select_one(".translations .original a")
    assert link["href"] == original.url


def test_translator_is_credited_on_the_translation_only(client, pair):
    original, translation = pair
    translated = soup_of(client, translation)
    assert "Park Ji-woo" in translated.select_one(".credits").get_text()
    assert not soup_of(client, original).select(".credits")


def test_json_ld_of_translation_names_translator_and_original(client, pair):
    original, translation = pair
    script = soup_of(client, translation).find("script", type="application/ld+json")
    data = json.loads(script.string)
    assert [person["name"] for person in data["translator"]] == ["Park Ji-woo"]
    assert data["translationOfWork"]["@id"] == original.full_url
    assert data["inLanguage"] == "ko"


def test_open_graph_lists_translation_locales(client, pair):
    original, _ = pair
    soup = soup_of(client, original)
    alternates_og = [
        m["content"] for m in soup.find_all("meta", property="og:locale:alternate")
    ]
    assert alternates_og == ["ko_KR"]


def test_translation_must_be_in_another_edition(en_section, make_article):
    from django.core.exceptions import ValidationError

    original = make_article(en_section, title="Original")
    same_edition = ArticlePage(title="Copy", slug="copy", locale=original.locale)
    same_edition.translation_of = original
    with pytest.raises(ValidationError, match="another edition"):
        same_edition.clean()


def test_wagtail_translate_action_records_the_original(
    en_section, ko_home, make_article
):
    """Translating with Wagtail's own copy keeps track of the source article."""
    from wagtail.models import Locale

    original = make_article(en_section, title="Library opens")
    copy = original.copy_for_translation(
        Locale.objects.get(language_code="ko"), copy_parents=True
    )
    copy.refresh_from_db()
    assert copy.specific.translation_of_id == original.pk


def test_korean_page_speaks_korean_in_byline_and_credits(
    client, ko_section, make_article, make_person
):
    kim, lee, park = make_person("김하늘"), make_person("이도윤"), make_person("박지우")
    article = make_article(
        ko_section,
        title="항구로 돌아온 어민들",
        authors=[kim],
        credits=[("additional_reporting", lee, "en"), ("translation", park, "")],
    )
    soup = soup_of(client, article)
    assert soup.select_one(".byline").get_text() == "김하늘 기자"
    assert (
        soup.select_one(".credits").get_text()
        == "추가 취재: 이도윤(영어 서비스). 번역: 박지우."
    )


def test_uyghur_credits_use_uyghur_list_grammar(
    client, ug_home, make_article, make_person
):
    ali, aygul = make_person("ئەلى"), make_person("ئايگۈل")
    article = make_article(
        ensure_section(ug_home, "خەۋەر", "news"),
        title="يېڭى كۆۋرۈك",
        credits=[
            ("additional_reporting", ali, ""),
            ("additional_reporting", aygul, ""),
        ],
    )
    credits = soup_of(client, article).select_one(".credits").get_text()
    assert credits == "قوشۇمچە خەۋەر توپلىغۇچى: ئەلى ۋە ئايگۈل."
