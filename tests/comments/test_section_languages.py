"""The comment notice and form speak the edition's language."""

import pytest
from bs4 import BeautifulSoup

from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db


def section_text(client, article):
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    return soup.select_one("#comments").get_text(" ", strip=True)


def test_korean_article_has_the_korean_notice_and_form(client, ko_home, make_article):
    article = make_article(ensure_section(ko_home, "국제", "world"), title="기사")
    text = section_text(client, article)
    assert "댓글은 운영자의 승인을 거쳐 게시되며" in text
    assert "검토 요청 보내기" in text


def test_uyghur_article_has_the_uyghur_notice(client, ug_home, make_article):
    article = make_article(ensure_section(ug_home, "خەۋەر", "news"), title="خەۋەر")
    assert "ئىنكاسلار نازارەتچى تەستىقلىغاندىن كېيىن" in section_text(client, article)
