"""Self-hosted font subsets for scripts a phone may lack, fetched only when needed."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

from masthead.core.editions import get_edition
from masthead.core.fonts import FONT_DIR, SCRIPT_FONTS

pytestmark = pytest.mark.database_independent  # it never opens the database

SITE_CSS = FONT_DIR.parent / "site.css"
# Small enough for a phone on a slow network; Tibetan's stacked letters are many
# glyphs, the others are far smaller.
MAX_BYTES = {"bo": 160_000}


def font_faces():
    return re.findall(r"@font-face\s*\{([^}]*)\}", SITE_CSS.read_text())


@pytest.mark.parametrize("font", SCRIPT_FONTS, ids=lambda font: font.edition)
def test_each_script_font_is_declared_local_first_swapped_and_ranged(font):
    face = next((f for f in font_faces() if font.woff2_name in f), None)
    assert face is not None, font.woff2_name
    assert re.search(r"src:\s*local\(", face)
    assert face.index("local(") < face.index("url(")
    assert "font-display: swap" in face
    assert f"unicode-range: {font.unicode_range.replace(',', ', ')}" in face


@pytest.mark.parametrize("font", SCRIPT_FONTS, ids=lambda font: font.edition)
def test_each_subset_is_a_small_woff2_covering_its_block(font):
    from fontTools.ttLib import TTFont

    path = finders.find(f"masthead/fonts/{font.woff2_name}")
    assert path, font.woff2_name
    loaded = TTFont(path)
    assert loaded.flavor == "woff2"
    first = int(re.match(r"U\+([0-9A-F]+)", font.unicode_range)[1], 16)
    covered = loaded.getBestCmap()
    assert first + 0x21 in covered  # a letter of the script (ມ, ༡, ء, အ, ឡ)
    assert max(covered) < 0x2600  # nothing beyond the block and its joiners
    assert FONT_DIR.joinpath(font.woff2_name).stat().st_size <= MAX_BYTES.get(
        font.edition, 60_000
    )


@pytest.mark.parametrize("font", SCRIPT_FONTS, ids=lambda font: font.edition)
def test_each_edition_name_subset_draws_the_whole_name_in_a_few_kilobytes(font):
    from fontTools.ttLib import TTFont

    path = finders.find(f"masthead/fonts/{font.name_woff2_name}")
    assert path, font.name_woff2_name
    name = get_edition(font.edition).name_in_itself
    assert set(map(ord, name)) <= set(TTFont(path).getBestCmap())
    assert FONT_DIR.joinpath(font.name_woff2_name).stat().st_size <= 8_000


@pytest.mark.parametrize("font", SCRIPT_FONTS, ids=lambda font: font.edition)
def test_edition_lists_name_each_edition_in_its_name_subset(font):
    """A page in another script lists this edition in a font with its name's
    letters, fetched only by a system that has no font for them."""
    face = next((f for f in font_faces() if font.name_woff2_name in f), None)
    assert face is not None, font.name_woff2_name
    assert face.index("local(") < face.index("url(")
    assert f"unicode-range: {font.unicode_range.replace(',', ', ')}" in face
    family = re.search(r'font-family:\s*("[^"]+")', face)[1]
    rule = re.search(
        rf"\.edition-list :lang\({font.edition}\)\s*\{{([^}}]*)\}}",
        SITE_CSS.read_text(),
    )
    assert rule and family in rule[1]


def test_open_font_licence_sits_beside_the_fonts():
    licence = FONT_DIR / "OFL.txt"
    assert "SIL OPEN FONT LICENSE" in licence.read_text().upper()


def test_english_stack_names_no_web_font():
    """Only a page in one of these scripts may ask for their fonts."""
    root_rule = re.search(r":root\s*\{([^}]*)\}", SITE_CSS.read_text())[1]
    assert "Masthead" not in root_rule


def test_command_regenerates_the_subsets(tmp_path):
    call_command("subset_fonts", target=str(tmp_path), stdout=open("/dev/null", "w"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        name
        for font in SCRIPT_FONTS
        for name in (font.woff2_name, font.name_woff2_name)
    )
