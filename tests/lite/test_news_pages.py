"""The lite versions of the news pages keep what the full pages promise."""

# The fixtures come from the news and comments tests, and are named as parameters.
# ruff: noqa: F811

import pytest
from bs4 import BeautifulSoup

from masthead.lite.paths import lite_path
from tests.news.test_native_digits import (  # noqa: F401 - fixtures
    ASCII_DIGITS,
    km_article,
    km_home,
    use_native_digits,
)
from tests.news.test_picture_credits import (  # noqa: F401 - fixtures
    VIETNAMESE_CREDIT,
    article_with_vietnamese_pictures,
    page_text,
    vietnamese_picture,
)
from tests.news.test_policy_pages import answers, soup
from tests.news.test_read_in import read_in_links, trio  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db


def test_lite_page_dates_and_count_are_in_native_digits(client, km_home, km_article):
    use_native_digits(km_home)
    response = client.get("/lite" + km_article.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    shown = soup.select_one("time").get_text() + soup.select_one(".comment-count").text
    assert "០" in shown or "២" in shown
    assert not ASCII_DIGITS & set(shown)


def test_lite_page_never_shows_another_editions_credit(
    client, article_with_vietnamese_pictures
):
    article = article_with_vietnamese_pictures
    text = page_text(client, lite_path(article.url), "figure")
    assert VIETNAMESE_CREDIT not in text
    assert "Photo: Masthead illustration" in text


def test_lite_page_links_to_the_terms_page(client, en_terms, en_section, make_article):
    article = make_article(en_section)
    lite = client.get(lite_path(article.url))
    links = [a["href"] for a in soup(lite).select("footer a")]
    assert en_terms.url in links
    assert answers(client, en_terms.url) == 200


def test_lite_korean_page_names_english_in_korean(client, trio):
    _, korean, _ = trio
    assert "영어로 읽기" in read_in_links(client, "/lite" + korean.url)
