"""Pages are read, never written to over HTTP: OPTIONS names only the methods a page
answers, and the others are refused."""

import pytest

pytestmark = pytest.mark.django_db

READ_ONLY = "GET, HEAD, OPTIONS"


@pytest.fixture
def article(en_section, make_article):
    return make_article(en_section, title="Harbour reopens")


def test_options_on_an_article_names_only_the_methods_it_answers(client, article):
    response = client.options(article.url)
    assert response.status_code == 200
    assert response["Allow"] == READ_ONLY


@pytest.mark.parametrize("page", ["en_home", "en_section"])
def test_options_on_edition_and_section_pages_names_only_read_methods(
    client, request, page
):
    response = client.options(request.getfixturevalue(page).url)
    assert response["Allow"] == READ_ONLY


@pytest.mark.parametrize("method", ["DELETE", "PATCH", "PUT", "POST"])
def test_writing_methods_on_a_page_are_refused(client, article, method):
    response = client.generic(method, article.url)
    assert response.status_code == 405
    assert response["Allow"] == READ_ONLY
