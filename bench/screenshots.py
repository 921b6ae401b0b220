"""The README's screenshots: the English and Uyghur front pages and lead stories of
the demo, on a phone (390 px) and on a desktop (1366 px).

    python bench/screenshots.py [--data DIR] [--out docs/screenshots]

Builds and serves the demo (bench/demo_site.py), photographs each page's first
screen with Debian's Chromium, and writes compressed WebP files. Install Debian's
fonts-noto-core and fonts-noto-cjk first, so every script is drawn as readers see it.
"""

import argparse
import io
import shutil
import sys
import tempfile
from pathlib import Path

from demo_site import lead_story_path, served_demo, warm
from PIL import Image
from playwright.sync_api import sync_playwright
from serving_processes import log

HERE = Path(__file__).resolve().parent
# (name, viewport, device pixel ratio): a phone's screen is drawn at twice its CSS
# pixels, as on most phones; the desktop at one, which keeps the file small.
SCREENS = (
    ("phone", {"width": 390, "height": 844}, 2),
    ("desktop", {"width": 1366, "height": 900}, 1),
)
EDITIONS = ("en", "ug")
WEBP_QUALITY = 72


def save_webp(png, path):
    Image.open(io.BytesIO(png)).save(path, "WEBP", quality=WEBP_QUALITY, method=6)


def photograph(browser, base_url, out):
    """Write one WebP per edition, page and screen; return their paths."""
    pages = {}
    for edition in EDITIONS:
        pages[f"{edition}-home"] = f"{base_url}/{edition}/"
        pages[f"{edition}-article"] = base_url + lead_story_path(base_url, edition)
    written = []
    for screen, viewport, scale in SCREENS:
        context = browser.new_context(viewport=viewport, device_scale_factor=scale)
        tab = context.new_page()
        for name, url in pages.items():
            warm(url)
            tab.goto(url, wait_until="networkidle")
            path = out / f"{name}-{screen}.webp"
            save_webp(tab.screenshot(), path)
            written.append(path)
        context.close()
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="demo data folder (kept)")
    parser.add_argument(
        "--out", type=Path, default=HERE.parent / "docs" / "screenshots"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="masthead-screenshots-"))
    data_dir = (args.data or scratch / "masthead-data").resolve()
    with served_demo(data_dir, scratch / "server.log") as base_url:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=shutil.which("chromium"), args=["--no-sandbox"]
            )
            written = photograph(browser, base_url, args.out)
            browser.close()
    for path in written:
        log(f"{path.stat().st_size / 1024:7.1f} KiB  {path}")
    log(f"{sum(p.stat().st_size for p in written) / 1024:7.1f} KiB in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
