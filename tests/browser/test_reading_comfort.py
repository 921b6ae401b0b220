"""What a reader touches and reads on the article: tap targets of at least 24×24 CSS
px (WCAG 2.2, 2.5.8) and text that keeps its contrast in dark mode (1.4.3)."""

import pytest

from .test_demo_article import flagship_path

pytestmark = [pytest.mark.browser, pytest.mark.database_independent]

# Every element whose own text shows, against the first opaque background behind it.
LOW_CONTRAST_TEXT = """() => {
  const channels = (color) => color.match(/[\\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const linear = (c) =>
      (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const background = (element) => {
    for (; element; element = element.parentElement) {
      const color = channels(getComputedStyle(element).backgroundColor);
      if (color.length < 4 || color[3] > 0) return color;
    }
    return [255, 255, 255];
  };
  const failures = [];
  for (const element of document.querySelectorAll("body *")) {
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === 3 && node.textContent.trim());
    const box = element.getBoundingClientRect();
    if (!ownText || box.width < 2 || box.height < 2) continue;
    const style = getComputedStyle(element);
    if (style.visibility === "hidden") continue;
    const [fore, back] = [channels(style.color), background(element)].map(luminance);
    const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      failures.push(`${element.tagName}.${element.className}: ${ratio.toFixed(2)}`);
    }
  }
  return failures;
}"""

SMALL_TARGETS = """(selector) => [...document.querySelectorAll(selector)]
  .map((element) => [element, element.getBoundingClientRect()])
  .filter(([, box]) => box.width < 24 || box.height < 24)
  .map(([element, box]) => `${element.outerHTML.slice(0, 60)} ${box.height}px`)"""


@pytest.fixture
def dark_page(chromium):
    context = chromium.new_context(
        color_scheme="dark", viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def narrow_page(chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    yield page
    context.close()


def first_article(page, base_url, edition):
    page.goto(f"{base_url}/{edition}/")
    page.locator(".article-list h3 a").first.click()


def test_text_on_the_article_meets_contrast_in_dark_mode(demo_site, dark_page):
    dark_page.goto(demo_site + flagship_path(demo_site))
    assert dark_page.evaluate(LOW_CONTRAST_TEXT) == []


def test_text_on_the_report_page_meets_contrast_in_dark_mode(demo_site, dark_page):
    dark_page.goto(demo_site + flagship_path(demo_site))
    dark_page.locator(".comment-report").first.click()
    assert dark_page.evaluate(LOW_CONTRAST_TEXT) == []


def test_refused_comment_meets_contrast_in_dark_mode(demo_site, dark_page):
    dark_page.goto(demo_site + flagship_path(demo_site))
    dark_page.locator("#comment-form [name=name]").fill("Reader")
    dark_page.locator("#comment-form [name=body]").fill("Too long. " * 300)
    dark_page.locator("#comment-form button[type=submit]").click()
    assert dark_page.url.endswith("#comment-form")
    assert dark_page.locator("#comment-form .error-summary").is_visible()
    assert dark_page.evaluate(LOW_CONTRAST_TEXT) == []


@pytest.mark.parametrize("edition", ["en", "ug"])
def test_reply_report_and_checkbox_are_at_least_24_px(demo_site, narrow_page, edition):
    first_article(narrow_page, demo_site, edition)
    assert narrow_page.locator(".comment-reply").count() > 0
    selector = ".comment-reply, .comment-report, #comment-form [type=checkbox]"
    assert narrow_page.evaluate(SMALL_TARGETS, selector) == []


def test_report_reasons_are_at_least_24_px(demo_site, narrow_page):
    narrow_page.goto(demo_site + flagship_path(demo_site))
    narrow_page.locator(".comment-report").first.click()
    assert narrow_page.locator("[type=radio]").count() > 1
    assert narrow_page.evaluate(SMALL_TARGETS, "[type=radio]") == []


def test_share_row_is_one_line_at_phone_width(demo_site, narrow_page):
    narrow_page.goto(demo_site + flagship_path(demo_site))
    tops = narrow_page.locator(".share a").evaluate_all(
        "links => new Set(links.map(a => a.getBoundingClientRect().top)).size"
    )
    assert tops == 1


OVERFLOW = "() => document.documentElement.scrollWidth > window.innerWidth"


@pytest.mark.parametrize("edition", ["en", "ug"])
@pytest.mark.parametrize("width", [320, 390, 1366])
def test_refused_article_page_never_overflows_sideways(
    demo_site, chromium, edition, width
):
    context = chromium.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        first_article(page, demo_site, edition)
        assert not page.evaluate(OVERFLOW)
        page.locator("#comment-form [name=name]").fill("Reader")
        page.locator("#comment-form [name=body]").fill("Long. " * 400)
        page.locator("#comment-form button[type=submit]").click()
        assert page.locator("#comment-form .error-summary").is_visible()
        assert not page.evaluate(OVERFLOW)
    finally:
        context.close()


def test_characters_left_follow_the_typing(demo_site, watched_page):
    watched_page.goto(demo_site + flagship_path(demo_site))
    note = watched_page.locator("#comment-length")
    limit = int(note.get_attribute("data-limit"))
    watched_page.locator("#comment-form [name=body]").fill("Twelve chars")
    assert note.locator(".length-left .length-count").inner_text() == str(limit - 12)
    watched_page.locator("#comment-form [name=body]").fill("x" * (limit + 3))
    assert note.locator(".length-over").is_visible()
    assert note.locator(".length-over .length-count").inner_text() == "3"
