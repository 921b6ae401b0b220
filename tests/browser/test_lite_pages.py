"""A reader on the lite site, in Chromium with JavaScript off, on the real server."""

import time
from urllib.parse import urlsplit

import pytest

from .posting import send_comment_form

pytestmark = [pytest.mark.browser, pytest.mark.database_independent]

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
    answer = send_comment_form(
        phone_page, phone_page.get_by_role("button", name="Send for review")
    )
    assert answer.status == 303, phone_page.locator("main").inner_text()
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


def lite_article_with_comments(base_url):
    """Follow the English lite home to the first story that shows comments."""
    import urllib.request

    from bs4 import BeautifulSoup

    def soup(url):
        with urllib.request.urlopen(base_url + url) as response:  # noqa: S310
            return BeautifulSoup(response.read(), "html.parser")

    for link in soup("/lite/en/").select("main li a"):
        if soup(link["href"]).select_one("a.comment-report"):
            return base_url + link["href"]
    raise AssertionError("no demo article with an approved comment on /lite/en/")


def send_comment(page, body):
    page.fill("#id_name", "Lite reader")
    page.fill("#id_body", body)
    with page.expect_response(lambda r: "/comments/post/" in r.url) as answer:
        page.get_by_role("button", name="Send for review").click()
    return answer.value


def test_comment_sent_again_too_soon_comes_back_as_lite_page_keeping_the_text(
    demo_site, phone_page
):
    article_url = open_first_lite_article(phone_page, demo_site)
    # A second tab opened now holds a form as old as the first one, so it can be sent
    # right after the first post without the wait that makes a form count as a
    # person's: the two posts are seconds apart, well inside the 15-second limit.
    second_tab = phone_page.context.new_page()
    second_tab.goto(article_url)
    time.sleep(3.5)
    phone_page.fill("#id_name", "Lite reader")
    phone_page.fill("#id_body", "First thought.")
    button = phone_page.get_by_role("button", name="Send for review")
    # Another test's post on the shared server may hold the limit: it is waited out.
    assert send_comment_form(phone_page, button).status == 303
    refused = send_comment(second_tab, "A second thought, sent right away.")
    assert refused.status == 429 and int(refused.headers["retry-after"]) > 0
    assert second_tab.locator("img, script, link[rel=stylesheet]").count() == 0
    alert = second_tab.locator("#comment-form .form-errors").inner_text()
    assert "faster than this site allows" in alert
    body = second_tab.locator("#id_body").input_value()
    assert body == "A second thought, sent right away."


def test_reader_reports_a_comment_from_lite_page_and_lands_back_on_it(
    demo_site, phone_page
):
    article_url = lite_article_with_comments(demo_site)
    phone_page.goto(article_url)
    phone_page.get_by_role("link", name="Report").first.click()
    assert phone_page.locator("link[rel=stylesheet], script").count() == 0
    phone_page.locator("input[name=reason]").first.check()
    phone_page.get_by_role("button", name="Send report").click()
    assert phone_page.url.startswith(article_url + "?reported=")
    message = phone_page.locator(".comments-message").inner_text()
    assert "A moderator will look at the comment you reported." in message
