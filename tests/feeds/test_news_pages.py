"""What the feeds add to the news pages, and what they take from them."""

# The fixtures come from the news and comments tests, and are named as parameters.
# ruff: noqa: F811

import pytest

from tests.news.test_fronts import soup_at
from tests.news.test_picture_credits import (  # noqa: F401 - a fixture
    VIETNAMESE_CREDIT,
    vietnamese_picture,
)

pytestmark = pytest.mark.django_db


def test_feed_never_shows_another_editions_credit(
    client, en_home, en_section, make_article, vietnamese_picture
):
    make_article(
        en_section, lead_image=vietnamese_picture, lead_credit="Masthead illustration"
    )
    feed = client.get(f"{en_home.url}rss.xml").content.decode()
    assert VIETNAMESE_CREDIT not in feed
    assert "(Masthead illustration)" in feed


def test_edition_home_and_section_show_a_visible_rss_link(client, en_home, en_section):
    home_link = soup_at(client, "/en/").select_one(".feed-link a")
    section_link = soup_at(client, en_section.url).select_one(".feed-link a")
    assert home_link["href"] == "/en/rss.xml"
    assert section_link["href"] == "/en/world/rss.xml"
    assert home_link.get_text() == "RSS feed"
