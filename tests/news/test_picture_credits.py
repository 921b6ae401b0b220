"""A credit is printed in the page's language: never another edition's credit."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from masthead.news.pictures import ensure_edition_collection
from masthead.news.setup import ensure_edition

pytestmark = pytest.mark.django_db

VIETNAMESE_CREDIT = "Tranh minh họa Masthead"


@pytest.fixture
def vietnamese_picture(en_home, make_image):
    ensure_edition("vi")
    collection = ensure_edition_collection(Locale.objects.get(language_code="vi"))
    return make_image(credit=VIETNAMESE_CREDIT, collection=collection)


@pytest.fixture
def english_picture(en_home, make_image):
    collection = ensure_edition_collection(Locale.objects.get(language_code="en"))
    return make_image(credit="Masthead illustration", collection=collection)


def page_text(client, url, selector):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return " ".join(node.get_text() for node in soup.select(selector))


@pytest.fixture
def article_with_vietnamese_pictures(en_section, make_article, vietnamese_picture):
    """An English article whose lead and body pictures are the Vietnamese edition's."""
    return make_article(
        en_section,
        lead_image=vietnamese_picture,
        lead_credit="Masthead illustration",
        body=[("image", {"image": vietnamese_picture, "caption": "Sandbags."})],
    )


def test_english_article_never_shows_a_vietnamese_photo_credit(
    client, article_with_vietnamese_pictures
):
    article = article_with_vietnamese_pictures
    text = page_text(client, article.url, "figure")
    assert VIETNAMESE_CREDIT not in text
    assert "Photo: Masthead illustration" in text


def test_article_prints_its_own_credit_for_another_editions_picture(
    client, en_section, make_article, vietnamese_picture
):
    article = make_article(
        en_section, lead_image=vietnamese_picture, lead_credit="Masthead illustration"
    )
    credit = page_text(client, article.url, "figure.lead .credit")
    assert credit == "Photo: Masthead illustration"


def test_body_picture_prints_the_blocks_own_credit(
    client, en_section, make_article, vietnamese_picture
):
    block = {"image": vietnamese_picture, "caption": "Sandbags.", "credit": "L. Marsh"}
    article = make_article(en_section, body=[("image", block)])
    assert page_text(client, article.url, ".body-image .credit") == "Photo: L. Marsh"


def test_editions_own_picture_prints_its_credit(
    client, en_section, make_article, english_picture
):
    article = make_article(en_section, lead_image=english_picture)
    credit = page_text(client, article.url, "figure.lead .credit")
    assert credit == "Photo: Masthead illustration"


def test_another_editions_credited_picture_asks_for_a_credit_in_this_language(
    en_section, make_article, english_picture, vietnamese_picture
):
    article = make_article(en_section, lead_image=english_picture)
    article.lead_image = vietnamese_picture
    with pytest.raises(ValidationError) as refused:
        article.full_clean()
    assert "lead_credit" in refused.value.message_dict
