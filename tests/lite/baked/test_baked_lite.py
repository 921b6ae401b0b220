"""Lite pages in the mirror: kept, compressed and served with the lite app's own
headers (its policy naming the inline style, the onion copy's address)."""

import time

from masthead.mirror.store import PageStore
from tests.mirror.test_serving import PAGE


def baked(mirror, path):
    return mirror / path.strip("/") / "index.html"


def test_approved_comment_is_on_the_next_baked_lite_page(
    article, post_comment, decide, front, mirror
):
    decide("approve", post_comment(article, body="Read on a slow phone."))
    assert "Read on a slow phone." in baked(mirror, "/lite" + article.url).read_text()
    answer = front.get("/lite" + article.url, accept_encoding="gzip")
    assert answer["Content-Encoding"] == "gzip"


def test_page_compressed_for_one_reader_is_not_kept_as_it_is(article, mirror, front):
    lite = "/lite" + article.url
    PageStore(mirror).purge(lite)
    assert front.get(lite, accept_encoding="gzip")["Content-Encoding"] == "gzip"
    assert not baked(mirror, lite).exists()


def test_lite_page_gets_the_lite_policy_naming_its_inline_style(front, mirror):
    PageStore(mirror).write("/lite/en/", PAGE, "text/html", time.time_ns())
    answer = front.get("/lite/en/")
    assert "'sha256-" in answer["Content-Security-Policy"]
    assert answer["Content-Language"] == "en"


def test_baked_page_names_its_onion_copy_when_configured(front, kept, settings):
    settings.MASTHEAD_ONION_ADDRESS = "news" + "x" * 52 + ".onion"
    answer = front.get(kept)
    expected = f"http://{settings.MASTHEAD_ONION_ADDRESS}{kept}"
    assert answer["Onion-Location"] == expected


def test_baked_page_names_no_onion_copy_without_an_address(front, kept):
    assert "Onion-Location" not in front.get(kept).headers
