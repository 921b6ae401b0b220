"""Draw the site's icons: the SVG mark, and PNG and ICO copies made with Pillow.

The mark is a masthead: a heavy rule over two lines of text, white on the site's
blue. The drawn files are committed; run `python -m masthead.core.icons` after
changing the mark to draw them again.
"""

from pathlib import Path

from PIL import Image, ImageDraw

BLUE = "#0b5394"
WHITE = "#ffffff"
# The mark on a 64-unit square: (x, y, width, height) of each white bar.
GRID = 64
CORNER = 12
BARS = ((12, 14, 40, 10), (12, 32, 40, 5), (12, 42, 28, 5))
# Touch icons fill their square: the phone rounds the corners itself.
PNG_SIZES = {"icon-32.png": (32, True), "apple-touch-icon.png": (180, False)}
PNG_SIZES |= {"icon-192.png": (192, True), "icon-512.png": (512, True)}
ICO_SIZES = ((16, 16), (32, 32), (48, 48))

PACKAGE = Path(__file__).resolve().parent
STATIC_ICONS = PACKAGE / "static" / "masthead" / "icons"
SITE_ROOT_FILES = PACKAGE / "root"  # served at the site root (WHITENOISE_ROOT)


def svg_mark():
    """Return the mark as SVG text."""
    bars = "".join(
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{WHITE}"/>'
        for x, y, w, h in BARS
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}">'
        f'<rect width="{GRID}" height="{GRID}" rx="{CORNER}" fill="{BLUE}"/>'
        f"{bars}</svg>\n"
    )


def draw_mark(size, rounded=True):
    """Return the mark drawn as a `size`×`size` RGBA image."""
    scale = size / GRID
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    radius = round(CORNER * scale) if rounded else 0
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=radius, fill=BLUE)
    for x, y, w, h in BARS:
        box = (x * scale, y * scale, (x + w) * scale - 1, (y + h) * scale - 1)
        draw.rectangle(tuple(round(v) for v in box), fill=WHITE)
    return image


def write_icons(static_folder=STATIC_ICONS, root_folder=SITE_ROOT_FILES):
    """Write icon.svg and the PNGs to `static_folder`, favicon.ico to `root_folder`."""
    static_folder.mkdir(parents=True, exist_ok=True)
    root_folder.mkdir(parents=True, exist_ok=True)
    (static_folder / "icon.svg").write_text(svg_mark(), encoding="utf-8")
    for name, (size, rounded) in PNG_SIZES.items():
        draw_mark(size, rounded).save(static_folder / name, optimize=True)
    draw_mark(256).save(root_folder / "favicon.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    write_icons()
