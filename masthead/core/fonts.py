"""The self-hosted font subsets for scripts a reader's phone may have no font for.

Each is a Noto font (SIL Open Font License) cut down to its script's Unicode block
and kept as WOFF2 in the static files; site.css declares them after the system's
own fonts, so a browser fetches one only for a page in that script on a system
that cannot draw it.
"""

from dataclasses import dataclass
from pathlib import Path

FONT_DIR = Path(__file__).parent / "static" / "masthead" / "fonts"
# Debian's fonts-noto-core.
NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
# Joiners and the dotted circle: shaping needs them though no page is fetched for them.
SHAPING = "U+200C-200D,U+25CC"


@dataclass(frozen=True)
class ScriptFont:
    edition: str
    source: str
    unicode_range: str

    @property
    def woff2_name(self):
        return f"{Path(self.source).stem}-subset.woff2"

    @property
    def name_woff2_name(self):
        return f"{Path(self.source).stem}-name.woff2"


SCRIPT_FONTS = (
    ScriptFont("bo", "NotoSerifTibetan-Regular.ttf", "U+0F00-0FFF"),
    ScriptFont("ug", "NotoNaskhArabic-Regular.ttf", "U+0600-06FF"),
    ScriptFont("my", "NotoSansMyanmar-Regular.ttf", "U+1000-109F"),
    ScriptFont("km", "NotoSansKhmer-Regular.ttf", "U+1780-17FF,U+19E0-19FF"),
    ScriptFont("lo", "NotoSansLao-Regular.ttf", "U+0E80-0EFF"),
)


def subset_font(font, source_dir=NOTO_DIR, target_dir=FONT_DIR):
    """Write `font`'s WOFF2 subset into `target_dir` and return its path."""
    return _write_subset(
        Path(source_dir) / font.source,
        Path(target_dir) / font.woff2_name,
        unicodes=f"{font.unicode_range},{SHAPING}",
    )


def subset_edition_name(font, source_dir=NOTO_DIR, target_dir=FONT_DIR):
    """Write the few glyphs of the edition's own name ("བོད་ཡིག") as WOFF2.

    Every page lists every edition by its own name, so a reader who finds a page in
    another edition can still find theirs; these are a few kilobytes where the
    script's whole block would be up to 150.
    """
    from masthead.core.editions import get_edition

    return _write_subset(
        Path(source_dir) / font.source,
        Path(target_dir) / font.name_woff2_name,
        unicodes=SHAPING,
        text=get_edition(font.edition).name_in_itself,
    )


def _write_subset(source, target, unicodes, text=""):
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # every shaping feature the script uses
    options.name_IDs = ["*"]  # keep the copyright and licence names
    options.hinting = False  # hinting is most of the bytes and phones ignore it
    loaded = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicodes), text=text)
    subsetter.subset(loaded)
    subset.save_font(loaded, str(target), options)
    return target
