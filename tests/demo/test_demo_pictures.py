"""The demo files each picture in its edition and credits it in every language."""

import pytest

from masthead.news.models import ArticlePage, NewsImage
from masthead.news.pictures import picture_credit, picture_language


@pytest.fixture
def demo(demo_newsroom, db):
    return demo_newsroom


def printed_credits(article):
    """Return (picture, credit printed under it) for the article's pictures."""
    code = article.locale.language_code
    pictures = [(article.lead_image, article.lead_picture_credit())]
    for block in article.body:
        if block.block_type == "image":
            image, own = block.value["image"], block.value.get("credit", "")
            pictures.append((image, picture_credit(image, code, own)))
    return pictures


def test_every_demo_picture_belongs_to_an_edition(demo):
    assert all(picture_language(image) for image in NewsImage.objects.all())


def test_every_demo_picture_is_credited_in_its_articles_language(demo):
    for article in ArticlePage.objects.live().select_related("locale"):
        for image, credit in printed_credits(article):
            assert credit, f"{article.url}: {image.title} has no credit"
            if credit == image.credit:
                assert picture_language(image) == article.locale.language_code


def test_korean_flood_story_credits_the_english_picture_in_korean(demo):
    article = ArticlePage.objects.get(
        locale__language_code="ko", lead_credit="레나 마시"
    )
    assert article.lead_image.credit == "Lena Marsh"
    assert article.lead_picture_credit() == "레나 마시"
