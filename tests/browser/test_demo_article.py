"""The demo article in a real browser, JavaScript off, served by the real server."""

import os
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.database_independent]


def flagship_path(base_url):
    """Follow the English front page to the flagship story (the one with credits)."""
    import urllib.request

    from bs4 import BeautifulSoup

    with urllib.request.urlopen(base_url + "/en/") as response:  # noqa: S310
        soup = BeautifulSoup(response.read(), "html.parser")
    for link in soup.select(".front h3 a"):
        with urllib.request.urlopen(base_url + link["href"]) as article:  # noqa: S310
            if b'class="credits"' in article.read():
                return link["href"]
    raise AssertionError("no demo article with a credits line on /en/")


def test_demo_article_renders_every_element_without_javascript(
    demo_site, phone_page, artifacts_dir
):
    requests = []
    phone_page.on("request", lambda request: requests.append(request.url))
    phone_page.goto(demo_site + flagship_path(demo_site))
    assert phone_page.locator("h1").count() == 1
    for selector in (
        ".byline a",
        ".standfirst",
        "figure.lead img",
        ".credits",
        ".share a",
    ):
        assert phone_page.locator(selector).first.is_visible(), selector
    lead = phone_page.locator("figure.lead img")
    assert lead.evaluate("img => img.complete && img.naturalWidth > 0")
    assert lead.get_attribute("alt")
    path = os.path.join(artifacts_dir, "article-page.png")
    phone_page.screenshot(path=path, full_page=True)
    assert os.path.getsize(path) > 10_000
    hosts = {urlsplit(url).netloc for url in requests}
    assert hosts == {urlsplit(demo_site).netloc}


def test_uyghur_demo_article_is_laid_out_right_to_left(
    demo_site, phone_page, artifacts_dir
):
    phone_page.goto(demo_site + "/ug/")
    phone_page.locator(".front h3 a").first.click()
    assert phone_page.locator("html").get_attribute("dir") == "rtl"
    direction = phone_page.locator("h1").evaluate("h => getComputedStyle(h).direction")
    assert direction == "rtl"
    phone_page.screenshot(
        path=os.path.join(artifacts_dir, "article-page-ug.png"), full_page=True
    )
