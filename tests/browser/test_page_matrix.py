"""Every public page type, in every edition, at phone and desktop widths, with the
machine's Noto fonts and without them: laid out inside the page, sized like English,
and drawn in real glyphs, never the .notdef box."""

import collections
import os
import shutil
import subprocess
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from masthead.core.editions import edition_codes

pytestmark = [pytest.mark.browser, pytest.mark.database_independent]

WIDTHS = (320, 390, 1366)
MEASURE = (Path(__file__).parent / "page_matrix.js").read_text()
# The same kinds of text on every page, compared with the English page's.
ROLES = {
    "h1": "h1",
    "body paragraph": "main p",
    "comment text": ".comment-body",
    "nav link": "header nav a",
    "footer": "footer",
    "form label": "label",
    "button": "button",
}
MAX_SIZE_RATIO = 1.5
NOTO_DIR = "/usr/share/fonts/truetype/noto"
# The CJK fonts (opentype/noto) stay: every phone sold in a Chinese- or Korean-
# reading market ships a CJK font, and no web font could stand in for one anyway.
FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
{dirs}
  <cachedir>{cache}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
"""


def _soup(base_url, path):
    from bs4 import BeautifulSoup

    with urllib.request.urlopen(base_url + path) as response:  # noqa: S310
        return BeautifulSoup(response.read(), "html.parser")


def _most_commented_article(base_url, edition):
    """Return (path, soup) of the story on the edition's front with most comments."""
    stories = [
        (link["href"], _soup(base_url, link["href"]))
        for link in _soup(base_url, f"/{edition}/").select(".front h3 a")
    ]
    return max(stories, key=lambda story: len(story[1].select(".comment-body")))


def _edition_pages(base_url, edition):
    """Return {page type: path} for one edition of the demo site."""
    home = _soup(base_url, f"/{edition}/")
    article, soup = _most_commented_article(base_url, edition)
    word = soup.select_one("h1").get_text().split()[0][:4]
    return {
        "home": f"/{edition}/",
        "section": home.select_one("header nav.sections a")["href"],
        "tag": soup.select_one("a.tag")["href"],
        "article": article,
        "person": soup.select_one(".byline a")["href"],
        "search": f"/{edition}/search/?q={quote(word)}",
        "policy": f"/{edition}/terms/",
        "error": f"/{edition}/no-such-page/",
        "lite": f"/lite{article}",
    }


@pytest.fixture(scope="module")
def matrix_pages(demo_site):
    """{edition: {page type: URL}}, English first: the others are compared with it."""
    editions = ["en", *(code for code in edition_codes() if code != "en")]
    return {
        code: {
            kind: demo_site + path
            for kind, path in _edition_pages(demo_site, code).items()
        }
        for code in editions
    }


def _fontconfig_without_noto(folder):
    dirs = sorted(
        path
        for path in Path("/usr/share/fonts").glob("*/*")
        if path.is_dir() and str(path) != NOTO_DIR
    )
    config = folder / "fonts.conf"
    config.write_text(
        FONTCONFIG.format(
            dirs="\n".join(f"  <dir>{path}</dir>" for path in dirs),
            cache=folder / "cache",
        )
    )
    return config


@pytest.fixture(scope="module")
def chromium_without_noto(chromium, tmp_path_factory):
    """A second Chromium whose fontconfig sees no Noto font but the CJK ones."""
    config = _fontconfig_without_noto(tmp_path_factory.mktemp("fontconfig"))
    env = {**os.environ, "FONTCONFIG_FILE": str(config)}
    fonts = subprocess.run(
        ["fc-list", ":", "file"], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert NOTO_DIR not in fonts and "NotoSansCJK" in fonts
    browser = chromium.browser_type.launch(
        executable_path=shutil.which("chromium"),
        args=["--no-sandbox", "--disable-background-networking"],
        env=env,
    )
    yield browser
    browser.close()


class Matrix:
    """Walk the pages in one tab, one measurement per view, and collect failures."""

    def __init__(self, browser, font_set, unfonted=()):
        self.font_set = font_set
        self.unfonted = unfonted  # page types that fetch no font by design
        self.context = browser.new_context(viewport={"width": WIDTHS[0], "height": 800})
        self.page = self.context.new_page()
        self.english = {}
        self.views = 0
        self.failures = collections.defaultdict(list)

    def check(self, edition, kind, url):
        self.page.goto(url, wait_until="domcontentloaded")
        # Resizing reflows the same page: no need to load it once per width.
        widths = WIDTHS if self.width == WIDTHS[0] else WIDTHS[::-1]
        for index, width in enumerate(widths):
            if width != self.width:
                self.page.set_viewport_size({"width": width, "height": 800})
            glyphs = index == 0 and kind not in self.unfonted
            view = self.page.evaluate(MEASURE, {"roles": ROLES, "glyphs": glyphs})
            self.views += 1
            self.judge(f"{kind} {edition} {width}px {self.font_set}", view)
            if edition == "en":
                self.english[kind, width] = view["sizes"]
            self.compare_sizes(edition, kind, width, view["sizes"])

    @property
    def width(self):
        return self.page.viewport_size["width"]

    def judge(self, name, view):
        if view["overflow"] > 0:
            self.failures["overflow"].append(f"{name}: {view['overflow']}px wider")
        if view["outsideCount"]:
            drawn = ", ".join(view["outside"])
            self.failures["outside"].append(f"{name}: {view['outsideCount']}: {drawn}")
        if view["tofu"]:
            self.failures["tofu"].append(f"{name}: {view['tofu']}")

    def compare_sizes(self, edition, kind, width, sizes):
        english = self.english[kind, width]
        for role, size in sizes.items():
            if role in english and size > MAX_SIZE_RATIO * english[role]:
                self.failures["size"].append(
                    f"{kind} {edition} {width}px {self.font_set}: {role} "
                    f"{size:g}px against {english[role]:g}px in English"
                )

    def close(self):
        self.context.close()


def _walk(browser, font_set, pages, unfonted=()):
    matrix = Matrix(browser, font_set, unfonted)
    try:
        for edition, urls in pages.items():
            for kind, url in urls.items():
                matrix.check(edition, kind, url)
    finally:
        matrix.close()
    return matrix


def _report(matrix):
    return "\n".join(
        f"{kind}: {len(found)}\n  " + "\n  ".join(found)
        for kind, found in matrix.failures.items()
    )


def test_every_page_fits_in_every_edition_with_the_machine_fonts(
    matrix_pages, chromium
):
    matrix = _walk(chromium, "with Noto", matrix_pages)
    assert matrix.views == 9 * len(edition_codes()) * len(WIDTHS)
    assert not matrix.failures, _report(matrix)


def test_every_page_fits_in_every_edition_without_noto_fonts(
    matrix_pages, chromium_without_noto
):
    # Lite pages stay font-free (issue 11): one request, no font fetched, ever. A
    # phone with no font for its script reads the full page, one tap away.
    matrix = _walk(chromium_without_noto, "without Noto", matrix_pages, {"lite"})
    assert matrix.views == 9 * len(edition_codes()) * len(WIDTHS)
    assert not matrix.failures, _report(matrix)
