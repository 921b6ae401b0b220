"""The news app's modules import each other one way, at the top of each module."""

import ast
from importlib.util import resolve_name
from pathlib import Path

import pytest

import masthead.news

pytestmark = pytest.mark.database_independent  # it never opens the database

NEWS = Path(masthead.news.__file__).parent


def _package_of(path):
    """Return the dotted package a module file's relative imports start from."""
    return ".".join(path.parent.relative_to(NEWS.parent.parent).parts)


def _imported(node, package):
    """Return the absolute names an import statement imports."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level == 0:
        return [node.module]
    return [resolve_name("." * node.level + (node.module or ""), package)]


def _function_level_news_imports(path):
    package = _package_of(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = _imported(node, package)
                if any(name.startswith("masthead.news") for name in names):
                    hidden.append(
                        f"{path.relative_to(NEWS)}:{node.lineno} {', '.join(names)}"
                    )
    return hidden


def test_news_modules_import_each_other_only_at_module_level():
    """A news module hides no import of another inside a function: each such import
    was a cycle (models and the review panel, translations, digits, ninjs views,
    fronts) put off until call time. apps.py's ready() is where Django wants
    signal wiring, so it is the one place allowed."""
    hidden = []
    for path in sorted(NEWS.rglob("*.py")):
        if "migrations" in path.parts or path.name == "apps.py":
            continue
        hidden += _function_level_news_imports(path)
    assert hidden == []


def test_the_check_resolves_relative_imports_from_the_modules_package():
    node = ast.parse("from .article import ArticlePage").body[0]
    package = _package_of(NEWS / "models" / "pages.py")
    assert _imported(node, package) == ["masthead.news.models.article"]
