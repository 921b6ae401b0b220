"""Every reader's page describes itself to search engines (meta description)."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def description_of(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    tag = soup.select_one('meta[name="description"]')
    return tag and tag["content"]


def test_edition_home_is_described_by_its_introduction(client, en_home):
    en_home.intro = "News from the region, in English."
    en_home.save_revision().publish()
    assert description_of(client, en_home.url) == "News from the region, in English."


def test_search_description_wins_over_the_introduction(client, en_home):
    en_home.intro = "News from the region, in English."
    en_home.search_description = "Headlines from the region."
    en_home.save_revision().publish()
    assert description_of(client, en_home.url) == "Headlines from the region."
