"""Core, news, comments, guards and triage name no output app: outputs plug in
through hooks.

The imports already run one way (core <- news <- comments <- guards, triage <-
moderation <- outputs); this checks the strings and templates, where a module path,
a template tag library, a template, a URL name or a URL prefix of an output would
tie the house to it.
"""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_independent  # it never opens the database

PACKAGE = Path(__file__).resolve().parent.parent / "masthead"
OUTPUT_APPS = ("api", "feeds", "lite", "mirror", "search")
HOUSE = ("core", "news", "comments", "guards", "triage", "templates")
URL_PREFIXES = ("/api/", "/lite", "/sitemap", "/robots.txt")


def house_files():
    for part in HOUSE:
        for path in sorted((PACKAGE / part).rglob("*")):
            if path.suffix in (".py", ".html") and "migrations" not in path.parts:
                yield path


def output_url_names():
    names = set()
    for app in OUTPUT_APPS:
        urls = PACKAGE / app / "urls.py"
        if urls.exists():
            names |= set(re.findall(r'name="([^"]+)"', urls.read_text()))
    return names


def output_templates():
    for app in OUTPUT_APPS:
        folder = PACKAGE / app / "templates"
        for path in folder.rglob("*.html") if folder.exists() else ():
            yield path.relative_to(folder).as_posix()


def output_names():
    """Yield (pattern, what it names) for everything that belongs to an output."""
    apps = "|".join(OUTPUT_APPS)
    yield rf"masthead[./]({apps})\b", "an output module"
    yield rf"\b({apps})_tags\b", "an output's template tags"
    yield r"\b(lite|mirror)\b", "an output by name"
    for name in sorted(output_url_names()):
        yield rf"""["']{re.escape(name)}["']""", f"the URL name {name!r}"
    for template in output_templates():
        yield re.escape(template), f"the template {template}"
    for prefix in URL_PREFIXES:
        yield re.escape(prefix), f"the URL prefix {prefix}"


def naming_lines(path):
    text = path.read_text()
    for pattern, meaning in output_names():
        for match in re.finditer(pattern, text, re.IGNORECASE):
            line = text.count("\n", 0, match.start()) + 1
            yield f"{path.relative_to(PACKAGE)}:{line} names {meaning}"


@pytest.mark.parametrize("part", HOUSE)
def test_house_names_no_output_app(part):
    found = [
        line
        for path in house_files()
        if path.is_relative_to(PACKAGE / part)
        for line in naming_lines(path)
    ]
    assert found == []
