"""Moderation is three apps whose imports run one way: triage and guards never import
the desk (masthead.moderation), and neither of them imports the other."""

import ast
from importlib.util import resolve_name
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

pytestmark = pytest.mark.database_independent  # it never opens the database

PACKAGE = Path(__file__).resolve().parent.parent / "masthead"
# Each app, and the masthead apps it must not import.
FORBIDDEN = {
    "triage": ("masthead.moderation", "masthead.guards"),
    "guards": ("masthead.moderation", "masthead.triage"),
}


def imported_names(path):
    """Return every module name a file imports, relative imports resolved."""
    module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = resolve_name("." * node.level + (node.module or ""), package)
            names += [base, *(f"{base}.{alias.name}" for alias in node.names)]
    return names


def reaches(name, forbidden):
    return name == forbidden or name.startswith(forbidden + ".")


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_triage_and_guards_are_apps_of_their_own(app):
    assert apps.is_installed(f"masthead.{app}")
    assert (PACKAGE / app / "apps.py").exists()


def test_the_desk_comes_after_the_apps_it_imports():
    order = settings.INSTALLED_APPS
    desk = order.index("masthead.moderation")
    assert order.index("masthead.guards") < desk
    assert order.index("masthead.triage") < desk


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_app_imports_neither_the_desk_nor_its_sibling(app):
    files = sorted((PACKAGE / app).rglob("*.py"))
    assert files, f"masthead/{app} has no modules"
    wrong = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in files
        for name in imported_names(path)
        for forbidden in FORBIDDEN[app]
        if reaches(name, forbidden)
    ]
    assert wrong == []


def test_the_check_resolves_relative_imports():
    words = imported_names(PACKAGE / "triage" / "rules" / "words.py")
    assert "masthead.triage.models.WordListEntry" in words
