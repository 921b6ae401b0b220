"""A reader on the lite site, in Chromium with JavaScript off, on the real server."""

import time
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

RECEIVED = "Your comment was received and will appear after a moderator approves it."


def open_first_lite_article(page, base_url):
    page.goto(base_url + "/lite/en/")
    page.locator("main li a").first.click()
    assert urlsplit(page.url).path.startswith("/lite/en/")
    return page.url


def test_lite_article_loads_as_one_request_without_picture_or_script(
    demo_site, phone_page
):
    article_url = open_first_lite_article(phone_page, demo_site)
    requests = []
    phone_page.on("request", lambda request: requests.append(request.url))
    phone_page.goto(article_url)
    assert requests == [article_url]
    assert phone_page.locator("img, script").count() == 0
    assert phone_page.get_by_text("Show picture (").first.is_visible()


def test_reader_taps_the_picture_link_and_gets_the_picture(demo_site, phone_page):
    article_url = open_first_lite_article(phone_page, demo_site)
    with phone_page.expect_response(lambda r: "/media/" in r.url) as picture:
        phone_page.get_by_text("Show picture (").first.click()
    assert picture.value.status == 200
    assert picture.value.headers["content-type"].startswith("image/")
    phone_page.go_back()
    assert phone_page.url == article_url


def test_reader_goes_to_the_full_site_and_back(demo_site, phone_page):
    article_url = open_first_lite_article(phone_page, demo_site)
    phone_page.get_by_role("link", name="View Full Site").click()
    full_path = urlsplit(phone_page.url).path
    assert full_path == urlsplit(article_url).path.removeprefix("/lite")
    assert phone_page.locator("figure.lead img").count() == 1
    phone_page.get_by_role("link", name="Lite version").click()
    assert phone_page.url == article_url


def test_comment_sent_from_lite_page_lands_on_it_with_received_message(
    demo_site, phone_page
):
    article_url = open_first_lite_article(phone_page, demo_site)
    phone_page.fill("#id_name", "Lite reader")
    phone_page.fill(
        "#id_body", "Read this on a slow line; thank you for the lite page."
    )
    # A form sent within seconds of being shown is taken for a bot's.
    time.sleep(3.5)
    phone_page.get_by_role("button", name="Send for review").click()
    assert phone_page.url == article_url + "?comment=received#comments"
    assert RECEIVED in phone_page.locator(".comments-message").inner_text()


def test_uyghur_lite_article_is_laid_out_right_to_left(demo_site, phone_page):
    phone_page.goto(demo_site + "/lite/ug/")
    phone_page.locator("main li a").first.click()
    assert phone_page.locator("html").get_attribute("lang") == "ug"
    direction = phone_page.locator("h1").evaluate("h => getComputedStyle(h).direction")
    assert direction == "rtl"


def test_lite_stylesheet_applies_on_every_visit(demo_site, phone_page):
    """The inline styles are allowed by the policy each time, baked copy or not."""
    article_url = open_first_lite_article(phone_page, demo_site)
    for _visit in range(3):
        phone_page.goto(article_url)
        width = phone_page.locator("body").evaluate("b => getComputedStyle(b).maxWidth")
        assert width == "640px"
