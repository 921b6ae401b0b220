"""The mirror is the lowest of the outputs: the apps whose answers it keeps (lite
copies, feeds, sitemaps) tell it what to keep and purge through its hooks, and it
names none of them."""

import re
from pathlib import Path

import pytest

import masthead

pytestmark = pytest.mark.database_independent  # it never opens the database

MIRROR = Path(masthead.__file__).parent / "mirror"
URL_NAME = re.compile(r"\bname=\"([^\"]+)\"")
SIBLING_WORDS = re.compile(r"\b(lite|feeds)\b", re.IGNORECASE)


def sibling_url_names():
    """Return the URL names the lite and feeds apps serve (`lite_page`, ...)."""
    # Read from their sources, not imported: the mirror's layering holds, and this
    # test runs, on a site that leaves either app out.
    package = Path(masthead.__file__).parent
    return {
        name
        for app in ("feeds", "lite")
        for name in URL_NAME.findall((package / app / "urls.py").read_text("utf-8"))
    }


def mirror_sources():
    return [
        path for path in sorted(MIRROR.rglob("*")) if path.suffix in (".py", ".html")
    ]


def test_mirror_names_neither_lite_nor_feeds_in_code_or_strings():
    url_names = sibling_url_names()
    found = []
    for path in mirror_sources():
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            named = SIBLING_WORDS.findall(line) + [n for n in url_names if n in line]
            if named:
                found.append(f"{path.relative_to(MIRROR)}:{number}: {named}")
    assert not found, "\n".join(found)
