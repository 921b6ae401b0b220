"""Edition home, section and profile pages list what readers come for."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def soup_at(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_edition_home_lists_latest_articles_and_sections(
    client, en_home, en_section, make_article
):
    make_article(en_section, title="First story")
    make_article(en_section, title="Second story")
    soup = soup_at(client, "/en/")
    assert [h.get_text() for h in soup.select(".front h3")] == [
        "Second story",
        "First story",
    ]
    assert [a.get_text() for a in soup.select(".sections a")] == ["World"]


def test_section_page_lists_only_its_articles(
    client, en_home, en_section, make_article
):
    from masthead.news.setup import ensure_section

    other = ensure_section(en_home, "Asia", "asia")
    make_article(en_section, title="In world")
    make_article(other, title="In asia")
    soup = soup_at(client, en_section.url)
    assert [h.get_text() for h in soup.select(".front h3")] == ["In world"]


def test_person_profile_lists_articles_they_wrote_or_helped_with(
    client, en_section, make_article, make_person
):
    ana = make_person("Ana Reyes", slug="ana-reyes", role_title="Correspondent")
    make_article(en_section, title="Written by Ana", authors=[ana])
    make_article(
        en_section,
        title="Reported with Ana",
        credits=[("additional_reporting", ana, "")],
    )
    make_article(en_section, title="Not Ana's")
    soup = soup_at(client, "/en/people/ana-reyes/")
    assert soup.h1.get_text() == "Ana Reyes"
    assert soup.select_one(".role-title").get_text() == "Correspondent"
    titles = {h.get_text() for h in soup.select(".article-list h3")}
    assert titles == {"Written by Ana", "Reported with Ana"}


def test_person_name_follows_the_edition(client, ko_home, make_article, make_person):
    from masthead.news.models import PersonName
    from masthead.news.setup import ensure_section

    ana = make_person("Ana Reyes", slug="ana-reyes")
    PersonName.objects.create(
        person=ana, language="ko", name="아나 레예스", role_title="특파원"
    )
    article = make_article(
        ensure_section(ko_home, "국제", "world"), title="기사", authors=[ana]
    )
    assert (
        "아나 레예스" in soup_at(client, article.url).select_one(".byline").get_text()
    )
    profile = soup_at(client, "/ko/people/ana-reyes/")
    assert profile.h1.get_text() == "아나 레예스"
    assert profile.select_one(".role-title").get_text() == "특파원"


def test_unknown_person_profile_is_not_found(client, en_home):
    assert client.get("/en/people/nobody/").status_code == 404


def test_editions_are_served_under_their_language_prefix(
    client, en_home, ko_home, ug_home
):
    for code in ("en", "ko", "ug"):
        soup = soup_at(client, f"/{code}/")
        assert soup.html["lang"] == code
