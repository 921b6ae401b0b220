"""Tags on articles lead to a topic page in the article's edition."""

import pytest
from bs4 import BeautifulSoup

from masthead.news.setup import ensure_section

pytestmark = pytest.mark.django_db


def tagged(make_article, parent, title, *tags):
    article = make_article(parent, title=title)
    article.tags.add(*tags)
    article.save_revision().publish()
    return article


def test_article_tags_link_to_their_topic_page(client, en_section, make_article):
    article = tagged(make_article, en_section, "Rail link opens", "Railways")
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    link = soup.select_one(".tags a.tag")
    assert link.get_text() == "Railways"
    assert link["href"] == "/en/tags/railways/"


def test_topic_page_lists_the_editions_stories_on_that_topic(
    client, en_home, ko_home, en_section, make_article
):
    tagged(make_article, en_section, "Rail link opens", "railways")
    tagged(make_article, en_section, "Harbour reopens", "harbours")
    tagged(
        make_article, ensure_section(ko_home, "세계", "world"), "철도 개통", "railways"
    )
    response = client.get("/en/tags/railways/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "railways"
    titles = [h.get_text() for h in soup.select(".article-list h3")]
    assert titles == ["Rail link opens"]


def test_unknown_topic_is_not_found(client, en_home):
    assert client.get("/en/tags/nothing-here/").status_code == 404
