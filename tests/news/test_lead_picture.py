"""The lead picture: modern formats in every width, fetched first; the rest lazily."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(en_section, make_article, make_image):
    body = [("image", {"image": make_image(), "caption": "Mending nets."})]
    return make_article(en_section, lead_image=make_image(size=(1600, 1000)), body=body)


def page_soup(client, article):
    return BeautifulSoup(client.get(article.url).content, "html.parser")


def test_lead_picture_offers_avif_and_webp_at_every_width(client, article):
    picture = page_soup(client, article).select_one("figure.lead picture")
    types = [source["type"] for source in picture.find_all("source")]
    assert types == ["image/avif", "image/webp"]
    for source in picture.find_all("source"):
        widths = [entry.split()[-1] for entry in source["srcset"].split(",")]
        assert widths == ["480w", "800w", "1200w"]
        assert source["sizes"] == picture.img["sizes"]


def test_lead_picture_is_fetched_first_and_never_lazily(client, article):
    img = page_soup(client, article).select_one("figure.lead img")
    assert img["fetchpriority"] == "high"
    assert not img.has_attr("loading")
    assert img["width"] and img["height"]  # room kept, so nothing shifts


def test_only_the_lead_picture_has_high_priority(client, article):
    soup = page_soup(client, article)
    assert len(soup.select('[fetchpriority="high"]')) == 1


def test_body_pictures_load_lazily_in_modern_formats(client, article):
    picture = page_soup(client, article).select_one(".body-image picture")
    assert picture.img["loading"] == "lazy"
    assert [s["type"] for s in picture.find_all("source")] == [
        "image/avif",
        "image/webp",
    ]
