"""A reader searches from the header of a page, in Chromium with JavaScript off."""

import os

import pytest
from django.utils.html import escape
from wagtail.rich_text import RichText

from masthead.news.setup import ensure_edition, ensure_section

pytestmark = pytest.mark.browser


@pytest.fixture
def served_article(transactional_db, live_server, en_home, make_article):
    """Publish an Uyghur article and return the live server's address."""
    section = ensure_section(ensure_edition("ug"), "News", "news")
    text = "بۈگۈن ئۈرۈمچىدە <قېلىن> قار ياغدى."
    body = [("paragraph", RichText(f"<p>{escape(text)}</p>"))]
    make_article(section, title="ئۈرۈمچى ھاۋارايى", body=body)
    return live_server.url


def test_reader_searches_from_the_header_and_sees_marked_results(
    served_article, phone_page, artifacts_dir
):
    phone_page.goto(served_article + "/ug/")
    phone_page.fill("header input[name=q]", "قار")
    phone_page.press("header input[name=q]", "Enter")
    phone_page.wait_for_url("**/ug/search/?q=*")
    assert phone_page.locator("html").get_attribute("dir") == "rtl"
    assert phone_page.locator(".search-list li").count() == 1
    assert phone_page.locator(".search-snippet mark").all_inner_texts() == ["قار"]
    snippet = phone_page.locator(".search-snippet").inner_text()
    assert "<قېلىن>" in snippet
    phone_page.screenshot(
        path=os.path.join(artifacts_dir, "search-results-ug.png"), full_page=True
    )
