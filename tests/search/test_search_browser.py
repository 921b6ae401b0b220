"""A reader searches from the header of a page, in Chromium with JavaScript off."""

import os

import pytest

from tests.browser.conftest import chromium, phone_page  # noqa: F401 - shared fixtures

pytestmark = pytest.mark.browser


@pytest.fixture
def served_article(transactional_db, live_server, publish):
    """Publish an Uyghur article and return the live server's address."""
    publish("ug", "ئۈرۈمچى ھاۋارايى", "بۈگۈن ئۈرۈمچىدە <قېلىن> قار ياغدى.")
    return live_server.url


def test_reader_searches_from_the_header_and_sees_marked_results(
    served_article,
    phone_page,  # noqa: F811
    artifacts_dir,
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


@pytest.fixture
def artifacts_dir():
    from tests.browser.conftest import ARTIFACTS

    os.makedirs(ARTIFACTS, exist_ok=True)
    return ARTIFACTS
