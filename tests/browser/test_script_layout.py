"""Every script laid out alike: sizes set once at the root, a skip link that hides."""

import pytest
from wagtail.rich_text import RichText

from masthead.comments import submission
from masthead.comments.models import Comment, CommentStatus
from masthead.core.editions import edition_codes
from masthead.news.setup import ensure_edition, ensure_section

pytestmark = pytest.mark.browser

EDITIONS = ("en", "bo", "ug", "my")
# The same elements in every edition, from the page's heading down to a reply.
MEASURED = (
    "h1",
    ".body p",
    ".comment-list > li > .comment .comment-body",
    ".comment-replies .comment-body",
)
SIZE = "element => parseFloat(getComputedStyle(element).fontSize)"


def _approved(article, parent=None, body="Thank you for the report."):
    prepared = submission.prepare(
        article, display_name="Reader", body=body, parent=parent, address="203.0.113.9"
    )
    comment = submission.store(prepared)
    Comment.objects.filter(pk=comment.pk).update(status=CommentStatus.APPROVED)
    comment.refresh_from_db()
    return comment


@pytest.fixture
def articles_with_threads(transactional_db, live_server, en_home, make_article):
    """Publish one article with a comment and its reply in each edition; return
    {edition: URL}."""
    urls = {}
    for code in EDITIONS:
        section = ensure_section(ensure_edition(code), "News", "news")
        body = [("paragraph", RichText("<p>Text of the story.</p>"))]
        article = make_article(section, title="Story", body=body)
        top = _approved(article)
        _approved(article, parent=top, body="A reply.")
        urls[code] = live_server.url + article.url
    return urls


def _sizes(page, url):
    page.goto(url)
    root = page.locator("html").evaluate(SIZE)
    return root, {
        selector: page.locator(selector).first.evaluate(SIZE) for selector in MEASURED
    }


def test_script_size_adjustment_applies_once_at_the_root(
    articles_with_threads, phone_page
):
    en_root, english = _sizes(phone_page, articles_with_threads["en"])
    for code in EDITIONS:
        root, sizes = _sizes(phone_page, articles_with_threads[code])
        for selector, size in sizes.items():
            assert size <= 1.5 * english[selector], (code, selector, size)
            # Relative to its own root, every element is as large as in English.
            assert size / root == pytest.approx(
                english[selector] / en_root, rel=0.02
            ), (
                code,
                selector,
            )


@pytest.fixture
def edition_homes(transactional_db, live_server, en_home):
    """Return {edition: URL of its home page} for every edition."""
    return {
        code: live_server.url + ensure_edition(code).url for code in edition_codes()
    }


def _skip_link_box(page):
    """Return the painted part of the skip link: (width, height) inside the page."""
    return page.locator(".skip-link").evaluate(
        """link => {
            const box = link.getBoundingClientRect();
            const clip = getComputedStyle(link).clipPath;
            const clipped = clip.startsWith("inset(50%");
            const bottom = Math.min(box.bottom, innerHeight);
            const height = Math.max(0, bottom - Math.max(box.top, 0));
            return clipped ? [0, 0] : [box.width, height];
        }"""
    )


def test_skip_link_is_hidden_in_every_edition_until_focused(edition_homes, phone_page):
    for code, url in edition_homes.items():
        phone_page.goto(url)
        width, height = _skip_link_box(phone_page)
        assert width <= 1 or height <= 1, (code, width, height)
        phone_page.keyboard.press("Tab")
        assert phone_page.evaluate("document.activeElement.className") == "skip-link"
        width, height = _skip_link_box(phone_page)
        assert width > 20 and height > 20, (code, width, height)


def test_open_edition_switcher_fits_every_width_without_axe_violations(
    edition_homes, chromium
):
    from axe_playwright_python.sync_playwright import Axe

    found = {}
    for width in (320, 390, 1366):
        context = chromium.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        for code in ("en", "ug"):
            page.goto(edition_homes[code])
            page.locator("header .edition-switcher summary").click()
            assert page.locator("header .edition-list a").count() == 10
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - innerWidth"
            )
            assert overflow <= 0, (code, width, overflow)
            if width == 390:
                results = Axe().run(page).response["violations"]
                found[code] = [item["id"] for item in results]
        context.close()
    assert found == {"en": [], "ug": []}
