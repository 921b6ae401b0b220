"""The share row: one line of icons drawn inline, each named in words for a screen
reader, and nothing fetched from the networks until a reader taps."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.fixture
def share_row(client, en_section, make_article):
    article = make_article(en_section, title="Harbour reopens")
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    return page.select_one("nav.share")


def test_each_share_link_is_an_inline_icon(share_row):
    links = share_row.select("a")
    assert len(links) == 6
    for link in links:
        icon = link.select_one("svg")
        assert icon is not None, link["class"]
        assert icon["aria-hidden"] == "true" and icon["focusable"] == "false"


def test_each_share_icon_is_named_in_words_for_screen_readers(share_row):
    names = [link.select_one(".visually-hidden").get_text() for link in share_row("a")]
    assert names[0] == "Share on WhatsApp" and names[-1] == "Share by email"


def test_share_icons_fetch_nothing(share_row):
    assert share_row.select("img, use, image, [src]") == []
    assert not [tag for tag in share_row.find_all(True) if tag.get("xlink:href")]
