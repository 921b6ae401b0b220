""" "Read in …" names the other language in the reader's own language."""

import pytest
from bs4 import BeautifulSoup

from masthead.news.setup import ensure_edition, ensure_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def trio(en_section, make_article):
    """An English original with Korean and Uyghur translations."""
    original = make_article(en_section, title="Rail link opens")
    korean = make_article(
        ensure_section(ensure_edition("ko"), "뉴스", "news"),
        title="철도 연결 개통",
        translation_of=original,
    )
    uyghur = make_article(
        ensure_section(ensure_edition("ug"), "خەۋەر", "news"),
        title="تۆمۈر يول ئېچىلدى",
        translation_of=original,
    )
    return original, korean, uyghur


def read_in_links(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".translations li a")]


def test_korean_page_names_english_in_korean(client, trio):
    _, korean, _ = trio
    assert "영어로 읽기" in read_in_links(client, korean.url)


def test_uyghur_page_names_english_in_uyghur(client, trio):
    _, _, uyghur = trio
    links = read_in_links(client, uyghur.url)
    assert "ئىنگلىزچە ئوقۇش" in links
    assert not any("English" in link for link in links)


def test_english_page_names_korean_in_english(client, trio):
    original, _, _ = trio
    assert "Read in Korean" in read_in_links(client, original.url)
