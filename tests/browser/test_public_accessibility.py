"""axe-core on every public page type of the demo, in every edition.

One browser tab walks all of them: axe is injected into each page in turn, so the
cost is a page load and an axe run per page, not a browser per page.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.database_independent]

ARTICLE_LINKS = ".front h3 a"
# Left to right in four scripts, and right to left; the other editions share these
# templates and stylesheet, and the layout matrix opens every edition.
EDITIONS = ("en", "ug", "bo", "my", "ko")
# WCAG 2.2 AA (its 24 px tap targets among them) and axe's best practices.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": [
            "wcag2a",
            "wcag2aa",
            "wcag21a",
            "wcag21aa",
            "wcag22aa",
            "best-practice",
        ],
    }
}


@pytest.fixture(scope="module")
def reader_tab(chromium):
    """A phone-sized tab with JavaScript on, reused by every page of the walk."""
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def night_tab(chromium):
    """The same tab for a reader whose phone is set to dark mode."""
    context = chromium.new_context(
        viewport={"width": 390, "height": 844}, color_scheme="dark"
    )
    yield context.new_page()
    context.close()


def _article_with_a_reply(page, base_url, edition):
    """Return the path of the edition's first front-page story with a reply shown,
    or of its first story when none has one."""
    page.goto(f"{base_url}/{edition}/")
    paths = list(
        dict.fromkeys(
            page.locator(ARTICLE_LINKS).evaluate_all(
                "links => links.map(a => a.pathname)"
            )
        )
    )
    assert paths, f"no stories on the {edition} front page"
    for path in paths:
        page.goto(base_url + path)
        if page.locator(".comment-replies .comment").count():
            return path
    return paths[0]


def public_pages(page, base_url, edition):
    """Return {page type: path} for one edition, found by following its links."""
    article = _article_with_a_reply(page, base_url, edition)
    page.goto(base_url + article)
    first = page.locator
    word = page.locator("h1").inner_text().split()[0]
    return {
        "home": f"/{edition}/",
        "section": first("nav.sections a").first.evaluate("a => a.pathname"),
        "tag": first("a[rel=tag]").first.evaluate("a => a.pathname"),
        "article": article,
        "person": first("a[rel=author]").first.evaluate("a => a.pathname"),
        "search": f"/{edition}/search/?q={word}",
        "terms": f"/{edition}/terms/",
        "not found": f"/{edition}/no-such-page/",
        "lite article": "/lite" + article,
        "lite home": f"/lite/{edition}/",
    }


def violations(page):
    """Return axe's violations on the page as "rule: first offending element"."""
    found = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [f"{item['id']}: {item['nodes'][0]['target']}" for item in found]


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_public_page_has_no_axe_violations(
    demo_site, reader_tab, night_tab, edition
):
    pages = public_pages(reader_tab, demo_site, edition)
    found = {}
    for name, path in pages.items():
        reader_tab.goto(demo_site + path)
        found[name] = violations(reader_tab)
    # Dark mode changes only colours: the article holds every element that has one.
    night_tab.goto(demo_site + pages["article"])
    found["article, dark"] = violations(night_tab)
    assert {name: items for name, items in found.items() if items} == {}
