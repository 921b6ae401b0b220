"""An edition that asks for native digits shows them to people, never to machines."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from masthead.news.setup import ensure_edition, ensure_section

pytestmark = pytest.mark.django_db

ASCII_DIGITS = set("0123456789")


@pytest.fixture
def km_home(en_home):
    return ensure_edition("km")


@pytest.fixture
def km_article(km_home, make_article):
    section = ensure_section(km_home, "ពិភពលោក", "world")
    return make_article(section, title="ទូកនេសាទត្រឡប់មកវិញ")


def use_native_digits(home, value=True):
    home.native_digits = value
    home.save_revision().publish()


def article_soup(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_date_line_is_in_native_digits_when_the_edition_asks(
    client, km_home, km_article
):
    use_native_digits(km_home)
    time = article_soup(client, km_article).select_one(".article-meta time, time")
    assert not ASCII_DIGITS & set(time.get_text())
    assert "០" in time.get_text() or "២" in time.get_text()


def test_datetime_attribute_stays_iso_8601_ascii(client, km_home, km_article):
    use_native_digits(km_home)
    time = article_soup(client, km_article).select_one("time")
    assert time["datetime"] == km_article.first_published_at.isoformat()


def test_json_ld_dates_stay_ascii(client, km_home, km_article):
    use_native_digits(km_home)
    script = article_soup(client, km_article).find("script", type="application/ld+json")
    published = json.loads(script.string)["datePublished"]
    assert published[:4].isascii() and published[:4].isdigit()


def test_date_line_keeps_ascii_digits_by_default(client, km_article):
    time = article_soup(client, km_article).select_one("time")
    assert ASCII_DIGITS & set(time.get_text())


def test_comment_count_is_in_native_digits(client, km_home, km_article):
    use_native_digits(km_home)
    count = article_soup(client, km_article).select_one(".comment-count")
    assert "០" in count.get_text()
    assert not ASCII_DIGITS & set(count.get_text())


def test_edition_listing_dates_are_in_native_digits(client, km_home, km_article):
    use_native_digits(km_home)
    response = client.get(km_home.url)
    soup = BeautifulSoup(response.content, "html.parser")
    times = [t for t in soup.select("time") if t.get_text()]
    assert times and not any(ASCII_DIGITS & set(t.get_text()) for t in times)


def test_switching_back_restores_ascii_digits(client, km_home, km_article):
    use_native_digits(km_home)
    use_native_digits(km_home, False)
    time = article_soup(client, km_article).select_one("time")
    assert ASCII_DIGITS & set(time.get_text())


def test_edition_without_digits_of_its_own_cannot_ask_for_them(en_home):
    vi_home = ensure_edition("vi")
    vi_home.native_digits = True
    with pytest.raises(ValidationError, match="no digits of its own"):
        vi_home.clean()


def test_settings_tab_offers_native_digits_only_where_the_script_has_them(
    admin_client, km_home
):
    from django.urls import reverse

    vi_home = ensure_edition("vi")
    km_edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[km_home.pk]))
    vi_edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[vi_home.pk]))
    assert b'name="native_digits"' in km_edit.content
    assert b'name="native_digits"' not in vi_edit.content


def test_approved_comment_dates_follow_the_switch(
    client, km_home, km_article, admin_user
):
    from masthead.comments import submission
    from masthead.moderation import actions

    comment = submission.store(
        submission.prepare(
            km_article, display_name="សុខ", body="អរគុណ", address="203.0.113.5"
        )
    )
    actions.approve(comment, user=admin_user, revision=comment.revision)
    use_native_digits(km_home)
    time = article_soup(client, km_article).select_one(".comment time")
    assert time["datetime"][:4].isdigit() and time["datetime"].isascii()
    assert not ASCII_DIGITS & set(time.get_text())
