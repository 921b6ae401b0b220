"""Regenerate the WOFF2 font subsets in masthead/core/static/masthead/fonts/."""

from django.core.management.base import BaseCommand, CommandError

from masthead.core.fonts import (
    FONT_DIR,
    NOTO_DIR,
    SCRIPT_FONTS,
    subset_edition_name,
    subset_font,
)


class Command(BaseCommand):
    help = (
        "Cut the Noto fonts for Tibetan, Uyghur, Burmese, Khmer and Lao down to "
        "their scripts' Unicode blocks as WOFF2, and each to the letters of its "
        "edition's own name for the edition lists (needs fontTools and brotli)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", default=str(NOTO_DIR), help="TTF folder")
        parser.add_argument("--target", default=str(FONT_DIR), help="output folder")

    def handle(self, *args, source, target, **options):
        try:
            import fontTools  # noqa: F401
        except ImportError:
            raise CommandError(
                "fontTools is needed: pip install 'masthead[fonts]'"
            ) from None
        for font in SCRIPT_FONTS:
            for cut in (subset_font, subset_edition_name):
                try:
                    path = cut(font, source, target)
                except FileNotFoundError as error:
                    raise CommandError(
                        f"{error}: install Debian's fonts-noto-core or pass --source"
                    ) from None
                self.stdout.write(f"{path.name}: {path.stat().st_size} bytes")
