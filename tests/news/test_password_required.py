"""A page behind a password asks for it in the site's own layout, in the language
and direction of the page's edition."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import PageViewRestriction

from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def locked_uyghur_article(ug_home, make_article):
    article = make_article(ensure_section(ug_home, "خەۋەر", "news"), title="يېڭى يول")
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="tunnel"
    )
    return article, restriction


def test_password_page_is_in_the_sites_layout_and_the_editions_direction(
    client, locked_uyghur_article
):
    article, restriction = locked_uyghur_article
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert (page.html["lang"], page.html["dir"]) == ("ug", "rtl")
    assert page.select_one('meta[name="viewport"]')
    assert page.select_one('link[rel="stylesheet"][href$="masthead/site.css"]')
    assert page.select_one("header.masthead .brand")["href"] == "/ug/"
    assert page.select_one("header form.search-form")["action"] == "/ug/search/"
    assert page.select_one("header details.edition-switcher .edition-list")
    assert page.select_one("footer.site-footer")
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"
    form = page.select_one("main form[method=post]")
    assert form["action"] == reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, article.pk]
    )
    assert form.select_one("input[type=password][name=password]")
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert "يېڭى يول" not in page.get_text()


def test_password_page_still_lets_the_reader_in(client, locked_uyghur_article):
    article, restriction = locked_uyghur_article
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, article.pk]
    )
    client.post(url, {"password": "tunnel", "return_url": article.url})
    assert "يېڭى يول" in client.get(article.url).content.decode()
