"""The results page: what a reader sees for a query, in the edition's language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import result_titles

pytestmark = pytest.mark.django_db


def test_results_page_lists_title_link_date_and_snippet(publish, search_page):
    article = publish("en", "Harbour reopens", "The northern harbour reopened today.")
    soup = search_page("en", "harbour")
    item = soup.select_one(".search-list li")
    assert item.select_one("h2 a")["href"] == article.url
    assert item.select_one("time")["datetime"].startswith(
        article.first_published_at.date().isoformat()
    )
    assert "northern harbour reopened" in item.select_one(".search-snippet").get_text()


def test_match_is_marked_in_title_and_snippet(publish, search_page):
    publish("en", "Harbour reopens", "The northern harbour reopened today.")
    soup = search_page("en", "HARBOUR")
    assert [mark.get_text() for mark in soup.select(".search-list mark")] == [
        "Harbour",
        "harbour",
    ]


def test_markup_in_title_and_text_is_shown_as_text(publish, search_page):
    publish("en", "<b>Bold</b> harbour", "A <script>alert(1)</script> harbour story.")
    soup = search_page("en", "harbour")
    assert soup.select(".search-list script, .search-list b") == []
    assert result_titles(soup) == ["<b>Bold</b> harbour"]
    snippet = soup.select_one(".search-snippet")
    assert "<script>alert(1)</script>" in snippet.get_text()


def test_count_of_results_is_shown(publish, search_page):
    publish("en", "Harbour one")
    publish("en", "Harbour two")
    soup = search_page("en", "harbour")
    assert soup.select_one(".search-count").get_text().startswith("2 articles found")


def test_query_without_match_says_nothing_was_found(publish, search_page):
    publish("en", "Harbour reopens")
    soup = search_page("en", "volcano")
    assert soup.select(".search-list") == []
    assert "No articles found" in soup.select_one(".search-count").get_text()


def test_empty_query_asks_for_words(en_home, search_page):
    soup = search_page("en", "   ")
    assert "Type a word" in soup.select_one(".search-message").get_text()


def test_query_of_punctuation_only_asks_for_letters(en_home, search_page):
    soup = search_page("en", "?!…")
    assert "letters or numbers" in soup.select_one(".search-message").get_text()


def test_too_long_query_is_refused_with_the_limit(en_home, search_page):
    soup = search_page("en", "harbour " * 20)
    message = soup.select_one(".search-message").get_text()
    assert "too long" in message
    assert "100" in message
    assert soup.select(".search-list") == []


def test_results_are_paginated(publish, search_page):
    for number in range(12):
        publish("en", f"Harbour story {number}")
    first = search_page("en", "harbour")
    second = search_page("en", "harbour", page=2)
    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 2
    assert first.select_one(".pagination a[rel=next]")["href"] == "?q=harbour&page=2"
    assert not set(result_titles(first)) & set(result_titles(second))


def test_title_matches_come_before_newer_text_matches(publish, search_page):
    publish("en", "Harbour reopens", "Boats are back.")
    publish("en", "Markets today", "Fish from the harbour sold out.")
    assert result_titles(search_page("en", "harbour")) == [
        "Harbour reopens",
        "Markets today",
    ]


def test_uyghur_results_page_is_right_to_left(publish, search_page):
    publish("ug", "ئۈرۈمچى ھاۋارايى", "بۈگۈن ئۈرۈمچىدە قار ياغدى.")
    soup = search_page("ug", "ئۈرۈمچى")
    assert soup.html["dir"] == "rtl"
    assert soup.html["lang"] == "ug"
    assert result_titles(soup) == ["ئۈرۈمچى ھاۋارايى"]


def test_header_form_searches_the_current_edition(ko_home, client):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get("/ko/").content, "html.parser")
    form = soup.select_one("header form.search-form")
    assert form["action"] == "/ko/search/"
    assert form["method"] == "get"
    assert form.select_one("input[type=search]")["name"] == "q"


def test_search_page_keeps_the_query_in_the_form(publish, search_page):
    publish("en", "Harbour reopens")
    soup = search_page("en", "harbour <b>")
    assert soup.select_one("header input[name=q]")["value"] == "harbour <b>"
    assert "harbour <b>" in soup.select_one(".search-count").get_text()
    assert soup.select("main b, title b") == []


def test_results_page_queries_do_not_grow_with_the_results(publish, client):
    def queries_for_results():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/search/", {"q": "harbour"}).status_code == 200
        return len(captured)

    publish("en", "Harbour one")
    client.get("/en/search/", {"q": "harbour"})  # warm the site and settings caches
    one = queries_for_results()
    for number in range(5):
        publish("en", f"Harbour story {number}")
    assert queries_for_results() == one


def test_edition_without_a_home_page_has_no_search(en_home, client):
    assert client.get("/km/search/", {"q": "x"}).status_code == 404


def test_results_page_asks_search_engines_not_to_index_it(en_home, search_page):
    soup = search_page("en", "harbour")
    assert soup.select_one("meta[name=robots]")["content"] == "noindex"


def test_header_form_names_the_page_edition_whatever_language_is_active(ko_home):
    from bs4 import BeautifulSoup
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("en"):
        html = render_to_string("search/includes/search_form.html", {"page": ko_home})
    form = BeautifulSoup(html, "html.parser").select_one("form")
    assert form["action"] == "/ko/search/"
