"""hreflang, "Read in …" and the translator credit belong to true translations only."""

import json

import pytest
from bs4 import BeautifulSoup

from masthead.news.models import RelatedArticle
from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def ko_section(ko_home):
    return ensure_section(ko_home, "한반도", "korea")


def soup_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def hreflangs(soup):
    return [link["hreflang"] for link in soup.find_all("link", hreflang=True)]


def test_same_event_story_linked_as_related_gets_no_hreflang_or_read_in(
    client, en_section, ko_section, make_article
):
    english = make_article(en_section, title="Flood in the border town")
    korean = make_article(ko_section, title="국경 마을 홍수")
    korean.related_links.add(RelatedArticle(article=english))
    korean.save_revision().publish()
    for page in (english, korean):
        soup = soup_of(client, page)
        assert hreflangs(soup) == []
        assert not soup.select(".translations")


def test_original_json_ld_names_no_translator(
    client, en_section, ko_section, make_article, make_person
):
    original = make_article(en_section, title="Rail link opens")
    make_article(
        ko_section,
        title="철도 연결 개통",
        translation_of=original,
        credits=[("translation", make_person("Park Ji-woo"), "")],
    )
    soup = soup_of(client, original)
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert "translator" not in data
    assert "Park Ji-woo" not in soup.get_text()
