"""Every page links to every edition, each named in its own language and script."""

import pytest
from babel import localedata
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import trans_real

from masthead.core.editions import edition_codes
from masthead.news.setup import ensure_edition, ensure_section

pytestmark = pytest.mark.django_db

OWN_NAMES = {
    "en": "English",
    "ko": "한국어",
    "zh-hans": "中文",
    "zh-hant": "粵語",
    "bo": "བོད་ཡིག",
    "ug": "ئۇيغۇرچە",
    "my": "မြန်မာ",
    "km": "ខ្មែរ",
    "lo": "ລາວ",
    "vi": "Tiếng Việt",
}


@pytest.fixture
def homes(en_home):
    return {code: ensure_edition(code) for code in edition_codes()}


def switcher_links(client, url, where):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return soup.select(f"{where} .edition-list a")


@pytest.mark.parametrize("where", ["header", "footer"])
def test_header_and_footer_link_every_edition_in_its_own_name(client, homes, where):
    links = switcher_links(client, homes["ug"].url, where)
    assert {link.get_text(strip=True) for link in links} == set(OWN_NAMES.values())
    by_name = {link.get_text(strip=True): link for link in links}
    for code, name in OWN_NAMES.items():
        link = by_name[name]
        assert link["href"] == homes[code].url
        assert link["lang"] == homes[code].edition.hreflang
        assert link["dir"] == ("rtl" if code == "ug" else "ltr")


def test_header_switcher_folds_without_script(client, homes):
    soup = BeautifulSoup(client.get(homes["en"].url).content, "html.parser")
    assert soup.select_one("header details.edition-switcher summary")
    assert soup.select_one("header details.edition-switcher .edition-list")


def test_switcher_on_a_translated_article_leads_to_the_translation(
    client, homes, en_section, make_article
):
    original = make_article(en_section, title="Rail link opens")
    korean = make_article(
        ensure_section(homes["ko"], "뉴스", "news"),
        title="철도 연결 개통",
        translation_of=original,
    )
    links = switcher_links(client, original.url, "header")
    by_lang = {link["lang"]: link["href"] for link in links}
    assert by_lang["ko"] == korean.url
    assert by_lang["en"] == original.url
    assert by_lang["vi"] == homes["vi"].url


def test_an_english_page_makes_no_other_language_resident(
    client, homes, en_section, make_article, monkeypatch
):
    """The switcher names and links all ten editions, yet an English page must not
    load the other languages' catalogues, URL tables or CLDR data into the worker."""
    original = make_article(en_section, title="Rail link opens")
    make_article(
        ensure_section(homes["ko"], "뉴스", "news"),
        title="철도 연결 개통",
        translation_of=original,
    )
    activated, loaded = [], []
    activate = trans_real.activate
    # django.utils.translation calls the backend through _trans.
    monkeypatch.setattr(
        translation._trans,
        "activate",
        lambda code: activated.append(code) or activate(code),
    )
    load = localedata.load
    monkeypatch.setattr(
        localedata, "load", lambda name, *a: loaded.append(name) or load(name, *a)
    )
    links = switcher_links(client, original.url, "header")
    assert len(links) == len(OWN_NAMES)
    assert set(activated) == {"en"}
    assert set(loaded) <= {"en", "root"}
